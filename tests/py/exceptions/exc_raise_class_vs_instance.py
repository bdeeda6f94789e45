try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
try:
    raise ValueError()
except ValueError as e:
    print(e.args)
try:
    raise 5
except TypeError:
    print("TypeError raising non-exception")
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print("TypeError raising non-exception class")
try:
    raise Exception("multi", "args", 3)
except Exception as e:
    print(e.args, str(e))
