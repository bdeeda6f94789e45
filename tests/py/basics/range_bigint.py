# ranges whose bounds or length exceed a machine word
print(len(range(0, 10 ** 18, 7)), range(10 ** 20)[-1], len(range(-10 ** 12, 10 ** 12)))
big = range(0, 10 ** 30, 10 ** 10)
print(10 ** 20 in big, 10 ** 20 + 1 in big, big.index(10 ** 20))
print(list(enumerate("ab", 10 ** 20)))
