def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
t = traffic_light()
print([next(t) for _ in range(7)])
def tokenizer(text):
    num = ""
    for c in text:
        if c.isdigit():
            num += c
            continue
        if num:
            yield ("NUM", int(num))
            num = ""
        if c in "+-*/()":
            yield ("OP", c)
        elif not c.isspace():
            yield ("ERR", c)
    if num:
        yield ("NUM", int(num))
print(list(tokenizer("12 + (3*45) - x")))
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
