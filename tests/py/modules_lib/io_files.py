import os
fn = "_adder_io_test.txt"
with open(fn, "w") as f:
    print(f.write("first line\n"), f.write("second\n"))
    f.write("third")
print(f.closed)
with open(fn) as f:
    print(repr(f.read()))
with open(fn, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(fn) as f:
    print(f.readlines())
with open(fn) as f:
    for line in f:
        print(repr(line))
with open(fn, "a") as f:
    f.write("\nappended")
f = open(fn)
print(f.read(5), f.tell())
f.seek(0)
data = f.read()
f.close()
print(repr(data))
with open(fn, "wb") as f:
    f.write(b"\x00\xffbinary")
with open(fn, "rb") as f:
    print(f.read())
with open(fn, "w") as f:
    f.write("abcdef")
with open(fn, "r+") as f:
    print(f.read(2))
    f.seek(0)
    f.write("XY")
with open(fn, "rb") as f:
    print(f.read())
try:
    open("_does_not_exist_.txt")
except OSError as e:
    print(type(e).__name__, e.args, e.errno)
try:
    with open(fn) as f:
        f.write("x")
except OSError as e:
    print("OSError not writable")
try:
    open(fn, "q")
except ValueError as e:
    print("ValueError", e)
f = open(fn, "rb"); f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
os.remove(fn)
print(fn in os.listdir("."))
