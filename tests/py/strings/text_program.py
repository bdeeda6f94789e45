# a realistic text-processing program: word counts, CSV parsing, report formatting
TEXT = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!  Quick, quick...
	Tabs	and   spaces,   mixed.
"""
words = []
for line in TEXT.splitlines():
    for w in line.split():
        w = w.strip(".,;!").lower()
        if w:
            words += [w]
counts = {}
for w in words:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
top = sorted(counts, key=lambda k: (-counts[k], k))[:6]
for w in top:
    print("{:<8}{:>3} {}".format(w, counts[w], "#" * counts[w]))
print("total words: %d, unique: %d" % (len(words), len(counts)))

CSV = "name,age,city\nAnn,31,Paris\nBob,4,  New York \nCé,57,Zürich"
lines = CSV.split("\n")
header = lines[0].split(",")
table = [[c.strip() for c in l.split(",")] for l in lines[1:]]
widths = [max(len(r[i]) for r in [header] + table) for i in range(len(header))]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print("| " + " | ".join(h.upper().center(w) for h, w in zip(header, widths)) + " |")
print(sep)
for r in table:
    cells = [r[0].ljust(widths[0]), r[1].rjust(widths[1]), r[2].ljust(widths[2])]
    print("| " + " | ".join(cells) + " |")
print(sep)
ages = [int(r[1]) for r in table]
print(f"mean age {sum(ages) / len(ages):.2f}, max {max(ages):>4}, hex {max(ages):#x}")
path = "/usr/local/lib/python3.11/site-packages/mod.py"
print(path.rsplit("/", 1), path.rpartition(".")[2], path.split("/")[-2], path.count("/"))
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
print(" ".join(w.capitalize() for w in "hello   wide world".split()))
key = "Content-Type: text/html; charset=utf-8"
k, _, v = key.partition(":")
print(k.lower(), "|", v.strip(), "|", v.split(";")[1].split("=")[1].upper())
print("".join(c for c in "a1b2c3" if c.isdigit()), "".join(chr(ord(c) + 1) for c in "HAL"))
