//! `from_code` on runs of codes at the edges of i8 (a page table) and u64
//! (segments, the span is too wide for pages): every code's entry, and `None`
//! for every other value.

mod narrow {
    errcat::catalog!("tests/catalogs/edge_i8.yaml");
}
mod wide {
    errcat::catalog!("tests/catalogs/edge_u64.yaml");
}

use narrow::EdgeRuns;
use wide::EdgeRunsU64;

#[test]
fn every_i8_value_is_found_or_missed() {
    let mut found = 0;
    for value in i8::MIN..=i8::MAX {
        match EdgeRuns::from_code(value) {
            Some(entry) => {
                assert_eq!(entry.code(), value);
                found += 1;
            }
            None => assert!(EdgeRuns::ALL.iter().all(|e| e.code() != value), "{value} missed"),
        }
    }
    assert_eq!(found, EdgeRuns::ALL.len());
    assert_eq!(EdgeRuns::from_code(-128).map(EdgeRuns::name), Some("N0"));
    assert_eq!(EdgeRuns::from_code(127).map(EdgeRuns::name), Some("N255"));
    assert_eq!(EdgeRuns::from_code(0), None);
}

#[test]
fn u64_codes_near_the_top_and_far_misses() {
    for entry in EdgeRunsU64::ALL {
        assert_eq!(EdgeRunsU64::from_code(entry.code()), Some(*entry));
    }
    for miss in [6, 7, 1 << 63, u64::MAX - 41, u64::MAX - 1, u64::MAX - 3] {
        assert_eq!(EdgeRunsU64::from_code(miss), None, "{miss}");
    }
    assert_eq!(
        EdgeRunsU64::from_code(u64::MAX).map(EdgeRunsU64::name),
        Some("U18446744073709551615")
    );
}
