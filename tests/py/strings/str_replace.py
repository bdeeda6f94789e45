# replace with counts, empty old, unicode; startswith/endswith with tuples and ranges
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "x"))
print("aaa".replace("a", "aa"), "aaaa".replace("aa", "b"), "héllo".replace("l", "L"), "héllo".replace("é", ""))
print("abc".replace("x", "y"), "ab".replace("ab", ""))
show(lambda: "a".replace(1, "b"))
show(lambda: "a".replace("a", 2))
for p in ["he", "", "hello!", ("x", "he"), ("x", "y"), ()]:
    print(repr(p), "hello".startswith(p), "hello".endswith(p))
print("hello".startswith("ll", 2), "hello".startswith("ll", 2, 3), "hello".endswith("ll", 0, 4), "hello".endswith("o", -1))
print("hello".startswith("", 5), "hello".startswith("", 6), "hello".endswith("", 2, 1), "hello".startswith("h", -10))
print("héllo".startswith("hé"), "héllo".endswith(("lo", "x")), "héllo".startswith("l", 2))
show(lambda: "a".startswith(1))
show(lambda: "a".endswith(["a"]))
show(lambda: "a".startswith(("a", 1)))
