# A helper module of the frozen package.
def twice(x):
    return x * 2
