# expect-exit: 1
import sys
print("x")
sys.exit("error message goes to stderr")
