ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[-1] = ord("O")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" ok")
print(ba)
ba.extend([1, 2])
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
print(ba)
ba.remove(108)
print(ba)
del ba[0]
print(ba)
del ba[1:3]
print(ba)
ba[0:2] = b"XYZW"
print(ba)
ba[::2] = b"\x00" * len(ba[::2])
print(ba)
ba += b"!!"
print(ba)
ba *= 2
print(len(ba))
ba.reverse()
print(ba[:4])
ba.clear()
print(ba, len(ba))
try:
    bytearray(b"a")[0] = 256
except ValueError:
    print("ValueError")
try:
    bytearray().pop()
except IndexError:
    print("IndexError")
c = bytearray(4)
c[1:3] = bytearray(b"ab")
print(c, c.copy() == c)
