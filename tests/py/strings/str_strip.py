# strip / lstrip / rstrip, with and without chars; removeprefix / removesuffix
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["  hi  ", "\t\n hi \r\x0b\x0c", "xxhixx", "", "   ", "\u3000ü\u2003", "hi"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr(s.strip("x")), repr(s.lstrip("xh ")), repr(s.rstrip("ix")), repr(s.strip(None)))
print("www.example.com".strip("cmowz."))
print("<<<a>>>".strip("<>"), "éaé".strip("é"))
print("abc".strip(""))
show(lambda: "a".strip(1))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "ab".removeprefix(""))
print("body.py".removesuffix(".py"), "body".removesuffix("y"), "ab".removesuffix(""))
show(lambda: "a".removeprefix(1))
