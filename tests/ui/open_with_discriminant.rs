errcat::catalog!("tests/ui/open_with_discriminant.yaml");

fn main() {}
