print(hash(0), hash(1), hash(-1) == hash(-1), hash(42), hash(True), hash(False))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(1) == hash(1.0), hash(0) == hash(0.0))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), hash(frozenset([1])) == hash(frozenset([1])))
print(type(hash("s")).__name__, hash(10 ** 30) == hash(10 ** 30))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
