#!/usr/bin/env python3
"""Generate random-but-valid Python programs that misuse builtins (wrong types, huge/negative
sizes, misbehaving dunders, deep nesting, mutation during iteration) and run them under adder in
every tier, reporting crashes: signals, Rust panics (exit 101 / "panicked at"), timeouts and
memory blowups. Each statement is wrapped in try/except printing the exception type, so a
program should always run to its end.

    scripts/gen_hostile.py [--count N] [--seed S] [--adder target/release/adder] [--out DIR]

Crashing programs are written to DIR (default /tmp/hostile_crashes) with the stderr tail.
"""
import argparse
import os
import random
import resource
import subprocess
import sys

HUGE = ["1<<62", "1<<63", "1<<64", "10**30", "-1", "-(1<<62)", "2**31", "2**32", "10**12",
        "sys.maxsize", "-sys.maxsize-1", "0", "1<<48", "(1<<47)", "-(1<<47)-1"]
VALS = ["0", "1", "-1", "None", "''", "'abc'", "b'xy'", "[]", "[1, 2]", "()", "{}", "{1: 2}",
        "1.5", "float('nan')", "float('inf')", "1j", "object()", "range(3)", "set()",
        "bytearray(b'ab')", "len", "int", "Bad()", "BadIdx()", "BadLen()", "BadHash()"]

PRELUDE = '''\
import sys
class Bad:
    def __eq__(self, o): return self == o
    def __repr__(self): return repr(self)
    def __getattr__(self, n): return getattr(self, n)
    def __lt__(self, o): raise ValueError('lt')
    def __hash__(self): return 1
class BadIdx:
    def __init__(self, v=1<<70): self.v = v
    def __index__(self): return self.v
class BadLen:
    def __init__(self, v=-1): self.v = v
    def __len__(self): return self.v
    def __iter__(self): return iter([1])
class BadHash:
    def __hash__(self): return 'x'
class BigHash:
    def __hash__(self): return 1 << 100
class StrIdx:
    def __index__(self): return 'a'
class Rec:
    def __init__(self): self.d = 0
    def __getattr__(self, n): return self.missing
class MutEq:
    def __init__(self, d): self.d = d
    def __hash__(self): return 7
    def __eq__(self, o):
        self.d.clear()
        return False
def rec(n): return rec(n + 1)
'''


def r(choices):
    return random.choice(choices)


def snippets():
    h = r(HUGE)
    v = r(VALS)
    w = r(VALS)
    n = random.randint(1, 200000)
    return [
        f"'a' * ({h})",
        f"[0] * ({h})",
        f"(0,) * ({h})",
        f"b'x' * ({h})",
        f"bytearray({h})",
        f"bytes({h})",
        f"len(range({h}))",
        f"range({h})[{h}]",
        f"range(0, {h}, {h})[::{h}]",
        f"list(range({h}, {h}, -1))[:3]",
        f"'ab'.center({h})",
        f"'ab'.ljust({h})",
        f"'ab'.rjust({h}, 'x')",
        f"'ab'.zfill({h})",
        f"'ab'.expandtabs({h})",
        f"'a\\tb'.expandtabs({h})",
        f"int('9' * {n})",
        f"str(10 ** {n})",
        f"pow(2, -1, 5)",
        f"pow({v}, {w}, {h})",
        f"pow(10, {h})",
        f"pow(2, {h}, 0)",
        f"'%*d' % ({h}, 1)",
        f"'%.*f' % ({h}, 1.0)",
        f"'%{random.randint(0, 10**6)}d' % 1",
        f"format(1.0, '.{random.choice([100, 1000, 10**6, 10**10])}f')",
        f"format(1, '{random.choice(['>', '<', '^', ''])}{random.choice([10**6, 10**10, 10**20])}')",
        f"'{{:{random.choice([10**6, 10**10, 10**20])}}}'.format('a')",
        f"f'{{1:{{{h}}}}}'",
        f"chr({h})",
        f"chr({v})",
        f"ord({v})",
        f"[1, 2, 3][::{h}]",
        f"'abc'[{h}:{h}:{h}]",
        f"b'abc'[::{h}]",
        f"[1, 2, 3][{h}]",
        f"(1, 2)[{v}]",
        f"l = [1, 2, 3]; l[::{h}] = []; print(l)",
        f"l = [1, 2, 3]; del l[::{h}]; print(l)",
        f"l = list(range(10)); l[1:{h}:2] = [0] * 5; print(l)",
        f"memoryview(b'abcdef')[::{h}]",
        f"sorted([3, 1, 2], key=lambda x: 1 // 0)",
        "l = [3, 1, 2]; print(sorted(l, key=lambda x: l.append(x) or x))",
        "l = list(range(20)); l.sort(key=lambda x: l.clear() or x); print(l)",
        "l = [Bad(), Bad()]; l.sort()",
        "l = [3, 1, 2]; l.sort(key=lambda x: l.sort() or x); print(l)",
        "{BadHash(): 1}",
        "hash(BadHash())",
        "set([BadHash()])",
        "print(hash(BigHash()) == hash(BigHash()))",
        "d = {MutEq(None): 1}; k = MutEq(d); print(k in d)",
        "len(BadLen())",
        "len(BadLen(1 << 70))",
        "len(BadLen(1 << 62))",
        "len(BadLen('a'))",
        "list(BadLen())",
        "bool(BadLen())",
        "[1, 2][BadIdx()]",
        "[1, 2][BadIdx(-1)]",
        "'ab' * BadIdx()",
        "'ab' * StrIdx()",
        "range(BadIdx())",
        "bytearray(BadIdx(-5))",
        "[0] * BadIdx(1 << 40)",
        "l = []; l.append(l); print(repr(l))",
        "d = {}; d[1] = d; print(repr(d))",
        f"l = []\nfor i in range({random.choice([1000, 10000, 100000])}): l = [l]\nprint(len(repr(l)))",
        f"d = {{}}\nfor i in range({random.choice([1000, 10000, 100000])}): d = {{1: d}}\nprint(len(str(d)))",
        f"t = ()\nfor i in range({random.choice([1000, 10000, 100000])}): t = (t,)\nprint(t == t)",
        f"l = []\nfor i in range({random.choice([1000, 100000])}): l = [l]\nm = []\nfor i in range({random.choice([1000, 100000])}): m = [m]\nprint(l == m)",
        f"l = []\nfor i in range({random.choice([1000, 100000])}): l = [l]\nprint(hash(tuple(l)))",
        f"eval('(' * {n} + '1' + ')' * {n})",
        f"eval('[' * {n} + ']' * {n})",
        f"eval('-' * {n} + '1')",
        f"eval('not ' * {n} + '1')",
        f"eval('1' + '+1' * {n})",
        f"eval('a.' * {n} + 'b')",
        f"eval('f(' * {n} + ')' * {n})",
        f"eval('x[' * {n} + '0' + ']' * {n})",
        f"exec('if 1:\\n' + ''.join(' ' * i + 'if 1:\\n' for i in range(1, {random.choice([100, 1000, 5000])})) + ' ' * 5000 + 'pass\\n')",
        f"exec('def f():\\n' * 1 + ''.join('  ' * i + 'def f():\\n' for i in range(1, {random.choice([50, 500, 2000])})) + 'pass')",
        f"compile('(' * {n}, 'x', 'exec')",
        f"compile('lambda: ' * {n} + '1', 'x', 'eval')",
        f"eval('lambda: ' * {n} + '1')",
        f"eval('{{' * {n} + '}}' * {n})",
        f"eval('1 if 1 else ' * {n} + '1')",
        f"eval('\"' + 'a' * {n} + '\"')",
        f"eval('[x ' + 'for x in [1] ' * {random.choice([100, 1000, 10000])} + ']')",
        "repr(Bad())",
        "Bad() == Bad()",
        "Bad().foo",
        "Rec().x",
        "str(Bad())",
        "[Bad()] == [Bad()]",
        "rec(0)",
        "d = {1: 1, 2: 2}\nfor k in d: d[k + 10] = 1",
        "d = {1: 1, 2: 2}\nfor k in d: del d[k]",
        "s = {1, 2}\nfor k in s: s.add(k + 10)",
        "l = [1, 2]\nfor x in l:\n    if len(l) < 1000: l.append(x)\nprint(len(l))",
        "def g():\n    yield next(it)\nit = g()\nnext(it)",
        "def g():\n    yield it.send(None)\nit = g()\nnext(it)",
        "def g():\n    it.throw(ValueError)\n    yield\nit = g()\nnext(it)",
        "def g():\n    yield it.close()\nit = g()\nnext(it)",
        "def g():\n    yield from it\nit = g()\nnext(it)",
        "class C: pass\nc = C()\nfor i in range(10): setattr(c, 'a%d' % i, i)\nfor k in list(c.__dict__): delattr(c, k)\nprint(c.__dict__)",
        "class C: pass\nc = C()\nc.a = 1; c.b = 2\nfor k in c.__dict__: del c.a",
        f"('a' * {n}).replace('a', 'bb' * {random.choice([1, 100, 10000])})",
        f"len(b'ab' * {n} + bytearray({n}))",
        f"'x'.join(['ab'] * {n}).split('x', {h})",
        f"'ab'.split('', 1)",
        f"'ab'.replace('', 'x', {h})",
        f"'ab'.count('', {h}, {h})",
        f"'abc'.find('b', {h}, {h})",
        f"'abc'.index('b', {h})",
        f"bytearray(b'ab').insert({h}, 1)",
        f"[1].insert({h}, 1)",
        f"[1].pop({h})",
        f"bytearray(b'ab').pop({h})",
        f"b'ab'.hex(' ', {h})",
        f"(1).to_bytes({h}, 'big')",
        f"int.from_bytes(b'\\xff' * {n}, 'big').bit_length()",
        f"(1 << {n}) >> {h}",
        f"1 << ({h})",
        f"(-1) >> ({h})",
        f"round(1.5, {h})",
        f"round(10**30, {h})",
        f"round({v}, {w})",
        f"divmod({v}, {w})",
        f"{v} ** {w}",
        f"{v} % {w}",
        f"{v} // {w}",
        f"{v}[{w}]",
        f"({v})[{w}] = {v}",
        f"{v} @ {w}",
        f"float('1e' + '9' * {random.choice([10, 1000])})",
        f"float({h})",
        f"int(float({random.choice(['1e308', 'inf', 'nan'])}))",
        f"(1.5).as_integer_ratio() if {v} else 1",
        "import struct; struct.pack('%ds' % (1 << 62), b'')",
        f"import struct; struct.pack('{random.choice(['', '<', '>'])}{random.choice([10**6, 10**12, 1<<62])}x')",
        f"import struct; struct.unpack('{random.choice(['i', 'q', 'd', '99999999999s'])}', b'abc')",
        "import struct; struct.calcsize('999999999999999999999i')",
        f"import json; json.loads('[' * {n} + ']' * {n})",
        f"import json; json.dumps(eval('[' * 100 + ']' * 100))",
        "import json; l = []; l.append(l); json.dumps(l)",
        f"import re; re.compile('(' * {random.choice([100, 1000, 10000])} + 'a' + ')' * {random.choice([100, 1000, 10000])})",
        f"import re; re.match('(a*)*b', 'a' * {random.choice([10, 20, 25])})",
        f"import re; re.match('a{{{h}}}', 'a')",
        "import array; array.array('i', [1 << 40])",
        f"import array; array.array('b', bytes(3)) * ({h})",
        "iter(int, 1).__next__()",
        f"next(iter(range({h})), None)",
        f"list(zip(range({h}), range(3)))",
        f"list(enumerate([1, 2], {h}))",
        f"sum([{v}, {w}])",
        f"min([], default={v})",
        f"max({v}, {w})",
        f"abs({v})",
        f"hash({v})",
        f"bin({h}); oct({h}); hex({h})",
        f"isinstance({v}, {w})",
        f"issubclass({v}, {w})",
        f"getattr({v}, {w})",
        f"({v}).__class__.__name__",
        f"type({v})({w})",
        f"list({v})",
        f"tuple({v})",
        f"dict({v})",
        f"set({v})",
        f"str({v}, {w})",
        f"bytes({v}, {w})",
        f"print({v}, sep={w})",
        f"sorted({v})",
        f"reversed({v})",
        f"slice({h}, {h}, {h}).indices({h})",
        f"slice(1, 2, 0).indices(5)",
        f"'abc'[slice(None, None, BadIdx())]",
        f"bytearray(b'abc')[::{h}] = b''",
        f"m = memoryview(bytearray(8)); m[{h}] = 1",
        f"[x for x in range({h})][:2]",
        f"''.join(map(str, range({random.choice([10, 100000])})))[:5]",
        f"int('1' * {n}, 2).bit_length()",
        f"int('z' * 100, 36) % 7",
        f"int('1', {h})",
        f"str(1 << {n})[:5]",
        f"'%s' % ([1] * {random.choice([1, 100000])},)",
        f"'%c' % {h}",
        f"'%c' % {v}",
        f"'%d %d' % ({v},)",
        f"'%(a)s' % {v}",
        f"'{{0[{h}]}}'.format([1])",
        f"'{{:{{}}}}'.format(1, {v})",
        f"'{{!x}}'.format(1)",
        f"'{{' * {n}",
        f"exec('x = 1\\n' * {random.choice([1000, 100000])})",
        f"exec('def f(' + ', '.join('a%d' % i for i in range({random.choice([100, 300, 1000, 70000])})) + '): pass')",
        f"exec('f(' + ', '.join('%d' % i for i in range({random.choice([100, 300, 1000, 70000])})) + ')', {{'f': print}})",
        f"exec('x = (' + ', '.join('%d' % i for i in range({random.choice([1000, 70000])})) + ')')",
        f"exec('x = 1' + ' + 1' * {random.choice([1000, 100000])})",
        f"exec('x = {{' + ', '.join('%d: 1' % i for i in range({random.choice([1000, 70000])})) + '}}')",
        f"exec(' ' * {n} + 'x = 1')",
        f"exec('x = ' + '0' * {n})",
        f"exec('x = 1.' + '0' * {n})",
        f"exec('x = ' + '1' * {n} + 'j')",
        f"exec('x = 0x' + 'f' * {n})",
        f"exec('global ' * 1 + ', '.join('g%d' % i for i in range({random.choice([100, 10000])})))",
        f"exec('try:\\n' * 1 + '  pass\\n' + 'except:\\n  pass\\n' * {random.choice([1, 1000])})",
        f"exec('while 1:\\n  break\\n' * {random.choice([1, 1000])})",
        f"getattr(sys, 'setrecursionlimit', lambda n: None)({h})",
        f"print(*range({random.choice([10, 100000])}), sep='', end='')",
        f"(lambda *a: len(a))(*range({random.choice([10, 100000, 1000000])}))",
        f"(lambda **k: len(k))(**{{str(i): i for i in range({random.choice([10, 100000])})}})",
        f"dict.fromkeys(range({random.choice([10, 100000])}), 1)[0]",
        f"list(map(lambda x: x, range({h})))",
        f"all(range({h}))",
        f"any(range(0, {h}, {h}))",
        f"{{}}.setdefault([])",
        f"[].index(1, {h}, {h})",
        f"[1, 2].count({v})",
        f"[1, 2, 3].index(2, {h})",
        f"(1, 2, 3).index(2, {h}, {h})",
        f"'abc'.startswith('a', {h})",
        f"'abc'.endswith(({v},))",
        f"'abc'.encode({v})",
        f"b'abc'.decode('utf-8', {v})",
        f"bytes([{h}])",
        f"bytes([{v}])",
        f"bytearray([{h}])",
        f"bytearray(b'a').extend([{h}])",
        f"bytearray(b'a').append({h})",
        f"b'\\xff\\xfe'.decode()",
        "chr(0xd800).encode()",
        f"str(b'\\xff', 'utf-8')",
        f"'abc'.translate({{97: {v}}})",
        f"'ab' < {v}",
        f"complex({v}, {w})",
        f"complex('1' * {n} + 'j')",
        f"(1 + 1j) ** {h}",
        f"(1j) ** ({v})",
        f"float.fromhex('0x1p{h}')" if h[0] != '-' else "float.fromhex('0x1p-99999')",
        f"(1.5).hex(); float('{random.choice(['1e999', '-1e999', '1e-999', '0x1p3', '1_0'])}')",
        f"int({v}, {w})",
        f"import io; b = io.BytesIO(); b.seek({h}); b.write(b'x')",
        f"import math; math.comb({random.choice(['10**6', '2**64 - 1', '1 << 40'])}, {h})",
        f"import math; math.perm({random.choice(['10**5', '2**63'])}, {h})",
        f"(1).to_bytes({h}, 'little')",
        f"(lambda **k: len(k))(a=1, **{{str(i): i for i in range({random.choice([10, 50000])})}})",
        "s = frozenset()\nfor i in range(1000): s = frozenset([s])\nprint(hash(s) == hash(s))",
        f"int('{random.choice(['1_000', '_1', '1__0', '0b1', '0x', ' 1 ', '١'])}', {random.choice([0, 10, 16])})",
    ]


def program(seed, count):
    random.seed(seed)
    out = [PRELUDE]
    for i in range(count):
        s = r(snippets())
        body = "\n".join("    " + line for line in s.split("\n"))
        out.append(f"try:\n{body}\n    print({i}, 'ok')\nexcept BaseException as e:\n"
                   f"    print({i}, type(e).__name__)\n")
    out.append("print('done')\n")
    return "\n".join(out)


def limit():
    lim = 4 << 30
    resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
    os.nice(10)


def run(adder, path, tier):
    try:
        p = subprocess.run([adder, "-X", "emit=" + tier, path], capture_output=True,
                           timeout=10, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return "timeout", b""
    err = p.stderr
    if p.returncode < 0:
        return "signal %d" % -p.returncode, err
    if p.returncode == 101 or b"panicked at" in err or b"memory allocation" in err:
        return "panic", err
    if p.returncode != 0 or not p.stdout.endswith(b"done\n"):
        return "exit %d" % p.returncode, err + p.stdout[-300:]
    return None, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--stmts", type=int, default=8)
    ap.add_argument("--adder", default="target/release/adder")
    ap.add_argument("--out", default="/tmp/hostile_crashes")
    ap.add_argument("--tiers", default="bytecode,native")
    ap.add_argument("--emit-only", action="store_true", help="print one program and exit")
    a = ap.parse_args()
    if a.emit_only:
        print(program(a.seed, a.stmts))
        return
    os.makedirs(a.out, exist_ok=True)
    bad = 0
    for k in range(a.seed, a.seed + a.count):
        src = program(k, a.stmts)
        path = os.path.join(a.out, "cur_%d.py" % os.getpid())
        with open(path, "w") as f:
            f.write(src)
        for tier in a.tiers.split(","):
            what, err = run(a.adder, path, tier)
            if what:
                bad += 1
                dst = os.path.join(a.out, "seed%d_%s.py" % (k, tier))
                with open(dst, "w") as f:
                    f.write(src)
                lines = err.decode("utf-8", "replace").strip().splitlines()
                key = [ln for ln in lines if "panicked at" in ln or "memory allocation" in ln
                       or "Error" in ln]
                tail = (key or lines)[:1] + lines[1:2]
                print("seed %d %s: %s  %s" % (k, tier, what, " | ".join(tail)), flush=True)
    print("%d crashes in %d programs" % (bad, a.count))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
