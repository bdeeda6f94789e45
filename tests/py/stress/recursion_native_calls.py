# Deep and runaway recursion through plain calls, method calls and __init__ must raise
# RecursionError (a RuntimeError), never crash, and leave the program able to continue.


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


print(down(400))


def forever(n):
    return forever(n + 1)


for _ in range(3):
    try:
        forever(0)
    except RuntimeError:
        print("RuntimeError")


class Node:
    def depth(self, n):
        return self.depth(n + 1)


try:
    Node().depth(0)
except RuntimeError:
    print("RuntimeError method")


class Nest:
    def __init__(self, n):
        self.inner = Nest(n + 1)


try:
    Nest(0)
except RuntimeError:
    print("RuntimeError __init__")


class Add:
    def __add__(self, o):
        return self + o


try:
    Add() + 1
except RuntimeError:
    print("RuntimeError __add__")


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RuntimeError:
    print("RuntimeError mutual")
print(down(300))
