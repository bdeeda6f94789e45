s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None, -1))
l = list(range(12))
print(l[s], l[slice(5)], l[slice(None, None, -4)], "abcdef"[slice(1, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Probe:
    def __getitem__(self, k):
        return k
p = Probe()
print(p[1:2], p[::3], p[:], p[1:2, 3], p[5], p[...])
print(type(p[1:2]).__name__)
