# Integer formatting: %-style, str.format and f-strings with widths, fills, alignments and signs.
for v in [0, 7, -7, 123456, -123456, 2**40, -2**40, 2**50, -2**62, 2**70, True]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%.3d" % (v, v, v, v, v, v, v))
    print("{}|{:8}|{:<8}|{:^8}|{:08}|{:=8}|{:*>8}|{:*=9}|{:+}|{:,}|{:_}|{:d}|{:x}".format(v, v, v, v, v, v, v, v, v, v, v, v, v))
    print(f"{v}|{v:3}|{v:010d}|{v:-d}|{v:-6d}|{v:0=6d}|{v: 6d}")
print(str(5), repr(-3), "%s %r" % (10, -10), "%i %u" % (3, 4))
