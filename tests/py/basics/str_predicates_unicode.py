# predicates on non-ASCII text (needs Unicode character tables)
for s in ("é", "日本", "ß", "É", "١٢٣", "½", "\u00a0", "\u3000", "a\u00e9"):
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower())
