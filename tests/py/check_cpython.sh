#!/bin/sh
# Run every test under CPython twice; see check_cpython.py.
exec python3 "$(dirname "$0")/check_cpython.py" "$@"
