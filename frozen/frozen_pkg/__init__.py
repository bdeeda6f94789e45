# A frozen package: __init__ and its submodules are compiled into the binary and run in place.
from .sub import double

VERSION = (1, 0)


def describe():
    return "frozen_pkg %d.%d" % VERSION
