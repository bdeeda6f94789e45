import sys
print(type(sys.modules).__name__, "sys" in sys.modules)
import math
print(math.sqrt(4))
print(sys.modules["sys"] is sys)
