import_free = True
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(data, key=lambda p: p[1]))
data.sort(key=lambda p: p[1], reverse=True)
print(data)
data.sort()
print(data)
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda x: x * x, reverse=True)
print(nums)
fl = [2.5, 1, 3.0, -1.5, 2]
fl.sort()
print(fl)
strs = ["banana", "Apple", "cherry", "apple"]
strs.sort()
print(strs)
strs.sort(key=len)
print(strs)
big = [(i * 37) % 101 for i in range(101)]
big.sort()
print(big == list(range(101)))
big.sort(reverse=True)
print(big[:5], big[-5:])
same = [1] * 5
same.sort(reverse=True)
print(same)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def key(x):
    calls.append(x)
    return -x
r = [3, 1, 2]
r.sort(key=key)
print(r, calls)
bools = [True, False, 1, 0]
bools.sort()
print(bools)
