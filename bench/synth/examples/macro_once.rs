//! The macro's work once (load + validate + model + generate, lists left for
//! rustc to lex as the macro does) on a synthetic catalog of N codes (default
//! 10,000; `open` for `representation: open`, `codes-only` for entries with
//! a code and nothing else), for instruction counts and memory: timings on a
//! shared machine drift by tens of percent between runs, callgrind's counts
//! do not. Build it as cargo builds the macro for users, then count:
//!
//! ```sh
//! cargo build --profile macro-as-built -p errcat-bench --example macro_once
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/macro-as-built/examples/macro_once 10000
//! ```

use std::fmt::Write as _;

use errcat_catalog::generate::{self, Tracking};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n = args.first().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let open = args.iter().any(|a| a == "open");
    // Codes alone: a million codes with texts would exceed the 32 MiB limit.
    let source = if args.iter().any(|a| a == "codes-only") {
        let mut source = String::from("name: Bench\nrepr: i32\ncodes:\n");
        for code in 1..=n {
            let _ = writeln!(source, "  - {{code: {code}}}");
        }
        source
    } else {
        errcat_bench::synthetic_catalog(n)
    };
    let source = if open {
        source.replacen("repr: i32\n", "repr: i32\nrepresentation: open\n", 1)
    } else {
        source
    };
    let Ok(catalog) = errcat_catalog::load_str(&source, "catalog.yaml") else {
        eprintln!("the synthetic catalog of {n} codes does not load");
        std::process::exit(1);
    };
    let deferred = generate::catalog_deferred(&catalog, Tracking::ManifestRelative("catalog.yaml"));
    let text: usize = deferred.lists.iter().map(String::len).sum();
    println!(
        "{n} codes: {} skeleton tokens, {} lists of {text} bytes for rustc to lex",
        deferred.skeleton.into_iter().count(),
        deferred.lists.len()
    );
}
