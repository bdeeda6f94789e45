import re
print(re.split(",", "a,b,,c"), re.split("\\s+", "a  b \t c"), re.split("[,;]", "a,b;c"))
print(re.split("x", "none"), re.split(",", ""), re.split(",", "a,b,c", 1))
print(re.split("(,)", "a,b"), re.split("\\d", "a1b2c"))
