import sys
for code in (0, 3, "message", None):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit caught", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit", e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly", e.args)
print("still running")
