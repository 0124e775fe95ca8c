errcat::catalog!("tests/ui/overlapping_ranges.yaml");

fn main() {}
