errcat::catalog!("tests/ui/http_1000.yaml");

fn main() {}
