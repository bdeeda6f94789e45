import os
cwd = os.getcwd()
print(type(cwd).__name__, len(cwd) > 0)
print(type(os.listdir(".")).__name__, all(isinstance(n, str) for n in os.listdir(".")))
print(hasattr(os, "remove"), hasattr(os, "mkdir"), hasattr(os, "rmdir"), hasattr(os, "rename"))
