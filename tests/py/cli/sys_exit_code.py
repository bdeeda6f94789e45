# expect-exit: 3
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.args, e.code if hasattr(e, "code") else 5)
try:
    raise SystemExit("msg")
except SystemExit as e:
    print("caught msg", e.args)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally before exit")
cleanup()
print("not reached")
