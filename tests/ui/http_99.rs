errcat::catalog!("tests/ui/http_99.yaml");

fn main() {}
