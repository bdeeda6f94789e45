# expect-exit: 1
class FatalError(Exception):
    pass
print("start")
try:
    raise KeyError("handled")
except KeyError:
    print("handled KeyError")
raise FatalError("this one escapes")
