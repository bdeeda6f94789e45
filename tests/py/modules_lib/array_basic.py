from array import array
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a.typecode, a.itemsize)
a.append(4); a.extend([5, 6]); a.extend(array('i', [7]))
print(a, list(a), sum(a))
a[0] = 100
print(a[0], a.pop(), a.pop(0), a)
print(array('b', [-1, 2]).tobytes(), array('H', [1, 65535]).tobytes(), array('d', [1.5]).tobytes())
b = array('h')
print(b)
b.frombytes(b'\x01\x00\x02\x00')
print(b, b.tolist())
print(array('f', [0.5, 1.25]), array('d', (x / 2 for x in range(3))))
print(array('B', b'abc'), array('q', [2**62]), array('Q', [2**64 - 1]))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1]) == array('i', [2]), array('i', [1, 2]) + array('i', [3]))
for x in array('l', [7, 8]):
    print(x)
for tc, v in [('b', 128), ('B', -1), ('h', 2**15), ('I', -5)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print("OverflowError")
try:
    array('z')
except ValueError as e:
    print("ValueError")
try:
    array('i', [1])[5]
except IndexError as e:
    print("IndexError", e)
try:
    array('i', ['a'])
except TypeError as e:
    print("TypeError")
