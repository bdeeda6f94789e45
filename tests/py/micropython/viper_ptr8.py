import micropython
@micropython.viper
def fill(buf, n: int):
    p = ptr8(buf)
    i = 0
    while i < n:
        p[i] = i * 3
        i += 1
@micropython.viper
def checksum(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    i = 0
    while i < n:
        s += p[i]
        i += 1
    return s
b = bytearray(8)
fill(b, 8)
print(b, checksum(b, 8))
