def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False), run(True))
def only_finally(fail):
    log = []
    try:
        try:
            log.append("try")
            if fail:
                raise KeyError
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer caught")
    return log
print(only_finally(False), only_finally(True))
def except_else():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else %d" % x
print(except_else())
try:
    pass
finally:
    print("bare finally")
