# loops: nested break/continue through try/with/finally, for-else, while-else, range forms
def f(xs, lock):
    for x in xs:
        for y in xs:
            if y:
                continue
            break
        else:
            continue
        try:
            for z in xs:
                with lock:
                    if z:
                        break
                    continue
        except Exception:
            break
        finally:
            pass
    n = 0
    while n < 10:
        try:
            n += 1
            if n == 3:
                continue
        finally:
            n += 0
    else:
        n = -1
    for i in range(n, 0, -2):
        if i == 5:
            break
    else:
        i = 0
    for i in range(0, n):
        pass
    for i in range(a, b, c):
        pass
    for i in range(10, 0):
        pass
    for k, v in xs.items():
        pass
    for i in range(-5):
        return i
    return n
