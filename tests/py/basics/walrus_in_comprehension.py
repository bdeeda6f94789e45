# an assignment expression inside a comprehension binds in the enclosing scope
total = 0
print([total := total + x for x in range(5)], total)
def f():
    last = None
    evens = [last := x for x in range(7) if x % 2 == 0]
    return evens, last
print(f())
print(any((hit := v) > 3 for v in [1, 5, 2]), hit)
