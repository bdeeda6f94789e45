total = 1 + \
    2 + \
    3
print(total)
lst = [
    1,
    2,   # comment
    3,
]
print(lst)
d = {"a": 1,
     "b": 2}
print(d)
s = ("implicit "
     "concatenation")
print(s)
if (total > 5 and
        len(lst) == 3):
    print("multi-line condition")
def f(a,
      b=2,
      *args):
    return a + b
print(f(1,
        3))
x = 1; y = 2; print(x + y)
