errcat::catalog!("tests/ui/args_undeclared_placeholder.yaml");

fn main() {}
