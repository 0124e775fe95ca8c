errcat::catalog!("tests/ui/code_out_of_repr.yaml");

fn main() {}
