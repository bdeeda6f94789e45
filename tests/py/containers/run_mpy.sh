#!/bin/sh
# Compile each tests/py/containers/*.py with mpy-cross, run it with adder and compare the output
# with CPython's. Usage: run_mpy.sh [test.py ...]   (ADDER=path/to/adder to override the binary)
cd "$(dirname "$0")" || exit 1
ADDER=${ADDER:-../../../target/debug/adder}
TMP=${TMPDIR:-/tmp}/adder-containers.$$
mkdir -p "$TMP"
pass=0; fail=0
for f in ${@:-*.py}; do
    b=$(basename "$f" .py)
    if ! mpy-cross -o "$TMP/$b.mpy" "$f" 2>"$TMP/$b.err"; then
        echo "FAIL $b (mpy-cross)"; fail=$((fail+1)); continue
    fi
    python3 "$f" >"$TMP/$b.exp" 2>&1
    timeout 10 "$ADDER" "$TMP/$b.mpy" >"$TMP/$b.out" 2>&1
    if cmp -s "$TMP/$b.exp" "$TMP/$b.out"; then
        pass=$((pass+1))
    else
        echo "FAIL $b"; diff "$TMP/$b.exp" "$TMP/$b.out" | head -${DIFFLINES:-10}; fail=$((fail+1))
    fi
done
rm -rf "$TMP"
echo "passed $pass, failed $fail"
[ "$fail" -eq 0 ]
