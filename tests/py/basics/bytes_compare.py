print(b"a" < b"b", b"ab" < b"abc", b"abc" == b"abc", b"\xff" > b"\x00\xff")
print(sorted([b"b", b"a", b"", b"ab", b"\x00"]))
print(b"abc" == "abc", b"" == "")
print(max([b"x", b"xy"]), min(b"zab"))
try:
    b"a" < "a"
except TypeError:
    print("TypeError")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
