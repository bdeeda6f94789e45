# case conversions in context: final sigma, case-ignorables, titlecase digraphs (random strings)
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alpha = ["Σ", "Α", " ", "'", ".", "\u0301", "ʰ", "1", "a", "ς", "σ", "\u00ad", ":", "-", "Ǆ", "ǅ"]
for i in range(800):
    s = "".join([alpha[rnd(len(alpha))] for _ in range(1 + rnd(6))])
    print(repr(s), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()), repr(s.upper()))
