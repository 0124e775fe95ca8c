errcat::catalog!("tests/ui/no_codes.yaml");

fn main() {}
