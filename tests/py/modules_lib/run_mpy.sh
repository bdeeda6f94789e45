#!/bin/sh
# Compile each test with mpy-cross, run it on adder and diff with CPython (or NAME.exp).
# Usage: tests/py/modules_lib/run_mpy.sh [test.py ...]   (default: modules_lib/*.py and micropython/*.py)
cd "$(dirname "$0")/../../.." || exit 1
ADDER=${ADDER:-target/debug/adder}
TMP=${TMPDIR:-/tmp}/adder_mods.$$
mkdir -p "$TMP"
pass=0; fail=0; failed=""
files="$*"
[ -z "$files" ] && files="$(ls tests/py/modules_lib/*.py tests/py/micropython/*.py 2>/dev/null)"
for f in $files; do
    name=$(basename "$f" .py)
    exp="${f%.py}.exp"
    if [ -f "$exp" ]; then cp "$exp" "$TMP/$name.exp"; else (cd "$(dirname "$f")" && python3 "$(basename "$f")") > "$TMP/$name.exp" 2>&1; fi
    if ! mpy-cross -o "$TMP/$name.mpy" "$f" 2> "$TMP/$name.err"; then
        echo "FAIL (mpy-cross) $f"; cat "$TMP/$name.err"; fail=$((fail+1)); failed="$failed $name"; continue
    fi
    (cd "$(dirname "$f")" && timeout 20 "$OLDPWD/$ADDER" "$TMP/$name.mpy") > "$TMP/$name.out" 2>&1
    if cmp -s "$TMP/$name.exp" "$TMP/$name.out"; then
        pass=$((pass+1))
    else
        echo "FAIL $f"; diff "$TMP/$name.exp" "$TMP/$name.out" | head -${DIFFLINES:-15}; fail=$((fail+1)); failed="$failed $name"
    fi
done
echo "passed $pass, failed $fail:$failed"
rm -rf "$TMP"
[ "$fail" -eq 0 ]
