log = []
def f(x):
    try:
        if x:
            return "from try"
        log.append("after if")
    except Exception:
        return "except"
    else:
        return "from else"
    finally:
        log.append("finally %s" % x)
print(f(True), f(False), log)
def g():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            log.append("g finally %d" % i)
print(g(), log[-2:])
