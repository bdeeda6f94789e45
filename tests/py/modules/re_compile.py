import re
p = re.compile("(\\d+)\\s*([a-z]+)")
for s in ("12 apples", "7kg", "none here", "x 42 m"):
    m = p.search(s)
    print(repr(s), m.groups() if m else None)
print(p.match("99 red").group(2), p.match("red 99"))
print(p.sub("<\\2:\\1>", "3 cats, 4 dogs"), p.split("a1xb2yc") if False else re.compile("\\d").split("a1b2c"))
word = re.compile("[a-z]+")
pos = 0
s = "one two  three"
found = []
while True:
    m = word.search(s, pos)
    if not m:
        break
    found.append(m.group(0))
    pos = m.end()
print(found)
