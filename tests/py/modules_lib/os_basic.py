import os, errno
d = "_adder_os_dir"
cwd = os.getcwd()
os.mkdir(d)
print(d in os.listdir(), os.listdir(d))
with open(d + "/a.txt", "w") as f:
    f.write("12345")
st = os.stat(d + "/a.txt")
print(st[6], len(st), st[0] & 0o170000 == 0o100000)
os.rename(d + "/a.txt", d + "/b.txt")
print(os.listdir(d))
os.chdir(d)
print(os.getcwd() == cwd + "/" + d, os.listdir())
os.chdir("..")
try:
    os.mkdir(d)
except OSError as e:
    print("OSError", e.errno == errno.EEXIST, e.args[0] == errno.EEXIST)
try:
    os.rmdir(d)
except OSError as e:
    print("OSError", e.errno == errno.ENOTEMPTY)
os.unlink(d + "/b.txt")
os.rmdir(d)
print(d in os.listdir())
try:
    os.remove("_nonexistent_")
except OSError as e:
    print("OSError", e.errno == errno.ENOENT, e.args)
try:
    os.stat("_nonexistent_")
except OSError as e:
    print("OSError", e.errno)
print(os.sep, type(os.environ) is dict or True, os.getenv("ADDER_NO_SUCH_VAR"), os.getenv("ADDER_NO_SUCH_VAR", "dflt"))
print("PATH" in os.environ, os.getenv("PATH") == os.environ["PATH"])
r = os.urandom(16)
print(type(r), len(r))
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[errno.ENOENT])
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.split("a/b"))
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."), os.path.exists("_nope_"))
