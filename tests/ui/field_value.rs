errcat::catalog!("tests/ui/field_value.yaml");

fn main() {}
