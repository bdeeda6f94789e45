# math.comb with a large k (product trees, not a quadratic loop); BytesIO write after a seek far past the end is MemoryError.
import math, io
print(math.comb(10**5, 5 * 10**4) % 1000007, math.comb(10**6, 3), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5))
print(math.perm(10**4, 10**3) % 1000007)
b = io.BytesIO()
b.seek(1 << 62)
try:
    b.write(b'x')
except MemoryError:
    print('MemoryError')
b.seek(5)
b.write(b'x')
print(b.getvalue())
import io
b = io.BytesIO(); print(b.seek(1 << 62), b.tell()); s = io.StringIO(); print(s.seek(1 << 50), s.tell())
print(b.truncate(1 << 50))
