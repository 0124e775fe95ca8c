#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_catalog.yaml", group = "token")]
pub enum TokenError {
    TokenInvalid,
    #[catalog(name = "TOKEN_INVALID")]
    BadToken,
}

fn main() {}
