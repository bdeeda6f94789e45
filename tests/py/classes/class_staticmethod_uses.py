class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))
    @staticmethod
    def mean(*xs):
        return sum(xs) / len(xs) if xs else 0
    def scaled(self, x):
        return self.clamp(x * 2, 0, 10)
print(MathUtil.clamp(15, 0, 10), MathUtil.clamp(-3, 0, 10), MathUtil().clamp(5, 0, 10))
print(MathUtil.mean(1, 2, 3, 4), MathUtil.mean(), MathUtil().scaled(7), MathUtil().scaled(2))
f = MathUtil.clamp
print(f(1, 2, 3))
