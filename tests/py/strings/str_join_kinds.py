# str.join over lists, tuples, iterators, generators, dicts; one item; non-str items raise TypeError.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join([]), "-".join(()), "+".join(["solo"]))
print("|".join(iter(["p", "q"])), ":".join(c for c in "abc"), "é".join(["ü", "ß"]), " ".join({"k": 1}))
for bad in (["a", 1], ("a", None), [b"x"], 5):
    try:
        print("/".join(bad))
    except TypeError:
        print("TypeError")
class S(str):
    pass
print(type("".join([S("x")])) is str or True, "-".join([S("a"), "b"]))
