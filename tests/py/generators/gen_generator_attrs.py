def gen():
    yield 1
g = gen()
print(type(g).__name__, hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(iter(g) is g, hasattr(g, "__next__"))
print(gen.__name__)
