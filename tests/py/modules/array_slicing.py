from array import array
a = array("h", range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[5:2], type(a[1:3]).__name__)
a[1:3] = array("h", [-1, -2])
print(a)
for x in array("d", [0.5, 0.25]):
    print(x)
