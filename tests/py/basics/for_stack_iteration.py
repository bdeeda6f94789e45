# for loops over lists, tuples and ranges (iterated without an iterator object), with break,
# continue, else, nesting, mutation during iteration, generators and exceptions inside.


def ranges():
    out = []
    for r in (range(5), range(2, 9, 3), range(10, 0, -3), range(0), range(5, 5), range(-4, 4, 2),
              range(3, -3, -1), range(2**46, 2**46 + 3), range(2**47 - 2, 2**47 + 2),
              range(-2**47 - 1, -2**47 + 2), range(0, 2**60, 2**58), range(1, 2**62, 2**61)):
        out.append([x for x in r])
        acc = []
        for x in r:
            acc.append(x)
        out.append(acc)
    return out


print(ranges())


def seqs():
    l = [1, 2, 3]
    seen = []
    for x in l:
        seen.append(x)
        if x < 5:
            l.append(x + 3)
    print(seen, l)
    l = [1, 2, 3, 4, 5]
    for x in l:
        l.remove(x)
    print(l)
    t = (4, 5, 6)
    for i in t:
        for j in t:
            if j == 5:
                continue
            if i == 6:
                break
            print(i, j)
        else:
            print("inner done", i)
    for x in []:
        print("never")
    else:
        print("empty else")
    for x in [1, 2, 3]:
        if x == 2:
            break
    else:
        print("not printed")
    print(x)


seqs()


def gen(seq):
    for x in seq:
        yield x * 2
    for i in range(3):
        yield i


print(list(gen([1, 2])), list(gen((5,))), sum(gen(range(4))))


def with_exc():
    total = 0
    for x in [1, 0, 2, 0, 3]:
        try:
            total += 10 // x
        except ZeroDivisionError:
            total += 100
            continue
        finally:
            total += 1
    return total


print(with_exc())


def ret_inside():
    for a in range(10):
        for b in [7, 8, 9]:
            if a * b > 20:
                return a, b


print(ret_inside())
for k, v in [(1, "a"), (2, "b")]:
    print(k, v)
for a, *b in ((1, 2, 3), (4, 5)):
    print(a, b)
class L(list):
    pass
for x in L([9, 8]):
    print(x)
print([y * y for y in range(-3, 3)], {c for c in (1, 1, 2)}, {i: i for i in range(3)})
