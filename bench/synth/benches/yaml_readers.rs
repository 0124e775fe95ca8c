//! YAML readers side by side on the synthetic catalogs, as the macro runs
//! them: build this under the `bench` profile (optimized) and under
//! `macro-as-built` (opt-level 0, as cargo builds proc macros for users).
//!
//! - `errcat-block`: errcat's reader for the block style catalogs are
//!   written in, building errcat's tree (what the macro runs first);
//! - `granit-parser`: the general parser errcat falls back to, building the
//!   same tree;
//! - `granit-parser-events`, `saphyr-parser-events`, `yaml-rust2-events`:
//!   the parsers' event streams alone, no tree (a lower bound for any reader
//!   built on them).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use errcat_bench::synthetic_catalog;
use errcat_catalog::load::__yaml_node_count;

fn granit_events(source: &str) -> usize {
    granit_parser::Parser::new_from_str(source).map_while(Result::ok).count()
}

fn saphyr_events(source: &str) -> usize {
    saphyr_parser::Parser::new_from_str(source).map_while(Result::ok).count()
}

fn yaml_rust2_events(source: &str) -> usize {
    struct Count(usize);
    impl yaml_rust2::parser::EventReceiver for Count {
        fn on_event(&mut self, _: yaml_rust2::Event) {
            self.0 += 1;
        }
    }
    let mut count = Count(0);
    let mut parser = yaml_rust2::parser::Parser::new_from_str(source);
    if parser.load(&mut count, false).is_err() {
        return 0;
    }
    count.0
}

/// Reads a text, returns how much it read (nodes or events).
type Reader = fn(&str) -> usize;

fn yaml_readers(c: &mut Criterion) {
    let label = std::env::var("ERRCAT_BENCH_LABEL").unwrap_or_else(|_| "optimized".to_owned());
    let mut group = c.benchmark_group(format!("yaml_readers/{label}"));
    let n = 10_000;
    let source = synthetic_catalog(n);
    assert!(__yaml_node_count(&source, false).is_some(), "the block reader gave up");
    assert_eq!(__yaml_node_count(&source, false), __yaml_node_count(&source, true));
    group.throughput(Throughput::Bytes(source.len() as u64));
    group.sample_size(10);
    let readers: [(&str, Reader); 5] = [
        ("errcat-block", |s| __yaml_node_count(s, false).unwrap_or(0)),
        ("granit-parser", |s| __yaml_node_count(s, true).unwrap_or(0)),
        ("granit-parser-events", granit_events),
        ("saphyr-parser-events", saphyr_events),
        ("yaml-rust2-events", yaml_rust2_events),
    ];
    for (name, read) in readers {
        assert!(read(&source) > n, "{name} read too little");
        group.bench_with_input(BenchmarkId::new(name, n), &source, |b, source| {
            b.iter(|| read(source));
        });
    }
    group.finish();
}

criterion_group!(benches, yaml_readers);
criterion_main!(benches);
