errcat::catalog!("tests/ui/field_required.yaml");

fn main() {}
