errcat::catalog!("tests/ui/identifier_collision.yaml");

fn main() {}
