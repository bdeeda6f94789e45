#!/bin/sh
# Compile each tests/py/strings/*.py with mpy-cross, run it with adder, diff against python3.
# Usage: tests/py/strings/run_mpy.sh [test.py ...]   (ADDER=path/to/adder to override)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
adder=${ADDER:-$root/target/debug/adder}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ $# -eq 0 ] && set -- "$here"/*.py
pass=0; fail=0
for t in "$@"; do
    name=$(basename "$t" .py)
    cp "$t" "$tmp/$name.py"
    if ! (cd "$tmp" && mpy-cross "$name.py" 2>"$tmp/$name.err"); then
        echo "FAIL $name (mpy-cross)"; cat "$tmp/$name.err"; fail=$((fail+1)); continue
    fi
    (cd "$tmp" && python3 "$name.py" >"$name.exp" 2>&1)
    (cd "$tmp" && timeout 20 "$adder" "$name.mpy" >"$name.out" 2>&1)
    if diff -u "$tmp/$name.exp" "$tmp/$name.out" >"$tmp/$name.diff"; then
        pass=$((pass+1))
    else
        echo "FAIL $name"; head -40 "$tmp/$name.diff"; fail=$((fail+1))
    fi
done
echo "passed $pass, failed $fail"
[ $fail -eq 0 ]
