# expect-exit: 2
import sys
for i in range(200):
    print("buffered line", i)
sys.stdout.write("no trailing newline")
sys.exit(2)
