errcat::catalog!("tests/ui/missing_key.yaml");

fn main() {}
