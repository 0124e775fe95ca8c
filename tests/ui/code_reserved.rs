errcat::catalog!("tests/ui/code_reserved.yaml");

fn main() {}
