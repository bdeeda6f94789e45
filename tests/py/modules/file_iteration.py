import os, sys, random
name = "/tmp/adder_test_fi_%s_%d.txt" % (sys.implementation.name, random.getrandbits(30))
f = open(name, "w")
for i in range(5):
    f.write("line %d\n" % i)
f.write("no newline at end")
f.close()
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name) as f:
    print(sum(1 for _ in f))
with open(name) as f:
    print([l.rstrip("\n") for l in f if "3" in l or "end" in l])
os.remove(name)
