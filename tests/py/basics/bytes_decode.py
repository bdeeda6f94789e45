print(b"plain".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe6\x97\xa5".decode())
print(bytearray(b"xyz").decode(), b"".decode())
print(b"\xf0\x9f\x98\x80".decode() == "😀")
for bad in (b"\xff", b"\xc3", b"\xe6\x97"):
    try:
        bad.decode()
        print("no error")
    except UnicodeError:
        print("UnicodeError", bad)
print(str(b"ab", "utf-8"), str(b"ab"))
