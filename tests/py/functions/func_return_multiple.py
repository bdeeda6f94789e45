def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg, stats([2]))
def nothing():
    return
def implicit():
    x = 1
print(nothing(), implicit())
def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(early(10), early(2))
def ret_in_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            print("finally", i)
print(ret_in_loop_finally())
