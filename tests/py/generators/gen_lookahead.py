class Peekable:
    _none = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._none
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf is not self._none:
            v, self.buf = self.buf, self._none
            return v
        return next(self.it)
    def peek(self, default=None):
        if self.buf is self._none:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf
p = Peekable(x * x for x in range(4))
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("end"))
def runs(seq):
    p = Peekable(seq)
    for x in p:
        n = 1
        while p.peek() == x:
            next(p)
            n += 1
        yield x, n
print(list(runs("aaabccdddd")), list(runs([])))
