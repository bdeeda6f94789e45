# Substring search in str methods: split/rsplit with maxsplit, find/rfind/count with ranges, replace, partition, in.
s = "a,b,,c,é,ü,,"
for sep in [",", ",,", "é", "zz", "a,b"]:
    for m in [-1, 0, 1, 2, 10]:
        print(sep, m, s.split(sep, m), s.rsplit(sep, m))
    print(s.find(sep), s.rfind(sep), s.count(sep), s.replace(sep, "<>"), s.replace(sep, "", 1), s.partition(sep), s.rpartition(sep), sep in s)
print(s.find(",", 3), s.find(",", 3, 4), s.rfind(",", 0, 5), s.count(",", 2), s.index("c"), "".split(","), "abc".count(""), "abc".find(""), "abc".rfind(""))
try:
    s.split("")
except ValueError as e:
    print("VE", e)
