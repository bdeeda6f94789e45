# try/except/else/finally, raise from, with, nested handlers
class MyError(Exception):
    pass

def f(x):
    try:
        if x:
            raise MyError("bad")
        return 1
    except MyError as e:
        print("caught", e)
        return 2
    except (ValueError, TypeError):
        return 3
    except:
        raise
    else:
        print("else")
    finally:
        print("finally")

def g():
    try:
        pass
    finally:
        return 5

def h(items):
    for i in items:
        try:
            if i == 2:
                continue
            if i == 3:
                break
        finally:
            print("cleanup", i)
    with open("x") as fh, open("y") as fh2:
        data = fh.read()
    with lock:
        pass
    for i in items:
        with lock:
            if i:
                break
    try:
        raise ValueError from None
    except ValueError:
        pass

def k():
    try:
        x = 1
    except Exception:
        x = 2
    return x

print(f(0), f(1), g())
