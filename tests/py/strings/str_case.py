# upper/lower/capitalize/title/swapcase/casefold incl. Unicode special cases
words = ["hello", "HELLO", "hElLo wOrLd", "", "123abc", "they're bill's friends", "ß straße", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ",
         "ǆemal", "ﬁne ﬂow", "İstanbul", "ı", "éCOLE", "a1b2c3", "hello_world-foo bar", "MiXeD 42 CaSe", "ǅ", "µ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.title()), repr(w.swapcase()), repr(w.casefold()))
print("ΌΣΟΣ ΣΑΣ Σ".lower())
print("aBc".upper().lower().title())
