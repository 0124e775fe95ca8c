errcat::catalog!("tests/ui/unknown_language.yaml");

fn main() {}
