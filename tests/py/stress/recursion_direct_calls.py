# Runaway recursion through direct calls between compiled functions raises RecursionError
# (a RuntimeError) each time, whatever the frame shape, and the program continues normally.


def plain(n):
    return plain(n + 1)


def with_try(n):
    try:
        return with_try(n + 1)
    finally:
        pass


def many_locals(a, b, c):
    d = a + 1
    e = b + 1
    f = c + 1
    return many_locals(d, e, f) + d + e + f


class C:
    def m(self, n):
        return C.m(self, n + 1)

    def b(self, n):
        return self.b(n + 1)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


for fn in [plain, with_try, lambda n: many_locals(n, n, n), C().b, lambda n: C.m(C(), n), ping]:
    for _ in range(2):
        try:
            fn(0)
        except RuntimeError:
            print("RuntimeError")


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


print(count(900))


def depth_after(n):
    try:
        plain(0)
    except RuntimeError:
        pass
    return count(n)


print(depth_after(500))
