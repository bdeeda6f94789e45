def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("from finally")
try:
    f()
except TypeError as e:
    print("TypeError", e)
except ValueError:
    print("not reached")
def g():
    try:
        return "try value"
    finally:
        print("finally runs before return")
print(g())
def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(h())
def k():
    try:
        raise ValueError
    finally:
        return "swallowed by return"
print(k())
