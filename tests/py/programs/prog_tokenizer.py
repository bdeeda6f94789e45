# a small expression tokenizer, parser and evaluator
class Tok:
    def __init__(self, kind, val):
        self.kind, self.val = kind, val
    def __repr__(self):
        return "%s:%r" % (self.kind, self.val)
def tokenize(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            txt = s[i:j]
            out.append(Tok("num", float(txt) if "." in txt else int(txt)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == "_"):
                j += 1
            out.append(Tok("name", s[i:j]))
            i = j
        elif s[i:i + 2] in ("**", "//"):
            out.append(Tok("op", s[i:i + 2])); i += 2
        elif c in "+-*/%()":
            out.append(Tok("op", c)); i += 1
        else:
            raise SyntaxError("bad char %r at %d" % (c, i))
    return out
class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2, "**": 3}
    def __init__(self, toks, env):
        self.toks, self.pos, self.env = toks, 0, env
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def next(self):
        t = self.peek(); self.pos += 1; return t
    def atom(self):
        t = self.next()
        if t is None: raise SyntaxError("unexpected end")
        if t.kind == "num": return t.val
        if t.kind == "name":
            if t.val not in self.env: raise NameError(t.val)
            return self.env[t.val]
        if t.val == "(":
            v = self.expr(0)
            t = self.next()
            if t is None or t.val != ")": raise SyntaxError("expected )")
            return v
        if t.val == "-": return -self.atom()
        raise SyntaxError("unexpected %r" % (t,))
    def expr(self, minp):
        lhs = self.atom()
        while True:
            t = self.peek()
            if t is None or t.kind != "op" or t.val not in self.PREC: break
            p = self.PREC[t.val]
            if p < minp: break
            self.next()
            rhs = self.expr(p + 1 if t.val != "**" else p)
            lhs = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                   "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
                   "**": lambda a, b: a ** b}[t.val](lhs, rhs)
        return lhs
env = {"x": 3, "pi": 3.14159, "big": 2 ** 64}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "7 // 2 + 7 % 3", "pi * x * x",
            "big * big // 3", "10 / 4", "1 +", "y + 1", "3 $ 4", "(1 + 2", "1 / 0", "2 ** -1"]:
    try:
        print(src, "=>", tokenize(src) if len(src) < 8 else "", Parser(tokenize(src), env).expr(0))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(src, "=>", type(e).__name__, e)
