errcat::catalog!("tests/ui/group_name_not_ascii.yaml");

fn main() {}
