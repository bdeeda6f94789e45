# expect-exit: 0
import sys
print("sys.exit() with no argument")
sys.exit()
