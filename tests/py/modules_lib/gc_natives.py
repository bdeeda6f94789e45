# Objects held only by native module types must survive collections.
import gc, re, io, array
from collections import deque, namedtuple, OrderedDict, defaultdict
d = deque()
for i in range(300):
    d.append([i, str(i) * 5])
P = namedtuple("P", "a b")
pts = [P([i], {"k": str(i)}) for i in range(200)]
od = OrderedDict()
for i in range(200):
    od[str(i)] = [i] * 3
dd = defaultdict(list)
for i in range(200):
    dd[i % 7] += [str(i)]
ms = [re.search(r"(\d+)", "x" + str(i) * 3) for i in range(200)]
s = io.StringIO()
for i in range(200):
    s.write(str(i))
junk = None
for round_ in range(3):
    junk = [[j] * 20 for j in range(3000)]
    junk = None
    gc.collect()
print(sum(x[0] for x in d), d[150][1], len(d))
print(sum(p.a[0] for p in pts), pts[123].b["k"], pts[5])
print(od["150"], len(od), dd[3][:3])
print(ms[57].group(1), ms[199].groups(), ms[10].string)
print(len(s.getvalue()), s.getvalue()[:20])
a = array.array("i", range(1000))
gc.collect()
print(sum(a), a[999])
