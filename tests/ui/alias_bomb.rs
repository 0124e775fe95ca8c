errcat::catalog!("tests/ui/alias_bomb.yaml");

fn main() {}
