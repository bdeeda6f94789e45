a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c == b)
print(None is None, True is True, (1 == 1) is True)
x = object()
y = object()
print(x == x, x == y, x is x, x is y, x != y)
class Eq:
    def __eq__(self, other):
        return True
e1 = Eq()
e2 = Eq()
print(e1 == e2, e1 is e2, e1 == 5, [e1] == [e2])
l = [a]
print(a in l, b in l, [1, 2] in l)
n = float("nan")
print(n == n, n in [n], [n] == [n])
t1 = (1, [2])
t2 = (1, [2])
print(t1 == t2, t1 is t2)
d = {}
print(d.get("x") is None)
