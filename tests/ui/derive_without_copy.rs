#[derive(Debug, Clone, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_catalog.yaml", group = "token")]
pub enum TokenError {
    TokenInvalid,
}

fn main() {}
