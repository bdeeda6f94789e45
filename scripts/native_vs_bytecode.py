#!/usr/bin/env python3
# Interleaved bytecode-vs-native timing of bench/suite: each program (BM_N = BM_M = N + program +
# bench/driver/benchrun.py, as the harness runs it) runs ROUNDS times per tier, alternating which
# tier goes first; the time is benchrun's time_us; prints the median per tier, the ratio, and the
# geometric means (all programs, and without the viper_call* ones whose decorators make both
# tiers run the same code). Not the harness (bench/): no CPython check, no JSON.
# With --strip-emit, the @micropython.native/viper decorator lines are removed first, so each
# column runs every function on its own tier (the decorators otherwise make the viper_call*
# programs run the same code in both columns); informational, not the suite as written.
# Usage: scripts/native_vs_bytecode.py [--strip-emit] [ADDER] [ROUNDS] [N]
import glob
import math
import os
import statistics
import subprocess
import sys
import re
import tempfile

strip = "--strip-emit" in sys.argv
if strip:
    sys.argv.remove("--strip-emit")
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
adder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "target/release/adder")
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
n = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
driver = open(os.path.join(root, "bench/driver/benchrun.py")).read()
rows = []
with tempfile.TemporaryDirectory() as tmp:
    for src in sorted(glob.glob(os.path.join(root, "bench/suite/bm_*.py"))):
        name = os.path.basename(src)[3:-3]
        prog = os.path.join(tmp, os.path.basename(src))
        body = open(src).read()
        if strip:
            body = re.sub(r"(?m)^[ \t]*@micropython\.(native|viper)[ \t]*\n", "", body)
        with open(prog, "w") as f:
            f.write("BM_N = %d\nBM_M = %d\n" % (n, n) + body + driver)
        times = {"bytecode": [], "native": []}
        outs = {"bytecode": set(), "native": set()}
        for r in range(rounds):
            order = ("bytecode", "native") if r % 2 == 0 else ("native", "bytecode")
            for tier in order:
                p = subprocess.run([adder, "-X", "emit=" + tier, prog], cwd=tmp,
                                   capture_output=True, text=True, timeout=600)
                last = (p.stdout.strip().splitlines() or ["0 failed"])[-1]
                us, rest = last.split(" ", 1)
                times[tier].append(int(us))
                outs[tier].add(rest)
        b, nat = statistics.median(times["bytecode"]), statistics.median(times["native"])
        same = outs["bytecode"] == outs["native"] and len(outs["native"]) == 1
        rows.append((name, b / nat))
        note = "" if same else " OUTPUT DIFFERS"
        print(f"| {name} | {b / 1000:.1f} | {nat / 1000:.1f} | {b / nat:.2f}x |{note}", flush=True)
geo = math.exp(sum(math.log(r) for _, r in rows) / len(rows))
rest = [r for name, r in rows if not name.startswith("viper")]
geo2 = math.exp(sum(math.log(r) for r in rest) / len(rest))
print(f"geomean all {len(rows)}: {geo:.2f}x; without viper_call* ({len(rest)}): {geo2:.2f}x")
