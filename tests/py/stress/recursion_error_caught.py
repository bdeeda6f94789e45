def forever(n):
    return forever(n + 1) + 1
try:
    forever(0)
except RuntimeError:
    print("caught runaway recursion as RuntimeError")
def still_works(n):
    return 0 if n == 0 else 1 + still_works(n - 1)
print(still_works(100))
class Loop:
    def __getattr__(self, name):
        return self.missing_too
try:
    Loop().anything
except RuntimeError:
    print("caught recursion in __getattr__")
print("done")
