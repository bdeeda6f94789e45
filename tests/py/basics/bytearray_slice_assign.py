ba = bytearray(b"0123456789")
ba[2:4] = b""
print(ba)
ba[:0] = b"ab"
print(ba)
ba[len(ba):] = b"ZZ"
print(ba)
ba[1:3] = bytearray(b"-----")
print(ba)
ba[::3] = bytes(len(ba[::3]))
print(ba)
try:
    ba[::2] = b"x"
except ValueError:
    print("ValueError extended slice size")
ba[-2:] = [65, 66]
print(ba)
del ba[::2]
print(ba)
