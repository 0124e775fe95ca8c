#!/usr/bin/env bash
# What `cargo build` rebuilds after an edit, in a workspace where three crates
# depend on a 10,000-code catalog crate (BENCHMARKS.md, "Rebuilding after an
# edit"), with incremental compilation off and on (on is the dev profile's
# default). Edits: one English message reworded; the catalog rewritten with
# the same bytes (what cargo's rules cause, not errcat's output); and a
# function of the catalog crate that has nothing to do with the catalog,
# changed beside `catalog!` and beside errcat's expansion pasted as source
# (`codes_expanded`): the difference is what the macro, which reruns on every
# build of its crate, costs there, and the most a cache of its output could
# save. Each edit runs RUNS times (default 3); prints the crates cargo
# compiled and their seconds, per run.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
cargo build --quiet --release -p errcat-bench
runs=${RUNS:-3}
work=target/rebuild
rm -rf "$work"
mkdir -p "$work/codes/src" "$work/codes_expanded/src"
./target/release/errcat-bench catalog 10000 > "$work/codes/catalog.yaml"
cp "$work/codes/catalog.yaml" "$work/codes_expanded/catalog.yaml"

cat > "$work/Cargo.toml" <<EOF
[workspace]
members = ["codes", "codes_expanded", "api", "worker", "cli"]
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
sed 's/name = "codes"/name = "codes_expanded"/' "$work/codes/Cargo.toml" > "$work/codes_expanded/Cargo.toml"
# A function of the catalog crate that the edits below change.
unrelated='/// A number the crate changes without touching the catalog.
#[must_use]
pub const fn build_number() -> u32 {
    0
}'
printf '//! The catalog crate.\nerrcat::catalog!("catalog.yaml");\n\n%s\n' "$unrelated" > "$work/codes/src/lib.rs"
{
  printf '//! The catalog crate, with errcat'"'"'s expansion as source.\n'
  (cd "$work/codes_expanded" && ../../release/errcat-bench expand catalog.yaml)
  printf '\n%s\n' "$unrelated"
} > "$work/codes_expanded/src/lib.rs"

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

# Applies one edit; $2 makes each run's edit different from the last.
edit() {
  case "$1" in
    reworded)
      if grep -q 'cannot read object 0 of group 0"' "$work/codes/catalog.yaml"; then
        sed -i 's/cannot read object 0 of group 0"/cannot read object zero of group 0"/' "$work/codes/catalog.yaml"
      else
        sed -i 's/cannot read object zero of group 0"/cannot read object 0 of group 0"/' "$work/codes/catalog.yaml"
      fi ;;
    same-bytes)
      cp "$work/codes/catalog.yaml" "$work/codes/catalog.tmp"
      mv "$work/codes/catalog.tmp" "$work/codes/catalog.yaml" ;;
    unrelated-fn)
      sed -i "s/^    [0-9]*\$/    $2/" "$work/codes/src/lib.rs" ;;
    unrelated-fn-expanded)
      sed -i "s/^    [0-9]*\$/    $2/" "$work/codes_expanded/src/lib.rs" ;;
  esac
}

for profile in dev release; do
  flag=$([ "$profile" = release ] && echo --release || true)
  for incremental in 0 1; do
    (cd "$work" && CARGO_INCREMENTAL=$incremental cargo build --quiet $flag)
    for change in reworded same-bytes unrelated-fn unrelated-fn-expanded; do
      for run in $(seq 1 "$runs"); do
        edit "$change" "$run$incremental"
        rm -rf "$work/target/cargo-timings"
        start=$(date +%s.%N)
        (cd "$work" && CARGO_INCREMENTAL=$incremental cargo build --quiet $flag --timings)
        end=$(date +%s.%N)
        printf '%s, incremental %s, %s, run %s: %.2f s wall; compiled: %s\n' "$profile" "$incremental" \
          "$change" "$run" "$(echo "$end - $start" | bc)" \
          "$(timings "$work"/target/cargo-timings/cargo-timing.html)"
      done
    done
  done
done
