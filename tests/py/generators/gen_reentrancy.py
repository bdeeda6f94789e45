def g():
    yield me_next()
def me_next():
    return next(it)
it = g()
try:
    next(it)
except ValueError:
    print("ValueError generator already executing")
