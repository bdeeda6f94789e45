def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(name, **attrs):
    def deco(f):
        def wrapper(*a):
            at = "".join(" %s=%s" % kv for kv in sorted(attrs.items()))
            return "<%s%s>%s</%s>" % (name, at, f(*a), name)
        return wrapper
    return deco
@tag("b")
@tag("a", href="x", id=1)
def link(text):
    return text
print(link("click"))
calls = {}
def counted(f):
    def w(*a):
        calls[f.__name__] = calls.get(f.__name__, 0) + 1
        return f(*a)
    return w
@counted
def sq(x):
    return x * x
sq(2); sq(3)
print(calls)
