//! `errcat unused` on the 10,000-code synthetic catalog and 1,000 Rust
//! files (about 60 lines each, referring to nine codes in ten), optimized:
//! lexing every file and checking every entry.

use std::fmt::Write as _;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use errcat_bench::synthetic_catalog;
use errcat_cli::commands::unused;

fn sources(dir: &Path, catalog: &errcat_catalog::Catalog) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let entries = catalog.entries();
    for file in 0..1000 {
        let mut text = String::from("//! A module of the service.\nuse crate::Bench;\n\n");
        for f in 0..10 {
            let entry = &entries[(file * 10 + f) % entries.len()];
            if (file * 10 + f) % 10 == 9 {
                continue;
            }
            let _ = write!(
                text,
                "/// Handles case {f}.\npub fn handle_{f}(input: &str) -> Result<usize, Bench> {{\n    \
                 if input.is_empty() {{\n        return Err(Bench::{});\n    }}\n    \
                 Ok(input.len() * {f})\n}}\n\n",
                entry.ident
            );
        }
        std::fs::write(dir.join(format!("module_{file}.rs")), text).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let catalog = errcat_catalog::load_str(&synthetic_catalog(10_000), "catalog.yaml").unwrap();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("unused-sources");
    sources(&dir, &catalog);
    let dirs = [dir.to_string_lossy().into_owned()];
    let references = unused::references(&dirs).unwrap();
    assert_eq!(references.files, 1000);
    assert_eq!(unused::unused(&catalog, &references.words, &[]).len(), 1000);
    let mut group = c.benchmark_group("unused");
    group.sample_size(10);
    group.bench_function("10000_codes_1000_files", |b| {
        b.iter(|| {
            let references = unused::references(&dirs).unwrap();
            unused::unused(&catalog, &references.words, &[]).len()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
