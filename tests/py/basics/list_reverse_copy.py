l = [1, "a", 2.5, None]
r = l[::-1]
l.reverse()
print(l, r, l == r)
c = l.copy()
c[0] = "changed"
print(l[0], c[0])
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print(list(reversed([])), list(reversed([1, 2, 3])))
