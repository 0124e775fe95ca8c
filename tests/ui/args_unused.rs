errcat::catalog!("tests/ui/args_unused.yaml");

fn main() {}
