#!/usr/bin/env python3
"""Cross-check the benchrun suite: every bench/suite/bm_*.py is run (as
header + benchmark + driver, the same text a harness would build) under
python3 and pypy3 (when on PATH), plus any --interp given, several times, and
the "norm output" part of each run must be identical across all runs and all
interpreters.  A benchmark that reports norm 0 and output "skip" on some
interpreter (bm_import_mpy on CPython/PyPy) is left out of the comparison
there.

    python3 bench/driver/check.py                   # N=100 M=100, 2 runs each
    python3 bench/driver/check.py -N 1000 -M 1000   # timing-guideline check
    python3 bench/driver/check.py -b fft -b aes     # only some benchmarks
    python3 bench/driver/check.py --interp mpy=micropython
    python3 bench/driver/check.py --interp wasm='node mp.mjs' --strip-emit wasm

--strip-emit NAME removes the `@micropython.native/viper` decorator lines for
interpreter NAME (for MicroPython builds without the native emitters).
Exit status 0 when everything matched; the last line reads
"N passed, N failed".
"""

import argparse
import glob
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.join(os.path.dirname(HERE), "suite")
DRIVER = os.path.join(HERE, "benchrun.py")


def build_script(bench_path, n, m, strip_emit):
    with open(bench_path) as f:
        src = f.read()
    if strip_emit:
        src = "\n".join(l for l in src.split("\n") if not l.startswith("@micropython."))
    with open(DRIVER) as f:
        drv = f.read()
    return "BM_N = %d\nBM_M = %d\n" % (n, m) + src + "\n" + drv


def run_one(cmd, script_path, timeout):
    t0 = time.time()
    try:
        p = subprocess.run(cmd + [script_path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, universal_newlines=True)
    except subprocess.TimeoutExpired:
        return None, "timeout after %ds" % timeout, time.time() - t0
    wall = time.time() - t0
    lines = [l for l in p.stdout.split("\n") if l.strip()]
    if p.returncode != 0 or not lines:
        err = (p.stderr.strip().split("\n") or [""])[-1]
        return None, "exit %d: %s" % (p.returncode, err), wall
    last = lines[-1]
    parts = last.split(" ", 2)
    if len(parts) < 3:
        return None, "bad output line: %r" % last, wall
    try:
        t_us = int(parts[0])
    except ValueError:
        return None, "bad time field: %r" % last, wall
    return (t_us, parts[1], parts[2]), None, wall


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-N", type=int, default=100)
    ap.add_argument("-M", type=int, default=100)
    ap.add_argument("-r", "--runs", type=int, default=2, help="runs per interpreter (default 2)")
    ap.add_argument("-b", "--bench", action="append", default=[],
                    help="benchmark name (bm_ prefix optional); repeatable")
    ap.add_argument("--interp", action="append", default=[],
                    help="extra interpreter NAME=COMMAND (command gets the script path appended)")
    ap.add_argument("--only", action="append", default=[],
                    help="use only these interpreter names (default: python3, pypy3 if present, extras)")
    ap.add_argument("--strip-emit", action="append", default=[], help="interpreter NAME without native emitters")
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--keep", action="store_true", help="keep generated scripts (printed paths)")
    args = ap.parse_args()

    interps = []
    for name in ("python3", "pypy3"):
        exe = shutil.which(name)
        if exe:
            interps.append((name, [exe]))
    for spec in args.interp:
        name, _, cmd = spec.partition("=")
        if not cmd:
            ap.error("--interp wants NAME=COMMAND")
        interps.append((name, shlex.split(cmd)))
    if args.only:
        interps = [i for i in interps if i[0] in args.only]
    if not interps:
        ap.error("no interpreter available")

    benches = sorted(glob.glob(os.path.join(SUITE, "bm_*.py")))
    if args.bench:
        want = set(b if b.startswith("bm_") else "bm_" + b for b in args.bench)
        benches = [b for b in benches if os.path.basename(b)[:-3] in want]
    if not benches:
        ap.error("no benchmark selected")

    tmpdir = tempfile.mkdtemp(prefix="benchcheck_")
    print("N=%d M=%d runs=%d interpreters: %s" % (args.N, args.M, args.runs,
                                                   ", ".join(n for n, _ in interps)))
    hdr = "%-18s" % "benchmark" + "".join("%13s" % (n + " ms") for n, _ in interps) + "  %-10s %s" % ("norm", "output")
    print(hdr)
    print("-" * len(hdr))
    passed = 0
    failed = 0
    for bpath in benches:
        bname = os.path.basename(bpath)[:-3]
        results = {}  # interp -> list of (norm, output)
        times = {}
        errors = []
        for iname, cmd in interps:
            script = os.path.join(tmpdir, "%s__%s.py" % (bname, iname.replace("/", "_")))
            with open(script, "w") as f:
                f.write(build_script(bpath, args.N, args.M, iname in args.strip_emit))
            for _ in range(args.runs):
                res, err, wall = run_one(cmd, script, args.timeout)
                if err:
                    errors.append("%s: %s" % (iname, err))
                    break
                t_us, norm, out = res
                results.setdefault(iname, []).append((norm, out))
                times.setdefault(iname, []).append(t_us)
        seen = set()
        for iname, lst in results.items():
            for norm, out in lst:
                if norm == "0" and out == "skip":
                    continue
                seen.add((norm, out))
        # each interpreter must also agree with itself (skip or not)
        for iname, lst in results.items():
            if len(set(lst)) > 1:
                errors.append("%s: runs differ: %s" % (iname, sorted(set(lst))))
        if len(seen) > 1:
            errors.append("outputs differ: " + "; ".join(
                "%s -> %s %s" % (i, l[0][0], l[0][1]) for i, l in results.items()))
        row = "%-18s" % bname[3:]
        for iname, _ in interps:
            if iname in times:
                row += "%13.1f" % (min(times[iname]) / 1000.0)
            else:
                row += "%13s" % "ERR"
        if seen:
            norm, out = sorted(seen)[0]
        elif results:
            norm, out = "0", "skip"
        else:
            norm, out = "-", "-"
        if len(out) > 70:
            out = out[:67] + "..."
        row += "  %-10s %s" % (norm, out)
        print(row)
        sys.stdout.flush()
        if errors:
            failed += 1
            for e in errors:
                print("    FAIL " + e)
        else:
            passed += 1
    if args.keep:
        print("scripts kept in " + tmpdir)
    else:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
