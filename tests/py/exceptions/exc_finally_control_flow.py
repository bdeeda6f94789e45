def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise ValueError
            out.append(i)
        except ValueError:
            out.append("err")
            break
        finally:
            out.append("f%d" % i)
    return out
print(loop_break())
def finally_continue():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            out.append("f")
            continue
    return out
print(finally_continue())
def finally_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break", i
print(finally_break())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return n
        finally:
            print("tick", n)
print(counter())
