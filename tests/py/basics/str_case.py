print("Hello World 123".upper(), "Hello World 123".lower())
print("".upper(), "ABC".lower(), "abc".upper())
print("MiXeD-Case_99!".upper(), "MiXeD-Case_99!".lower())
print("already lower".lower(), "ALREADY UPPER".upper())
print("a1b2".upper(), "A1B2".lower(), "!@#".upper())
s = "Round Trip"
print(s.upper().lower() == s.lower(), s.lower().upper() == s.upper())
