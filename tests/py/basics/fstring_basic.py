name = "world"
n = 42
print(f"hello {name}", f"{n}", f"{n + 1}", f"{{literal}}", f"{name!r}", f"")
print(f"{'nested quotes'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{n:5}|", f"{n:<5}|")
print(f"{3.14159:.2f}", f"{n:x}", f"{n:08b}", f"{name:>10}", f"{name:^11}|")
print(f"{'é日'}", f"{len('日本'):d}")
x = 5
print(f"{x=}" if False else f"x={x}")
print(f"{n}{n}", f"a{n}b{name}c", f"{n!s:>4}")
print(f"""multi
{name}""")
print(f"{None}", f"{True}", f"{[1, 'a']}", f"{(1,)}")
