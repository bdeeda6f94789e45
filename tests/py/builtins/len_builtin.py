for obj in ("", "abc", "日本語", "😀", b"", b"ab", [], [1, [2, 3]], (), (1,), {}, {"a": 1}, set(), {1, 2}, frozenset([1]), range(10), range(5, 0, -2), bytearray(3), memoryview(b"abc")):
    print(type(obj).__name__, len(obj))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, None, 1.5, iter([])):
    try:
        len(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
