#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
#[catalog(group = "app")]
pub enum AppError {
    AppNotFound,
}

fn main() {}
