import sys
print(type(sys.modules).__name__, "sys" in sys.modules)
import math
print("math" in sys.modules, sys.modules["math"] is math)
print(sys.modules["sys"] is sys)
