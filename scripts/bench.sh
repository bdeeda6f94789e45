#!/usr/bin/env bash
# The main job: run the benchmark suite (bench/suite) across every built adder tier plus python3
# and pypy3, and print the report (run-perfbench text, tier table, failures). Arguments go to the
# harness: e.g. `./scripts/bench.sh -N 100 -a 3`, `./scripts/bench.sh -o results/run.json`,
# `./scripts/bench.sh diff a.json b.json`. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ADDER_SETUP_BENCH=1 ./scripts/setup.sh
cargo build --release -p adder -p bench
exec target/release/adder bench "$@"
