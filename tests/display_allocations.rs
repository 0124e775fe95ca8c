//! `Display` writes without allocating (the reference: "the `display`
//! template, written without allocating"), for the default template and for
//! one with every placeholder, and for `errcat::Error` with arguments. An
//! error allocates its argument list once, plus a `String` per text argument
//! given as `&str`.
//! A counting global allocator watches the current thread while the test
//! formats into a `String` that already has room.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded to `System` unchanged; the thread-local
// counter is const-initialized, so counting never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's arguments.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

mod blobstore {
    errcat::catalog!("examples/catalogs/blobstore.yaml");
}
mod features {
    errcat::catalog!("tests/catalogs/features.yaml");
}
mod storage {
    errcat::catalog!("examples/storage.yaml");
}

use errcat::Error;
use storage::{storage_error, StorageError};

fn allocations_while(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn display_does_not_allocate() {
    let mut text = String::with_capacity(4096);
    let count = allocations_while(|| {
        for entry in blobstore::BlobstoreError::ALL {
            text.clear();
            write!(text, "{entry}").unwrap();
        }
        for entry in features::FeatureError::ALL {
            text.clear();
            write!(text, "{entry} {entry:?}").unwrap();
        }
    });
    assert_eq!(count, 0);
    // The counter does see allocations.
    assert!(allocations_while(|| drop(blobstore::BlobstoreError::ALL[0].to_string())) > 0);
}

#[test]
fn errors_allocate_once_for_their_arguments() {
    let mut made = None;
    // No arguments, no source: nothing.
    assert_eq!(allocations_while(|| made = Some(Error::new(StorageError::DiskNoSpace))), 0);
    // Numbers only: the argument list.
    let numbers = allocations_while(|| {
        made = Some(storage_error::VolumeNotExist { vid: 9 }.into());
    });
    assert_eq!(numbers, 1);
    // A `String` is moved in: still the list alone.
    let host = String::from("node-3");
    let moved = allocations_while(|| {
        made = Some(storage_error::DiskNotFound { disk_id: 7, host }.into());
    });
    assert_eq!(moved, 1);
    // A `&str` is copied into its own `String`.
    let copied = allocations_while(|| {
        made = Some(storage_error::DiskNotFound { disk_id: 7, host: "node-3" }.into());
    });
    assert_eq!(copied, 2);
    // A selector that is never needed allocates nothing (`context` on `Ok`).
    let unused = allocations_while(|| {
        let ok: Result<u8, std::io::Error> = Ok(1);
        let _ =
            errcat::ResultExt::context(ok, storage_error::DiskNotFound { disk_id: 7, host: "h" });
    });
    assert_eq!(unused, 0);
    drop(made);
}

#[test]
fn displaying_an_error_with_arguments_does_not_allocate() {
    let errors: Vec<Error<StorageError>> = vec![
        storage_error::DiskNotFound { disk_id: 7, host: "node-3" }.into(),
        storage_error::DiskSlow { latency_ms: 1.5, retries: 2, degraded: false }.into(),
        Error::new(StorageError::DiskNoSpace),
        Error::new(StorageError::DiskNotFound),
    ];
    let mut text = String::with_capacity(4096);
    let count = allocations_while(|| {
        for error in &errors {
            text.clear();
            write!(text, "{error}").unwrap();
        }
    });
    assert_eq!(count, 0);
    assert_eq!(text, "[611] disk {disk_id} not found on {host}", "the last one written");
}
