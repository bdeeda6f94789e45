l = [10, 20, 30]
for i in (0, 2, -1, -3, 3, -4, 100):
    try:
        print(i, l[i])
    except IndexError:
        print(i, "IndexError")
for i in (3, -4):
    try:
        l[i] = 0
    except IndexError:
        print("assign IndexError")
try:
    l["a"]
except TypeError:
    print("TypeError str index")
try:
    l[1.0]
except TypeError:
    print("TypeError float index")
print(l[True], l[False])
