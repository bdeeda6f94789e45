def bubble(l):
    l = list(l)
    for i in range(len(l)):
        for j in range(len(l) - 1 - i):
            if l[j] > l[j + 1]:
                l[j], l[j + 1] = l[j + 1], l[j]
    return l
def quick(l):
    if len(l) <= 1:
        return l
    p = l[0]
    return quick([x for x in l[1:] if x < p]) + [p] + quick([x for x in l[1:] if x >= p])
def merge_sort(l):
    if len(l) <= 1:
        return l
    m = len(l) // 2
    a, b = merge_sort(l[:m]), merge_sort(l[m:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
data = [5, 3, 9, 1, 5, 0, -2, 8, 7, 3]
print(bubble(data), quick(data), merge_sort(data), sorted(data) == merge_sort(data))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))
