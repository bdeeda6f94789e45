# repr of containers nested 10^5 deep raises RecursionError; huge to_bytes lengths raise MemoryError.
def t(f):
    try:
        print(f())
    except RecursionError:
        print('RecursionError')
    except Exception as e:
        print(type(e).__name__)
l = []
for i in range(100000): l = [l]
m = []
for i in range(100000): m = [m]
d = {}
for i in range(100000): d = {1: d}
tt = ()
for i in range(100000): tt = (tt,)
t(lambda: len(repr(l)))
t(lambda: len(str(d)))
t(lambda: len(repr(tt)))
t(lambda: tt == tt)
t(lambda: (1).to_bytes(1 << 62, 'big'))
