# expect-exit: 1
print("output before the error is compared")
def fail():
    raise ValueError("uncaught")
fail()
print("never")
