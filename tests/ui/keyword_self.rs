errcat::catalog!("tests/ui/keyword_self.yaml");

fn main() {}
