# str.join with lists, tuples, generators, dict keys; errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(",".join(["a", "b", "c"]))
print("".join(("x", "y")))
print("-".join([]))
print("-".join(["only"]))
print(" | ".join(str(i) for i in range(5)))
print("".join({"k1": 1, "k2": 2}))
print("→".join("héllo"))
print("ab".join(["1", "2", "3"]))
show(lambda: ",".join([1, 2]))
show(lambda: ",".join(["a", None]))
show(lambda: ",".join(5))
show(lambda: ",".join(["a", b"b"]))
s = "x"
print(s.join(["a"]) is not None, "".join([s]) == s)
print(len("".join(["ab"] * 1000)))
