s = "abcdefghij"
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3])
print(s[2:8:2], s[8:2:-2], s[2:8:-1], s[100:], s[:100], s[-100:3])
print(s[3:3], s[5:2], s[-3:], s[:-3], s[-3:-1])
print(s[::3], s[::10], s[::11], s[1:-1:4])
print(repr(""[::-1]), repr(""[1:5]))
u = "héllo wörld 日本語"
print(u[::-1], u[1:5], u[-3:], u[::3])
try:
    s[::0]
except ValueError:
    print("ValueError zero step")
print(s[slice(2, 6)], s[slice(None, None, -3)])
