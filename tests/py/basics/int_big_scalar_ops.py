# Big ints plus, minus and times machine-sized ints, both operand orders and signs, results that shrink back to small ints.
a = 3**80
for y in [0, 1, -1, 7, -7, 2**40, -2**40, 2**50, -2**62, 2**63 - 1, -2**63]:
    print(a + y, a - y, y - a, a * y, y * a, y + a, (-a) * y, (-a) - y, y - (-a))
b = 2**64
print(b - 1, b - 2**63, b + (-2**64), (b * 0), -b * -1, b - b, 2**63 * 2 - b)
