errcat::catalog!("tests/ui/help_url_invalid.yaml");

fn main() {}
