def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
print(list(combinations("abcd", 2)))
def subsets(s):
    if not s:
        yield []
        return
    for r in subsets(s[1:]):
        yield r
        yield [s[0]] + r
print(sorted(subsets([1, 2, 3])))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3)))
