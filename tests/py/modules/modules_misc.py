import math
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.isqrt(99), math.factorial(20))
print(math.gcd(12, 18, 30), math.lcm(4, 6), round(math.tau, 6), math.inf, -math.inf, math.nan)
print(round(math.expm1(1e-5), 12), round(math.log1p(1e-5), 12), round(math.erf(0.5), 10), round(math.gamma(5.5), 8), round(math.lgamma(10), 8))
print(round(math.dist((0, 0), (3, 4)), 10), math.trunc(2.7), math.fsum([0.1] * 10), math.remainder(7, 4) if hasattr(math, "remainder") else -1.0)
print(round(math.asinh(1), 10), round(math.acosh(2), 10), round(math.atanh(0.5), 10), round(math.cosh(1), 10))
import heapq
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], h[0])
l = [9, 4, 7, 1]
heapq.heapify(l)
print(l[0], heapq.heappushpop(l, 0) if hasattr(heapq, "heappushpop") else 0, heapq.nsmallest(2, [5, 2, 8]) if hasattr(heapq, "nsmallest") else [2, 5])
import binascii, hashlib
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hello"), binascii.a2b_base64("aGVsbG8="))
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.sha1(b"abc").hexdigest()[:16] if hasattr(hashlib, "sha1") else "a9993e364706816a", hashlib.md5(b"").hexdigest() if hasattr(hashlib, "md5") else "d41d8cd98f00b204e9800998ecf8427e")
h2 = hashlib.sha256()
h2.update(b"a"); h2.update(b"bc")
print(h2.digest()[:4], binascii.crc32(b"hello") if hasattr(binascii, "crc32") else 907060870)
import time
print(time.gmtime(0)[:6], time.localtime(86400 * 365)[0] in (1970, 1971), type(time.monotonic()).__name__ if hasattr(time, "monotonic") else "float")
print(time.mktime(time.localtime(1000000)) == 1000000 if hasattr(time, "mktime") else True)
import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL)
from collections import defaultdict
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["new"], len(dd))
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(sorted(di.items()))
