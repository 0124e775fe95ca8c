errcat::catalog!("tests/ui/args_unknown_type.yaml");

fn main() {}
