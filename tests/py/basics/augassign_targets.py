x = 1
x += 2
print(x)
l = [1, 2, 3]
l[0] += 10
l[-1] *= 3
print(l)
d = {"a": 1}
d["a"] += 5
d.setdefault("b", 0)
d["b"] -= 1
print(d)
class O:
    pass
o = O()
o.v = 5
o.v **= 2
print(o.v)
o.lst = [1]
o.lst += [2]
print(o.lst)
m = [[1, 2], [3, 4]]
m[1][0] //= 2
print(m)
calls = []
def idx():
    calls.append(1)
    return 0
l[idx()] += 1
print(l, len(calls))
t = (1, 2)
t += (3,)
print(t)
s = "ab"
s *= 3
print(s)
a = [1]
b = a
a += [2]
print(b)
a = (1,)
b = a
a += (2,)
print(b, a)
