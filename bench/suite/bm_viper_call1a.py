# Viper call overhead, one int-annotated argument, int return.
# A @micropython.native loop calls a small @micropython.viper function taking
# one argument annotated `int` and returning `-> int`.  Under
# MicroPython/adder the decorators select the native and viper emitters at
# compile time (they must be spelled literally `@micropython.xxx` for the
# compiler to recognise them); under CPython/PyPy the shim below turns them
# into no-ops, so the same file runs everywhere. Arguments passed to viper
# stay below 2**30, so its machine ints never overflow and the output matches
# CPython; the sum is accumulated in the native loop as a Python object (it
# fits a 64-bit small int).  Output: (calls, sum of all results).

try:
    import micropython
except ImportError:

    class micropython:
        @staticmethod
        def native(f):
            return f

        @staticmethod
        def viper(f):
            return f


@micropython.viper
def f(x: int) -> int:
    return x + 1


@micropython.native
def loop(n):
    s = 0
    for i in range(n):
        s += f(i)
    return s


bm_params = {
    (50, 10): 2001,
    (100, 10): 20001,
    (1000, 1000): 10000001,
    (5000, 1000): 50000001,
}


def bm_setup(params):
    n = params
    state = [0]

    def run():
        state[0] = loop(n)

    def result():
        return n, (n, state[0])

    return run, result
