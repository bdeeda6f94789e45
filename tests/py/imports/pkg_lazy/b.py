print("pkg_lazy.b loaded")
from . import a
B = "b uses " + a.A
