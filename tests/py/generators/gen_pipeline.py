def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for l in lines:
        l = l.split("#")[0].strip()
        if l:
            yield l
def parse(lines):
    for l in lines:
        k, _, v = l.partition("=")
        yield k.strip(), v.strip()
cfg = """
# config
name = demo
level = 3   # inline
empty =

mode=fast
"""
print(dict(parse(strip_comments(read_lines(cfg)))))
def batches(it, n):
    b = []
    for x in it:
        b.append(x)
        if len(b) == n:
            yield b
            b = []
    if b:
        yield b
print(list(batches(range(7), 3)), list(batches([], 2)))
