// The derive reports a raw bidi control in its catalog as `catalog!` does.
#![deny(deprecated)]

#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/raw_character.yaml")]
pub enum TextError {
    Code1,
    Code2,
}

fn main() {}
