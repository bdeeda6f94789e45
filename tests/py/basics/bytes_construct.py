print(bytes(0), bytes(2), bytes([]), bytes([0, 255]), bytes((1, 2)), bytes(range(65, 70)))
print(bytes("abc", "utf-8"), bytes(b"x"), bytes(bytearray(b"yz")), bytes(memoryview(b"mv")))
print(bytes(x * 2 for x in range(5)))
print(bytearray(range(3)), bytearray(bytes(2)), bytearray("日", "utf-8"))
for bad in ([-1], [300], ["a"]):
    try:
        bytes(bad)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    bytes("abc")
except TypeError:
    print("TypeError no encoding")
try:
    bytes(-1)
except ValueError:
    print("ValueError negative count")
