errcat::catalog!("tests/ui/duplicate_name.yaml");

fn main() {}
