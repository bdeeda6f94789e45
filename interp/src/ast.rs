//! The abstract syntax tree produced by the parser (after MicroPython-style constant folding).
//! Not the bytecode and not scope information: the compiler (compile/) derives those.

use crate::bytecode::{BinaryOp, UnaryOp};
use num_bigint::BigInt;

/// An expression with the source line of its first token.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Gt,
    Eq,
    Le,
    Ge,
    Ne,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(String, Expr),
    DStar(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum DictItem {
    Pair(Expr, Expr),
    Splat(Expr),
}

/// One `for ... in ... [if ...]*` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    NoneLit,
    True,
    False,
    Ellipsis,
    /// A string that is always a constant object (a substituted `const()` string).
    StrObj(String),
    /// A tuple of constants, folded by the parser into one constant object.
    ConstTuple(Vec<Expr>),
    /// A tuple display; the flag says whether it was written in parentheses.
    Tuple(Vec<Expr>, bool),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    Starred(Box<Expr>),
    Attribute(Box<Expr>, String),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Call(Box<Expr>, Vec<Arg>),
    /// A chain of same-precedence binary operators, evaluated left to right (kept flat so that long
    /// chains need no deep recursion).
    BinChain(Box<Expr>, Vec<(BinaryOp, Expr)>),
    UnaryOp(UnaryOp, Box<Expr>),
    /// `a or b or c` (is_or) / `a and b and c`.
    BoolOp(bool, Vec<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Lambda(Box<FuncDef>),
    /// A comprehension: element (and value for dict), and the for/if clauses.
    Comp(CompKind, Box<Expr>, Option<Box<Expr>>, Vec<CompFor>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
    NamedExpr(String, Box<Expr>),
}

impl Expr {
    pub fn new(kind: ExprKind, line: u32) -> Expr {
        Expr { kind, line }
    }
}

/// A function parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    pub line: u32,
}

/// def / async def / lambda.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDef {
    pub name: String,
    pub params: Vec<Param>,
    /// `*args` (Some(param)), or a bare `*` (Some with empty name) or none.
    pub star: Option<Param>,
    pub kwonly: Vec<Param>,
    pub dstar: Option<Param>,
    pub returns: Option<Expr>,
    pub decorators: Vec<Expr>,
    pub body: Vec<Stmt>,
    /// For lambdas: the body expression.
    pub lambda_body: Option<Expr>,
    pub is_async: bool,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub args: Vec<Arg>,
    pub decorators: Vec<Expr>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub ctx: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// targets = value (several targets for chained assignment).
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinaryOp, Expr),
    /// target: annotation [= value]
    AnnAssign(Expr, Expr, Option<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise(Option<Expr>, Option<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Del(Vec<Expr>),
    Assert(Expr, Option<Expr>),
    Import(Vec<Alias>),
    /// level, module (may be empty for `from . import x`), names (empty means `*`).
    ImportFrom(u32, String, Vec<Alias>),
    /// if cond: body, elif branches (cond, body), else body.
    If(Expr, Vec<Stmt>, Vec<(Expr, Vec<Stmt>)>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Expr, Expr, Vec<Stmt>, Vec<Stmt>, bool),
    Try(Vec<Stmt>, Vec<ExceptHandler>, Vec<Stmt>, Option<Vec<Stmt>>),
    With(Vec<WithItem>, Vec<Stmt>, bool),
    FunctionDef(Box<FuncDef>),
    ClassDef(Box<ClassDef>),
}
