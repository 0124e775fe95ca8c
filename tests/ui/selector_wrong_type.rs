errcat::catalog!("tests/ui/selectors.yaml");

fn find(disk_id: u32, host: u16) -> Result<(), errcat::Error<StorageError>> {
    Err(storage_error::DiskNotFound { disk_id, host })?
}

fn main() {
    let _ = find(7, 3);
}
