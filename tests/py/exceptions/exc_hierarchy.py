pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (LookupError, Exception), (ValueError, Exception), (TypeError, Exception),
    (UnicodeError, ValueError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (AssertionError, Exception), (AttributeError, Exception), (NameError, Exception),
    (ImportError, Exception), (OSError, Exception), (Exception, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (GeneratorExit, BaseException), (SystemExit, Exception), (KeyboardInterrupt, Exception),
    (KeyError, IndexError), (EOFError, Exception), (MemoryError, Exception),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
