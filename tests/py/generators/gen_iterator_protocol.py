class ListIter:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]
        self.i += 1
        return v
li = ListIter([1, 2, 3])
print(iter(li) is li, next(li), list(li), list(li))
class Container:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return ListIter(self.items)
c = Container("a", "b")
print(list(c), list(c), [x + y for x in c for y in c])
it = iter([10, 20])
print(next(it), next(it), next(it, None))
s = iter("ab")
print(type(s).__name__ in ("str_iterator", "iterator"), list(s))
d = iter({"k": 1, "j": 2})
print(next(d), list(d))
r = iter(range(3))
print(next(r), list(r))
