errcat::catalog!("tests/ui/syntax_error.yaml");

fn main() {}
