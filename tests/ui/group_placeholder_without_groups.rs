errcat::catalog!("tests/ui/group_placeholder_without_groups.yaml");

fn main() {}
