import random
random.seed(12345)
a = [random.randint(0, 10 ** 6) for _ in range(20)]
random.seed(12345)
b = [random.randint(0, 10 ** 6) for _ in range(20)]
print("same seed same sequence:", a == b)
random.seed(54321)
c = [random.randint(0, 10 ** 6) for _ in range(20)]
print("different seed differs:", a != c)
print(len(a), all(isinstance(x, int) for x in a))
