import re
m = re.match("(\\w+) (\\w+)", "hello world extra")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.group(1, 2))
m = re.search("(\\d+)-(\\d+)", "range 10-20 here")
print(m.groups(), int(m.group(1)) + int(m.group(2)))
m = re.match("(a)(b)?", "ac")
print(m.groups(), m.group(2))
m = re.match("((a)(b))", "ab")
print(m.groups())
m = re.search("([a-z]+)@([a-z]+)\\.com", "mail: bob@example.com!")
print(m.group(1), m.group(2))
try:
    m.group(5)
except IndexError:
    print("IndexError no such group")
