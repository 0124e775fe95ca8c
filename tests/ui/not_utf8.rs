errcat::catalog!("tests/ui/not_utf8.yaml");

fn main() {}
