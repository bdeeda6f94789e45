print(b"\x00\x01\xfe\xff".hex(), b"".hex(), bytearray(b"AB").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("00 ff 10"), bytes.fromhex(""))
print(bytes.fromhex(b"\x12\x34".hex()) == b"\x12\x34")
try:
    bytes.fromhex("zz")
except ValueError:
    print("ValueError")
print("héllo".encode().hex())
