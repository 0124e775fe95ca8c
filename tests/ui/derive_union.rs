#[derive(errcat::ErrorCatalog)]
#[catalog(path = "tests/ui/derive_catalog.yaml")]
pub union AppError {
    code: i32,
}

fn main() {}
