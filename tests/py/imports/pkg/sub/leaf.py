from .. import core
from ..core import core_fn as cf
from . import sibling
from .sibling import sib
from . import SUB


def leaf_fn():
    return [core.core_fn(), cf(), sibling.NAME, sib(), SUB, __name__]
