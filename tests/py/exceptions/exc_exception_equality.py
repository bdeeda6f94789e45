a = ValueError("x")
b = ValueError("x")
print(a == b, a is a, a.args == b.args, type(a) == type(b))
errs = []
for i in range(3):
    try:
        raise IndexError(i)
    except IndexError as e:
        errs.append(e)
print([e.args[0] for e in errs], all(isinstance(e, LookupError) for e in errs))
print(isinstance(ValueError(), BaseException), isinstance(KeyboardInterrupt(), Exception))
