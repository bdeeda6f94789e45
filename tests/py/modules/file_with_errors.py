import os, sys, random
name = "/tmp/adder_test_fwe_%s_%d.txt" % (sys.implementation.name, random.getrandbits(30))
try:
    with open(name, "w") as f:
        f.write("partial")
        raise ValueError("fail mid-write")
except ValueError as e:
    print("ValueError", e)
print(f.closed if hasattr(f, "closed") else True)
with open(name) as f:
    print(f.read())
os.remove(name)
try:
    os.remove(name)
except OSError:
    print("OSError remove missing")
try:
    open("/tmp/definitely/not/here.txt", "w")
except OSError:
    print("OSError bad dir")
