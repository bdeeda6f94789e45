# str.maketrans / str.translate
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = str.maketrans("abc", "xyz")
print(sorted((k, t[k]) for k in t))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted((k, t2[k]) for k in t2), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "long", "é": 101})
print(sorted((k, t3[k]) for k in t3), "abcé!".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: "J"}), "héllo".translate({233: "e"}))
print("abc".translate({}), "".translate(t))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("abcx".translate(Table()))
print("x".maketrans("a", "b") == str.maketrans("a", "b"))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans(1))
show(lambda: "a".translate({97: 1.5}))
show(lambda: "a".translate({97: -1}))
