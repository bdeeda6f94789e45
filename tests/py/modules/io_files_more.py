import io, os, sys
s = io.StringIO()
s.write("line1\n")
print("line2", file=s)
s.write("x" * 3)
print(repr(s.getvalue()))
r = io.StringIO("a\nbb\n\nccc")
print(r.readline(), r.readline(), r.read(), repr(r.read()))
r = io.StringIO("1\n2\n3\n")
print([l.strip() for l in r], io.StringIO("q\nw").readlines())
b = io.BytesIO()
b.write(b"\x00\x01")
b.write(bytes([2, 3]))
print(b.getvalue(), io.BytesIO(b"abc").read(2))
bb = io.BytesIO(b"hello")
bb.seek(2)
print(bb.read(), bb.tell(), bb.seek(0), bb.read(1))
name = "/tmp/_adder_io_test_%s_%d.txt" % (sys.implementation.name, os.getpid() if hasattr(os, "getpid") else 1)
with open(name, "w") as f:
    n = f.write("alpha\nbeta\n")
    f.write("gamma")
print(n)
with open(name) as f:
    print(f.read().split("\n"))
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name, "a") as f:
    f.write("\ndelta")
with open(name, "r") as f:
    lines = f.readlines()
print(len(lines), lines[-1])
with open(name, "rb") as f:
    data = f.read()
print(type(data).__name__, data[:5], len(data))
with open(name, "wb") as f:
    f.write(b"\x00\xffbin")
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
try:
    open(name)
except OSError as e:
    print("OSError", type(e).__name__, e.args[0] == 2 if e.args else True)
f = open(name, "w")
f.write("closed explicitly")
f.close()
print(open(name).read())
os.remove(name)
print(name.split("/")[-1].startswith("_adder_io_test"))
