//! `errcat diff` on synthetic catalogs of 10,000 and 100,000 codes: the diff
//! itself (two loaded models) and the whole command's work (loading both
//! versions, then the diff). The new version rewords a sixth of the messages
//! and changes every ninth HTTP status, so the diff reports tens of
//! thousands of changes at 100,000 codes. Target: the diff under 1 s optimized.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use errcat_bench::synthetic_catalog;
use errcat_catalog::diff::diff;

fn versions(n: usize) -> (String, String) {
    let old = synthetic_catalog(n);
    let new = old.replace("cannot read", "could not read").replace("http: 404", "http: 410");
    (old, new)
}

fn diff_time(c: &mut Criterion) {
    let mut group = c.benchmark_group("diff");
    for n in [10_000, 100_000] {
        let (old_text, new_text) = versions(n);
        let load = |text: &str| errcat_catalog::load_str(text, "catalog.yaml").ok();
        let (Some(old), Some(new)) = (load(&old_text), load(&new_text)) else {
            panic!("the synthetic catalogs of {n} codes do not load");
        };
        assert!(diff(&old, &new).len() > n / 6, "the versions differ in many entries");
        group.throughput(Throughput::Elements(n as u64));
        group.sample_size(10);
        group.bench_with_input(BenchmarkId::new("diff", n), &(old, new), |b, (old, new)| {
            b.iter(|| diff(old, new));
        });
        group.bench_with_input(
            BenchmarkId::new("load_both_and_diff", n),
            &(old_text, new_text),
            |b, (old, new)| b.iter(|| Some(diff(&load(old)?, &load(new)?))),
        );
    }
    group.finish();
}

criterion_group!(benches, diff_time);
criterion_main!(benches);
