import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, isinstance(sys.argv[0], str))
print(all(isinstance(a, str) for a in sys.argv))
print(sys.argv[0].endswith("sys_argv.py"))
