# ---------------------------------------------------------------------------
# benchrun driver for adder's benchmark suite (bench/suite/bm_*.py).
#
# Usage 1 (textual concatenation, the normal way):
#     cat bench/suite/bm_x.py bench/driver/benchrun.py > /tmp/run.py
#     python3 /tmp/run.py [N [M]]          # or: cat ... | python3 - [N [M]]
# Usage 2 (header): prepend "BM_N = 100\nBM_M = 100\n" to the concatenation
#     instead of passing argv (for interpreters without sys.argv).
# Usage 3 (import): benchrun.bm_run(N, M, bm_params, bm_setup)
#     (when imported as a module nothing runs by itself).
#
# Prints one line:  time_us norm output
# Priority for N/M: explicit args to bm_run > BM_N/BM_M globals > sys.argv > 1000.
# ---------------------------------------------------------------------------

import time as _bm_time

try:
    _bm_ticks_us = _bm_time.ticks_us
    _bm_ticks_diff = _bm_time.ticks_diff
except AttributeError:
    _bm_pc = _bm_time.perf_counter

    def _bm_ticks_us():
        return int(_bm_pc() * 1000000)

    def _bm_ticks_diff(a, b):
        return a - b


def bm_select_params(params, N, M):
    # Largest key (in tuple order) with 10*n <= 12*N and m <= M.
    best = None
    for key in sorted(params):
        if 10 * key[0] <= 12 * N and key[1] <= M:
            best = key
    if best is None:
        # Nothing qualifies: fall back to the smallest key.
        best = sorted(params)[0]
    return best, params[best]


def bm_argv_nm(default_n=1000, default_m=1000):
    n = default_n
    m = default_m
    try:
        import sys

        args = []
        for a in sys.argv[1:]:
            try:
                args.append(int(a))
            except ValueError:
                pass
        if len(args) >= 1:
            n = args[0]
        if len(args) >= 2:
            m = args[1]
    except Exception:
        pass
    return n, m


def bm_run(N=None, M=None, params=None, setup=None):
    g = globals()
    if params is None:
        params = g["bm_params"]
    if setup is None:
        setup = g["bm_setup"]
    an, am = bm_argv_nm()
    if N is None:
        N = g.get("BM_N", an)
    if M is None:
        M = g.get("BM_M", am)
    key, p = bm_select_params(params, N, M)
    run, result = setup(p)
    try:
        import gc

        gc.collect()
    except ImportError:
        pass
    t0 = _bm_ticks_us()
    run()
    t1 = _bm_ticks_us()
    dt = _bm_ticks_diff(t1, t0)
    norm, out = result()
    print(dt, norm, out)
    return dt, norm, out


if "bm_setup" in globals() and not globals().get("BM_NORUN", False):
    bm_run()
