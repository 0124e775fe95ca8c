//! `__errcat_position`: from a code to its entry's position.
//!
//! Catalogs number codes in runs (`1001, 1002, 1003, 1005…` inside a group's
//! range). A hand-written `match` on such codes becomes a jump table in LLVM,
//! so a plain binary search over 10,000 codes (14 probes) loses to it at run
//! time. The catalog's codes are therefore cut into *segments* where
//! neighbours are at most [`MAX_GAP`] apart; a lookup binary-searches the few
//! segment starts, then reads the position straight from a slot table.
//!
//! The slot table is a byte string (positions + 1, little-endian, 0 for a
//! gap): one literal token for rustc instead of one array element per slot,
//! which keeps the compile-time cost of the table near zero.
//!
//! When the codes are too sparse for segments to pay (more than one segment
//! per two codes), the plain binary search over the code table stays.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::int;

/// Largest distance between neighbouring codes of one segment: the slot table
/// is at least 1 / `MAX_GAP` full.
const MAX_GAP: i128 = 4;

struct Segment {
    first_code: i128,
    /// Index of the segment's first slot in the slot table.
    first_slot: usize,
}

/// The body of `const fn __errcat_position(code: R) -> Option<usize>`, for
/// `codes` in ascending order. `repr_bits` sizes the arithmetic.
pub(super) fn position_body(codes: &[i128], repr: &Ident, repr_bits: u32) -> TokenStream {
    let Some(plan) = plan(codes) else {
        return binary_search();
    };
    let starts = plan.segments.iter().map(|s| int(s.first_code));
    let offsets = plan
        .segments
        .iter()
        .map(|s| s.first_slot)
        .chain([plan.slots.len()])
        .map(Literal::usize_unsuffixed);
    let (width, slots) = packed(&plan.slots);
    let wide = if repr_bits <= 32 { quote!(i64) } else { quote!(i128) };
    quote! {
        const STARTS: &[#repr] = &[#(#starts),*];
        const OFFSETS: &[usize] = &[#(#offsets),*];
        const SLOTS: &[u8] = #slots;
        let mut lo = 0;
        let mut hi = STARTS.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if STARTS[mid] <= code {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == 0 {
            return ::core::option::Option::None;
        }
        let segment = lo - 1;
        let delta = code as #wide - STARTS[segment] as #wide;
        if delta >= (OFFSETS[segment + 1] - OFFSETS[segment]) as #wide {
            return ::core::option::Option::None;
        }
        let slot = OFFSETS[segment] + delta as usize;
        let value = Self::__errcat_unpack(SLOTS, slot, #width);
        if value == 0 {
            ::core::option::Option::None
        } else {
            ::core::option::Option::Some(value - 1)
        }
    }
}

fn binary_search() -> TokenStream {
    quote! {
        let codes = Self::__ERRCAT_CODES;
        let mut lo = 0;
        let mut hi = codes.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let probe = codes[mid];
            if probe == code {
                return ::core::option::Option::Some(mid);
            }
            if probe < code {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        ::core::option::Option::None
    }
}

/// `values` as little-endian numbers of the smallest width that holds them
/// all (1, 2, 4 or 8 bytes), and that width.
pub(super) fn packed(values: &[usize]) -> (usize, Literal) {
    let (width, bytes) = pack(values);
    (width, Literal::byte_string(&bytes))
}

fn pack(values: &[usize]) -> (usize, Vec<u8>) {
    let max = values.iter().copied().max().unwrap_or(0);
    let width = match max {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        0x1_0000..=0xFFFF_FFFF => 4,
        _ => 8,
    };
    let mut bytes = Vec::with_capacity(values.len() * width);
    for value in values {
        bytes.extend(value.to_le_bytes().iter().take(width));
    }
    (width, bytes)
}

struct Plan {
    segments: Vec<Segment>,
    /// Per slot: the entry's position + 1, or 0 for a gap.
    slots: Vec<usize>,
}

fn plan(codes: &[i128]) -> Option<Plan> {
    let mut segments: Vec<Segment> = Vec::new();
    let mut slots = Vec::with_capacity(codes.len());
    let mut previous: Option<i128> = None;
    for (position, &code) in codes.iter().enumerate() {
        match previous {
            Some(last) if code - last <= MAX_GAP => {
                let gap = usize::try_from(code - last - 1).ok()?;
                slots.resize(slots.len() + gap, 0);
            }
            _ => segments.push(Segment { first_code: code, first_slot: slots.len() }),
        }
        slots.push(position + 1);
        previous = Some(code);
    }
    (segments.len() * 2 <= codes.len()).then_some(Plan { segments, slots })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the generated function computes, run over the plan in Rust.
    fn lookup(plan: &Plan, code: i128) -> Option<usize> {
        let segment = plan.segments.iter().rposition(|s| s.first_code <= code)?;
        let end = plan.segments.get(segment + 1).map_or(plan.slots.len(), |s| s.first_slot);
        let slot = plan.segments[segment].first_slot
            + usize::try_from(code - plan.segments[segment].first_code).ok()?;
        if slot >= end {
            return None;
        }
        let (width, bytes) = pack(&plan.slots);
        let mut value = 0usize;
        for byte in 0..width {
            value |= usize::from(bytes[slot * width + byte]) << (8 * byte);
        }
        value.checked_sub(1)
    }

    #[test]
    fn runs_become_segments_and_every_code_is_found() {
        let codes: Vec<i128> =
            (0..300).map(|i| 1000 + i + i / 9).chain([5000, 5002, 9000, 9001]).collect();
        let plan = plan(&codes).unwrap();
        assert_eq!(plan.segments.len(), 3);
        assert_eq!(pack(&plan.slots).0, 2);
        for (position, &code) in codes.iter().enumerate() {
            assert_eq!(lookup(&plan, code), Some(position), "code {code}");
        }
        for miss in [0, 999, 1009, 5001, 5003, 8999, 9002, i128::from(i64::MAX)] {
            assert_eq!(lookup(&plan, miss), None, "code {miss}");
        }
    }

    #[test]
    fn sparse_codes_keep_the_binary_search() {
        let codes: Vec<i128> = (0..100).map(|i| i * 100).collect();
        assert!(plan(&codes).is_none());
        let negative: Vec<i128> = (-50..50).collect();
        let plan = plan(&negative).unwrap();
        assert_eq!((plan.segments.len(), pack(&plan.slots).0), (1, 1));
        assert_eq!(lookup(&plan, -50), Some(0));
        assert_eq!(lookup(&plan, 49), Some(99));
    }
}
