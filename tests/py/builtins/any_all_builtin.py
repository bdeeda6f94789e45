print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), any("abc"), all(""))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
print(any({0: 1}), all({1: 0}), any(iter([])))
