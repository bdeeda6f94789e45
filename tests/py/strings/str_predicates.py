# is* predicates on ASCII and Unicode samples
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.3", " ", "\t\n", "a b", "Hello World", "Hello world",
           "ünï", "ÜNÏ", "٣٤", "²", "½", "一二三", "Ⅻ", "_id", "1id", "id1", "with space", "\x00", "tab\t",
           "é", "ǅ", "Ǆǅ", "\u2028", "\u00a0", "\x1c", "ascii", "naïve", "A1", "Title Case Words", "NotTitle", "X"]
for s in samples:
    r = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isdecimal(),
         s.isnumeric(), s.isidentifier(), s.isprintable(), s.istitle(), s.isascii()]
    print(repr(s), "".join("1" if x else "0" for x in r))
