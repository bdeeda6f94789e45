print("pkg: __init__ executing")
VERSION = "1.0"
from .core import core_fn
