// A directory, not a catalog file.
errcat::catalog!("tests/ui");

fn main() {}
