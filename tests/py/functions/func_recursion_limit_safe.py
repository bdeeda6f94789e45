def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)
print(depth_sum(200), depth_sum(400))
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
print(len(count_down(300, [])))
