errcat::catalog!("tests/ui/unranged_code_in_other_range.yaml");

fn main() {}
