errcat::catalog!("tests/ui/duplicate_code.yaml");

fn main() {}
