d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c"}, sorted(d.items() & {("a", 1), ("b", 9)}))
