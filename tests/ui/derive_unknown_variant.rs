#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_catalog.yaml", group = "app")]
pub enum AppError {
    AppNameDuplicated,
    AppNotFund,
    AppNotFound,
}

fn main() {}
