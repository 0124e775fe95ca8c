//! `Display` writes without allocating (the reference: "the `display`
//! template, written without allocating"), for the default template and for
//! one with every placeholder.
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
