# g.send/throw/close through the LOAD_METHOD cache for generator receivers (a built-in type
# whose objects carry no attributes): many sends at one site, then other methods and generators.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def run():
    g = acc()
    next(g)
    s = 0
    for i in range(200000):
        s = g.send(i)
    try:
        g.send(None)
    except StopIteration as e:
        print(e.value, s)
    g2 = acc(); next(g2)
    try:
        g2.throw(ValueError("x"))
    except ValueError as e:
        print("thrown", e)
    g3 = acc(); next(g3); g3.close(); print("closed")
run()
