# expect-exit: 0
import sys
print("stdout line 1")
print("stderr line (not compared)", file=sys.stderr)
sys.stderr.write("more stderr\n")
print("stdout line 2")
