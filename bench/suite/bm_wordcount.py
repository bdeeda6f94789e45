# Word frequency count: a deterministic pseudo-English text (syllable-built
# vocabulary, skewed word choice, capitalised sentences with punctuation) is
# generated in setup; run() normalises it (lower, strip punctuation), splits
# it into words, counts them in a dict and sorts by (-count, word).
# Output: number of words, distinct words, and the top entries.

SYLLABLES = ("ka", "lo", "mi", "ren", "ta", "shi", "vo", "ne", "dra", "qu",
             "el", "bor", "in", "ya", "tis", "um", "pe", "gor", "sa", "li")


class Lcg:
    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (self.s * 1103515245 + 12345) & 0x3FFFFFFF
        return self.s >> 6


def make_vocab(rng, n):
    words = []
    seen = {}
    while len(words) < n:
        k = 1 + rng.next() % 3
        w = "".join([SYLLABLES[rng.next() % len(SYLLABLES)] for _ in range(k)])
        if w not in seen:
            seen[w] = 1
            words.append(w)
    return words


def make_text(nwords, vocab_size, seed):
    rng = Lcg(seed)
    vocab = make_vocab(rng, vocab_size)
    parts = []
    sentence_left = 0
    for i in range(nwords):
        # skewed choice: small indices are much more frequent
        span = 1 + rng.next() % vocab_size
        w = vocab[rng.next() % span]
        if sentence_left == 0:
            w = w[0].upper() + w[1:]
            sentence_left = 4 + rng.next() % 12
        sentence_left -= 1
        if sentence_left == 0:
            w += "."
        elif rng.next() % 9 == 0:
            w += ","
        elif rng.next() % 37 == 0:
            w += ";"
        parts.append(w)
        if rng.next() % 13 == 0:
            parts.append("\n")
    return " ".join(parts)


def count_words(text):
    t = text.lower()
    for p in ".,;":
        t = t.replace(p, " ")
    counts = {}
    n = 0
    for w in t.split():
        counts[w] = counts.get(w, 0) + 1
        n += 1
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return n, items


bm_params = {
    (50, 10): (1, 500, 50),
    (100, 10): (2, 2000, 200),
    (1000, 1000): (100, 40000, 2000),
    (5000, 1000): (500, 40000, 2000),
}


def bm_setup(params):
    reps, nwords, vocab = params
    text = make_text(nwords, vocab, 2024)
    state = [None]

    def run():
        r = None
        for _ in range(reps):
            r = count_words(text)
        state[0] = r

    def result():
        n, items = state[0]
        top = tuple(["%s:%d" % kv for kv in items[:5]])
        tail = items[-1][0]
        return reps * n, (n, len(items), top, tail)

    return run, result
