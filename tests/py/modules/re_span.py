import re
m = re.search("b+", "abbbc")
print(m.start(), m.end(), m.span())
m = re.search("(\\d+)-(\\d+)", "range 10-20 here")
print(m.start(1), m.end(2), m.span(2), m.span(0))
m = re.match("x*", "abc")
print(m.span())
