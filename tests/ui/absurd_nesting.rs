errcat::catalog!("tests/ui/absurd_nesting.yaml");

fn main() {}
