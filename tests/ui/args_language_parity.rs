errcat::catalog!("tests/ui/args_language_parity.yaml");

fn main() {}
