errcat::catalog!("tests/ui/bad_display_template.yaml");

fn main() {}
