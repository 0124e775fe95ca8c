#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_catalog.yaml", group = "app")]
pub enum AppError {
    AppNameDuplicated = 10202,
    AppNotFound = 10204,
}

fn main() {}
