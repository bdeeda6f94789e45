rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 12.0, 3)]
print("{:<12}{:>8}{:>6}".format("name", "price", "qty"))
for name, price, qty in rows:
    print("{:<12}{:>8.2f}{:>6d}".format(name, price, qty))
print("{:-^26}".format(" total "))
print("{:>26.2f}".format(sum(p * q for _, p, q in rows)))
print("{:<5}|{:^5}|{:>5}".format(1, 2, 3), "{:*^9}".format("mid"))
print("{:5}|{:5}|".format("s", 7))
