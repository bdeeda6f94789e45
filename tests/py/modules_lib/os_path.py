import os
print(os.path.join("/a", "b"), os.path.join("a/", "b"), os.path.join("a", "/b"), os.path.join("a"))
print(os.path.split("/a/b/c"), os.path.split("c"), os.path.split("/c"), os.path.split("a/b/"))
print(os.path.basename("a/b/"), os.path.dirname("a"), os.path.dirname("/a"), os.path.dirname("a//b"))
fn = "_adder_path_test.bin"
with open(fn, "wb") as f:
    f.write(b"x" * 123)
print(os.path.exists(fn), os.path.isfile(fn), os.path.isdir(fn), os.path.getsize(fn))
os.remove(fn)
print(os.path.exists(fn))
print(os.path.abspath("/x/./y/../z"), os.path.abspath(".") == os.getcwd())
