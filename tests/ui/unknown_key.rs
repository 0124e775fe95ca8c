errcat::catalog!("tests/ui/unknown_key.yaml");

fn main() {}
