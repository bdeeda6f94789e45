import io
s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\nlast"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s = io.StringIO("a\nb\nc")
print(s.readlines())
s.seek(0)
print([line for line in s])
s = io.StringIO("xyz")
s.seek(0, 2); s.write("!"); print(s.getvalue())
s.seek(1); s.write("Q"); print(s.getvalue())
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
b = io.BytesIO(b"\x00\x01\x02abc\ndef")
print(b.read(2), b.tell(), b.readline(), b.read(), b.getvalue())
b.seek(0); b.write(b"ZZ"); print(b.getvalue())
b2 = io.BytesIO()
b2.write(bytearray(b"ba")); b2.write(b"x")
print(b2.getvalue(), len(b2.getvalue()))
try:
    b2.write("str")
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
s = io.StringIO()
print("via print", 1, 2, file=s)
print(repr(s.getvalue()))
print(io.StringIO("abc").read(-1), io.StringIO("line1\nline2").readline(3))
