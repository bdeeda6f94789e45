# str.format corner cases
print("{0}{1}{0}".format("a", "b"))
print("{}-{}".format(1, 2))
print("{:>{w}}|".format("x", w=5))
print("{:{fill}^{w}}".format("mid", fill="*", w=9))
print("{0[1]} {0[0]}".format(["a", "b"]))
print("{d[key]}".format(d={"key": 7}))
print("{!r}".format("s"))
print("{!s:>5}".format(12))
print("{0!r:^9}".format("ab"))
print("{{}} {{{}}}".format(3))
print("{:,}".format(1234567))
print("{:_}".format(1234567))
print("{:08.3f}".format(-3.14159))
print("{:+.2e}".format(12345.678))
print("{:%}".format(0.25))
print("{:.1%}".format(0.3333))
print("{:b} {:o} {:x} {:X} {:#b} {:#o}".format(5, 8, 255, 255, 5, 8))
print("{:c}".format(97))
print("{:=+8d}".format(-42))
print("{:<6d}|{:^6d}|{:>6d}".format(1, 2, 3))
print("{:g} {:g} {:g}".format(1.0, 1e20, 1.5e-7))
print("{:.3g} {:.10g}".format(1234.5, 1/3))
print("{:n}".format(1234))
print("{:s}".format("plain"))
print("{:10}|{:<10}|".format(3.5, True))
print("{}".format(None))
print("{:e}".format(0.000123))
print("{:.0e}".format(5e10))
print("{:E}".format(1.5))
print("{:F}".format(1.5))
print("{:.2f}".format(float("inf")))
print("{:f}".format(float("nan")))
print("{:>8.2f}".format(-0.0))
for spec in ["{", "}", "{0", "{:d}"]:
    try:
        print(spec.format("s"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
try:
    "{1}".format("a")
except IndexError:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e.args)
try:
    "{} {0}".format(1, 2)
except ValueError:
    print("ValueError mix")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{:abc}".format(P()))
print(format(P(), "zz"))
print(format(3.0, ""), format(42), format("s", ">3"))
