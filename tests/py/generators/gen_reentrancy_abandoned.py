# A generator resumed while it runs raises ValueError (directly, through send, through a
# yield from chain, from inside a for loop over it); the generator is finished after that.
# Generators abandoned half-way (never closed) are collected without running anything, and
# for loops over generators stop early with break.
import gc


def self_next():
    yield next(me)


me = self_next()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
try:
    next(me)
except StopIteration:
    print("finished")


def self_send():
    x = yield 1
    yield me2.send(x)


me2 = self_send()
next(me2)
try:
    me2.send(5)
except ValueError as e:
    print("ValueError", e)


def sub():
    yield outer_gen.send(None)


def outer_fn():
    yield from sub()


outer_gen = outer_fn()
try:
    next(outer_gen)
except ValueError as e:
    print("ValueError through yield from", e)


def loop_self():
    yield 1
    for x in me3:
        yield x


me3 = loop_self()
next(me3)
try:
    next(me3)
except ValueError as e:
    print("ValueError in for", e)


# Throwing into a running generator.
def thrower():
    try:
        me4.throw(KeyError)
    except ValueError as e:
        print("ValueError on throw", e)
    yield 1


me4 = thrower()
print(next(me4))


# Abandoned generators: suspended inside try, with, and yield from, then dropped.
def counting(n):
    for i in range(n):
        yield i


def deleg(n):
    yield from counting(n)


abandoned = 0
for round in range(200):
    gens = [counting(10), deleg(10), (x * 2 for x in range(10))]
    for g in gens:
        next(g)
        next(g)
    abandoned += len(gens)
    gens = None
    if round % 50 == 0:
        gc.collect()
gc.collect()
print("abandoned", abandoned)

# break out of for over generators at every position.
total = 0
for stop in range(6):
    for x in deleg(5):
        if x == stop:
            break
        total += x
print("break total", total)

# Nested for loops over generators, a generator used after the loop stopped early.
g = counting(6)
for x in g:
    if x == 2:
        break
print("rest", list(g))
pairs = [(a, b) for a in counting(3) for b in deleg(2)]
print(pairs)
print(sum(a * b for a in counting(4) for b in counting(4)))
