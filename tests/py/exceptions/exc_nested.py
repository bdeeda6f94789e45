def f():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        try:
            raise TypeError("second")
        except TypeError as e2:
            print("nested handler", e2)
        print("still in outer handler", e)
f()
try:
    try:
        [][1]
    except IndexError:
        {}["missing"]
except KeyError as e:
    print("KeyError from handler", e)
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError(i)
            if i == 1:
                raise TypeError(i)
        except ValueError as e:
            print("inner", type(e).__name__, e)
    except TypeError as e:
        print("outer", type(e).__name__, e)
    else:
        print("no exception reached outer", i)
