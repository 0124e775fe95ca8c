#!/usr/bin/env bash
# What `cargo build` rebuilds after one message of a 10,000-code catalog
# changes, in a workspace where three crates depend on the catalog crate
# (BENCHMARKS.md, "Rebuilding after a catalog edit"). Two edits: a real one
# (one English message reworded) and a null one (the file rewritten with the
# same bytes), to separate what errcat's output causes from cargo's rules.
# Prints, per edit and profile, the crates cargo compiled and their seconds.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
cargo build --quiet --release -p errcat-bench
work=target/rebuild
rm -rf "$work"
mkdir -p "$work/codes/src"
./target/release/errcat-bench catalog 10000 > "$work/codes/catalog.yaml"

cat > "$work/Cargo.toml" <<EOF
[workspace]
members = ["codes", "api", "worker", "cli"]
resolver = "2"
EOF
cat > "$work/codes/Cargo.toml" <<EOF
[package]
name = "codes"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
errcat = { path = "$root" }
EOF
echo '//! The catalog crate.
errcat::catalog!("catalog.yaml");' > "$work/codes/src/lib.rs"

for crate in api worker cli; do
  mkdir -p "$work/$crate/src"
  cat > "$work/$crate/Cargo.toml" <<EOF
[package]
name = "$crate"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
codes = { path = "../codes" }
EOF
  cat > "$work/$crate/src/lib.rs" <<'EOF'
//! A crate that uses the catalog.
use codes::Bench;

/// A line for a log or a response.
#[must_use]
pub fn describe(code: i32, lang: &str) -> String {
    match Bench::from_code(code) {
        Some(entry) => format!(
            "{} {} ({}): {} [{:?}, {}]",
            entry.code(),
            entry.name(),
            entry.http_status(),
            entry.message_in(lang),
            entry.severity(),
            entry.group(),
        ),
        None => format!("unknown code {code}"),
    }
}

/// How many codes each group holds.
#[must_use]
pub fn census() -> Vec<(&'static str, usize)> {
    codes::BenchGroup::ALL.iter().map(|group| (group.name(), group.codes().len())).collect()
}
EOF
done

# Seconds per compiled crate, from cargo's --timings report.
timings() {
  python3 - "$1" <<'EOF'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
print(", ".join(f"{u['name']} {u['duration']:.2f} s" for u in units if u['duration'] > 0.005) or "nothing")
EOF
}

for profile in dev release; do
  flag=$([ "$profile" = release ] && echo --release || true)
  (cd "$work" && CARGO_INCREMENTAL=0 cargo build --quiet $flag)
  for edit in reworded same-bytes; do
    if [ "$edit" = reworded ]; then
      sed -i 's/cannot read object 0 of group 0"/cannot read object zero of group 0"/' "$work/codes/catalog.yaml"
    else
      cp "$work/codes/catalog.yaml" "$work/codes/catalog.tmp"
      mv "$work/codes/catalog.tmp" "$work/codes/catalog.yaml"
    fi
    rm -rf "$work/target/cargo-timings"
    start=$(date +%s.%N)
    (cd "$work" && CARGO_INCREMENTAL=0 cargo build --quiet $flag --timings)
    end=$(date +%s.%N)
    printf '%s, %s: %.2f s wall; compiled: %s\n' "$profile" "$edit" \
      "$(echo "$end - $start" | bc)" "$(timings "$work"/target/cargo-timings/cargo-timing.html)"
  done
done
