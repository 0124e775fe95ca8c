errcat::catalog!("tests/ui/field_unknown_key.yaml");

fn main() {}
