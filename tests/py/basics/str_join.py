print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]), "-".join([]), "-".join(["only"]))
print(" ".join("abc"), ", ".join(("t", "u")))
print("::".join(str(i) for i in range(5)))
print("é".join(["a", "b"]), "日".join("本本"))
print("".join(reversed("hello")))
try:
    ",".join(["a", 1])
except TypeError:
    print("TypeError")
print("\n".join(["line1", "line2"]))
d = {"k1": 1, "k2": 2}
print("|".join(d))
print(len("x".join(["ab"] * 100)))
