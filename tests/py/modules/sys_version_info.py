import sys
v = sys.version_info
print(v[0], len(v) >= 3, all(isinstance(x, int) for x in v[:3]))
print(v >= (3, 0), isinstance(sys.version, str))
print(hasattr(sys, "implementation"), isinstance(sys.implementation.name, str))
