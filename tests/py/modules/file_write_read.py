import os, sys, random
name = "/tmp/adder_test_fwr_%s_%d.txt" % (sys.implementation.name, random.getrandbits(30))
with open(name, "w") as f:
    n = f.write("hello\nworld\n")
    print("wrote", n)
    f.write("é日本\n")
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name, "a") as f:
    f.write("appended\n")
with open(name) as f:
    lines = f.readlines()
print(lines, len(lines))
with open(name, "rb") as f:
    data = f.read()
print(data, len(data))
os.remove(name)
try:
    open(name)
except OSError:
    print("OSError after remove")
