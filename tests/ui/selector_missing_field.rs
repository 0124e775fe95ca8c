errcat::catalog!("tests/ui/selectors.yaml");

fn find() -> Result<(), errcat::Error<StorageError>> {
    Err(storage_error::DiskNotFound { disk_id: 7 })?
}

fn main() {
    let _ = find();
}
