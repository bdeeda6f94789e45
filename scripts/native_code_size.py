#!/usr/bin/env python3
"""Code size per bytecode byte and compile time per function of the native x64 emitter over
bench/suite: runs `adder compile --stats -X emit=native` on each program (best of N runs per
function for the time) and prints a markdown report. Usage:
    python3 scripts/native_code_size.py [ADDER] [RUNS] > results/native-code-size.md
Not a benchmark of the generated code (bench/ does that)."""
import datetime, glob, os, platform, re, shutil, subprocess, sys, tempfile

adder = sys.argv[1] if len(sys.argv) > 1 else "target/release/adder"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
progs = sorted(glob.glob(os.path.join(root, "bench", "suite", "bm_*.py")))


def stats(path):
    """{function name (with occurrence index): (bytecode, machine, best µs)} for one file."""
    best = {}
    with tempfile.TemporaryDirectory() as d:
        for _ in range(runs):
            out = subprocess.run(
                [adder, "compile", "--stats", "-X", "emit=native", path, "-o", os.path.join(d, "o.mpy")],
                check=True, capture_output=True, text=True).stdout
            seen = {}
            for line in out.splitlines()[1:]:
                f = line.split()
                if not f or f[0] == "total":
                    continue
                k = seen.get(f[0], 0)
                seen[f[0]] = k + 1
                key = f[0] if k == 0 else f"{f[0]}#{k}"
                b, m, us = int(f[1]), int(f[2]), int(f[4])
                old = best.get(key)
                best[key] = (b, m, us if old is None else min(old[2], us))
    return best


def mpy_cross_sizes(path):
    """[(function name, machine bytes)] of mpy-cross's x64 native blocks for one file (module
    and class bodies included: matched by name below), or None without mpy-cross."""
    if not shutil.which("mpy-cross"):
        return None
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "c.mpy")
        r = subprocess.run(["mpy-cross", "-march=x64", "-X", "emit=native", "-o", out, path],
                           capture_output=True)
        if r.returncode != 0:
            return None
        text = subprocess.run([adder, "dis", out], capture_output=True, text=True).stdout
    return [(name, int(n)) for name, n in re.findall(
        r"function (\S+) \(native.*\n\s+machine code: x64 for MicroPython's ABI, (\d+) bytes", text)]


def matched(ours, theirs):
    """Machine bytes of the functions both compiled, matched by name in order: (ours, theirs, n)."""
    pool = {}
    for name, n in theirs:
        pool.setdefault(name, []).append(n)
    o = t = k = 0
    for key, (b, m, us) in ours.items():
        name = key.split("#")[0]
        if pool.get(name):
            o += m
            t += pool[name].pop(0)
            k += 1
    return o, t, k


commit = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"],
                        capture_output=True, text=True).stdout.strip()
cpu = "unknown"
try:
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            cpu = l.split(":", 1)[1].strip()
            break
except OSError:
    pass
rows, all_fns, cross = [], [], []
for p in progs:
    s = stats(p)
    all_fns += [(os.path.basename(p)[:-3], k, *v) for k, v in s.items()]
    b = sum(v[0] for v in s.values()); m = sum(v[1] for v in s.values())
    us = sum(v[2] for v in s.values())
    rows.append((os.path.basename(p)[:-3], len(s), b, m, us))
    theirs = mpy_cross_sizes(p)
    if theirs is not None:
        cross.append((os.path.basename(p)[:-3], *matched(s, theirs)))

print("# Native x64 code size and compile time (bench/suite)\n")
print(f"Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
      f"commit `{commit}` (branch nmpy), release build; "
      f"{datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}.\n")
print(f"Method: `python3 scripts/native_code_size.py` runs `adder compile --stats -X emit=native` "
      f"on every bench/suite program {runs} times. *Bytecode* is the opcode bytes of a function "
      "(prelude excluded), *machine* the x64 bytes the emitter produced for it (prologue, inline "
      "paths, out-of-line error stubs and epilogue; the native block in the .mpy also keeps the "
      "bytecode function and an 8-byte index word). *Compile µs* is the emitter's time for one "
      f"function (decode, stack pre-scan, emission, label fixup), best of {runs} runs; module and "
      "class bodies stay bytecode and are not counted.\n")
print("## Per program\n")
print("| program | functions | bytecode B | machine B | machine/bytecode | compile µs | µs/function |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, n, b, m, us in rows:
    print(f"| {name} | {n} | {b} | {m} | {m / max(b, 1):.1f} | {us} | {us / max(n, 1):.1f} |")
tn = sum(r[1] for r in rows); tb = sum(r[2] for r in rows); tm = sum(r[3] for r in rows)
tus = sum(r[4] for r in rows)
print(f"| **total** | {tn} | {tb} | {tm} | {tm / max(tb, 1):.1f} | {tus} | {tus / max(tn, 1):.1f} |")
ratios = sorted(f[3] / max(f[2], 1) for f in all_fns)
times = sorted(f[4] for f in all_fns)
med = lambda v: v[len(v) // 2]
print("\n## Distribution over functions\n")
print(f"- machine bytes per bytecode byte: median {med(ratios):.1f}, min {ratios[0]:.1f}, "
      f"max {ratios[-1]:.1f} (small functions pay a fixed ~{min(f[3] for f in all_fns)}-byte minimum: "
      "prologue, epilogue, dispatch tail)")
print(f"- compile time per function: median {med(times)} µs, max {times[-1]} µs; "
      f"throughput {tb / max(tus, 1):.2f} bytecode bytes/µs over the suite")
big = sorted(all_fns, key=lambda f: -f[3])[:10]
print("\n## Largest functions\n")
print("| program | function | bytecode B | machine B | ratio | compile µs |")
print("|---|---|---:|---:|---:|---:|")
for prog, fn, b, m, us in big:
    print(f"| {prog} | {fn} | {b} | {m} | {m / max(b, 1):.1f} | {us} |")
if cross:
    ver = subprocess.run(["mpy-cross", "--version"], capture_output=True, text=True).stdout.strip()
    print("\n## Against mpy-cross\n")
    print(f"`{ver}`, `-march=x64 -X emit=native`, machine code of each native block (between the "
          "prelude index word and the prelude, read with `adder dis`), for the functions both "
          "compiled (matched by name; mpy-cross also compiles module and class bodies, and "
          "viper functions are viper code there and bytecode here, so neither side counts them).\n")
    print("| program | functions | adder B | mpy-cross B | adder / mpy-cross |")
    print("|---|---:|---:|---:|---:|")
    for name, o, t, k in cross:
        print(f"| {name} | {k} | {o} | {t} | {o / max(t, 1):.2f} |")
    to = sum(c[1] for c in cross); tt = sum(c[2] for c in cross); tk = sum(c[3] for c in cross)
    print(f"| **total** | {tk} | {to} | {tt} | {to / max(tt, 1):.2f} |")
