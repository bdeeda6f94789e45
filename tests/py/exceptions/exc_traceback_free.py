# exceptions used as values without being raised
errs = [ValueError("a"), TypeError("b"), KeyError("c")]
for e in errs:
    print(type(e).__name__, e.args, isinstance(e, Exception))
def first_error(fs):
    for f in fs:
        try:
            f()
        except Exception as e:
            return e
    return None
e = first_error([lambda: 1, lambda: [][2], lambda: 1 / 0])
print(type(e).__name__)
print(first_error([lambda: 0]))
raised = errs[1]
try:
    raise raised
except TypeError as t:
    print(t is raised)
