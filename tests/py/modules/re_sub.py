import re
print(re.sub("a", "o", "banana"), re.sub("a", "o", "banana", 1), re.sub("x", "y", "none"))
print(re.sub("\\s+", " ", "too    many   spaces"), re.sub("\\d", "#", "a1b22c333"))
print(re.sub("(\\w+)@(\\w+)", "\\2 at \\1", "user@host"))
print(re.sub("[aeiou]", "", "remove vowels"))
print(re.sub("(\\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 12 pears"))
print(re.sub("^", ">", "line"), re.sub("$", "<", "line"))
print(re.sub("b*", "-", "abc"))
