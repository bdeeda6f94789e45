CONST = 42
NAME = __name__
_private = "underscore"


def greet(name):
    return "hello, " + name


def get_const():
    return CONST


class Thing:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Thing(%r)" % (self.v,)
