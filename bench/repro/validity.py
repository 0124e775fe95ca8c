#!/usr/bin/env python3
# rustc checks a list of all N variants of an enum in O(N^2) (BENCHMARKS.md,
# "What `ALL` costs"). Writes the smallest reproduction: an enum of N unit
# variants and one list naming each variant once, or the same list of integers.
# Usage: python3 validity.py N int-slice|enum-slice|enum-static > r.rs
#        time rustc --crate-type lib r.rs
import sys

n = int(sys.argv[1])
kind = sys.argv[2]
variants = ",".join(f"V{i}" for i in range(n))
print(f"#[derive(Clone, Copy)]\npub enum E {{ {variants} }}")
if kind == "enum-slice":
    print(f"pub const ALL: &[E] = {{ use E::*; &[{variants}] }};")
elif kind == "int-slice":
    print("pub const ALL: &[u32] = &[" + ",".join(str(i) for i in range(n)) + "];")
elif kind == "enum-static":
    print(f"pub static ALL: [E; {n}] = {{ use E::*; [{variants}] }};")
else:
    sys.exit("kind: int-slice, enum-slice or enum-static")
