#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_catalog.yaml", group = "tokens")]
pub enum TokenError {
    TokenInvalid,
}

fn main() {}
