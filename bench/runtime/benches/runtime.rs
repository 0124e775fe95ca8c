//! Each lookup of the generated API against the hand-written equivalent, on
//! the same catalog, in a fixed pseudo-random order (so branch prediction
//! cannot learn a sorted walk). One iteration is one call.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use errcat_bench_runtime::{generated, handwritten};

/// A fixed permutation of `items` (xorshift Fisher-Yates), the same on every run.
fn shuffled<T: Clone>(items: &[T]) -> Vec<T> {
    let mut out = items.to_vec();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in (1..out.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.swap(i, (state % (i as u64 + 1)) as usize);
    }
    out
}

/// Cycles through `inputs`, one per call.
fn cycle<'a, T: Copy, R>(
    inputs: &'a [T],
    mut f: impl FnMut(T) -> R + 'a,
) -> impl FnMut() -> R + 'a {
    let mut i = 0;
    move || {
        i = if i + 1 == inputs.len() { 0 } else { i + 1 };
        f(black_box(inputs[i]))
    }
}

macro_rules! bench_side {
    ($c:expr, $side:literal, $ty:ty, $entries:expr, $codes:expr, $misses:expr, $names:expr) => {{
        let entries: Vec<$ty> = $entries;
        let c: &mut Criterion = $c;
        let mut group =
            c.benchmark_group(format!("runtime/{}/{}", generated::Bench::ALL.len(), $side));
        group.bench_function("from_code_hit", |b| b.iter(cycle($codes, <$ty>::from_code)));
        group.bench_function("from_code_miss", |b| b.iter(cycle($misses, <$ty>::from_code)));
        group.bench_function("from_name", |b| b.iter(cycle($names, <$ty>::from_name)));
        group.bench_function("message", |b| b.iter(cycle(&entries, <$ty>::message)));
        group.bench_function("http_status", |b| b.iter(cycle(&entries, <$ty>::http_status)));
        let mut text = String::with_capacity(256);
        group.bench_function("display", |b| {
            b.iter(cycle(&entries, |e| {
                text.clear();
                let _ = write!(text, "{e}");
                text.len()
            }))
        });
        group.finish();
    }};
}

fn runtime(c: &mut Criterion) {
    let all = generated::Bench::ALL;
    let codes = shuffled(&all.iter().map(|e| e.code()).collect::<Vec<_>>());
    let names = shuffled(&all.iter().map(|e| e.name()).collect::<Vec<_>>());
    // Misses: the gaps between codes, and codes outside every group.
    let mut misses: Vec<i32> = (0..codes.len() as i32)
        .map(|i| codes[i as usize] + 1)
        .filter(|c| generated::Bench::from_code(*c).is_none())
        .collect();
    misses.extend((0..64).map(|i| -1 - i));
    let misses = shuffled(&misses);
    assert!(!misses.is_empty());
    bench_side!(
        c,
        "errcat",
        generated::Bench,
        codes.iter().filter_map(|&c| generated::Bench::from_code(c)).collect(),
        &codes,
        &misses,
        &names
    );
    bench_side!(
        c,
        "hand-written",
        handwritten::Bench,
        codes.iter().filter_map(|&c| handwritten::Bench::from_code(c)).collect(),
        &codes,
        &misses,
        &names
    );
}

criterion_group!(benches, runtime);
criterion_main!(benches);
