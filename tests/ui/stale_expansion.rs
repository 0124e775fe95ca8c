// An expansion checked in with `errcat expand`, whose catalog was edited
// afterwards: the build fails and says how to regenerate it.
include!("stale/expanded.rs");

fn main() {}
