errcat::catalog!("tests/ui/wrong_type.yaml");

fn main() {}
