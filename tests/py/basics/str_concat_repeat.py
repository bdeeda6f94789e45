print("ab" + "cd", "" + "", "x" * 5, "ab" * 0, "ab" * -3, 3 * "z")
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
s *= 2
print(s)
print("日本" * 3, ("é" + "ß") * 2)
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    "a" * 1.5
except TypeError:
    print("TypeError float")
print(len("abc" * 1000))
