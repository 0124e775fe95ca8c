errcat::catalog!("tests/ui/field_declaration.yaml");

fn main() {}
