#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_open.yaml")]
pub enum OpenError {
    One,
}

fn main() {}
