errcat::catalog!("tests/ui/code_outside_range.yaml");

fn main() {}
