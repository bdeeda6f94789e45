# all four comprehension kinds, nested for/if, generator expressions, closures in comprehensions
def comps(data, k):
    a = [x * 2 for x in data if x > 0]
    b = {x: x + k for x in data}
    c = {x % 3 for x in data if x if x != 2}
    d = list(y for y in data)
    e = [(x, y) for x in range(3) for y in range(x) if y]
    f = sum(x * k for x in data)
    g = [[j for j in range(i)] for i in range(4)]
    return a, b, c, d, e, f, g

print(comps([1, -2, 3, 4], 10))
