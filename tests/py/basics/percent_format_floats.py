for v in (0.0, 1.0, -2.5, 3.14159265, 1e10, 1.5e-5, 123456789.0, 1e100):
    print("%f|%.1f|%e|%.2e|%g|%.4g|%G|%E" % (v, v, v, v, v, v, v, v))
print("%s %r" % (0.1, 0.1), "%s" % 1e16, "%s" % 1e-5)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%f %f" % (float("inf"), float("-inf")), "%f" % float("nan"))
print("%d" % 1e3, "%.2f" % 1, "%e" % 10)
