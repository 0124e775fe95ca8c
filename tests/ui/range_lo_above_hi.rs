errcat::catalog!("tests/ui/range_lo_above_hi.yaml");

fn main() {}
