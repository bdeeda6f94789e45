import array
a = array.array("i", [1, 2, 3, 4, 5, 6])
a[1:3] = array.array("i", [20, 30])
print(a)
a[0:2] = array.array("i", [9])
print(a, len(a))
a[2:2] = array.array("i", [7, 7, 7])
print(a)
a[::2] = array.array("i", [0] * len(a[::2]))
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = array.array("B", b"hello")
b[1:4] = array.array("B", b"EY")
print(b, bytes(b))
f = array.array("d", [1.5, 2.5])
f[1:] = array.array("d", [3.0, 4.0, 5.0])
print(f)
print(f[::-1], f[-2:])
try:
    a[0:1] = array.array("d", [1.0])
except TypeError:
    print("TypeError typecode")
try:
    a[::2] = array.array("i", [1, 2, 3, 4, 5, 6, 7])
except ValueError:
    print("ValueError extended")
c = array.array("h")
c.extend([1, -2, 3])
c.append(4)
print(c, c.tolist() if hasattr(c, "tolist") else list(c))
c += array.array("h", [9])
print(c)
print(c * 2 if True else 0)
print(array.array("b", [1, 2]) == array.array("b", [1, 2]))
print(list(array.array("I", [1, 2, 3])[1:]))
try:
    array.array("b", [200])
except OverflowError:
    print("OverflowError")
e = array.array("l", range(5))
e[1:4] = e[0:2]
print(e)
