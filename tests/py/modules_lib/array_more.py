from array import array
a = array('d', [1.5, 2.5])
a.append(3)
print(a, a[2], type(a[2]), a.itemsize)
f = array('f', [0.1])
print(f[0] == 0.1, abs(f[0] - 0.1) < 1e-7)
b = array('B', [1, 2, 3])
print(bytes(b.tobytes()), b.tobytes() == b"\x01\x02\x03", list(b[::-1]), b[1:2])
h = array('h', [-1, 2])
print(h.tobytes(), array('H', h.tobytes()))
i = array('I')
i.frombytes(b"\xff\xff\xff\xff")
print(i, i.tolist())
c = array('i', range(5))
c += array('i', [9])
print(c, len(c), c[-1], 9 in c, 10 in c, c.pop(1), c)
print(array('q', [-2**63, 2**63 - 1]), array('L', [2**32 - 1]) if array('L').itemsize == 4 else array('L', [2**64 - 1]).itemsize)
try:
    array('i', [1]) + array('d', [1.0])
except TypeError:
    print("TypeError")
try:
    array('b').frombytes(b"x") or print("ok")
except ValueError:
    print("ValueError")
try:
    array('h').frombytes(b"xyz")
except ValueError:
    print("ValueError")
