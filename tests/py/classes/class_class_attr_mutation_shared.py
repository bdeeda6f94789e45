class Registry:
    items = []
    def add(self, x):
        self.items.append(x)
class Sub(Registry):
    pass
class Own(Registry):
    items = []
r, s, o = Registry(), Sub(), Own()
r.add(1)
s.add(2)
o.add(3)
print(Registry.items, Sub.items, Own.items)
s.items = ["instance"]
print(s.items, Sub.items)
Sub.items = ["class-level"]
print(Registry.items, Sub.items, Sub().items)
