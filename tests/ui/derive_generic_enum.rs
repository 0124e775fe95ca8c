#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_catalog.yaml", group = "token")]
pub enum TokenError<T> {
    TokenInvalid,
    #[allow(dead_code)]
    Phantom(core::marker::PhantomData<T>),
}

fn main() {}
