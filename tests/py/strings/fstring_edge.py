# f-string corner cases
x = 10
name = "bob"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name!r}")
print(f"{name=!s}")
print(f"{x:>5}|{x:<5}|{x:^5}|")
w = 7
p = 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{'nested'}")
print(f'{"double"}')
d = {"k": 1}
print(f"{d['k']}")
print(f"{{literal}} {x}")
print(f"{x!r:>4}")
print(f"{[1, 2][0]}")
print(f"{(lambda y: y + 1)(2)}")
print(f"{x if x > 5 else 0}")
print(f"{'a' 'b'}")
print(f"{x:#x} {x:#o} {x:#b}")
print(f"{1e6:,.2f}")
print(f"{-5:05d}")
print(f"{name:*^11}")
print(f"{3+4j}")
print(f"{None}")
print(f"{True:d}")
print(f"{x}" f"{x}" "plain")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{len(items)} items")
def f(): return "call"
print(f"{f()!r:>8}")
print(f"result: {x / 4:.3}")
print(f"{12345678.9:.3e}")
