# expect-exit: 0
import sys
print("exiting cleanly")
sys.exit(0)
print("not reached")
