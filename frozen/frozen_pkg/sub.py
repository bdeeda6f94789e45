# A submodule of the frozen package; it imports a sibling relatively.
from . import util


def double(x):
    return util.twice(x)


def name():
    return __name__
