# annotations are accepted syntax; their values are not inspected
def f(a: int, b: str = "x", *args: int, c: float = 1.0, **kw: dict) -> str:
    return "%s %s %s %s %s" % (a, b, args, c, kw)
print(f(1), f(2, "y", 3, 4, c=2.5, d=1))
x: int = 5
y: list
print(x)
def g() -> None:
    return None
print(g())
