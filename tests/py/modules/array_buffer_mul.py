import array
a = array.array('i', [1,2,3])
print(2 in a, 5 in a, a * 0, 3 * a, a * -1)
print(a.index(2) if hasattr(a,'index') else 1)
for x in reversed(a): print(x)
print(bytes(array.array('h',[1,2])))
print(sorted(array.array('d',[3.0,1.0])), sum(a), max(a))
a[-1] = 9; print(a, a[-1])
try: a[5]=1
except IndexError as e: print("IE")
try: a['x']
except TypeError: print("TE")
