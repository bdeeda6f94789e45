for c in "abc":
    print(c, ord(c))
print(list("héllo"), tuple("ab"), set("aab") == {"a", "b"})
it = iter("xy")
print(next(it), next(it), next(it, "end"))
print([c * 2 for c in "日本"])
print(dict(enumerate("abc")))
print(list(zip("abc", "12")))
print("".join(sorted("dcba")))
