import re
tests = [("^abc$", "abc"), ("^abc$", "abcd"), ("^a", "ba"), ("c$", "abc"), ("[abc]+", "xxbcaxx"), ("[^abc]+", "abcxyzabc"),
         ("[a-z]+", "ABCdefGHI"), ("[A-Z0-9]+", "abcXY12zz"), ("\\d+", "abc123def"), ("\\D+", "123abc456"),
         ("\\w+", "  word_1 "), ("\\W+", "abc, def"), ("\\s+", "a \t\nb"), ("\\S+", "   xyz  "), ("a\\.b", "a.b axb"),
         ("[.]", "a.b"), ("\\(x\\)", "f(x)"), ("[-a]+", "--a-b"), ("^$", ""), ("x*$", "abc")]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), repr(s), repr(m.group(0)) if m else None)
