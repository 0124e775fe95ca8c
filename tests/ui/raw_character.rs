// A catalog that holds a bidi control raw compiles with a warning at the
// macro call; a crate that denies warnings (here, `deprecated`) fails.
#![deny(deprecated)]

errcat::catalog!("tests/ui/raw_character.yaml");

fn main() {}
