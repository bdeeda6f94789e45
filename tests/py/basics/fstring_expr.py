items = [1, 2, 3]
d = {"key": "value"}
def f(x):
    return x * 2
print(f"{sum(items)} {len(items)} {items[-1]} {d['key']} {f(21)} {'yes' if items else 'no'}")
print(f"{[x * 2 for x in items]}", f"{ {k: v for k, v in d.items()} }")
inc = lambda y: y + 1
print(f"{inc(1)}", f"{items!r}", f"{'a' + 'b'}")
class A:
    attr = "attribute"
print(f"{A.attr.upper()} {A().attr[:4]}")
n = 3
print(f"{n * '-'}{n:>{n}}{'+' * n}")
print(f"{1}" f"{2}" "3", f'{"dq"}', f"{'sq'}")
