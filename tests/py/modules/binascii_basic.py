import binascii
print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify(b"48656c6c6f"), binascii.unhexlify("00ff"))
print(binascii.b2a_base64(b"hello world"), binascii.a2b_base64(b"aGVsbG8gd29ybGQ="))
print(binascii.b2a_base64(b""), binascii.b2a_base64(b"a"), binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"abc"))
print(binascii.crc32(b"hello"), binascii.crc32(b""))
try:
    binascii.unhexlify(b"abc")
except (ValueError, binascii.Error if hasattr(binascii, "Error") else ValueError):
    print("error odd length")
