//! `errcat annotate` throughput on a synthetic 16 MB log (a mix of plain
//! lines, `code=N` lines, JSON lines with `"Code":N` and lines naming
//! `ERR_…` constants), against the 10,000-code synthetic catalog, optimized.
//! The CLI streams it (one line in memory); this measures the per-line work.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use errcat_bench::synthetic_catalog;
use errcat_cli::commands::annotate::Annotator;

fn log(bytes: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes + 200);
    let mut i = 0u64;
    while out.len() < bytes {
        let code = 2000 + (i * 7919) % 12000;
        let line = match i % 4 {
            0 => format!("2026-12-02T07:00:00Z INFO request id={i} path=/v1/objects/{i} took={}ms\n", i % 97),
            1 => format!("2026-12-02T07:00:00Z WARN put failed code={code} disk={} host=node{}\n", i % 13, i % 7),
            2 => format!("{{\"ts\":\"2026-12-02T07:00:00Z\",\"level\":\"error\",\"Code\":{code},\"req\":{i}}}\n"),
            _ => format!("2026-12-02T07:00:00Z ERROR ERR_INVALID_ARGUMENT while parsing item {i}\n"),
        };
        out.extend_from_slice(line.as_bytes());
        i += 1;
    }
    out
}

fn annotate(c: &mut Criterion) {
    let catalog = errcat_catalog::load_str(&synthetic_catalog(10_000), "catalog.yaml").unwrap();
    let annotator = Annotator::new(&catalog, None).unwrap();
    let input = log(16 << 20);
    let mut group = c.benchmark_group("annotate");
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.sample_size(10);
    group.bench_function("default_pattern_16MB", |b| {
        let mut output = Vec::with_capacity(input.len() * 2);
        b.iter(|| {
            output.clear();
            annotator.run(&mut &input[..], &mut output).unwrap()
        });
    });
    group.finish();
}

criterion_group!(benches, annotate);
criterion_main!(benches);
