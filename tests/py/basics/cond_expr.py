for x in (-5, 0, 5):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if True else 2, 1 if [] else 2, (lambda: "a")() if 0 else "b")
def side(msg, val):
    print("eval", msg)
    return val
print(side("A", 1) if side("cond", False) else side("B", 2))
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
x = 3
y = x * 2 if x > 2 else x / 2
print(y)
