print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(3)), list(x for x in [1]))
print(tuple(), tuple([1]), tuple("xy"), tuple({1: 2}))
print(dict(), dict(a=1), dict([("b", 2)]), dict({"c": 3}), dict(zip("de", [4, 5])), dict([("k", 1)], k=2))
print(sorted(set("hello")), set(), sorted(set([3, 1, 3])), sorted(frozenset("aba")))
for bad in (lambda: list(5), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: tuple(None)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
