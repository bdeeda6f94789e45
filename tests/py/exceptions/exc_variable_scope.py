try:
    raise ValueError("x")
except ValueError as e:
    saved = e
    print("in handler", e)
try:
    e
    print("e still bound")
except NameError:
    print("e unbound after handler")
print(saved.args)
def f():
    e = "preexisting"
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except NameError:
        return "deleted"
print(f())
