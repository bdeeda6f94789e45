it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(next(it, "default"))
def gen():
    yield 1
    return "retval"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
try:
    next(iter({}))
except StopIteration:
    print("empty dict iter")
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(It()), next(It(), "dflt"))
