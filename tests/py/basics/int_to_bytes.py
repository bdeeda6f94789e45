print((258).to_bytes(2, "big"), (258).to_bytes(2, "little"))
print((0).to_bytes(4, "little"), (255).to_bytes(1, "big"))
print((2 ** 64 - 1).to_bytes(8, "big"))
print((2 ** 70).to_bytes(10, "little"))
print((1).to_bytes(5, "big"))
for v, n in ((256, 1), (-1, 4), (128, 1)):
    try:
        v.to_bytes(n, "big")
        print("ok", v)
    except OverflowError:
        print("OverflowError", v, n)
for v in (0, 1, 1000, 2 ** 40 + 3, 12345678901234567890):
    b = v.to_bytes(12, "little")
    print(len(b), int.from_bytes(b, "little") == v)
