errcat::catalog!("tests/ui/args_unbalanced_brace.yaml");

fn main() {}
