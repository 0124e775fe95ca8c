errcat::catalog!("tests/ui/args_bad_name.yaml");

fn main() {}
