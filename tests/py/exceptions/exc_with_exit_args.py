# MicroPython passes None as the traceback to __exit__ (it has no traceback objects): this file
# has a .exp with MicroPython's output.
class Spy:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, et, ev, tb):
        print("exit type:", et.__name__ if et else None)
        print("exit value:", repr(ev.args) if ev is not None else None)
        print("tb is None:", tb is None)
with Spy() as r:
    print("body", r)
try:
    with Spy():
        raise ValueError("v", 1)
except ValueError as e:
    print("after", e.args)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError", e)
