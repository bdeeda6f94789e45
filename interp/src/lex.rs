//! The lexer: Python source text to tokens (with INDENT/DEDENT), following MicroPython's lexer,
//! including its f-string rewrite into `"...".format(...)`. Not the parser (parse/) and not folding.

use num_bigint::BigInt;
use num_traits::Num;

/// A token kind. Keywords and operators are interned static strings, matched by the parser.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Newline,
    Indent,
    Dedent,
    Eof,
    Name(String),
    Kw(&'static str),
    Op(&'static str),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    /// A (possibly implicitly concatenated) string literal. `fstring_args` holds the source text of
    /// the expressions of f-string parts: the parser appends `.format(<args>)`.
    Str {
        value: String,
        fstring_args: Option<Vec<(String, u32)>>,
    },
    Bytes(Vec<u8>),
}

/// A token with its position (1-based line and column).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
    pub col: u32,
}

/// A lexical error: kind is "SyntaxError" or "IndentationError".
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Operators and delimiters, longest first so that greedy matching works.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "@=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

/// Maximum bracket nesting accepted by the lexer (deeper input is rejected, not recursed into).
pub const MAX_BRACKET_DEPTH: usize = 200;

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    indents: Vec<u32>,
    brackets: usize,
    out: Vec<Token>,
    at_line_start: bool,
}

/// Tokenize a whole source text.
pub fn tokenize(src: &str) -> Result<Vec<Token>, LexError> {
    tokenize_at(src, 1, true)
}

fn tokenize_at(src: &str, first_line: u32, with_layout: bool) -> Result<Vec<Token>, LexError> {
    let mut lx = Lexer {
        src: src.as_bytes(),
        pos: 0,
        line: first_line,
        line_start: 0,
        indents: vec![0],
        brackets: if with_layout { 0 } else { 1 },
        out: Vec::new(),
        at_line_start: with_layout,
    };
    lx.run()?;
    Ok(lx.out)
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_ident_char(c: u8) -> bool {
    is_ident_start(c) || c.is_ascii_digit()
}

impl<'a> Lexer<'a> {
    fn peek(&self, k: usize) -> u8 {
        *self.src.get(self.pos + k).unwrap_or(&0)
    }
    fn col(&self) -> u32 {
        (self.pos - self.line_start) as u32 + 1
    }
    fn err(&self, msg: &str) -> LexError {
        LexError {
            kind: "SyntaxError",
            msg: msg.to_string(),
            line: self.line,
            col: self.col(),
        }
    }
    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        self.out.push(Token { tok, line, col });
    }
    fn newline_here(&mut self) {
        self.pos += 1;
        self.line += 1;
        self.line_start = self.pos;
    }

    fn run(&mut self) -> Result<(), LexError> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if !self.handle_indent()? {
                    break;
                }
            }
            let c = self.peek(0);
            if self.pos >= self.src.len() {
                break;
            }
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'\r' if self.peek(1) == b'\n' => self.pos += 1,
                b'\n' | b'\r' => {
                    let (l, col) = (self.line, self.col());
                    self.newline_here();
                    if self.brackets == 0 {
                        self.push(Tok::Newline, l, col);
                        self.at_line_start = true;
                    }
                }
                b'#' => {
                    while self.pos < self.src.len() && !matches!(self.peek(0), b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'\\' => {
                    let nl = self.peek(1);
                    if nl == b'\n' || nl == b'\r' {
                        self.pos += 1;
                        if nl == b'\r' && self.peek(1) == b'\n' {
                            self.pos += 1;
                        }
                        self.newline_here();
                    } else if nl == 0 && self.pos + 1 >= self.src.len() {
                        return Err(self.err("unexpected EOF after line continuation"));
                    } else {
                        return Err(self.err("invalid syntax"));
                    }
                }
                _ => self.lex_token()?,
            }
        }
        self.finish();
        Ok(())
    }

    fn finish(&mut self) {
        let (l, col) = (self.line, self.col());
        if self.brackets == 0 {
            if let Some(last) = self.out.last() {
                if last.tok != Tok::Newline && last.tok != Tok::Dedent && last.tok != Tok::Indent {
                    self.push(Tok::Newline, l, col);
                }
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.push(Tok::Dedent, l, col);
            }
        }
        self.push(Tok::Eof, l, col);
    }

    /// At the start of a physical line: measure indentation, skip blank/comment lines. Returns false
    /// at end of input.
    fn handle_indent(&mut self) -> Result<bool, LexError> {
        loop {
            let mut width = 0u32;
            while let b' ' | b'\t' | b'\x0c' = self.peek(0) {
                if self.peek(0) == b'\t' {
                    width = (width / 8 + 1) * 8;
                } else if self.peek(0) == b' ' {
                    width += 1;
                }
                self.pos += 1;
            }
            if self.pos >= self.src.len() {
                return Ok(false);
            }
            match self.peek(0) {
                b'#' => {
                    while self.pos < self.src.len() && !matches!(self.peek(0), b'\n' | b'\r') {
                        self.pos += 1;
                    }
                    continue;
                }
                b'\r' if self.peek(1) == b'\n' => {
                    self.pos += 1;
                    self.newline_here();
                    continue;
                }
                b'\n' | b'\r' => {
                    self.newline_here();
                    continue;
                }
                b'\\' if matches!(self.peek(1), b'\n' | b'\r') => return Ok(true),
                _ => {}
            }
            let (l, col) = (self.line, self.col());
            let cur = *self.indents.last().unwrap();
            if width > cur {
                self.indents.push(width);
                self.push(Tok::Indent, l, col);
            } else if width < cur {
                while width < *self.indents.last().unwrap() {
                    self.indents.pop();
                    self.push(Tok::Dedent, l, col);
                }
                if width != *self.indents.last().unwrap() {
                    return Err(LexError {
                        kind: "IndentationError",
                        msg: "unindent doesn't match any outer indent level".into(),
                        line: l,
                        col,
                    });
                }
            }
            return Ok(true);
        }
    }

    fn lex_token(&mut self) -> Result<(), LexError> {
        let (l, col) = (self.line, self.col());
        let c = self.peek(0);
        if self.starts_string() {
            return self.lex_strings(l, col);
        }
        if is_ident_start(c) {
            let start = self.pos;
            while is_ident_char(self.peek(0)) && self.pos < self.src.len() {
                self.pos += 1;
            }
            let s = std::str::from_utf8(&self.src[start..self.pos])
                .map_err(|_| self.err("invalid UTF-8"))?;
            let tok = match KEYWORDS.iter().find(|k| **k == s) {
                Some(k) => Tok::Kw(k),
                None => Tok::Name(s.to_string()),
            };
            self.push(tok, l, col);
            return Ok(());
        }
        if c.is_ascii_digit() || (c == b'.' && self.peek(1).is_ascii_digit()) {
            return self.lex_number(l, col);
        }
        for op in OPERATORS {
            let b = op.as_bytes();
            if self.src[self.pos..].starts_with(b) {
                self.pos += b.len();
                match *op {
                    "(" | "[" | "{" => {
                        self.brackets += 1;
                        if self.brackets > MAX_BRACKET_DEPTH {
                            return Err(LexError {
                                kind: "SyntaxError",
                                msg: "too many nested parentheses".into(),
                                line: l,
                                col,
                            });
                        }
                    }
                    ")" | "]" | "}" => self.brackets = self.brackets.saturating_sub(1),
                    _ => {}
                }
                self.push(Tok::Op(op), l, col);
                return Ok(());
            }
        }
        if c == b'!' {
            return Err(self.err("invalid syntax"));
        }
        Err(self.err("invalid character in source"))
    }

    fn lex_number(&mut self, l: u32, col: u32) -> Result<(), LexError> {
        let start = self.pos;
        let radix_prefix =
            self.peek(0) == b'0' && matches!(self.peek(1) | 0x20, b'x' | b'o' | b'b');
        // A '.' belongs to the number only once and before any exponent (`1.5.real` is `1.5`
        // then `.real`).
        let mut point_ok = !radix_prefix;
        loop {
            let c = self.peek(0);
            if self.pos >= self.src.len() {
                break;
            }
            if c == b'.' && !point_ok {
                break;
            }
            if c == b'.' || (!radix_prefix && (c | 0x20) == b'e') {
                point_ok = false;
            }
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' {
                self.pos += 1;
                if !radix_prefix && (c == b'e' || c == b'E') && matches!(self.peek(0), b'+' | b'-')
                {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
        let text = std::str::from_utf8(&self.src[start..self.pos]).unwrap_or("");
        let tok = parse_number(text).ok_or_else(|| LexError {
            kind: "SyntaxError",
            msg: "invalid syntax for number".into(),
            line: l,
            col,
        })?;
        self.push(tok, l, col);
        Ok(())
    }

    /// True if a string literal (with optional prefix) starts here.
    fn starts_string(&self) -> bool {
        let mut k = 0;
        while k < 2
            && matches!(self.peek(k) | 0x20, b'r' | b'b' | b'f' | b'u')
            && self.peek(k).is_ascii_alphabetic()
        {
            k += 1;
        }
        if !matches!(self.peek(k), b'\'' | b'"') {
            return false;
        }
        let prefix: Vec<u8> = (0..k).map(|i| self.peek(i) | 0x20).collect();
        matches!(
            prefix.as_slice(),
            [] | [b'r']
                | [b'b']
                | [b'f']
                | [b'u']
                | [b'r', b'b']
                | [b'b', b'r']
                | [b'r', b'f']
                | [b'f', b'r']
        )
    }

    /// Lex one or more adjacent string literals (implicit concatenation happens here, as in
    /// MicroPython's lexer).
    fn lex_strings(&mut self, l: u32, col: u32) -> Result<(), LexError> {
        let mut parts: Vec<StrPart> = Vec::new();
        let mut is_bytes: Option<bool> = None;
        loop {
            let mut raw = false;
            let mut bytes = false;
            let mut fstr = false;
            while !matches!(self.peek(0), b'\'' | b'"') {
                match self.peek(0) | 0x20 {
                    b'r' => raw = true,
                    b'b' => bytes = true,
                    b'f' => fstr = true,
                    _ => {}
                }
                self.pos += 1;
            }
            if let Some(b) = is_bytes {
                if b != bytes {
                    return Err(self.err("cannot mix bytes and nonbytes literals"));
                }
            }
            is_bytes = Some(bytes);
            let body = self.lex_string_body(raw, bytes)?;
            parts.push(StrPart {
                body,
                fstr,
                line: self.line,
            });
            // Look for another literal after whitespace (and, inside brackets, newlines/comments).
            let save = (self.pos, self.line, self.line_start);
            self.skip_space_between_strings();
            if self.starts_string() {
                continue;
            }
            (self.pos, self.line, self.line_start) = save;
            break;
        }
        if is_bytes == Some(true) {
            let mut v = Vec::new();
            for p in parts {
                v.extend(p.body);
            }
            self.push(Tok::Bytes(v), l, col);
            return Ok(());
        }
        let any_f = parts.iter().any(|p| p.fstr);
        let mut value = String::new();
        let mut args = Vec::new();
        for p in parts {
            let s = String::from_utf8(p.body).map_err(|_| self.err("invalid UTF-8 in string"))?;
            if !p.fstr {
                value.push_str(&s);
            } else {
                split_fstring(&s, &mut value, &mut args, p.line).map_err(|m| LexError {
                    kind: "SyntaxError",
                    msg: m,
                    line: p.line,
                    col,
                })?;
            }
        }
        self.push(
            Tok::Str {
                value,
                fstring_args: if any_f { Some(args) } else { None },
            },
            l,
            col,
        );
        Ok(())
    }

    fn skip_space_between_strings(&mut self) {
        loop {
            match self.peek(0) {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'\\' if matches!(self.peek(1), b'\n' | b'\r') => {
                    self.pos += 1;
                    if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
                        self.pos += 1;
                    }
                    self.newline_here();
                }
                b'\r' | b'\n' if self.brackets > 0 => {
                    if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
                        self.pos += 1;
                    }
                    self.newline_here();
                }
                b'#' if self.brackets > 0 => {
                    while self.pos < self.src.len() && !matches!(self.peek(0), b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                _ => return,
            }
        }
    }

    /// Lex the quoted part of a literal (cursor at the opening quote). Returns the decoded bytes
    /// (UTF-8 for str literals).
    fn lex_string_body(&mut self, raw: bool, bytes: bool) -> Result<Vec<u8>, LexError> {
        let q = self.peek(0);
        let triple = self.peek(1) == q && self.peek(2) == q;
        let (start_line, start_col) = (self.line, self.col());
        self.pos += if triple { 3 } else { 1 };
        let mut out = Vec::new();
        loop {
            if self.pos >= self.src.len() {
                return Err(LexError {
                    kind: "SyntaxError",
                    msg: "unterminated string".into(),
                    line: start_line,
                    col: start_col,
                });
            }
            let c = self.peek(0);
            if c == q && (!triple || (self.peek(1) == q && self.peek(2) == q)) {
                self.pos += if triple { 3 } else { 1 };
                return Ok(out);
            }
            if c == b'\n' || c == b'\r' {
                if !triple {
                    return Err(LexError {
                        kind: "SyntaxError",
                        msg: "unterminated string".into(),
                        line: start_line,
                        col: start_col,
                    });
                }
                if c == b'\r' && self.peek(1) == b'\n' {
                    self.pos += 1;
                }
                out.push(b'\n');
                self.newline_here();
                continue;
            }
            if c != b'\\' {
                out.push(c);
                self.pos += 1;
                continue;
            }
            // Backslash.
            let n = self.peek(1);
            if raw {
                out.push(b'\\');
                self.pos += 1;
                if n == q || n == b'\\' {
                    out.push(n);
                    self.pos += 1;
                } else if n == b'\n' {
                    out.push(b'\n');
                    self.newline_here();
                }
                continue;
            }
            self.pos += 2;
            match n {
                b'\n' => {
                    self.line += 1;
                    self.line_start = self.pos;
                }
                b'\r' => {
                    if self.peek(0) == b'\n' {
                        self.pos += 1;
                    }
                    self.line += 1;
                    self.line_start = self.pos;
                }
                b'\\' => out.push(b'\\'),
                b'\'' => out.push(b'\''),
                b'"' => out.push(b'"'),
                b'a' => out.push(7),
                b'b' => out.push(8),
                b'f' => out.push(12),
                b'n' => out.push(b'\n'),
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'v' => out.push(11),
                b'x' => {
                    let v = self
                        .hex_digits(2)
                        .ok_or_else(|| self.err("invalid \\x escape"))?;
                    push_code(&mut out, v, bytes);
                }
                b'u' | b'U' if !bytes => {
                    let v = self
                        .hex_digits(if n == b'u' { 4 } else { 8 })
                        .ok_or_else(|| self.err("invalid \\u escape"))?;
                    let ch = char::from_u32(v).ok_or_else(|| self.err("invalid \\u escape"))?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                b'N' if !bytes => return Err(self.err("unicode name escapes are not supported")),
                b'0'..=b'7' => {
                    let mut v = (n - b'0') as u32;
                    for _ in 0..2 {
                        match self.peek(0) {
                            d @ b'0'..=b'7' => {
                                v = v * 8 + (d - b'0') as u32;
                                self.pos += 1;
                            }
                            _ => break,
                        }
                    }
                    push_code(&mut out, v, bytes);
                }
                0 if self.pos > self.src.len() => {
                    self.pos = self.src.len();
                }
                _ => {
                    out.push(b'\\');
                    self.pos -= 1;
                }
            }
        }
    }

    fn hex_digits(&mut self, n: usize) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            let d = (self.peek(0) as char).to_digit(16)?;
            v = v * 16 + d;
            self.pos += 1;
        }
        Some(v)
    }
}

struct StrPart {
    body: Vec<u8>,
    fstr: bool,
    line: u32,
}

fn push_code(out: &mut Vec<u8>, v: u32, bytes: bool) {
    if bytes {
        out.push(v as u8);
    } else {
        let ch = char::from_u32(v).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
}

/// Rewrite one f-string part into format-string text plus the expressions' source text.
fn split_fstring(
    s: &str,
    fmt: &mut String,
    args: &mut Vec<(String, u32)>,
    line: u32,
) -> Result<(), String> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' && chars.get(i + 1) == Some(&'{') {
            fmt.push_str("{{");
            i += 2;
            continue;
        }
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                fmt.push_str("}}");
                i += 2;
                continue;
            }
            return Err("f-string: single '}' is not allowed".into());
        }
        if c != '{' {
            fmt.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let (expr, next) = fstring_expr(&chars, i)?;
        i = next;
        // `{expr=}`: the expression text (with the `=`) is copied, and repr is the default.
        let mut self_doc = false;
        let mut expr_text = expr;
        if chars.get(i) == Some(&'=') {
            self_doc = true;
            i += 1;
            expr_text.push('=');
            while chars.get(i) == Some(&' ') {
                expr_text.push(' ');
                i += 1;
            }
            for ch in expr_text.chars() {
                if ch == '{' || ch == '}' {
                    fmt.push(ch);
                }
                fmt.push(ch);
            }
            expr_text.truncate(expr_text.trim_end().len() - 1);
        }
        args.push((expr_text, line));
        fmt.push('{');
        let _ = self_doc;
        if chars.get(i) == Some(&'!') {
            fmt.push('!');
            i += 1;
            match chars.get(i) {
                Some(&conv @ ('r' | 's' | 'a')) => {
                    fmt.push(conv);
                    i += 1;
                }
                _ => return Err("f-string: invalid conversion character".into()),
            }
        }
        if chars.get(i) == Some(&':') {
            fmt.push(':');
            i += 1;
            // Format spec, possibly with nested {expr} fields.
            loop {
                match chars.get(i) {
                    None => return Err("f-string: expecting '}'".into()),
                    Some('}') => break,
                    Some('{') => {
                        let (e, n) = fstring_expr(&chars, i + 1)?;
                        if chars.get(n) != Some(&'}') {
                            return Err("f-string: expecting '}'".into());
                        }
                        args.push((e, line));
                        fmt.push_str("{}");
                        i = n + 1;
                    }
                    Some(&ch) => {
                        fmt.push(ch);
                        i += 1;
                    }
                }
            }
        }
        if chars.get(i) != Some(&'}') {
            return Err("f-string: expecting '}'".into());
        }
        fmt.push('}');
        i += 1;
    }
    Ok(())
}

/// Scan an f-string replacement-field expression starting at `i`; returns its text and the index of
/// the terminating `!`, `:` or `}`.
fn fstring_expr(chars: &[char], mut i: usize) -> Result<(String, usize), String> {
    let start = i;
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    while i < chars.len() {
        let c = chars[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth > 0 => depth -= 1,
            '}' | ':' if depth == 0 => break,
            '!' if depth == 0 && chars.get(i + 1) != Some(&'=') => break,
            '=' if depth == 0
                && !matches!(chars.get(i + 1), Some(&'='))
                && i > 0
                && !matches!(chars[i - 1], '=' | '!' | '<' | '>') =>
            {
                break
            }
            _ => {}
        }
        i += 1;
    }
    if i >= chars.len() {
        return Err("f-string: expecting '}'".into());
    }
    let e: String = chars[start..i].iter().collect();
    if e.trim().is_empty() {
        return Err("f-string: empty expression not allowed".into());
    }
    Ok((e, i))
}

/// Lex the expression text of an f-string field (a bracketed context: no layout tokens).
pub fn tokenize_fstring_expr(src: &str, line: u32) -> Result<Vec<Token>, LexError> {
    let mut toks = tokenize_at(src, line, false)?;
    for t in toks.iter_mut() {
        t.line = line;
    }
    Ok(toks)
}

/// Parse a numeric literal's text: ints in any radix (with `_`), floats, imaginary numbers.
pub fn parse_number(text: &str) -> Option<Tok> {
    if text.starts_with('_') || text.ends_with('_') || text.contains("__") {
        return None;
    }
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(digits) = lower.strip_prefix(prefix) {
            if digits.is_empty() {
                return None;
            }
            return BigInt::from_str_radix(digits, radix).ok().map(Tok::Int);
        }
    }
    if let Some(mant) = lower.strip_suffix('j') {
        return parse_float_text(mant).map(Tok::Imag);
    }
    if lower.bytes().all(|b| b.is_ascii_digit()) {
        if lower.len() > 1 && lower.starts_with('0') && lower.bytes().any(|b| b != b'0') {
            return None;
        }
        return BigInt::from_str_radix(&lower, 10).ok().map(Tok::Int);
    }
    parse_float_text(&lower).map(Tok::Float)
}

fn parse_float_text(s: &str) -> Option<f64> {
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'+' | b'-'))
    {
        return None;
    }
    if !s.bytes().next()?.is_ascii_digit() && !s.starts_with('.') {
        return None;
    }
    s.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        tokenize(src).unwrap().into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn indentation_and_newlines() {
        let t = kinds("if x:\n    y\nz\n");
        assert_eq!(t[0], Tok::Kw("if"));
        assert!(t.contains(&Tok::Indent) && t.contains(&Tok::Dedent));
        assert_eq!(*t.last().unwrap(), Tok::Eof);
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("0x_ff"), Some(Tok::Int(255.into()))); // Python allows _ after a base prefix
        assert_eq!(parse_number("0xff"), Some(Tok::Int(255.into())));
        assert_eq!(parse_number("1_000"), Some(Tok::Int(1000.into())));
        assert_eq!(parse_number("1e3"), Some(Tok::Float(1000.0)));
        assert_eq!(parse_number("2j"), Some(Tok::Imag(2.0)));
        assert_eq!(parse_number("010"), None);
        assert_eq!(parse_number("00"), Some(Tok::Int(0.into())));
    }

    #[test]
    fn fstrings() {
        let t = kinds("f'a{x}b{y!r:>{w}}'");
        match &t[0] {
            Tok::Str {
                value,
                fstring_args: Some(a),
            } => {
                assert_eq!(value, "a{}b{!r:>{}}");
                assert_eq!(a.len(), 3);
            }
            other => panic!("{other:?}"),
        }
    }
}
