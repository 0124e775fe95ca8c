//! How long hostile catalogs take to be rejected (a bench binary, not a test:
//! timings never decide pass or fail). Run: `cargo bench -p errcat-catalog --bench hostile`.

use std::time::Instant;

fn time(label: &str, source: &str) {
    let runs = 5;
    let start = Instant::now();
    for _ in 0..runs {
        let errors = errcat_catalog::load_str(source, "bench.yaml").err().unwrap_or_default();
        assert!(!errors.is_empty(), "{label} was accepted");
    }
    println!(
        "{label:<32} {:>10.3} ms per rejection",
        start.elapsed().as_secs_f64() * 1e3 / f64::from(runs)
    );
}

/// How long a catalog that loads, with warnings, takes.
fn time_warned(label: &str, source: &str) {
    let runs = 5;
    let start = Instant::now();
    for _ in 0..runs {
        let catalog = errcat_catalog::load_str(source, "bench.yaml");
        let warnings = catalog.map(|c| c.source_warnings().len()).unwrap_or_default();
        assert!(warnings > 0, "{label} gave no warning");
    }
    println!(
        "{label:<32} {:>10.3} ms per load",
        start.elapsed().as_secs_f64() * 1e3 / f64::from(runs)
    );
}

fn main() {
    let mut laughs = String::from(
        "name: LaughError\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for level in 1..10 {
        let refs = vec![format!("*a{}", level - 1); 10].join(", ");
        laughs.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
    }
    time("billion laughs (10^10 nodes)", &laughs);

    let mut huge = String::from("name: HugeError\ncodes:\n");
    while huge.len() < 50 * 1024 * 1024 {
        huge.push_str(
            "  - code: 1\n    message: padding padding padding padding padding padding\n",
        );
    }
    time("50 MB catalog", &huge);

    let deep = format!("name: DeepError\nx: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    time("100,000 nested lists", &deep);

    let just_under = {
        let mut yaml = String::from("name: BigError\ncodes:\n");
        let mut code = 0;
        while yaml.len() < 30 * 1024 * 1024 {
            yaml.push_str(&format!("  - code: {code}\n    message: m\n  - code: {code}\n"));
            code += 1;
        }
        yaml
    };
    time("30 MB of duplicate codes", &just_under);

    // Lint W0005 on one line holding a million raw bidi controls: positions
    // are counted as the text is read, and past the shown diagnostics the
    // characters are only counted.
    let bidi = format!("name: BidiError\ncodes:\n  - code: 1 # {}\n", "\u{202E}".repeat(1_000_000));
    time_warned("1,000,000 raw U+202E on a line", &bidi);
}
