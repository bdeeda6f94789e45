import os, sys, random
d = "/tmp/adder_test_dir_%s_%d" % (sys.implementation.name, random.getrandbits(30))
os.mkdir(d)
print(os.listdir(d))
for n in ("b.txt", "a.txt", "c.dat"):
    with open(d + "/" + n, "w") as f:
        f.write(n)
print(sorted(os.listdir(d)))
os.rename(d + "/c.dat", d + "/z.dat")
print(sorted(os.listdir(d)))
for n in os.listdir(d):
    os.remove(d + "/" + n)
print(os.listdir(d))
os.rmdir(d)
try:
    os.listdir(d)
except OSError:
    print("OSError listdir removed dir")
