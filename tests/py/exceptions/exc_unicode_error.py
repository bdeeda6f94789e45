for bad in (b"\xff", b"abc\x80", b"\xc3\x28"):
    try:
        bad.decode("utf-8")
    except UnicodeError as e:
        print("UnicodeError", isinstance(e, ValueError))
try:
    b"\xff".decode()
except ValueError:
    print("caught as ValueError")
