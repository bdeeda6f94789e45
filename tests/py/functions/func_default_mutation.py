def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2))
def cache_fib(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else cache_fib(n - 1) + cache_fib(n - 2)
    memo[n] = r
    return r
print(cache_fib(80), cache_fib(90))
def d(x={"count": 0}):
    x["count"] += 1
    return x["count"]
print(d(), d(), d({"count": 10}), d())
