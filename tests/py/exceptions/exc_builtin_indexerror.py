for seq in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), range(2)):
    try:
        seq[5]
    except IndexError:
        print(type(seq).__name__, "IndexError")
try:
    [].pop()
except IndexError:
    print("pop IndexError")
try:
    l = [1]
    l[3] = 1
except IndexError:
    print("assign IndexError")
print([1, 2][5:], "ab"[9:])
