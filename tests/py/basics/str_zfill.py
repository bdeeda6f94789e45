for s in ("42", "-42", "+42", "", "abc", "3.14", "-", "12345"):
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(1)))
print(str(-7).zfill(4), str(7).zfill(3))
