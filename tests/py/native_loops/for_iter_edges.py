# FOR_ITER inline over list, tuple and range iterators: exhaustion (an exhausted list iterator
# stays exhausted when the list grows), lists growing or shrinking during the loop, empty
# sequences, break/continue/else, nested loops, and iterators of other kinds.


def over(seq):
    out = []
    for x in seq:
        out.append(x)
    else:
        out.append("else")
    return out


def grow():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if x < 6:
            l.append(x + 3)
    return out


def shrink():
    l = [1, 2, 3, 4, 5, 6]
    out = []
    for x in l:
        out.append(x)
        l.pop()
    return out


def exhausted():
    l = [1, 2]
    it = iter(l)
    a = [x for x in it]
    l.append(3)
    b = []
    for x in it:
        b.append(x)
    t = (1, 2)
    ti = iter(t)
    c = [x for x in ti] + [x for x in ti]
    r = iter(range(3))
    d = [x for x in r] + [x for x in r]
    return a, b, c, d


def nested_tuples():
    total = 0
    for a in (1, 2, 3):
        for b in (10, 20):
            for c in ():
                total += 1000
            total += a * b
        if a == 2:
            continue
        total += 1
    return total


def breaks(seq):
    for x in seq:
        if x == 3:
            break
    else:
        return "no break"
    return "broke at %r" % (x,)


print(over([1, "a", None]), over(()), over([]), over((1, (2,), 3.0)), over(range(3)))
print(over(range(0)), over(range(5, 0, -2)), over(range(2**47 - 2, 2**47 + 2)))
print(over("ab"), over(b"ab"), over({1: 2, 3: 4}), over(x * 2 for x in (1, 2)))
print(grow(), shrink(), exhausted(), nested_tuples())
print(breaks([1, 2, 3, 4]), breaks((5, 6)), breaks(range(10)), breaks(()))


def gen_over(seq):
    for x in seq:
        yield x
        for y in (x, -x):
            yield y


def comps(l, t):
    a = [x * 2 for x in l]
    b = {x: i for i, x in enumerate(t)}
    c = [[y for y in t] for x in l]
    d = sorted({x % 3 for x in l + list(t)})
    return a, b, c, d


def handler_in_loop(l):
    out = []
    for x in l:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append("zde")
            continue
        finally:
            out.append("f")
    return out


print(list(gen_over([1, 2])), list(gen_over(())), list(gen_over((3,))))
print(comps([1, 2, 3], (4, 5)))
print(handler_in_loop([1, 0, 5]), handler_in_loop(()))


class IterList(list):
    def __iter__(self):
        return iter([9, 9])


class IterTuple(tuple):
    def __iter__(self):
        return iter("ab")


print(over(IterList([1, 2, 3])), over(IterTuple((1, 2))), [v for v in IterList([5])])
