print(format(123), format(123, "d"), format(123, "6d"), format(123, "<6") + "|", format(123, "^7") + "|")
print(format(3.14159, ".2f"), format(0.5, "%"), format(1e6, ".2e"), format(255, "#x"), format(255, "08b"))
print(format("s", "^5") + "|", format("s", "*>4"), format(-5, "+"), format(5, "+"), format(1234567, ","))
print(format(True, "d"), format(None, ""), repr(format("", "3")))
