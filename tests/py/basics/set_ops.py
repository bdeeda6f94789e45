a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference([1, 10])))
c = set(a)
c |= {7}
print(sorted(c))
c &= {1, 2, 7, 8}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
print(a <= a, {1} < a, a < a, a >= {1, 2}, a > b, {1}.isdisjoint({2}), a.isdisjoint(b))
print({1, 2}.issubset([1, 2, 3]), a.issuperset((1, 2)), set() <= a)
try:
    a | [1]
except TypeError:
    print("TypeError")
