# nested replacement fields, format_map, auto numbering inside specs, tables
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print("{:<{w}} {:>5d} {:>8.2f} {:>{p}.{d}%}".format(name, qty, price, price / 10, w=w, p=9, d=1))
print("{0:{1}{2}{3}}".format(42, "*", "^", 9))
print("{:{}}|{:{}}".format("a", 3, "b", 4))
print("{:{}.{}}".format(3.14159, 10, 3))
print("{x:{y}}".format(x=5, y="03"), "{0[0]:{0[1]}}".format(["ab", ">5"]))
data = {"user": "ann", "n": 3, "scores": [9, 8]}
print("{user} has {n} scores: {scores[0]}, {scores[1]}".format_map(data))
print("{user!r:>8}|{n:03}".format(**data))
print("{0}{1}{0}".format("<", ">"), "{}{}{}".format(*"abc"))
print("{:-^30}".format(" centered "))
print("{:=<20}".format(""))
for i in (1, 22, 333):
    print("|{:>6}|{:<6}|{:^6}|{:06}|{:+06}|{:x}|{:#o}|".format(i, i, i, i, i, i, i))
