print("{name} is {age}".format(name="Bob", age=5))
print("{a}{b}{a}".format(a=1, b=2), "{0}-{x}".format("pos", x="kw"))
d = {"k": "v", "n": 3}
print("{k}={n}".format(**d))
try:
    "{missing}".format(a=1)
except KeyError:
    print("KeyError")
print("{x:>5}|{y:<5}|".format(x="r", y="l"))
