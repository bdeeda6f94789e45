# argument-count and keyword errors of str/bytes methods use CPython's messages
tests = [
    ('"a".upper(1)', lambda: "a".upper(1)),
    ('"a".zfill()', lambda: "a".zfill()),
    ('"a".partition()', lambda: "a".partition()),
    ('"a".join()', lambda: "a".join()),
    ('"a".find()', lambda: "a".find()),
    ('"a".find(1,2,3,4)', lambda: "a".find(1,2,3,4)),
    ('"a".center()', lambda: "a".center()),
    ('"a".replace("a")', lambda: "a".replace("a")),
    ('"a".strip(1,2)', lambda: "a".strip(1,2)),
    ('"a".split(1,2,3)', lambda: "a".split(1,2,3)),
    ('"a".encode(1,2,3)', lambda: "a".encode(1,2,3)),
    ('"a".splitlines(1,2)', lambda: "a".splitlines(1,2)),
    ('"a".expandtabs(1,2)', lambda: "a".expandtabs(1,2)),
    ('"a".translate()', lambda: "a".translate()),
    ('"a".format_map()', lambda: "a".format_map()),
    ('"a".removeprefix()', lambda: "a".removeprefix()),
    ('"a".count()', lambda: "a".count()),
    ('"a".ljust(1,2,3)', lambda: "a".ljust(1,2,3)),
    ('"a".upper(x=1)', lambda: "a".upper(x=1)),
    ('"a".find("a", start=1)', lambda: "a".find("a", start=1)),
    ('"a".split(foo=1)', lambda: "a".split(foo=1)),
    ('"a".encode(bad=1)', lambda: "a".encode(bad=1)),
    ('b"a".upper(1)', lambda: b"a".upper(1)),
    ('b"a".find()', lambda: b"a".find()),
    ('b"a".replace(1)', lambda: b"a".replace(1)),
    ('b"a".decode(1,2,3)', lambda: b"a".decode(1,2,3)),
    ('bytearray().append()', lambda: bytearray().append()),
    ('bytearray().pop(1,2)', lambda: bytearray().pop(1,2)),
    ('b"a".hex(1,2,3)', lambda: b"a".hex(1,2,3)),
    ('b"a".center()', lambda: b"a".center()),
    ('b"a".zfill()', lambda: b"a".zfill()),
    ('b"a".partition()', lambda: b"a".partition()),
    ('b"a".join()', lambda: b"a".join()),
    ('bytearray().clear(1)', lambda: bytearray().clear(1)),
    ('bytearray().insert(1)', lambda: bytearray().insert(1)),
    ('"a".isdigit(1)', lambda: "a".isdigit(1)),
    ('"a".startswith()', lambda: "a".startswith()),
    ('"a".rjust()', lambda: "a".rjust()),
    ('"a".casefold(1)', lambda: "a".casefold(1)),
]
for t, f in tests:
    try:
        f()
        print(t, "ok")
    except Exception as e:
        print(t, type(e).__name__, e)
