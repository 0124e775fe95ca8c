//! `__errcat_position`: from a code to its entry's position.
//!
//! Catalogs number codes in runs (`1001, 1002, 1003, 1005…` inside a group's
//! range). A hand-written `match` on such codes becomes a jump table in LLVM,
//! so a plain binary search over 10,000 codes (14 probes) loses to it at run
//! time. The catalog's codes are therefore cut into *segments* where
//! neighbours are at most [`MAX_GAP`] apart; a lookup binary-searches the few
//! segment starts, then reads the position straight from a slot table.
//!
//! Three shapes, the first that fits:
//! - **pages**: when the codes span a range that a two-level table covers in
//!   at most [`PAGE_BYTES_PER_CODE`] bytes per code, the offset from the
//!   lowest code picks a page, the page a slot: two table reads and no search,
//!   as fast as the jump table a `match` becomes. Pages without codes all
//!   point at one shared empty page.
//! - **segments**: codes in runs far apart (near both ends of `u64`, say):
//!   a binary search over the few run starts, then a slot read.
//! - **binary search** over the code table, when neither pays.
//!
//! Slot and page tables are byte strings (positions + 1, little-endian, 0 for
//! a gap): one literal token for rustc instead of one array element per slot,
//! which keeps the compile-time cost of the tables near zero.

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
    let (wide, unsigned_wide) =
        if repr_bits <= 32 { (quote!(i64), quote!(u64)) } else { (quote!(i128), quote!(u128)) };
    if let Some(pages) = Pages::plan(codes) {
        return pages.body(repr, &wide, &unsigned_wide);
    }
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

/// Largest size of a page plan's two tables, in bytes per code.
const PAGE_BYTES_PER_CODE: usize = 8;
/// Page sizes tried, as powers of two.
const PAGE_BITS: core::ops::RangeInclusive<u32> = 2..=12;

/// A two-level table from `code - lowest` to the entry's position + 1.
struct Pages {
    lowest: i128,
    span: usize,
    bits: u32,
    /// Per page of the span: its index in `slots`, in pages (0: the empty page).
    pages: Vec<usize>,
    /// The empty page, then every page holding a code, `1 << bits` slots each.
    slots: Vec<usize>,
}

impl Pages {
    /// The smallest page plan for `codes` (ascending) within the size budget.
    fn plan(codes: &[i128]) -> Option<Self> {
        let (&lowest, &highest) = (codes.first()?, codes.last()?);
        let span = usize::try_from(highest.checked_sub(lowest)?.checked_add(1)?).ok()?;
        let budget = codes.len().checked_mul(PAGE_BYTES_PER_CODE)?.checked_add(64)?;
        if span >> *PAGE_BITS.end() > budget {
            return None;
        }
        let offsets: Vec<usize> = codes
            .iter()
            .map(|&code| usize::try_from(code - lowest))
            .collect::<Result<_, _>>()
            .ok()?;
        let size = |bits: u32| {
            // The offsets ascend, so the pages in use are the changes of
            // `offset >> bits` (a plain loop: this runs for every page size).
            let mut used = 0;
            let mut last = None;
            for &offset in &offsets {
                let page = Some(offset >> bits);
                if page != last {
                    used += 1;
                    last = page;
                }
            }
            let page_count = (span - 1) / (1 << bits) + 1;
            page_count * width_of(used) + ((used + 1) << bits) * width_of(codes.len())
        };
        let (size, bits) = PAGE_BITS.map(|bits| (size(bits), bits)).min()?;
        if size > budget {
            return None;
        }
        let mut pages = vec![0; (span - 1) / (1 << bits) + 1];
        let mut slots = vec![0; 1 << bits];
        for (position, &offset) in offsets.iter().enumerate() {
            let page = pages.get_mut(offset >> bits)?;
            if *page == 0 {
                *page = slots.len() >> bits;
                slots.resize(slots.len() + (1 << bits), 0);
            }
            *slots.get_mut((*page << bits) | (offset & ((1 << bits) - 1)))? = position + 1;
        }
        Some(Self { lowest, span, bits, pages, slots })
    }

    fn body(&self, repr: &Ident, wide: &TokenStream, unsigned_wide: &TokenStream) -> TokenStream {
        let lowest = int(self.lowest);
        let span = Literal::usize_unsuffixed(self.span);
        let bits = Literal::u32_unsuffixed(self.bits);
        let mask = Literal::usize_unsuffixed((1 << self.bits) - 1);
        let (page_width, pages) = packed(&self.pages);
        let (slot_width, slots) = packed(&self.slots);
        quote! {
            const LOWEST: #repr = #lowest;
            const PAGES: &[u8] = #pages;
            const SLOTS: &[u8] = #slots;
            // Below LOWEST wraps to a huge offset, so one comparison checks both ends.
            let offset = (code as #wide - LOWEST as #wide) as #unsigned_wide;
            if offset >= #span {
                return ::core::option::Option::None;
            }
            let offset = offset as usize;
            let page = Self::__errcat_unpack(PAGES, offset >> #bits, #page_width);
            match Self::__errcat_unpack(SLOTS, (page << #bits) | (offset & #mask), #slot_width) {
                0 => ::core::option::Option::None,
                value => ::core::option::Option::Some(value - 1),
            }
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

/// Bytes per number for numbers up to `max`.
fn width_of(max: usize) -> usize {
    match max {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        0x1_0000..=0xFFFF_FFFF => 4,
        _ => 8,
    }
}

fn pack(values: &[usize]) -> (usize, Vec<u8>) {
    let width = width_of(values.iter().copied().max().unwrap_or(0));
    let mut bytes = Vec::with_capacity(values.len() * width);
    for value in values {
        // A push per byte: `extend` with `take` is a chain of adapter calls
        // per byte at opt-level 0.
        let little_endian = value.to_le_bytes();
        for &byte in little_endian.get(..width).unwrap_or_default() {
            bytes.push(byte);
        }
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

    use proptest::prelude::*;

    /// A table as the generated code holds it: width and little-endian bytes.
    struct Packed(usize, Vec<u8>);

    impl Packed {
        fn new(values: &[usize]) -> Packed {
            let (width, bytes) = pack(values);
            Packed(width, bytes)
        }

        /// What `__errcat_unpack` reads.
        fn get(&self, index: usize) -> usize {
            let Packed(width, bytes) = self;
            (0..*width).map(|byte| usize::from(bytes[index * width + byte]) << (8 * byte)).sum()
        }
    }

    /// What the generated segment lookup computes, run over the plan in Rust.
    fn lookup(plan: &Plan) -> impl Fn(i128) -> Option<usize> + '_ {
        let slots = Packed::new(&plan.slots);
        move |code| segment_lookup(plan, &slots, code)
    }

    fn segment_lookup(plan: &Plan, slots: &Packed, code: i128) -> Option<usize> {
        let segment = plan.segments.iter().rposition(|s| s.first_code <= code)?;
        let end = plan.segments.get(segment + 1).map_or(plan.slots.len(), |s| s.first_slot);
        let slot = plan.segments[segment].first_slot
            + usize::try_from(code.checked_sub(plan.segments[segment].first_code)?).ok()?;
        if slot >= end {
            return None;
        }
        slots.get(slot).checked_sub(1)
    }

    /// What the generated page lookup computes, run over the plan in Rust.
    fn page_lookup(pages: &Pages) -> impl Fn(i128) -> Option<usize> + '_ {
        let (table, slots) = (Packed::new(&pages.pages), Packed::new(&pages.slots));
        move |code| paged_lookup(pages, &table, &slots, code)
    }

    fn paged_lookup(pages: &Pages, table: &Packed, slots: &Packed, code: i128) -> Option<usize> {
        let offset = code.checked_sub(pages.lowest)?;
        let offset = usize::try_from(offset).ok().filter(|&o| o < pages.span)?;
        let page = table.get(offset >> pages.bits);
        slots.get((page << pages.bits) | (offset & ((1 << pages.bits) - 1))).checked_sub(1)
    }

    proptest! {
        /// Codes from dense runs to far-apart clusters: whichever plans
        /// accept them find every code at its position and nothing else.
        #[test]
        fn every_plan_finds_exactly_the_codes(
            first in -1_000_000_i128..1_000_000,
            steps in prop::collection::vec(prop_oneof![1_i128..3, 1_i128..12, 50_i128..5_000], 1..300),
        ) {
            let codes: Vec<i128> = steps
                .iter()
                .scan(first, |code, step| {
                    *code += step;
                    Some(*code)
                })
                .collect();
            let probes = codes.iter().flat_map(|&c| [c - 2, c - 1, c, c + 1, c + 2]);
            let probes: Vec<i128> = probes.chain([i128::MIN, -1, 0, i128::MAX]).collect();
            let pages = Pages::plan(&codes)
                .map(|p| (Packed::new(&p.pages), Packed::new(&p.slots), p));
            let segments = plan(&codes).map(|s| (Packed::new(&s.slots), s));
            for &probe in &probes {
                let expected = codes.binary_search(&probe).ok();
                if let Some((table, slots, pages)) = &pages {
                    let found = paged_lookup(pages, table, slots, probe);
                    prop_assert_eq!(found, expected, "pages, code {}", probe);
                }
                if let Some((slots, segments)) = &segments {
                    let found = segment_lookup(segments, slots, probe);
                    prop_assert_eq!(found, expected, "segments, code {}", probe);
                }
            }
            if let Some((table, slots, _)) = &pages {
                let bytes = table.1.len() + slots.1.len();
                prop_assert!(bytes <= codes.len() * PAGE_BYTES_PER_CODE + 64, "{} bytes", bytes);
            }
        }
    }

    #[test]
    fn groups_of_runs_get_pages_and_every_code_is_found() {
        // Ten groups of 1,000 codes, 2,000 apart, every tenth number skipped.
        let codes: Vec<i128> =
            (0..10).flat_map(|g| (0..1000).map(move |i| 2000 * (g + 1) + i + i / 9)).collect();
        let pages = Pages::plan(&codes).unwrap();
        let bytes = pages.pages.len() * width_of(pages.slots.len() >> pages.bits)
            + pages.slots.len() * width_of(codes.len());
        assert!(bytes <= codes.len() * PAGE_BYTES_PER_CODE, "{bytes} bytes");
        assert!(pages.slots[..1 << pages.bits].iter().all(|&slot| slot == 0));
        let find = page_lookup(&pages);
        for (position, &code) in codes.iter().enumerate() {
            assert_eq!(find(code), Some(position), "code {code}");
        }
        for miss in [0, 1999, 2009, 3111, 3999, 21_111, 22_000, -5] {
            assert_eq!(find(miss), None, "code {miss}");
        }
    }

    #[test]
    fn pages_cover_negative_codes_and_skip_far_apart_ones() {
        let codes: Vec<i128> = (-60..-40).chain(40..60).collect();
        let pages = Pages::plan(&codes).unwrap();
        let find = page_lookup(&pages);
        for (position, &code) in codes.iter().enumerate() {
            assert_eq!(find(code), Some(position), "code {code}");
        }
        for miss in [-61, -40, 0, 39, 60] {
            assert_eq!(find(miss), None, "code {miss}");
        }
        let far: Vec<i128> =
            (0..6).chain((0..20).map(|i| i128::from(u64::MAX) - 40 + 2 * i)).collect();
        assert!(Pages::plan(&far).is_none());
        assert!(plan(&far).is_some());
        let sparse: Vec<i128> = (0..100).map(|i| i * 1_000_000).collect();
        assert!(Pages::plan(&sparse).is_none());
    }

    #[test]
    fn runs_become_segments_and_every_code_is_found() {
        let codes: Vec<i128> =
            (0..300).map(|i| 1000 + i + i / 9).chain([5000, 5002, 9000, 9001]).collect();
        let plan = plan(&codes).unwrap();
        assert_eq!(plan.segments.len(), 3);
        assert_eq!(pack(&plan.slots).0, 2);
        let find = lookup(&plan);
        for (position, &code) in codes.iter().enumerate() {
            assert_eq!(find(code), Some(position), "code {code}");
        }
        for miss in [0, 999, 1009, 5001, 5003, 8999, 9002, i128::from(i64::MAX)] {
            assert_eq!(find(miss), None, "code {miss}");
        }
    }

    #[test]
    fn sparse_codes_keep_the_binary_search() {
        let codes: Vec<i128> = (0..100).map(|i| i * 100).collect();
        assert!(plan(&codes).is_none());
        let negative: Vec<i128> = (-50..50).collect();
        let plan = plan(&negative).unwrap();
        assert_eq!((plan.segments.len(), pack(&plan.slots).0), (1, 1));
        assert_eq!(lookup(&plan)(-50), Some(0));
        assert_eq!(lookup(&plan)(49), Some(99));
    }
}
