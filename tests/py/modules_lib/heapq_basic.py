import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], len(h))
out = []
while h:
    out += [heapq.heappop(h)]
print(out)
l = [9, 4, 7, 1, 8, 2]
heapq.heapify(l)
print(l[0], sorted(l) == [1, 2, 4, 7, 8, 9])
print(heapq.heappushpop(l, 0), heapq.heappushpop(l, 5), heapq.heapreplace(l, 10))
print([heapq.heappop(l) for i in range(len(l))])
t = []
for item in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(t, item)
print([heapq.heappop(t) for i in range(3)])
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
