#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/no_such_catalog.yaml")]
pub enum AppError {
    AppNotFound,
}

fn main() {}
