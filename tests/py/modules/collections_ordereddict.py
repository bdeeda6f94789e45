from collections import OrderedDict
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od.keys()), list(od.values()), list(od.items()))
od["z"] = 10
print(list(od.items()))
del od["a"]
od["a"] = 4
print(list(od))
print(od.popitem(), list(od))
od2 = OrderedDict([("b", 1), ("a", 2)])
print(list(od2.items()), od2["a"], "b" in od2, len(od2), isinstance(od2, dict))
print(dict(od2) == {"a": 2, "b": 1})
