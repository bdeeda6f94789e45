# Definite assignment: a local read on a path where it may be unbound still raises
# UnboundLocalError in every tier (the native emitter drops the check only where every path
# binds it).


def cond_bind(flag):
    if flag:
        x = 1
    return x


def loop_bind(n):
    for i in range(n):
        if i == 2:
            y = i
        try:
            print("y", y)
        except UnboundLocalError:
            print("unbound at", i)


def deleted_in_loop(n):
    z = 0
    out = []
    for i in range(n):
        out.append(z)
        if i == 1:
            del z
            try:
                out.append(z)
            except UnboundLocalError:
                out.append("gone")
            z = i * 10
    return out


def handler_binding():
    try:
        raise ValueError("v")
    except ValueError as e:
        msg = str(e)
    try:
        print(e)
    except (NameError, UnboundLocalError) as err:
        print(type(err).__name__)
    return msg


def while_then_use(n):
    i = 0
    while i < n:
        last = i
        i += 1
    return last


def after_loop_unbound(n):
    for k in range(n):
        pass
    return k


for f in (1, 0):
    try:
        print(cond_bind(f))
    except UnboundLocalError:
        print("cond unbound")
loop_bind(4)
print(deleted_in_loop(4))
print(handler_binding())
print(while_then_use(3))
try:
    print(while_then_use(0))
except UnboundLocalError:
    print("while unbound")
print(after_loop_unbound(3))
try:
    print(after_loop_unbound(0))
except UnboundLocalError:
    print("for unbound")
