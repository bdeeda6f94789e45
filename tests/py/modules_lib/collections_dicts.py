from collections import OrderedDict, defaultdict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), [(k, od[k]) for k in od], len(od), od["a"])
od.move_to_end("b"); print(list(od))
od.move_to_end("b", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("x", 1), ("y", 2)]), OrderedDict(), OrderedDict(a=1))
print(isinstance(od, dict), OrderedDict(a=1) == {"a": 1})
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
dd = defaultdict(list)
dd["a"] += [1]; dd["a"] += [2]; dd["b"] += [3]
print(dd, dd["a"], len(dd), sorted(dd))
c = defaultdict(int)
for ch in "hello world":
    c[ch] += 1
print(sorted([(k, c[k]) for k in c]))
n = defaultdict(None)
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(int, {"a": 1}), "a" in c, "z" in c, dd.default_factory)
