import os, sys, random
name = "/tmp/adder_test_fb_%s_%d.bin" % (sys.implementation.name, random.getrandbits(30))
payload = bytes(range(256))
with open(name, "wb") as f:
    print(f.write(payload), f.write(b"\x00\xff"))
with open(name, "rb") as f:
    head = f.read(4)
    rest = f.read()
print(head, len(rest), rest[-3:])
with open(name, "rb") as f:
    f.seek(250)
    print(f.tell(), f.read(3))
with open(name, "r+b") as f:
    f.seek(1)
    f.write(b"XY")
with open(name, "rb") as f:
    print(f.read(5))
os.remove(name)
print(name.split("/")[-1] in os.listdir("/tmp"))
