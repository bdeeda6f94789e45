def invert(d):
    for k, v in d.items():
        yield v, k
d = {"a": 1, "b": 2, "c": 3}
print(dict(invert(d)), list(invert({})))
def group_by(items, key):
    groups = {}
    for it in items:
        groups.setdefault(key(it), []).append(it)
    for k in groups:
        yield k, groups[k]
print(list(group_by(["apple", "avocado", "bean", "cherry", "corn"], lambda s: s[0])))
def chunked_string(s, n):
    for i in range(0, len(s), n):
        yield s[i:i + n]
print(list(chunked_string("abcdefghij", 3)), list(chunked_string("", 2)), list(chunked_string("日本語テキスト", 2)))
