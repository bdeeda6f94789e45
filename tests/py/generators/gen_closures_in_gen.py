def make_fns():
    for i in range(3):
        yield lambda: i
fs = list(make_fns())
print([f() for f in fs])
g = make_fns()
out = []
for f in g:
    out.append(f())
print(out)
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield inc()
print(list(counter_gen()))
