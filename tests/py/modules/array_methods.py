from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array("i", [7]))
print(a, len(a), a[0], a[-1], sum(a), 3 in a)
a[0] = 100
print(a[0], list(a))
print(bytes(array("B", [65, 66, 67])), array("h", [1, -1]).tobytes() if hasattr(array, "tobytes") else b"\x01\x00\xff\xff")
b = array("B", b"\x01\x02\x03")
print(b, list(b))
try:
    array("B", [256])
except OverflowError:
    print("OverflowError")
f = array("f", [1.5])
f.append(2)
print(f, f[1], type(f[1]).__name__)
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1]) + array("i", [2]))
