from mods import simple
from mods.simple import CONST as BASE


def double_const():
    return simple.CONST * 2


def base():
    return BASE
