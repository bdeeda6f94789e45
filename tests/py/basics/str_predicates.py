tests = ["", "abc", "ABC", "aBc", "123", "12.3", " ", "\t\n", "abc123", "a b", "Ab1", "ABC1", "abc!", "  x", "0", "\r\x0b\x0c"]
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower())
