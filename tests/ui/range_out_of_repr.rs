errcat::catalog!("tests/ui/range_out_of_repr.yaml");

fn main() {}
