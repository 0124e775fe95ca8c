errcat::catalog!("tests/ui/empty_file.yaml");

fn main() {}
