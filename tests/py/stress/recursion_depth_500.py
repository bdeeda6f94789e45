def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def build(n):
    return [] if n == 0 else [build(n - 1)]
def measure(x):
    return 0 if not x else 1 + measure(x[0])
print(measure(build(450)))
def sum_list(l, i=0):
    return 0 if i == len(l) else l[i] + sum_list(l, i + 1)
print(sum_list(list(range(480))))
