import sys
print(sys.maxsize > 2 ** 30, sys.maxsize + 1 > sys.maxsize, type(sys.maxsize).__name__)
print(sys.byteorder in ("little", "big"))
print(int.from_bytes((1).to_bytes(2, sys.byteorder), sys.byteorder))
