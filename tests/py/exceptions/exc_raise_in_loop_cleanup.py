resources = []
def process(items):
    for it in items:
        resources.append(it)
        try:
            if it < 0:
                raise ValueError(it)
            print("processed", it)
        finally:
            resources.remove(it)
try:
    process([1, 2, -3, 4])
except ValueError as e:
    print("stopped at", e.args[0])
print("leaked:", resources)
