# Inline subscripts: list, tuple, bytearray and bytes items with small-int indices (negative,
# constant, out of range), stores of in-range and out-of-range bytes, deletes, and the types
# that take the runtime path (dict, str, range, slices, bools, big ints, subclasses).


def loads(seq):
    out = []
    n = len(seq)
    for i in range(-n - 1, n + 1):
        try:
            out.append(seq[i])
        except (IndexError, KeyError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(seq[0])
        out.append(seq[-1])
        out.append(seq[2])
    except (IndexError, KeyError) as e:
        out.append("IndexError: " + str(e))
    try:
        out.append(seq[True])
        out.append(seq[False])
    except (IndexError, KeyError) as e:
        out.append(type(e).__name__)
    try:
        out.append(seq[2**50])
    except (IndexError, KeyError) as e:
        out.append(type(e).__name__)
    return out


def stores(seq, vals):
    out = []
    n = len(seq)
    for i in range(-n - 1, n + 1):
        # (out-of-range indices only with good values: CPython checks the value first)
        for v in vals if -n <= i < n else vals[:1]:
            try:
                seq[i] = v
                out.append(seq[i])
            except (IndexError, ValueError, TypeError) as e:
                out.append(type(e).__name__ + ": " + str(e))
    try:
        seq[0] = 7
        seq[-1] = 9
    except (IndexError, ValueError, TypeError) as e:
        out.append(type(e).__name__)
    out.append(list(seq))
    return out


def xor_loop(a, b):
    for i in range(len(a)):
        a[i] ^= b[i % len(b)]
    return a


class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))


print(loads([10, 20, 30]))
print(loads((1, "b", 3.5)))
print(loads(bytearray(b"\x00\x7f\xff")))
print(loads(b"abc"))
print(loads("xyz"))
print(loads(range(3, 9, 2)))
print(loads({0: "zero", -1: "m", 2: "two", True: "t"}))
print(loads(L([4, 5, 6])))
print(stores([1, 2], [0, -1, None, 2**60]))
print(stores(bytearray(2), [0, 255, 256, -1, True, 2**60]))
ba = bytearray(b"hello")
print(xor_loop(ba, bytearray(b"\x01\x02")))
lst = [1, 2, 3]
del lst[1]
print(lst)
ba2 = bytearray(b"abc")
del ba2[0]
print(ba2)
empty = bytearray()
try:
    empty[0] = 1
except IndexError as e:
    print("IndexError:", e)
