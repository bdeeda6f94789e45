def parse_expr(tokens, pos):
    val, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, pos
def parse_term(tokens, pos):
    val, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, pos
def parse_atom(tokens, pos):
    t = tokens[pos]
    if t == "(":
        val, pos = parse_expr(tokens, pos + 1)
        return val, pos + 1
    if t == "-":
        val, pos = parse_atom(tokens, pos + 1)
        return -val, pos
    return int(t), pos + 1
def tokenize(s):
    out = []
    num = ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            if num:
                out.append(num)
                num = ""
            if c != " ":
                out.append(c)
    if num:
        out.append(num)
    return out
for e in ("1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + (4 - 1)) * 5", "42"):
    print(e, "=", parse_expr(tokenize(e), 0)[0])
