print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{}".format(None), "{}".format([1, 2]), "{}".format((1,)), "{}{{}}".format(5))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{0} {}".format(1, 2)
except ValueError:
    print("ValueError mixing")
print("no fields".format(1, 2), "".format())
print("{}".format("日本"), "{:>4}".format("é"))
