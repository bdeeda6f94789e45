#!/usr/bin/env bash
# The main job: run the benchmark suite across adder's tiers and python3/pypy3 and print the
# report. Until the Rust harness (issue 3) lands this checks each benchmark's output against
# CPython and prints times with the suite's own driver.
set -euo pipefail
cd "$(dirname "$0")/.."
ADDER_SETUP_BENCH=1 ./scripts/setup.sh
cargo build --release -p adder
interps=(--interp "adder=$PWD/target/release/adder")
command -v pypy3 >/dev/null && interps+=(--interp pypy3=pypy3)
exec python3 bench/driver/check.py -N "${N:-1000}" -M "${M:-1000}" "${interps[@]}" "$@"
