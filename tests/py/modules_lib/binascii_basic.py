import binascii
print(binascii.hexlify(b"\x00\x01\xab\xff"), binascii.hexlify(b""), binascii.b2a_hex(b"AB"))
print(binascii.unhexlify(b"0001abff"), binascii.unhexlify("4142"), binascii.a2b_hex(b"FF"))
print(binascii.hexlify(b"abc", "-"), binascii.hexlify(bytearray(b"xy")))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hi", newline=False), binascii.b2a_base64(b""))
print(binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"YWJj"))
print(binascii.crc32(b"hello"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")))
for bad in [b"abc", b"zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.a2b_base64(b"aGk")
except binascii.Error as e:
    print("Error", e)
print(issubclass(binascii.Error, ValueError))
