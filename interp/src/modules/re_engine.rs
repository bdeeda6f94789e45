//! The regular-expression engine behind `re`: a parser to a small instruction set and a
//! backtracking VM with an explicit stack (no native recursion). Not the Python-facing API (re.rs).

use std::collections::HashMap;

pub const IGNORECASE: u32 = 2;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const VERBOSE: u32 = 64;

/// Maximum program size (counted repeats are expanded).
const MAX_PROG: usize = 200_000;

#[derive(Clone, Debug)]
enum ClassItem {
    Range(char, char),
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone, Debug)]
struct Class {
    negated: bool,
    items: Vec<ClassItem>,
}

#[derive(Clone, Debug)]
enum Node {
    Char(char),
    Any,
    Class(Class),
    LineStart,
    LineEnd,
    TextStart,
    TextEnd,
    WordBoundary(bool),
    Group(Box<Node>, Option<usize>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, usize, Option<usize>, bool),
    Backref(usize),
    Look(Box<Node>, bool),
}

#[derive(Clone, Debug)]
enum Inst {
    Char(char),
    Any,
    Class(Class),
    LineStart,
    LineEnd,
    TextStart,
    TextEnd,
    WordBoundary(bool),
    /// Try x first, then y.
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    /// After a loop iteration: if it consumed nothing (position equals the slot), leave the
    /// loop at the given pc instead of looping again (as sre does).
    Progress(usize, usize),
    Backref(usize),
    /// Run the sub-program at `start` (ending in Match) as a lookahead; `neg` inverts.
    Look(usize, bool),
    Match,
}

pub struct Regex {
    prog: Vec<Inst>,
    pub groups: usize,
    pub names: HashMap<String, usize>,
    n_slots: usize,
    pub flags: u32,
}

// ------------------------------------------------------------------------------------------------
// Parser

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    flags: u32,
    groups: usize,
    names: HashMap<String, usize>,
    depth: usize,
}

/// Deepest group nesting accepted (the parser and compiler recurse per level).
const MAX_DEPTH: usize = 1000;

type PResult<T> = Result<T, String>;

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => self.i += 1,
                Some('#') => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn alt(&mut self) -> PResult<Node> {
        let mut branches = vec![self.concat()?];
        while self.eat('|') {
            branches.push(self.concat()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Concat(vec![]))
        } else {
            Node::Alt(branches)
        })
    }

    fn concat(&mut self) -> PResult<Node> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose();
            match self.peek() {
                None | Some('|') | Some(')') => break,
                _ => {}
            }
            let atom = self.atom()?;
            let atom = self.quantifier(atom)?;
            items.push(atom);
        }
        Ok(Node::Concat(items))
    }

    fn number(&mut self) -> Option<usize> {
        let start = self.i;
        while matches!(self.peek(), Some('0'..='9')) {
            self.i += 1;
        }
        if self.i == start {
            return None;
        }
        self.p[start..self.i]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }

    fn quantifier(&mut self, atom: Node) -> PResult<Node> {
        let mut node = atom;
        loop {
            self.skip_verbose();
            let (min, max) = match self.peek() {
                Some('*') => (0, None),
                Some('+') => (1, None),
                Some('?') => (0, Some(1)),
                Some('{') => {
                    let save = self.i;
                    self.i += 1;
                    let lo = self.number();
                    let (lo, hi) = if self.eat(',') {
                        (lo.unwrap_or(0), self.number())
                    } else {
                        match lo {
                            Some(n) => (n, Some(n)),
                            None => {
                                self.i = save;
                                return Ok(node);
                            }
                        }
                    };
                    if !self.eat('}') {
                        self.i = save;
                        return Ok(node);
                    }
                    if let Some(h) = hi {
                        if h < lo {
                            return Err("min repeat greater than max repeat".into());
                        }
                    }
                    self.i -= 1;
                    (lo, hi)
                }
                _ => return Ok(node),
            };
            self.i += 1;
            if matches!(node, Node::Repeat(..)) && !matches!(node, Node::Group(..)) {
                if let Node::Repeat(..) = node {
                    // `a**` is an error in Python; `a*?` is handled below before we loop.
                    return Err("multiple repeat".into());
                }
            }
            if matches!(
                node,
                Node::LineStart
                    | Node::LineEnd
                    | Node::WordBoundary(_)
                    | Node::TextStart
                    | Node::TextEnd
            ) {
                return Err("nothing to repeat".into());
            }
            let greedy = !self.eat('?');
            node = Node::Repeat(Box::new(node), min, max, greedy);
        }
    }

    fn atom(&mut self) -> PResult<Node> {
        let c = match self.peek() {
            Some(c) => c,
            None => return Err("unexpected end of pattern".into()),
        };
        self.i += 1;
        Ok(match c {
            '.' => Node::Any,
            '^' => Node::LineStart,
            '$' => Node::LineEnd,
            '[' => Node::Class(self.class()?),
            '(' => self.group()?,
            '\\' => self.escape()?,
            '*' | '+' | '?' => return Err("nothing to repeat".into()),
            '{' => {
                // A literal brace unless it forms a valid quantifier (then nothing to repeat).
                Node::Char('{')
            }
            c => Node::Char(c),
        })
    }

    fn group(&mut self) -> PResult<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("too many nested groups".into());
        }
        let r = self.group_body();
        self.depth -= 1;
        r
    }

    fn group_body(&mut self) -> PResult<Node> {
        if self.eat('?') {
            if self.eat(':') {
                let inner = self.alt()?;
                return self.close(Node::Group(Box::new(inner), None));
            }
            if self.eat('=') || self.peek() == Some('!') {
                let neg = self.eat('!');
                let inner = self.alt()?;
                return self.close(Node::Look(Box::new(inner), neg));
            }
            if self.eat('P') {
                if self.eat('<') {
                    let name = self.name('>')?;
                    self.groups += 1;
                    let idx = self.groups;
                    if self.names.insert(name.clone(), idx).is_some() {
                        return Err(format!("redefinition of group name '{name}'"));
                    }
                    let inner = self.alt()?;
                    return self.close(Node::Group(Box::new(inner), Some(idx)));
                }
                if self.eat('=') {
                    let name = self.name(')')?;
                    return match self.names.get(&name) {
                        Some(&i) => Ok(Node::Backref(i)),
                        None => Err(format!("unknown group name '{name}'")),
                    };
                }
                return Err("unknown extension ?P".into());
            }
            if self.eat('#') {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        return Ok(Node::Concat(vec![]));
                    }
                }
                return Err("missing ), unterminated comment".into());
            }
            // Inline flags (?imsx).
            let mut any = false;
            while let Some(c) = self.peek() {
                let f = match c {
                    'i' => IGNORECASE,
                    'm' => MULTILINE,
                    's' => DOTALL,
                    'x' => VERBOSE,
                    'a' | 'u' | 'L' => 0,
                    _ => break,
                };
                self.flags |= f;
                self.i += 1;
                any = true;
            }
            if any && self.eat(')') {
                return Ok(Node::Concat(vec![]));
            }
            if any && self.eat(':') {
                let inner = self.alt()?;
                return self.close(Node::Group(Box::new(inner), None));
            }
            return Err(format!("unknown extension ?{}", self.peek().unwrap_or(' ')));
        }
        self.groups += 1;
        let idx = self.groups;
        let inner = self.alt()?;
        self.close(Node::Group(Box::new(inner), Some(idx)))
    }

    fn close(&mut self, n: Node) -> PResult<Node> {
        if self.eat(')') {
            Ok(n)
        } else {
            Err("missing ), unterminated subpattern".into())
        }
    }

    fn name(&mut self, end: char) -> PResult<String> {
        let mut s = String::new();
        loop {
            match self.peek() {
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    s.push(c);
                    self.i += 1;
                }
                None => return Err("missing group name terminator".into()),
            }
        }
        let ok = s
            .chars()
            .next()
            .map(|c| c.is_alphabetic() || c == '_')
            .unwrap_or(false)
            && s.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !ok {
            return Err(format!("bad character in group name '{s}'"));
        }
        Ok(s)
    }

    fn hex(&mut self, n: usize) -> PResult<char> {
        let s: String = self
            .p
            .get(self.i..self.i + n)
            .map(|c| c.iter().collect())
            .unwrap_or_default();
        if s.len() != n || !s.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err("incomplete escape".into());
        }
        self.i += n;
        u32::from_str_radix(&s, 16)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| "bad escape".to_string())
    }

    /// A simple escaped character (shared by classes and atoms), or None if `c` is not one.
    fn simple_escape(&mut self, c: char) -> PResult<Option<char>> {
        Ok(Some(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\u{c}',
            'v' => '\u{b}',
            'a' => '\u{7}',
            '0' => '\0',
            'x' => self.hex(2)?,
            'u' => self.hex(4)?,
            'U' => self.hex(8)?,
            c if !c.is_ascii_alphanumeric() => c,
            _ => return Ok(None),
        }))
    }

    fn escape(&mut self) -> PResult<Node> {
        let c = match self.peek() {
            Some(c) => c,
            None => return Err("bad escape (end of pattern)".into()),
        };
        self.i += 1;
        let cls = |item| {
            Node::Class(Class {
                negated: false,
                items: vec![item],
            })
        };
        Ok(match c {
            'd' => cls(ClassItem::Digit(true)),
            'D' => cls(ClassItem::Digit(false)),
            'w' => cls(ClassItem::Word(true)),
            'W' => cls(ClassItem::Word(false)),
            's' => cls(ClassItem::Space(true)),
            'S' => cls(ClassItem::Space(false)),
            'b' => Node::WordBoundary(true),
            'B' => Node::WordBoundary(false),
            'A' => Node::TextStart,
            'Z' => Node::TextEnd,
            '1'..='9' => {
                let mut n = c as usize - '0' as usize;
                if let Some(d @ '0'..='9') = self.peek() {
                    n = n * 10 + (d as usize - '0' as usize);
                    self.i += 1;
                }
                if n > self.groups {
                    return Err(format!("invalid group reference {n}"));
                }
                Node::Backref(n)
            }
            c => match self.simple_escape(c)? {
                Some(ch) => Node::Char(ch),
                None => return Err(format!("bad escape \\{c}")),
            },
        })
    }

    fn class(&mut self) -> PResult<Class> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let c = match self.peek() {
                Some(c) => c,
                None => return Err("unterminated character set".into()),
            };
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                let e = match self.peek() {
                    Some(e) => e,
                    None => return Err("unterminated character set".into()),
                };
                self.i += 1;
                match e {
                    'd' => {
                        items.push(ClassItem::Digit(true));
                        continue;
                    }
                    'D' => {
                        items.push(ClassItem::Digit(false));
                        continue;
                    }
                    'w' => {
                        items.push(ClassItem::Word(true));
                        continue;
                    }
                    'W' => {
                        items.push(ClassItem::Word(false));
                        continue;
                    }
                    's' => {
                        items.push(ClassItem::Space(true));
                        continue;
                    }
                    'S' => {
                        items.push(ClassItem::Space(false));
                        continue;
                    }
                    'b' => '\u{8}',
                    e => match self.simple_escape(e)? {
                        Some(ch) => ch,
                        None => return Err(format!("bad escape \\{e}")),
                    },
                }
            } else {
                c
            };
            if self.peek() == Some('-')
                && self.p.get(self.i + 1).map(|&c| c != ']').unwrap_or(false)
            {
                self.i += 1;
                let mut hi = self.p[self.i];
                self.i += 1;
                if hi == '\\' {
                    let e = self.peek().unwrap_or('\\');
                    self.i += 1;
                    hi = match self.simple_escape(e)? {
                        Some(ch) => ch,
                        None => return Err(format!("bad character range {lo}-\\{e}")),
                    };
                }
                if hi < lo {
                    return Err(format!("bad character range {lo}-{hi}"));
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Class { negated, items })
    }
}

// ------------------------------------------------------------------------------------------------
// Compiler

struct Compiler {
    prog: Vec<Inst>,
    n_slots: usize,
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> PResult<usize> {
        if self.prog.len() >= MAX_PROG {
            return Err("pattern too large".into());
        }
        self.prog.push(i);
        Ok(self.prog.len() - 1)
    }

    fn node(&mut self, n: &Node) -> PResult<()> {
        match n {
            Node::Char(c) => {
                self.emit(Inst::Char(*c))?;
            }
            Node::Any => {
                self.emit(Inst::Any)?;
            }
            Node::Class(c) => {
                self.emit(Inst::Class(c.clone()))?;
            }
            Node::LineStart => {
                self.emit(Inst::LineStart)?;
            }
            Node::LineEnd => {
                self.emit(Inst::LineEnd)?;
            }
            Node::TextStart => {
                self.emit(Inst::TextStart)?;
            }
            Node::TextEnd => {
                self.emit(Inst::TextEnd)?;
            }
            Node::WordBoundary(b) => {
                self.emit(Inst::WordBoundary(*b))?;
            }
            Node::Backref(i) => {
                self.emit(Inst::Backref(*i))?;
            }
            Node::Group(inner, idx) => match idx {
                Some(i) => {
                    self.emit(Inst::Save(2 * i))?;
                    self.node(inner)?;
                    self.emit(Inst::Save(2 * i + 1))?;
                }
                None => self.node(inner)?,
            },
            Node::Concat(items) => {
                for it in items {
                    self.node(it)?;
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (k, b) in branches.iter().enumerate() {
                    if k + 1 < branches.len() {
                        let split = self.emit(Inst::Split(0, 0))?;
                        self.node(b)?;
                        jumps.push(self.emit(Inst::Jmp(0))?);
                        let next = self.prog.len();
                        self.prog[split] = Inst::Split(split + 1, next);
                    } else {
                        self.node(b)?;
                    }
                }
                let end = self.prog.len();
                for j in jumps {
                    self.prog[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat(inner, min, max, greedy) => {
                for _ in 0..*min {
                    self.node(inner)?;
                }
                match max {
                    None => self.star(inner, *greedy)?,
                    Some(max) => {
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            splits.push(self.emit(Inst::Split(0, 0))?);
                            self.node(inner)?;
                        }
                        let end = self.prog.len();
                        for s in splits {
                            self.prog[s] = if *greedy {
                                Inst::Split(s + 1, end)
                            } else {
                                Inst::Split(end, s + 1)
                            };
                        }
                    }
                }
            }
            Node::Look(inner, neg) => {
                let look = self.emit(Inst::Look(0, *neg))?;
                let skip = self.emit(Inst::Jmp(0))?;
                let start = self.prog.len();
                self.node(inner)?;
                self.emit(Inst::Match)?;
                let end = self.prog.len();
                self.prog[look] = Inst::Look(start, *neg);
                self.prog[skip] = Inst::Jmp(end);
            }
        }
        Ok(())
    }

    fn star(&mut self, inner: &Node, greedy: bool) -> PResult<()> {
        let slot = self.n_slots;
        self.n_slots += 1;
        let split = self.emit(Inst::Split(0, 0))?;
        self.emit(Inst::Save(slot))?;
        self.node(inner)?;
        let progress = self.emit(Inst::Progress(slot, 0))?;
        self.emit(Inst::Jmp(split))?;
        let end = self.prog.len();
        self.prog[progress] = Inst::Progress(slot, end);
        self.prog[split] = if greedy {
            Inst::Split(split + 1, end)
        } else {
            Inst::Split(end, split + 1)
        };
        Ok(())
    }
}

impl Regex {
    pub fn new(pattern: &str, flags: u32) -> PResult<Regex> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser {
            p: &chars,
            i: 0,
            flags,
            groups: 0,
            names: HashMap::new(),
            depth: 0,
        };
        let ast = p.alt()?;
        if p.i < chars.len() {
            return Err("unbalanced parenthesis".into());
        }
        let groups = p.groups;
        let mut c = Compiler {
            prog: Vec::new(),
            n_slots: 2 * (groups + 1),
        };
        c.emit(Inst::Save(0))?;
        c.node(&ast)?;
        c.emit(Inst::Save(1))?;
        c.emit(Inst::Match)?;
        Ok(Regex {
            prog: c.prog,
            groups,
            names: p.names,
            n_slots: c.n_slots,
            flags: p.flags,
        })
    }

    /// Try to match at exactly `start`. Returns capture slots (char positions) on success.
    /// `forbid_empty`: an empty match is not acceptable; `end_limit`: the text end to use;
    /// `full`: the match must end at `end_limit`.
    pub fn match_at(
        &self,
        text: &[char],
        start: usize,
        end_limit: usize,
        forbid_empty: bool,
        full: bool,
        budget: &mut u64,
    ) -> Option<Vec<Option<usize>>> {
        let mut slots = vec![None; self.n_slots];
        let mut m = Matcher {
            re: self,
            text: &text[..end_limit],
            budget,
        };
        if m.run(0, start, &mut slots, forbid_empty, full) {
            slots.truncate(2 * (self.groups + 1));
            Some(slots)
        } else {
            None
        }
    }

    /// Search for a match starting at or after `pos`.
    pub fn search(
        &self,
        text: &[char],
        pos: usize,
        endpos: usize,
        forbid_empty_at_pos: bool,
        budget: &mut u64,
    ) -> Option<Vec<Option<usize>>> {
        let endpos = endpos.min(text.len());
        let mut start = pos;
        // Quick reject with a literal first character.
        let first = match self.prog.get(1) {
            Some(Inst::Char(c)) if self.flags & IGNORECASE == 0 => Some(*c),
            _ => None,
        };
        while start <= endpos {
            if let Some(c) = first {
                match text[start..endpos].iter().position(|&x| x == c) {
                    Some(off) => start += off,
                    None => return None,
                }
            }
            if let Some(s) = self.match_at(
                text,
                start,
                endpos,
                forbid_empty_at_pos && start == pos,
                false,
                budget,
            ) {
                return Some(s);
            }
            if *budget == 0 {
                return None;
            }
            start += 1;
        }
        None
    }
}

// ------------------------------------------------------------------------------------------------
// Matcher

enum Frame {
    Branch(usize, usize),
    Restore(usize, Option<usize>),
}

struct Matcher<'a, 'b> {
    re: &'a Regex,
    text: &'a [char],
    budget: &'b mut u64,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

impl Class {
    fn matches(&self, c: char, icase: bool) -> bool {
        let hit = |c: char| {
            self.items.iter().any(|it| match *it {
                ClassItem::Range(lo, hi) => lo <= c && c <= hi,
                ClassItem::Digit(p) => c.is_numeric() == p,
                ClassItem::Word(p) => is_word(c) == p,
                ClassItem::Space(p) => c.is_whitespace() == p,
            })
        };
        let mut r = hit(c);
        if !r && icase {
            r = hit(fold(c)) || c.to_uppercase().next().map(hit).unwrap_or(false);
        }
        r != self.negated
    }
}

impl Matcher<'_, '_> {
    fn run(
        &mut self,
        pc0: usize,
        pos0: usize,
        slots: &mut [Option<usize>],
        forbid_empty: bool,
        full: bool,
    ) -> bool {
        let mut stack: Vec<Frame> = Vec::new();
        let (mut pc, mut pos) = (pc0, pos0);
        let flags = self.re.flags;
        let icase = flags & IGNORECASE != 0;
        let text = self.text;
        let n = text.len();
        loop {
            if *self.budget == 0 {
                return false;
            }
            *self.budget -= 1;
            let ok = match &self.re.prog[pc] {
                Inst::Char(c) => {
                    let ok = pos < n && (text[pos] == *c || (icase && fold(text[pos]) == fold(*c)));
                    pos += 1;
                    ok
                }
                Inst::Any => {
                    let ok = pos < n && (flags & DOTALL != 0 || text[pos] != '\n');
                    pos += 1;
                    ok
                }
                Inst::Class(cl) => {
                    let ok = pos < n && cl.matches(text[pos], icase);
                    pos += 1;
                    ok
                }
                Inst::LineStart => pos == 0 || (flags & MULTILINE != 0 && text[pos - 1] == '\n'),
                Inst::LineEnd => {
                    pos == n || (text[pos] == '\n' && (flags & MULTILINE != 0 || pos + 1 == n))
                }
                Inst::TextStart => pos == 0,
                Inst::TextEnd => pos == n,
                Inst::WordBoundary(want) => {
                    let a = pos > 0 && is_word(text[pos - 1]);
                    let b = pos < n && is_word(text[pos]);
                    (a != b) == *want
                }
                Inst::Split(x, y) => {
                    stack.push(Frame::Branch(*y, pos));
                    pc = *x;
                    continue;
                }
                Inst::Jmp(x) => {
                    pc = *x;
                    continue;
                }
                Inst::Save(s) => {
                    stack.push(Frame::Restore(*s, slots[*s]));
                    slots[*s] = Some(pos);
                    true
                }
                Inst::Progress(s, exit) => {
                    if slots[*s] == Some(pos) {
                        pc = *exit;
                        continue;
                    }
                    true
                }
                Inst::Backref(g) => match (slots[2 * g], slots[2 * g + 1]) {
                    (Some(a), Some(b)) => {
                        let len = b - a;
                        let ok = pos + len <= n
                            && (0..len).all(|k| {
                                let (x, y) = (text[a + k], text[pos + k]);
                                x == y || (icase && fold(x) == fold(y))
                            });
                        pos += len;
                        ok
                    }
                    _ => false,
                },
                Inst::Look(start, neg) => {
                    let mut sub = slots.to_vec();
                    let mut inner = Matcher {
                        re: self.re,
                        text,
                        budget: &mut *self.budget,
                    };
                    let found = inner.run(*start, pos, &mut sub, false, false);
                    if found && !*neg {
                        for (i, v) in sub.into_iter().enumerate() {
                            if slots[i] != v {
                                stack.push(Frame::Restore(i, slots[i]));
                                slots[i] = v;
                            }
                        }
                    }
                    found != *neg
                }
                Inst::Match => {
                    let end = slots[1].unwrap_or(pos);
                    let start = slots[0].unwrap_or(pos0);
                    let bad = (forbid_empty && end == start) || (full && end != n);
                    if pc0 != 0 || !bad {
                        return true;
                    }
                    false
                }
            };
            if ok {
                pc += 1;
                continue;
            }
            // Backtrack.
            loop {
                match stack.pop() {
                    None => return false,
                    Some(Frame::Restore(s, v)) => slots[s] = v,
                    Some(Frame::Branch(x, p)) => {
                        pc = x;
                        pos = p;
                        break;
                    }
                }
            }
        }
    }
}
