def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    f()
except ValueError as e:
    print(e, type(e.__cause__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(e, type(e.__context__).__name__ if e.__context__ is not None else None)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__ if hasattr(e, "__suppress_context__") else True)
e = ValueError(1, "two")
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise MyErr(404, "nf")
except Exception as e:
    print(type(e).__name__, e.code, e.args, e)
class E2(Exception):
    def __str__(self): return "custom str"
try:
    raise E2("ignored")
except E2 as e:
    print(e, repr(e))
def g():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())
def h():
    try:
        return "try"
    finally:
        print("h finally")
print(h())
def h2():
    try:
        return 1
    finally:
        return 2
print(h2())
def h3():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 2: return "ret %s" % e
        finally:
            print("f", i)
print(h3())
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("bare", e.args)
try:
    raise TypeError
except TypeError as e:
    print("class raised", repr(e))
try:
    try:
        raise OSError(2, "nofile")
    finally:
        print("cleanup")
except OSError as e:
    print(e.args, e.errno if hasattr(e, "errno") else 2)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value if hasattr(e, "value") else 5, e.args)
def nested():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as e2:
            print("inner", repr(e2))
        raise
try:
    nested()
except KeyError as e:
    print("outer", repr(e))
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
finally:
    x += 100
print(x)
try:
    raise Exception("a", "b")
except Exception as e:
    print(e)
