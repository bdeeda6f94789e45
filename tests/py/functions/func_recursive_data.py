def depth(x):
    if isinstance(x, (list, tuple)):
        return 1 + max([depth(i) for i in x], default=0)
    return 0
print(depth(1), depth([]), depth([1, [2, [3]]]), depth(((), [[]])))
def count_leaves(t):
    if isinstance(t, dict):
        return sum(count_leaves(v) for v in t.values())
    return 1
print(count_leaves({"a": 1, "b": {"c": 2, "d": {"e": 3, "f": 4}}}))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(2 ** 40, 6 ** 20), gcd(17, 0))
def binsearch(l, x, lo=0, hi=None):
    if hi is None:
        hi = len(l)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if l[mid] == x:
        return mid
    if l[mid] < x:
        return binsearch(l, x, mid + 1, hi)
    return binsearch(l, x, lo, mid)
data = list(range(0, 100, 3))
print(binsearch(data, 27), binsearch(data, 28), binsearch(data, 0), binsearch(data, 99))
