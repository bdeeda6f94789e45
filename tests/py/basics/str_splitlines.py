s = "line1\nline2\r\nline3\rline4\n\nline6\n"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines())
print("a\n\nb".splitlines(), "\n\n".splitlines(True))
print("x\r\n".splitlines(True), "a\rb".splitlines())
