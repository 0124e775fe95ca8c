//! The macro's work once (load + validate + model + generate) on a synthetic
//! catalog of N codes (default 10,000), for instruction counts: timings on a
//! shared machine drift by tens of percent between runs, callgrind's counts
//! do not. Build it as cargo builds the macro for users, then count:
//!
//! ```sh
//! cargo build --profile macro-as-built -p errcat-bench --example macro_once
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/macro-as-built/examples/macro_once 10000
//! ```

use errcat_catalog::generate::{self, Tracking};

fn main() {
    let n = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let source = errcat_bench::synthetic_catalog(n);
    let Ok(catalog) = errcat_catalog::load_str(&source, "catalog.yaml") else {
        eprintln!("the synthetic catalog of {n} codes does not load");
        std::process::exit(1);
    };
    let tokens = generate::catalog(&catalog, Tracking::ManifestRelative("catalog.yaml"));
    println!("{n} codes: {} bytes of tokens", tokens.to_string().len());
}
