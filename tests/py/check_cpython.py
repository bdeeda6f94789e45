#!/usr/bin/env python3
"""Run every test program under CPython twice and check it is a sound test.

A test is every tests/py/<category>/**/*.py, except files inside helper
directories (any directory named `mods`, starting with `pkg` or with `_`)
and except the `micropython/` category (MicroPython-only, checked by .exp).

Checks: both runs give identical stdout and exit status; the exit status is
0, except for cli/ tests, which declare it in a first-lines comment
`# expect-exit: N`; each run finishes in under 1 second
(wall clock, with some slack via --limit).

Usage: python3 tests/py/check_cpython.py [--python python3] [--limit 1.0] [paths...]
"""
import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP_CATEGORIES = {"micropython"}


def is_helper_dir(name):
    return name == "mods" or name.startswith("pkg") or name.startswith("_") or name == "__pycache__"


def find_tests(root):
    tests = []
    for cat in sorted(os.listdir(root)):
        cdir = os.path.join(root, cat)
        if not os.path.isdir(cdir) or cat in SKIP_CATEGORIES or is_helper_dir(cat):
            continue
        for dirpath, dirnames, filenames in os.walk(cdir):
            dirnames[:] = sorted(d for d in dirnames if not is_helper_dir(d))
            for f in sorted(filenames):
                if f.endswith(".py"):
                    tests.append(os.path.join(dirpath, f))
    return tests


def run(python, path):
    t0 = time.monotonic()
    p = subprocess.run([python, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, timeout=20,
                       env=dict(os.environ, PYTHONHASHSEED="random", PYTHONDONTWRITEBYTECODE="1"))
    return p.returncode, p.stdout, p.stderr, time.monotonic() - t0


def check(python, limit, path):
    rel = os.path.relpath(path, HERE)
    problems = []
    try:
        r1 = run(python, path)
        r2 = run(python, path)
    except subprocess.TimeoutExpired:
        return rel, ["timeout"]
    if r1[0] != r2[0]:
        problems.append("exit status differs between runs: %d vs %d" % (r1[0], r2[0]))
    if r1[1] != r2[1]:
        problems.append("stdout differs between runs")
    cat = rel.split(os.sep)[0]
    expect = 0
    with open(path) as f:
        for line in f.read().splitlines()[:5]:
            if line.startswith("# expect-exit:"):
                expect = int(line.split(":")[1])
    if cat != "cli" and expect != 0:
        problems.append("only cli/ tests may expect a non-zero exit status")
    if r1[0] != expect:
        problems.append("exit status %d, expected %d; stderr:\n%s" % (r1[0], expect, r1[2].decode(errors="replace")[-2000:]))
    if min(r1[3], r2[3]) > limit:
        problems.append("too slow: %.2fs" % min(r1[3], r2[3]))
    if not r1[1].strip():
        problems.append("prints nothing")
    return rel, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", default="python3")
    ap.add_argument("--limit", type=float, default=1.0)
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    tests = [os.path.abspath(p) for p in a.paths] if a.paths else find_tests(HERE)
    bad = 0
    counts = {}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as ex:
        for rel, problems in ex.map(lambda p: check(a.python, a.limit, p), tests):
            cat = rel.split(os.sep)[0]
            counts[cat] = counts.get(cat, 0) + 1
            if problems:
                bad += 1
                print("FAIL", rel)
                for pr in problems:
                    print("   ", pr)
    for cat in sorted(counts):
        print("%-12s %d" % (cat, counts[cat]))
    print("total %d tests, %d failing" % (len(tests), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
