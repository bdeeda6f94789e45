# assorted: star bases, print kwargs, module-level global, slices assign/del, long strings,
# REPL-like constant statements, unwinding returns, generators with finally
import sys
global G
G = 1

class Base:
    pass

bases = (Base,)

class Multi(*bases):
    pass

def f(x, seq):
    print(*seq, sep=", ", end="\n")
    seq[1:3] = [x]
    del seq[::2]
    seq[0:1] += [1]
    x.attribute_name_long = "a long string value"
    y = "attribute_name_long"
    z = "not interned string"
    if not x:
        assert x
    if x < 1 == seq:
        pass
    while 1:
        break
    b = b"0123456789abc"
    s = {1, 2}
    return y, z, b, s

def gen(lock):
    try:
        yield 1
    finally:
        print("done")
    with lock:
        return 5

def unwinding(xs, lock):
    for x in xs:
        with lock:
            try:
                return x
            finally:
                continue

def many(*a):
    return many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, k=1, **{})

def locals_many():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = a12 = a13 = a14 = a15 = a16 = a17 = 0
    a17 += a16
    del a17
    return a0 + a15

try:
    import missing_module
except ImportError:
    missing_module = None
print(f(1, [1, 2, 3, 4]), -(-1), +True, ~0, sys.maxsize)
