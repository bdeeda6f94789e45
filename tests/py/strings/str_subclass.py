# str methods on str subclasses, unbound calls, descriptor errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("alice smith")
print(n.shout(), n.title(), n.split(), n.replace("a", "A"), n.find("s"), n.startswith("al"), len(n))
print(type(n.upper()).__name__, isinstance(n, str), n == "alice smith", "-".join([n, n]))
print("{} {:>13} {!r}".format(n, n, n), "%s|%5.3s" % (n, n), f"{n:.5}")
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"), str.format("{}-{}", 1, 2))
show(lambda: str.upper(5))
show(lambda: str.strip(b"x"))
show(lambda: str.join(1, []))
class B(bytes):
    pass
bb = B(b"hello")
print(bb.upper(), bb.split(b"l"), bb.decode(), bb.hex(), bb.find(b"l"))
class BA(bytearray):
    pass
x = BA(b"ab")
x.append(99)
x.extend(b"de")
print(x, x.pop(), x.upper(), len(x))
