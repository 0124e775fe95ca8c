errcat::catalog!("tests/ui/code_success.yaml");

fn main() {}
