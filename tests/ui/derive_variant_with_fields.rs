#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_catalog.yaml", group = "token")]
pub enum TokenError {
    TokenInvalid { reason: u8 },
}

fn main() {}
