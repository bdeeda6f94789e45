# type(name, bases, dict) and __build_class__ check their arguments (they used to be cast).
for args in [('A', True, {}), ('A', (), 5), (5, (), {}), ('A', (5,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError', 'argument' in str(e) or 'base' in str(e) or 'metaclass' in str(e))
try:
    __build_class__(3, 'K')
except TypeError as e:
    print(e)
class D(dict):
    pass
B = type('B', (object,), D(x=1))
print(B.x, type('C', (), {'y': 2})().y)
class M(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
class E(metaclass=M):
    z = 3
print(E.z, type(E).__name__)
