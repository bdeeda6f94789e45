q = []
for i in range(5):
    q.insert(0, i)
print(q)
while q:
    print(q.pop(0), end=" ")
print()
s = [1, 2, 3, 4, 5]
print(s.pop(2), s.pop(-1), s.pop(-3), s)
try:
    s.pop(10)
except IndexError:
    print("IndexError")
