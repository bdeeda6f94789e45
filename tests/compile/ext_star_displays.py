# extensions beyond MicroPython (mpy-cross rejects these): star unpacking in displays, dict merging
def f(a, b):
    return [*a, *b], (*a,), {*a, 1}, {**a, 'k': 1, **b}
