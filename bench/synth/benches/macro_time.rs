//! The macro's own work (load + validate + model + generate, with the long
//! lists left as text for rustc to lex, as the macro does) on synthetic
//! catalogs of 100 to 100,000 codes, to show how it grows with N. What rustc
//! then spends lexing and splicing is in the compile benchmark (errcat
//! against its expansion compiled as source).
//!
//! Cargo builds proc macros without optimization for users
//! (`build-override` defaults to `opt-level = 0`), so `bench/run.sh` runs this
//! twice: under the `bench` profile and under the `macro-as-built` profile,
//! which compiles errcat-catalog and its dependencies at opt-level 0 as a
//! user's build does. `ERRCAT_BENCH_LABEL` names the two runs apart.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use errcat_bench::synthetic_catalog;
use errcat_catalog::generate::{self, Tracking};

fn macro_time(c: &mut Criterion) {
    let label = std::env::var("ERRCAT_BENCH_LABEL").unwrap_or_else(|_| "optimized".to_owned());
    let mut group = c.benchmark_group(format!("macro_time/{label}"));
    for n in [100, 1_000, 10_000, 100_000] {
        let source = synthetic_catalog(n);
        group.throughput(Throughput::Elements(n as u64));
        group.sample_size(if n >= 10_000 { 10 } else { 30 });
        group.bench_with_input(BenchmarkId::new("load_generate", n), &source, |b, source| {
            b.iter(|| {
                let catalog = errcat_catalog::load_str(source, "catalog.yaml").ok()?;
                // What the macro runs; it then has rustc lex the deferred lists.
                let deferred = generate::catalog_deferred(
                    &catalog,
                    Tracking::ManifestRelative("catalog.yaml"),
                );
                Some((deferred.skeleton, deferred.lists))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, macro_time);
criterion_main!(benches);
