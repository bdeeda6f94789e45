for seq in ([1], [1, 2, 3], [], "ab", "abc"):
    try:
        a, b = seq
        print("ok", a, b)
    except ValueError:
        print("ValueError", seq)
try:
    a, b = 5
except TypeError:
    print("TypeError")
try:
    a, b = None
except TypeError:
    print("TypeError None")
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError:
    print("ValueError gen")
a, b, c = gen()
print(a, b, c)
