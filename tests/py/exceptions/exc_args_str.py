for e in (Exception(), Exception("one"), Exception("a", 2), ValueError(42), KeyError("k"), KeyError(), IndexError("idx", 1)):
    print(type(e).__name__, e.args, repr(str(e)), len(e.args))
print(repr(Exception("x")), repr(ValueError()), repr(KeyError("k")), repr(Exception(1, "b")))
e = RuntimeError("msg")
print(str(e), e.args[0], [e.args])
class MyErr(Exception):
    pass
print(repr(MyErr("z")), str(MyErr()), str(MyErr(1, 2)))
