errcat::catalog!("tests/ui/no_such_catalog.yaml");

fn main() {}
