# Huge repeat counts and sizes raise MemoryError; float formats with huge precisions; f(**big_dict).
import array
def t(f):
    try:
        r = f()
        print('ok', len(r) if hasattr(r, '__len__') else r)
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a' * (1 << 62))
t(lambda: b'x' * (1 << 62))
t(lambda: [0] * (1 << 62))
t(lambda: (0,) * (1 << 62))
t(lambda: bytes(1 << 62))
t(lambda: bytearray(1 << 62))
t(lambda: array.array('b', bytes(3)) * (1 << 50))
s = format(0.1, '.1200f'); print(len(s), s[:30], s[-30:])
s = format(1.5, '.100000f'); print(len(s), s[-5:])
s = '%.*f' % (70000, 2.5); print(len(s), s[:5])
s = '{:.70000e}'.format(1.0); print(len(s), s[:4], s[-6:])
s = format(0.1, '.2000g'); print(len(s), s[:30], s[-30:])
s = format(5e-324, '.1100e'); print(len(s), s[-40:])
s = format(0.25, '.66000%'); print(len(s), s[:8])
print((lambda **k: len(k))(**{str(i): i for i in range(50000)}))
try:
    (lambda **k: len(k))(a=1, **{str(i): i for i in range(50000)}, **{'a': 2})
except TypeError:
    print('TypeError')
try:
    (lambda **k: len(k))(**{'5': 1}, **{str(i): i for i in range(50000)})
except TypeError:
    print('TypeError')
