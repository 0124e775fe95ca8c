#!/usr/bin/env bash
# Every figure of BENCHMARKS.md in one run (about 45 minutes on a 2-core
# machine). Results: target/scale/compile.md (compile time, memory, binary
# size) and the criterion summary printed at the end (macro time, runtime).
set -euo pipefail
cd "$(dirname "$0")"

cargo build --release -p errcat-bench
./target/release/errcat-bench compile --sizes 1000,10000 --huge 100000 --runs 3

# The macro's work, optimized and as cargo builds it for users (opt-level 0).
ERRCAT_BENCH_LABEL=optimized cargo bench --bench macro_time
ERRCAT_BENCH_LABEL=as-built cargo bench --profile macro-as-built --bench macro_time

# errcat diff at 10,000 and 100,000 codes.
cargo bench --bench diff

# Runtime against the hand-written code, at 1,000 and 10,000 codes.
for n in 1000 10000; do
  ERRCAT_BENCH_RUNTIME_N=$n cargo bench --bench runtime
done

./target/release/errcat-bench report
