for s in ("abc", "a\tb", "é", "\u00ff", "\u0100", "日本", "\x1b[0m", "\\", "'", '"', "'\"", "\x7f"):
    print(repr(s), len(repr(s)))
