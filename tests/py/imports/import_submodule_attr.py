import pkg_lazy
print(pkg_lazy.LAZY, hasattr(pkg_lazy, "a"), hasattr(pkg_lazy, "b"))
import pkg_lazy.b
print(hasattr(pkg_lazy, "a"), hasattr(pkg_lazy, "b"), pkg_lazy.b.B)
from pkg_lazy import a
print(a.A, a is pkg_lazy.a)
