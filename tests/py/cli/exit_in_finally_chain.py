# expect-exit: 4
import sys
def inner():
    try:
        print("inner try")
        sys.exit(4)
    finally:
        print("inner finally")
try:
    inner()
except ValueError:
    print("not this")
finally:
    print("outer finally")
print("not reached")
