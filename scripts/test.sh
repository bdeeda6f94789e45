#!/usr/bin/env bash
# The test command: every crate's unit tests plus the Python corpus compared with CPython.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo test --workspace "$@"
