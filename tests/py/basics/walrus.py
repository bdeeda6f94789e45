data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6])
i = 0
while (i := i + 1) < 4:
    print("i", i)
print(i)
vals = iter([1, 2, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
print((z := 10) + z, z)
def f():
    if (r := sum(range(5))) > 5:
        return r
print(f())
