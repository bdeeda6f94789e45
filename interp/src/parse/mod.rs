//! The parser: tokens to AST by recursive descent over MicroPython's grammar, with its parse-time
//! constant folding (fold.rs) and `const()` substitution. Not scope analysis nor code generation.

pub(crate) mod fold;

use crate::ast::*;
use crate::bytecode::{BinaryOp, UnaryOp};
use crate::lex::{self, Tok, Token};
use std::collections::HashMap;

/// A parse error (kind is "SyntaxError", "IndentationError" or "RuntimeError").
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

impl From<lex::LexError> for ParseError {
    fn from(e: lex::LexError) -> Self {
        ParseError {
            kind: e.kind,
            msg: e.msg,
            line: e.line,
            col: e.col,
        }
    }
}

/// Strings longer than 10 bytes that mpy-cross's own qstr pool already holds: such literals are
/// qstrs (LOAD_CONST_STRING) rather than str constants. Found by probing mpy-cross 1.29.
const MPY_CROSS_LONG_QSTRS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "GeneratorExit",
    "ImportError",
    "IndentationError",
    "Interpolation",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NotImplementedError",
    "OverflowError",
    "RuntimeError",
    "StopAsyncIteration",
    "SyntaxError",
    "UnicodeError",
    "ViperTypeError",
    "ZeroDivisionError",
    "__build_class__",
    "__complex__",
    "__contains__",
    "__delitem__",
    "__getattr__",
    "__getitem__",
    "__qualname__",
    "__repl_print__",
    "__reversed__",
    "__setitem__",
    "__template__",
    "__traceback__",
    "bound_method",
    "format_spec",
    "heap_unlock",
    "interpolations",
    "intersection",
    "intersection_update",
    "micropython",
    "staticmethod",
    "string.templatelib",
    "symmetric_difference",
    "symmetric_difference_update",
    "unpack_from",
    "vcvt_f32_s32",
    "vcvt_s32_f32",
];

/// Maximum nesting of expressions/blocks before the parser gives up (instead of overflowing).
pub const MAX_NESTING: usize = 100;

/// Maximum number of trailers (`.x`, `(...)`, `[...]`) on one atom.
pub const MAX_TRAILERS: usize = 1000;

type PResult<T> = Result<T, ParseError>;

/// Options that change what the parser produces.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    /// Value of `__debug__` (false when optimising).
    pub debug: bool,
}

/// Parse a whole module (file input).
pub fn parse_module(src: &str, opts: ParseOptions) -> PResult<Vec<Stmt>> {
    let toks = lex::tokenize(src)?;
    let mut p = Parser::new(toks, opts);
    let mut body = Vec::new();
    while !p.at(&Tok::Eof) {
        if p.eat(&Tok::Newline) {
            continue;
        }
        if p.at(&Tok::Indent) {
            return Err(p.indent_error("unexpected indent"));
        }
        p.statement(&mut body)?;
    }
    Ok(body)
}

/// Parse a single expression (eval input).
pub fn parse_eval(src: &str, opts: ParseOptions) -> PResult<Expr> {
    let toks = lex::tokenize(src)?;
    let mut p = Parser::new(toks, opts);
    while p.eat(&Tok::Newline) {}
    let e = p.testlist()?;
    while p.eat(&Tok::Newline) {}
    if !p.at(&Tok::Eof) {
        return Err(p.syntax_error());
    }
    Ok(e)
}

pub(crate) struct Parser {
    toks: Vec<Token>,
    pos: usize,
    depth: usize,
    consts: HashMap<String, Expr>,
    opts: ParseOptions,
    /// Identifiers consumed so far (MicroPython interns them, so equal long strings become qstrs).
    seen_names: std::collections::HashSet<String>,
}

fn is_op(t: &Tok, s: &str) -> bool {
    matches!(t, Tok::Op(o) if *o == s)
}
fn is_kw(t: &Tok, s: &str) -> bool {
    matches!(t, Tok::Kw(k) if *k == s)
}

impl Parser {
    fn new(toks: Vec<Token>, opts: ParseOptions) -> Parser {
        Parser {
            toks,
            pos: 0,
            depth: 0,
            consts: HashMap::new(),
            opts,
            seen_names: Default::default(),
        }
    }

    // ----- token helpers ---------------------------------------------------------------------

    fn cur(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }
    fn tok(&self) -> &Tok {
        &self.cur().tok
    }
    fn peek_tok(&self, k: usize) -> &Tok {
        &self.toks[(self.pos + k).min(self.toks.len() - 1)].tok
    }
    fn line(&self) -> u32 {
        self.cur().line
    }
    fn advance(&mut self) -> Token {
        let t = self.cur().clone();
        if let Tok::Name(n) = &t.tok {
            if !self.seen_names.contains(n) {
                self.seen_names.insert(n.clone());
            }
        }
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }
    fn at(&self, t: &Tok) -> bool {
        self.tok() == t
    }
    fn eat(&mut self, t: &Tok) -> bool {
        if self.at(t) {
            self.advance();
            true
        } else {
            false
        }
    }
    fn at_op(&self, s: &str) -> bool {
        is_op(self.tok(), s)
    }
    fn at_kw(&self, s: &str) -> bool {
        is_kw(self.tok(), s)
    }
    fn eat_op(&mut self, s: &str) -> bool {
        if self.at_op(s) {
            self.advance();
            true
        } else {
            false
        }
    }
    fn eat_kw(&mut self, s: &str) -> bool {
        if self.at_kw(s) {
            self.advance();
            true
        } else {
            false
        }
    }
    fn expect_op(&mut self, s: &str) -> PResult<()> {
        if self.eat_op(s) {
            Ok(())
        } else {
            Err(self.syntax_error())
        }
    }
    fn expect_kw(&mut self, s: &str) -> PResult<()> {
        if self.eat_kw(s) {
            Ok(())
        } else {
            Err(self.syntax_error())
        }
    }
    fn name(&mut self) -> PResult<String> {
        match self.tok().clone() {
            Tok::Name(n) => {
                self.advance();
                Ok(n)
            }
            _ => Err(self.syntax_error()),
        }
    }
    pub(crate) fn error_at(&self, msg: &str, line: u32) -> ParseError {
        ParseError {
            kind: "SyntaxError",
            msg: msg.into(),
            line,
            col: 1,
        }
    }
    fn syntax_error(&self) -> ParseError {
        let t = self.cur();
        if t.tok == Tok::Indent {
            return self.indent_error("unexpected indent");
        }
        ParseError {
            kind: "SyntaxError",
            msg: "invalid syntax".into(),
            line: t.line,
            col: t.col,
        }
    }
    fn indent_error(&self, msg: &str) -> ParseError {
        let t = self.cur();
        ParseError {
            kind: "IndentationError",
            msg: msg.into(),
            line: t.line,
            col: t.col,
        }
    }
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            let t = self.cur();
            return Err(ParseError {
                kind: "RuntimeError",
                msg: "maximum recursion depth exceeded".into(),
                line: t.line,
                col: t.col,
            });
        }
        Ok(())
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- statements ------------------------------------------------------------------------

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.enter()?;
        let r = self.statement_inner(out);
        self.leave();
        r
    }

    fn statement_inner(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let line = self.line();
        let t = self.tok().clone();
        match t {
            Tok::Kw("if") => out.push(self.if_stmt()?),
            Tok::Kw("while") => out.push(self.while_stmt()?),
            Tok::Kw("for") => out.push(self.for_stmt(false, line)?),
            Tok::Kw("try") => out.push(self.try_stmt()?),
            Tok::Kw("with") => out.push(self.with_stmt(false, line)?),
            Tok::Kw("def") => out.push(self.funcdef(Vec::new(), false, line)?),
            Tok::Kw("class") => out.push(self.classdef(Vec::new(), line)?),
            Tok::Op("@") => out.push(self.decorated()?),
            Tok::Kw("async") => {
                self.advance();
                match self.tok() {
                    Tok::Kw("def") => out.push(self.funcdef(Vec::new(), true, line)?),
                    Tok::Kw("for") => out.push(self.for_stmt(true, line)?),
                    Tok::Kw("with") => out.push(self.with_stmt(true, line)?),
                    _ => return Err(self.syntax_error()),
                }
            }
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            if let Some(s) = self.small_stmt()? {
                out.push(s);
            }
            if self.eat_op(";") {
                if self.at(&Tok::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if !self.eat(&Tok::Newline) {
            return Err(self.syntax_error());
        }
        Ok(())
    }

    fn block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_op(":")?;
        let mut body = Vec::new();
        if self.eat(&Tok::Newline) {
            if !self.eat(&Tok::Indent) {
                return Err(self.indent_error("expected an indented block"));
            }
            while !self.eat(&Tok::Dedent) {
                if self.at(&Tok::Eof) {
                    break;
                }
                if self.at(&Tok::Indent) {
                    return Err(self.indent_error("unexpected indent"));
                }
                self.statement(&mut body)?;
            }
        } else {
            self.simple_stmts(&mut body)?;
        }
        Ok(body)
    }

    fn small_stmt(&mut self) -> PResult<Option<Stmt>> {
        let line = self.line();
        let kind = match self.tok().clone() {
            Tok::Kw("pass") => {
                self.advance();
                StmtKind::Pass
            }
            Tok::Kw("break") => {
                self.advance();
                StmtKind::Break
            }
            Tok::Kw("continue") => {
                self.advance();
                StmtKind::Continue
            }
            Tok::Kw("return") => {
                self.advance();
                let v = if self.at_end_of_simple() {
                    None
                } else {
                    Some(self.testlist_star()?)
                };
                StmtKind::Return(v)
            }
            Tok::Kw("raise") => {
                self.advance();
                if self.at_end_of_simple() {
                    StmtKind::Raise(None, None)
                } else {
                    let e = self.test()?;
                    let cause = if self.eat_kw("from") {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    StmtKind::Raise(Some(e), cause)
                }
            }
            Tok::Kw("global") | Tok::Kw("nonlocal") => {
                let is_global = self.at_kw("global");
                self.advance();
                let mut names = vec![self.name()?];
                while self.eat_op(",") {
                    names.push(self.name()?);
                }
                if is_global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Tok::Kw("del") => {
                self.advance();
                let e = self.exprlist()?;
                let targets = match e.kind {
                    ExprKind::Tuple(items, false) => items,
                    _ => vec![e],
                };
                StmtKind::Del(targets)
            }
            Tok::Kw("assert") => {
                self.advance();
                let t = self.test()?;
                let m = if self.eat_op(",") {
                    Some(self.test()?)
                } else {
                    None
                };
                StmtKind::Assert(t, m)
            }
            Tok::Kw("import") => {
                self.advance();
                let mut names = Vec::new();
                loop {
                    let name = self.dotted_name()?;
                    let asname = if self.eat_kw("as") {
                        Some(self.name()?)
                    } else {
                        None
                    };
                    names.push(Alias { name, asname });
                    if !self.eat_op(",") {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            Tok::Kw("from") => self.import_from()?,
            _ => return self.expr_stmt(line),
        };
        Ok(Some(Stmt { kind, line }))
    }

    fn at_end_of_simple(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Eof) || self.at_op(";")
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut s = self.name()?;
        while self.eat_op(".") {
            s.push('.');
            s.push_str(&self.name()?);
        }
        Ok(s)
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if self.at_kw("import") && level > 0 {
            String::new()
        } else {
            self.dotted_name()?
        };
        self.expect_kw("import")?;
        if self.eat_op("*") {
            return Ok(StmtKind::ImportFrom(level, module, Vec::new()));
        }
        let paren = self.eat_op("(");
        let mut names = Vec::new();
        loop {
            let name = self.name()?;
            let asname = if self.eat_kw("as") {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias { name, asname });
            if !self.eat_op(",") {
                break;
            }
            if paren && self.at_op(")") {
                break;
            }
        }
        if paren {
            self.expect_op(")")?;
        }
        Ok(StmtKind::ImportFrom(level, module, names))
    }

    fn expr_stmt(&mut self, line: u32) -> PResult<Option<Stmt>> {
        let first = self.yield_or_testlist_star()?;
        if self.at_op(":") {
            self.advance();
            let ann = self.test()?;
            let value = if self.eat_op("=") {
                Some(self.yield_or_testlist_star()?)
            } else {
                None
            };
            return Ok(Some(Stmt {
                kind: StmtKind::AnnAssign(first, ann, value),
                line,
            }));
        }
        if let Tok::Op(op) = self.tok().clone() {
            if let Some(bop) = augassign_op(op) {
                self.advance();
                let value = self.yield_or_testlist()?;
                return Ok(Some(Stmt {
                    kind: StmtKind::AugAssign(first, bop, value),
                    line,
                }));
            }
        }
        if !self.at_op("=") {
            return Ok(Some(Stmt {
                kind: StmtKind::Expr(first),
                line,
            }));
        }
        let mut targets = vec![first];
        let mut value;
        loop {
            self.expect_op("=")?;
            value = self.yield_or_testlist_star()?;
            if self.at_op("=") {
                targets.push(value);
                continue;
            }
            break;
        }
        // X = const(...): record the constant; `_X = const(...)` is not stored at all.
        if targets.len() == 1 {
            if let (ExprKind::Name(n), ExprKind::Call(f, args)) = (&targets[0].kind, &value.kind) {
                if matches!(&f.kind, ExprKind::Name(c) if c == "const") && args.len() == 1 {
                    if let Arg::Pos(v) = &args[0] {
                        if !is_const_value(v) {
                            return Err(self.error_at("constant must be an integer", line));
                        }
                        let v = v.clone();
                        self.consts.insert(n.clone(), v.clone());
                        if n.starts_with('_') {
                            return Ok(None);
                        }
                        return Ok(Some(Stmt {
                            kind: StmtKind::Assign(targets, v),
                            line,
                        }));
                    }
                }
            }
        }
        Ok(Some(Stmt {
            kind: StmtKind::Assign(targets, value),
            line,
        }))
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let cond = self.namedexpr_test()?;
        let body = self.block()?;
        let mut elifs = Vec::new();
        let mut orelse = Vec::new();
        loop {
            if self.eat_kw("elif") {
                let c = self.namedexpr_test()?;
                let b = self.block()?;
                elifs.push((c, b));
            } else if self.eat_kw("else") {
                orelse = self.block()?;
                break;
            } else {
                break;
            }
        }
        Ok(Stmt {
            kind: StmtKind::If(cond, body, elifs, orelse),
            line,
        })
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let cond = self.namedexpr_test()?;
        let body = self.block()?;
        let orelse = if self.eat_kw("else") {
            self.block()?
        } else {
            Vec::new()
        };
        Ok(Stmt {
            kind: StmtKind::While(cond, body, orelse),
            line,
        })
    }

    fn for_stmt(&mut self, is_async: bool, line: u32) -> PResult<Stmt> {
        self.expect_kw("for")?;
        let target = self.exprlist()?;
        self.expect_kw("in")?;
        let iter = self.testlist()?;
        let body = self.block()?;
        let orelse = if self.eat_kw("else") {
            self.block()?
        } else {
            Vec::new()
        };
        Ok(Stmt {
            kind: StmtKind::For(target, iter, body, orelse, is_async),
            line,
        })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let body = self.block()?;
        let mut handlers = Vec::new();
        while self.at_kw("except") {
            let hline = self.line();
            self.advance();
            let mut typ = None;
            let mut name = None;
            if !self.at_op(":") {
                typ = Some(self.test()?);
                if self.eat_kw("as") {
                    name = Some(self.name()?);
                }
            }
            let hbody = self.block()?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                line: hline,
            });
        }
        let mut orelse = Vec::new();
        if !handlers.is_empty() && self.eat_kw("else") {
            orelse = self.block()?;
        }
        let finally = if self.eat_kw("finally") {
            Some(self.block()?)
        } else {
            None
        };
        if handlers.is_empty() && finally.is_none() {
            return Err(self.syntax_error());
        }
        Ok(Stmt {
            kind: StmtKind::Try(body, handlers, orelse, finally),
            line,
        })
    }

    fn with_stmt(&mut self, is_async: bool, line: u32) -> PResult<Stmt> {
        self.expect_kw("with")?;
        let mut items = Vec::new();
        loop {
            let ctx = self.test()?;
            let target = if self.eat_kw("as") {
                Some(self.expr()?)
            } else {
                None
            };
            items.push(WithItem { ctx, target });
            if !self.eat_op(",") {
                break;
            }
        }
        let body = self.block()?;
        Ok(Stmt {
            kind: StmtKind::With(items, body, is_async),
            line,
        })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.namedexpr_test()?);
            if !self.eat(&Tok::Newline) {
                return Err(self.syntax_error());
            }
        }
        match self.tok() {
            Tok::Kw("def") => self.funcdef(decorators, false, line),
            Tok::Kw("class") => self.classdef(decorators, line),
            Tok::Kw("async") => {
                self.advance();
                self.funcdef(decorators, true, line)
            }
            _ => Err(self.syntax_error()),
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool, line: u32) -> PResult<Stmt> {
        let def_line = self.line();
        self.expect_kw("def")?;
        let name = self.name()?;
        self.expect_op("(")?;
        let mut f = FuncDef {
            name,
            params: Vec::new(),
            star: None,
            kwonly: Vec::new(),
            dstar: None,
            returns: None,
            decorators,
            body: Vec::new(),
            lambda_body: None,
            is_async,
            line: def_line,
        };
        self.params(&mut f, true, ")")?;
        self.expect_op(")")?;
        if self.eat_op("->") {
            f.returns = Some(self.test()?);
        }
        f.body = self.block()?;
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Box::new(f)),
            line,
        })
    }

    /// Parse a parameter list up to (not including) `end`.
    fn params(&mut self, f: &mut FuncDef, annotations: bool, end: &str) -> PResult<()> {
        let mut seen_default = false;
        while !self.at_op(end) {
            let pline = self.line();
            if self.eat_op("**") {
                let name = self.name()?;
                let annotation = if annotations && self.eat_op(":") {
                    Some(self.test()?)
                } else {
                    None
                };
                f.dstar = Some(Param {
                    name,
                    annotation,
                    default: None,
                    line: pline,
                });
                self.eat_op(",");
                if !self.at_op(end) {
                    return Err(self.syntax_error());
                }
                break;
            }
            if self.eat_op("*") {
                if f.star.is_some() {
                    return Err(self.syntax_error());
                }
                if self.at_op(",") || self.at_op(end) {
                    f.star = Some(Param {
                        name: String::new(),
                        annotation: None,
                        default: None,
                        line: pline,
                    });
                } else {
                    let name = self.name()?;
                    let annotation = if annotations && self.eat_op(":") {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    f.star = Some(Param {
                        name,
                        annotation,
                        default: None,
                        line: pline,
                    });
                }
            } else {
                let name = self.name()?;
                let annotation = if annotations && self.eat_op(":") {
                    Some(self.test()?)
                } else {
                    None
                };
                let default = if self.eat_op("=") {
                    Some(self.test()?)
                } else {
                    None
                };
                let p = Param {
                    name,
                    annotation,
                    default,
                    line: pline,
                };
                if f.star.is_some() {
                    f.kwonly.push(p);
                } else {
                    if p.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(
                            self.error_at("non-default argument follows default argument", pline)
                        );
                    }
                    f.params.push(p);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if let Some(s) = &f.star {
            if s.name.is_empty() && f.kwonly.is_empty() {
                return Err(self.error_at("named arguments must follow bare *", s.line));
            }
        }
        let mut seen = std::collections::HashSet::new();
        let all = f
            .params
            .iter()
            .chain(f.star.iter())
            .chain(f.kwonly.iter())
            .chain(f.dstar.iter());
        for p in all {
            if !p.name.is_empty() && !seen.insert(p.name.clone()) {
                return Err(self.error_at("argument name reused", p.line));
            }
        }
        Ok(())
    }

    fn classdef(&mut self, decorators: Vec<Expr>, line: u32) -> PResult<Stmt> {
        let cline = self.line();
        self.expect_kw("class")?;
        let name = self.name()?;
        let mut args = Vec::new();
        if self.eat_op("(") {
            args = self.arglist()?;
            self.expect_op(")")?;
        }
        let body = self.block()?;
        Ok(Stmt {
            kind: StmtKind::ClassDef(Box::new(ClassDef {
                name,
                args,
                decorators,
                body,
                line: cline,
            })),
            line,
        })
    }

    // ----- expressions -----------------------------------------------------------------------

    fn yield_or_testlist_star(&mut self) -> PResult<Expr> {
        if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.testlist_star()
        }
    }
    fn yield_or_testlist(&mut self) -> PResult<Expr> {
        if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.testlist()
        }
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.expect_kw("yield")?;
        if self.eat_kw("from") {
            let e = self.test()?;
            return Ok(Expr::new(ExprKind::YieldFrom(Box::new(e)), line));
        }
        if self.at_end_of_simple()
            || self.at_op(")")
            || self.at_op("]")
            || self.at_op("}")
            || self.at_op("=")
        {
            return Ok(Expr::new(ExprKind::Yield(None), line));
        }
        let e = self.testlist_star()?;
        Ok(Expr::new(ExprKind::Yield(Some(Box::new(e))), line))
    }

    /// A comma-separated list of test / star_expr; a tuple if there is a comma.
    fn testlist_star(&mut self) -> PResult<Expr> {
        self.comma_list(true, false)
    }
    fn testlist(&mut self) -> PResult<Expr> {
        self.comma_list(false, false)
    }
    /// Targets of for/del: expr or star_expr items.
    fn exprlist(&mut self) -> PResult<Expr> {
        self.comma_list(true, true)
    }

    fn comma_list(&mut self, allow_star: bool, exprs_only: bool) -> PResult<Expr> {
        let line = self.line();
        let first = self.list_item(allow_star, exprs_only)?;
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred(_)) && !exprs_only {
                return Err(self.error_at("*x must be assignment target", line));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_list_end() {
                break;
            }
            items.push(self.list_item(allow_star, exprs_only)?);
        }
        Ok(fold::maybe_const_tuple(Expr::new(
            ExprKind::Tuple(items, false),
            line,
        )))
    }

    fn at_list_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Eof)
            || ["=", ")", "]", "}", ";", ":"].iter().any(|s| self.at_op(s))
            || self.at_kw("in")
            || matches!(self.tok(), Tok::Op(op) if augassign_op(op).is_some())
    }

    fn list_item(&mut self, allow_star: bool, exprs_only: bool) -> PResult<Expr> {
        if allow_star && self.at_op("*") {
            let line = self.line();
            self.advance();
            let e = self.expr()?;
            return Ok(Expr::new(ExprKind::Starred(Box::new(e)), line));
        }
        if exprs_only {
            self.expr()
        } else {
            self.test()
        }
    }

    fn namedexpr_test(&mut self) -> PResult<Expr> {
        let line = self.line();
        let e = self.test()?;
        if self.at_op(":=") {
            self.advance();
            let name = match e.kind {
                ExprKind::Name(n) => n,
                _ => return Err(self.error_at("can't assign to expression", line)),
            };
            let v = self.test()?;
            return Ok(Expr::new(ExprKind::NamedExpr(name, Box::new(v)), line));
        }
        Ok(e)
    }

    pub(crate) fn test(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.test_inner();
        self.leave();
        r
    }

    fn test_inner(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambda(true);
        }
        let line = self.line();
        let e = self.or_test()?;
        if self.eat_kw("if") {
            let cond = self.or_test()?;
            self.expect_kw("else")?;
            let other = self.test()?;
            return Ok(Expr::new(
                ExprKind::IfExp(Box::new(cond), Box::new(e), Box::new(other)),
                line,
            ));
        }
        Ok(e)
    }

    fn test_nocond(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambda(false);
        }
        self.or_test()
    }

    fn lambda(&mut self, allow_cond: bool) -> PResult<Expr> {
        let line = self.line();
        self.expect_kw("lambda")?;
        let mut f = FuncDef {
            name: "<lambda>".into(),
            params: Vec::new(),
            star: None,
            kwonly: Vec::new(),
            dstar: None,
            returns: None,
            decorators: Vec::new(),
            body: Vec::new(),
            lambda_body: None,
            is_async: false,
            line,
        };
        self.params(&mut f, false, ":")?;
        self.expect_op(":")?;
        let body = if allow_cond {
            self.test()?
        } else {
            self.test_nocond()?
        };
        f.lambda_body = Some(body);
        Ok(Expr::new(ExprKind::Lambda(Box::new(f)), line))
    }

    fn or_test(&mut self) -> PResult<Expr> {
        self.bool_chain(true)
    }

    fn bool_chain(&mut self, is_or: bool) -> PResult<Expr> {
        let line = self.line();
        let first = if is_or {
            self.bool_chain(false)?
        } else {
            self.not_test()?
        };
        let kw = if is_or { "or" } else { "and" };
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_kw(kw) {
            items.push(if is_or {
                self.bool_chain(false)?
            } else {
                self.not_test()?
            });
        }
        Ok(fold::fold_bool_chain(is_or, items, line))
    }

    fn not_test(&mut self) -> PResult<Expr> {
        if self.at_kw("not") {
            let line = self.line();
            self.advance();
            self.enter()?;
            let e = self.not_test();
            self.leave();
            return Ok(fold::fold_not(e?, line));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let line = self.line();
        let first = self.expr()?;
        let mut rest = Vec::new();
        loop {
            let op = match self.tok() {
                Tok::Op("<") => CmpOp::Lt,
                Tok::Op(">") => CmpOp::Gt,
                Tok::Op("==") => CmpOp::Eq,
                Tok::Op("<=") => CmpOp::Le,
                Tok::Op(">=") => CmpOp::Ge,
                Tok::Op("!=") => CmpOp::Ne,
                Tok::Kw("in") => CmpOp::In,
                Tok::Kw("not") if is_kw(self.peek_tok(1), "in") => {
                    self.advance();
                    CmpOp::NotIn
                }
                Tok::Kw("is") => {
                    if is_kw(self.peek_tok(1), "not") {
                        self.advance();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                _ => break,
            };
            self.advance();
            rest.push((op, self.expr()?));
        }
        if rest.is_empty() {
            return Ok(first);
        }
        Ok(Expr::new(ExprKind::Compare(Box::new(first), rest), line))
    }

    pub(crate) fn expr(&mut self) -> PResult<Expr> {
        self.binary_level(0)
    }

    /// Binary operator levels: | ^ & shift arith term. Each level is one MicroPython rule whose
    /// chain is folded as a whole or not at all.
    fn binary_level(&mut self, level: usize) -> PResult<Expr> {
        const LEVELS: [&[&str]; 6] = [
            &["|"],
            &["^"],
            &["&"],
            &["<<", ">>"],
            &["+", "-"],
            &["*", "/", "//", "%", "@"],
        ];
        if level == LEVELS.len() {
            return self.factor();
        }
        let line = self.line();
        let first = self.binary_level(level + 1)?;
        let mut rest = Vec::new();
        loop {
            let op = match self.tok() {
                Tok::Op(o) if LEVELS[level].contains(o) => *o,
                _ => break,
            };
            self.advance();
            rest.push((binary_op_for(op), self.binary_level(level + 1)?));
        }
        if rest.is_empty() {
            return Ok(first);
        }
        Ok(fold::fold_chain(first, rest, line))
    }

    fn factor(&mut self) -> PResult<Expr> {
        let line = self.line();
        let op = match self.tok() {
            Tok::Op("+") => UnaryOp::Positive,
            Tok::Op("-") => UnaryOp::Negative,
            Tok::Op("~") => UnaryOp::Invert,
            _ => return self.power(),
        };
        self.advance();
        self.enter()?;
        let e = self.factor();
        self.leave();
        Ok(fold::fold_unary(op, e?, line))
    }

    fn power(&mut self) -> PResult<Expr> {
        let line = self.line();
        let base = if self.at_kw("await") {
            self.advance();
            let e = self.atom_expr()?;
            Expr::new(ExprKind::Await(Box::new(e)), line)
        } else {
            self.atom_expr()?
        };
        if self.eat_op("**") {
            self.enter()?;
            let exp = self.factor();
            self.leave();
            return Ok(fold::fold_chain(base, vec![(BinaryOp::Power, exp?)], line));
        }
        Ok(base)
    }

    fn atom_expr(&mut self) -> PResult<Expr> {
        let mut e = self.atom()?;
        let mut n_trailers = 0usize;
        loop {
            let line = self.line();
            n_trailers += 1;
            if n_trailers > MAX_TRAILERS {
                return Err(ParseError {
                    kind: "RuntimeError",
                    msg: "maximum recursion depth exceeded".into(),
                    line,
                    col: self.cur().col,
                });
            }
            if self.at_op("(") {
                self.advance();
                let args = self.arglist()?;
                self.expect_op(")")?;
                e = Expr::new(ExprKind::Call(Box::new(e), args), line);
            } else if self.at_op("[") {
                self.advance();
                let idx = self.subscriptlist()?;
                self.expect_op("]")?;
                e = Expr::new(ExprKind::Subscript(Box::new(e), Box::new(idx)), line);
            } else if self.at_op(".") {
                self.advance();
                let n = self.name()?;
                if let Some(c) = fold::module_constant(
                    &e,
                    &n,
                    self.at_op("(") || self.at_op("[") || self.at_op("."),
                ) {
                    e = c;
                    continue;
                }
                e = Expr::new(ExprKind::Attribute(Box::new(e), n), line);
            } else {
                break;
            }
        }
        Ok(e)
    }

    fn subscriptlist(&mut self) -> PResult<Expr> {
        let line = self.line();
        let first = self.subscript()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            items.push(self.subscript()?);
        }
        Ok(fold::maybe_const_tuple(Expr::new(
            ExprKind::Tuple(items, false),
            line,
        )))
    }

    fn subscript(&mut self) -> PResult<Expr> {
        let line = self.line();
        let lower = if self.at_op(":") {
            None
        } else {
            Some(self.test()?)
        };
        if !self.at_op(":") {
            return lower.ok_or_else(|| self.syntax_error());
        }
        self.advance();
        let ends = |p: &Parser| p.at_op("]") || p.at_op(",") || p.at_op(":");
        let upper = if ends(self) {
            None
        } else {
            Some(Box::new(self.test()?))
        };
        let mut step = None;
        if self.eat_op(":") && !(self.at_op("]") || self.at_op(",")) {
            step = Some(Box::new(self.test()?));
        }
        Ok(Expr::new(
            ExprKind::Slice(lower.map(Box::new), upper, step),
            line,
        ))
    }

    fn arglist(&mut self) -> PResult<Vec<Arg>> {
        let mut args = Vec::new();
        while !self.at_op(")") {
            let line = self.line();
            if self.eat_op("*") {
                args.push(Arg::Star(self.test()?));
            } else if self.eat_op("**") {
                args.push(Arg::DStar(self.test()?));
            } else {
                let e = self.namedexpr_test()?;
                if self.at_op("=") {
                    self.advance();
                    let name = match e.kind {
                        ExprKind::Name(n) => n,
                        _ => return Err(self.error_at("LHS of keyword arg must be an id", line)),
                    };
                    args.push(Arg::Kw(name, self.test()?));
                } else if self.at_kw("for") || self.at_kw("async") {
                    let comp = self.comp_for(e, None, CompKind::Gen, line)?;
                    args.push(Arg::Pos(comp));
                } else {
                    args.push(Arg::Pos(e));
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(args)
    }

    fn comp_for(
        &mut self,
        elt: Expr,
        value: Option<Expr>,
        kind: CompKind,
        line: u32,
    ) -> PResult<Expr> {
        let mut gens = Vec::new();
        while self.at_kw("for") || self.at_kw("async") {
            let is_async = self.eat_kw("async");
            self.expect_kw("for")?;
            let target = self.exprlist()?;
            self.expect_kw("in")?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.test_nocond()?);
            }
            gens.push(CompFor {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(Expr::new(
            ExprKind::Comp(kind, Box::new(elt), value.map(Box::new), gens),
            line,
        ))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.advance();
        let line = t.line;
        let kind = match t.tok {
            Tok::Name(n) => {
                if let Some(c) = self.consts.get(&n) {
                    let mut c = c.clone();
                    c.line = line;
                    return Ok(fold::as_const_object(c));
                }
                if n == "__debug__" {
                    return Ok(Expr::new(
                        if self.opts.debug {
                            ExprKind::True
                        } else {
                            ExprKind::False
                        },
                        line,
                    ));
                }
                ExprKind::Name(n)
            }
            Tok::Int(v) => ExprKind::Int(v),
            Tok::Float(v) => ExprKind::Float(v),
            Tok::Imag(v) => ExprKind::Imag(v),
            Tok::Str {
                value,
                fstring_args,
            } => {
                let s = Expr::new(self.string_node(value), line);
                return match fstring_args {
                    None => Ok(s),
                    Some(args) => self.fstring_call(s, args, line),
                };
            }
            Tok::Bytes(b) => ExprKind::Bytes(b),
            Tok::Kw("None") => ExprKind::NoneLit,
            Tok::Kw("True") => ExprKind::True,
            Tok::Kw("False") => ExprKind::False,
            Tok::Op("...") => ExprKind::Ellipsis,
            Tok::Op("(") => return self.paren_atom(line),
            Tok::Op("[") => return self.list_atom(line),
            Tok::Op("{") => return self.brace_atom(line),
            _ => {
                self.pos -= 1;
                return Err(self.syntax_error());
            }
        };
        Ok(Expr::new(kind, line))
    }

    /// `f"..."` becomes `"...".format(args)`, with the args parsed from their source text.
    fn fstring_call(&mut self, s: Expr, args: Vec<(String, u32)>, line: u32) -> PResult<Expr> {
        let mut call_args = Vec::new();
        for (text, l) in args {
            let toks = lex::tokenize_fstring_expr(&text, l)?;
            let mut sub = Parser {
                toks,
                pos: 0,
                depth: self.depth,
                consts: self.consts.clone(),
                opts: self.opts,
                seen_names: std::mem::take(&mut self.seen_names),
            };
            let e = sub.testlist()?;
            if !sub.at(&Tok::Eof) {
                return Err(sub.syntax_error());
            }
            self.seen_names = std::mem::take(&mut sub.seen_names);
            call_args.push(Arg::Pos(e));
        }
        let meth = Expr::new(ExprKind::Attribute(Box::new(s), "format".into()), line);
        Ok(Expr::new(ExprKind::Call(Box::new(meth), call_args), line))
    }

    /// A string literal is a qstr if short or already interned, else a str constant object.
    fn string_node(&self, value: String) -> ExprKind {
        if value.len() <= 10
            || crate::qstr::static_index(&value).is_some()
            || MPY_CROSS_LONG_QSTRS.contains(&value.as_str())
            || self.seen_names.contains(&value)
        {
            ExprKind::Str(value)
        } else {
            ExprKind::StrObj(value)
        }
    }

    fn paren_atom(&mut self, line: u32) -> PResult<Expr> {
        if self.eat_op(")") {
            return Ok(fold::maybe_const_tuple(Expr::new(
                ExprKind::Tuple(Vec::new(), true),
                line,
            )));
        }
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            self.expect_op(")")?;
            return Ok(e);
        }
        let first = self.star_or_namedexpr()?;
        if self.at_kw("for") || self.at_kw("async") {
            let e = self.comp_for(first, None, CompKind::Gen, line)?;
            self.expect_op(")")?;
            return Ok(e);
        }
        if self.eat_op(")") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.syntax_error());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(")") {
                break;
            }
            items.push(self.star_or_namedexpr()?);
        }
        self.expect_op(")")?;
        Ok(fold::maybe_const_tuple(Expr::new(
            ExprKind::Tuple(items, true),
            line,
        )))
    }

    fn star_or_namedexpr(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let line = self.line();
            self.advance();
            let e = self.expr()?;
            return Ok(Expr::new(ExprKind::Starred(Box::new(e)), line));
        }
        self.namedexpr_test()
    }

    fn list_atom(&mut self, line: u32) -> PResult<Expr> {
        if self.eat_op("]") {
            return Ok(Expr::new(ExprKind::List(Vec::new()), line));
        }
        let first = self.star_or_namedexpr()?;
        if self.at_kw("for") || self.at_kw("async") {
            let e = self.comp_for(first, None, CompKind::List, line)?;
            self.expect_op("]")?;
            return Ok(e);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            items.push(self.star_or_namedexpr()?);
        }
        self.expect_op("]")?;
        Ok(Expr::new(ExprKind::List(items), line))
    }

    fn brace_atom(&mut self, line: u32) -> PResult<Expr> {
        if self.eat_op("}") {
            return Ok(Expr::new(ExprKind::Dict(Vec::new()), line));
        }
        if self.eat_op("**") {
            let e = self.expr()?;
            return self.dict_rest(DictItem::Splat(e), line);
        }
        let first = self.star_or_namedexpr()?;
        if self.eat_op(":") {
            let v = self.test()?;
            if self.at_kw("for") || self.at_kw("async") {
                let e = self.comp_for(first, Some(v), CompKind::Dict, line)?;
                self.expect_op("}")?;
                return Ok(e);
            }
            return self.dict_rest(DictItem::Pair(first, v), line);
        }
        if self.at_kw("for") || self.at_kw("async") {
            let e = self.comp_for(first, None, CompKind::Set, line)?;
            self.expect_op("}")?;
            return Ok(e);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            items.push(self.star_or_namedexpr()?);
        }
        self.expect_op("}")?;
        Ok(Expr::new(ExprKind::Set(items), line))
    }

    fn dict_rest(&mut self, first: DictItem, line: u32) -> PResult<Expr> {
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            if self.eat_op("**") {
                items.push(DictItem::Splat(self.expr()?));
                continue;
            }
            let k = self.test()?;
            self.expect_op(":")?;
            let v = self.test()?;
            items.push(DictItem::Pair(k, v));
        }
        self.expect_op("}")?;
        Ok(Expr::new(ExprKind::Dict(items), line))
    }
}

fn is_const_value(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Imag(_)
    ) || fold::is_const_tuple(e)
}

fn augassign_op(op: &str) -> Option<BinaryOp> {
    Some(match op {
        "|=" => BinaryOp::InplaceOr,
        "^=" => BinaryOp::InplaceXor,
        "&=" => BinaryOp::InplaceAnd,
        "<<=" => BinaryOp::InplaceLshift,
        ">>=" => BinaryOp::InplaceRshift,
        "+=" => BinaryOp::InplaceAdd,
        "-=" => BinaryOp::InplaceSubtract,
        "*=" => BinaryOp::InplaceMultiply,
        "@=" => BinaryOp::InplaceMatMultiply,
        "//=" => BinaryOp::InplaceFloorDivide,
        "/=" => BinaryOp::InplaceTrueDivide,
        "%=" => BinaryOp::InplaceModulo,
        "**=" => BinaryOp::InplacePower,
        _ => return None,
    })
}

fn binary_op_for(op: &str) -> BinaryOp {
    match op {
        "|" => BinaryOp::Or,
        "^" => BinaryOp::Xor,
        "&" => BinaryOp::And,
        "<<" => BinaryOp::Lshift,
        ">>" => BinaryOp::Rshift,
        "+" => BinaryOp::Add,
        "-" => BinaryOp::Subtract,
        "*" => BinaryOp::Multiply,
        "@" => BinaryOp::MatMultiply,
        "//" => BinaryOp::FloorDivide,
        "/" => BinaryOp::TrueDivide,
        "%" => BinaryOp::Modulo,
        _ => BinaryOp::Power,
    }
}
