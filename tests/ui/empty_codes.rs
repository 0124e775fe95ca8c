errcat::catalog!("tests/ui/empty_codes.yaml");

fn main() {}
