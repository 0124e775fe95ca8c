//! Writes the synthetic catalog (`generated/catalog.yaml`, where `catalog!`
//! can read it relative to the crate) and its hand-written equivalent (into
//! OUT_DIR). `ERRCAT_BENCH_RUNTIME_N` picks the size; 1,000 by default so
//! that CI's `cargo bench --no-run` stays quick.

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-env-changed=ERRCAT_BENCH_RUNTIME_N");
    println!("cargo::rerun-if-changed=build.rs");
    let n = env::var("ERRCAT_BENCH_RUNTIME_N").ok().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let source = errcat_bench::synthetic_catalog(n);
    let catalog = errcat_catalog::load_str(&source, "catalog.yaml")
        .unwrap_or_else(|errors| panic!("synthetic catalog rejected: {}", errors[0]));
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let generated = Path::new(&manifest).join("generated");
    fs::create_dir_all(&generated).expect("create generated/");
    let path = generated.join("catalog.yaml");
    if fs::read_to_string(&path).ok().as_deref() != Some(source.as_str()) {
        fs::write(&path, &source).expect("write generated/catalog.yaml");
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("handwritten.rs"), errcat_bench::handwritten(&catalog))
        .expect("write handwritten.rs");
}
