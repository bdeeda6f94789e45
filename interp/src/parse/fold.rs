//! Parse-time constant folding, as MicroPython's parser does it: int/float arithmetic chains folded
//! whole or not at all, unary ops, `and`/`or`/`not` on constants, tuples of constants.
//! Not compile-time conditional elimination (the compiler does that).

use crate::ast::{Expr, ExprKind};
use crate::bytecode::{BinaryOp, UnaryOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Results wider than this many bits are left unfolded (computed at run time instead).
const MAX_FOLD_BITS: u64 = 65536;

/// Folded constants carry no source line (MicroPython makes their nodes with line 0).
const FOLDED_LINE: u32 = 0;

#[derive(Clone, Debug)]
enum Num {
    Int(BigInt),
    Float(f64),
}

fn as_num(e: &Expr) -> Option<Num> {
    match &e.kind {
        ExprKind::Int(v) => Some(Num::Int(v.clone())),
        ExprKind::Float(f) | ExprKind::ModuleFloat(_, f) => Some(Num::Float(*f)),
        _ => None,
    }
}

fn num_expr(n: Num, line: u32) -> Expr {
    match n {
        Num::Int(v) => Expr::new(ExprKind::Int(v), line),
        Num::Float(f) => Expr::new(ExprKind::Float(f), line),
    }
}

fn to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Int(v) => v.to_f64().filter(|f| f.is_finite()),
        Num::Float(f) => Some(*f),
    }
}

fn finite(f: f64) -> Option<Num> {
    Some(Num::Float(f))
}

/// A float power, folded only when the result is finite: `2.0 ** 10000` raises OverflowError at
/// run time, so it must not become `inf` at compile time.
fn float_pow(x: f64, y: f64) -> Option<Num> {
    let r = x.powf(y);
    r.is_finite().then_some(Num::Float(r))
}

fn float_floordiv(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let m = float_mod(a, b)?;
    let mut div = (a - m) / b;
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            div = fl + 1.0;
        } else {
            div = fl;
        }
    } else {
        div = 0.0f64.copysign(a / b);
    }
    Some(div)
}

fn float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Some(m)
}

fn bits(v: &BigInt) -> u64 {
    v.bits()
}

/// Apply a binary operator to two numbers with Python semantics; None if it would raise or be too big.
fn binary(op: BinaryOp, a: &Num, b: &Num) -> Option<Num> {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        return int_binary(op, x, y);
    }
    let (x, y) = (to_f64(a)?, to_f64(b)?);
    match op {
        BinaryOp::Add => finite(x + y),
        BinaryOp::Subtract => finite(x - y),
        BinaryOp::Multiply => finite(x * y),
        BinaryOp::TrueDivide if y != 0.0 => finite(x / y),
        BinaryOp::FloorDivide => finite(float_floordiv(x, y)?),
        BinaryOp::Modulo => finite(float_mod(x, y)?),
        BinaryOp::Power => {
            if x == 0.0 && y < 0.0 || x < 0.0 && y.fract() != 0.0 {
                return None;
            }
            float_pow(x, y)
        }
        _ => None,
    }
}

fn int_binary(op: BinaryOp, x: &BigInt, y: &BigInt) -> Option<Num> {
    let r = match op {
        BinaryOp::Or => x | y,
        BinaryOp::Xor => x ^ y,
        BinaryOp::And => x & y,
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => {
            if bits(x) + bits(y) > MAX_FOLD_BITS {
                return None;
            }
            x * y
        }
        BinaryOp::FloorDivide if !y.is_zero() => x.div_floor(y),
        BinaryOp::Modulo if !y.is_zero() => x.mod_floor(y),
        // Only ints that convert exactly: then one IEEE division is correctly rounded, as
        // Python's int / int is.
        BinaryOp::TrueDivide if !y.is_zero() && bits(x) <= 53 && bits(y) <= 53 => {
            return finite(x.to_f64()? / y.to_f64()?);
        }
        BinaryOp::Lshift => {
            let s = y.to_u64().filter(|s| bits(x) + s <= MAX_FOLD_BITS)?;
            x << s
        }
        BinaryOp::Rshift => {
            if y.is_negative() {
                return None;
            }
            match y.to_u64() {
                Some(s) if s < 1 << 20 => x >> s,
                _ => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinaryOp::Power => {
            if y.is_negative() {
                if x.is_zero() {
                    return None;
                }
                return float_pow(x.to_f64()?, y.to_f64()?);
            }
            let e = y.to_u32()?;
            if bits(x).saturating_mul(e as u64) > MAX_FOLD_BITS {
                return None;
            }
            num_traits::pow(x.clone(), e as usize)
        }
        _ => return None,
    };
    Some(Num::Int(r))
}

/// Fold a same-precedence operator chain if every operand is a number; else build it left-assoc.
pub fn fold_chain(first: Expr, rest: Vec<(BinaryOp, Expr)>, line: u32) -> Expr {
    if let Some(v) = try_fold_chain(&first, &rest) {
        return num_expr(v, FOLDED_LINE);
    }
    Expr::new(ExprKind::BinChain(Box::new(first), rest), line)
}

fn try_fold_chain(first: &Expr, rest: &[(BinaryOp, Expr)]) -> Option<Num> {
    let mut acc = as_num(first)?;
    for (_, e) in rest {
        as_num(e)?;
    }
    for (op, e) in rest {
        if *op == BinaryOp::MatMultiply {
            return None;
        }
        acc = binary(*op, &acc, &as_num(e)?)?;
    }
    Some(acc)
}

pub fn fold_unary(op: UnaryOp, e: Expr, line: u32) -> Expr {
    let folded = match (&op, as_num(&e)) {
        (UnaryOp::Positive, Some(n)) => Some(n),
        (UnaryOp::Negative, Some(Num::Int(v))) => Some(Num::Int(-v)),
        (UnaryOp::Negative, Some(Num::Float(f))) => Some(Num::Float(-f)),
        (UnaryOp::Invert, Some(Num::Int(v))) => Some(Num::Int(!v)),
        _ => None,
    };
    match folded {
        Some(n) => num_expr(n, FOLDED_LINE),
        None => Expr::new(ExprKind::UnaryOp(op, Box::new(e)), line),
    }
}

/// The truth value of a constant expression, or None if it is not a constant.
pub fn const_truth(e: &Expr) -> Option<bool> {
    Some(match &e.kind {
        ExprKind::False | ExprKind::NoneLit => false,
        ExprKind::True | ExprKind::Ellipsis => true,
        ExprKind::Int(v) => !v.is_zero(),
        ExprKind::Float(f) | ExprKind::ModuleFloat(_, f) => *f != 0.0,
        ExprKind::Imag(f) => *f != 0.0,
        ExprKind::Str(s) | ExprKind::StrObj(s) => !s.is_empty(),
        ExprKind::Bytes(b) => !b.is_empty(),
        ExprKind::ConstTuple(items) => !items.is_empty(),
        ExprKind::Tuple(items, true) if items.is_empty() => false,
        _ => return None,
    })
}

/// True for constants that are false (False, None, 0, "", ...).
pub fn is_const_false(e: &Expr) -> bool {
    const_truth(e) == Some(false)
}

/// True for constants that are true.
pub fn is_const_true(e: &Expr) -> bool {
    const_truth(e) == Some(true)
}

/// `a or b or ...` / `a and b and ...` with constant operands dropped or short-circuited.
pub fn fold_bool_chain(is_or: bool, items: Vec<Expr>, line: u32) -> Expr {
    let mut kept = Vec::new();
    let n = items.len();
    for (i, e) in items.into_iter().enumerate() {
        let last = i + 1 == n;
        let (stop, drop) = if is_or {
            (is_const_true(&e), is_const_false(&e))
        } else {
            (is_const_false(&e), is_const_true(&e))
        };
        if last || stop {
            kept.push(e);
            break;
        }
        if !drop {
            kept.push(e);
        }
    }
    if kept.len() == 1 {
        return kept.pop().unwrap();
    }
    Expr::new(ExprKind::BoolOp(is_or, kept), line)
}

pub fn fold_not(e: Expr, line: u32) -> Expr {
    if is_const_false(&e) {
        Expr::new(ExprKind::True, line)
    } else if is_const_true(&e) {
        Expr::new(ExprKind::False, line)
    } else {
        Expr::new(ExprKind::UnaryOp(UnaryOp::Not, Box::new(e)), line)
    }
}

/// Is this expression a constant usable inside a constant tuple?
fn is_tuple_item_const(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::ModuleFloat(..)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::StrObj(_)
            | ExprKind::Bytes(_)
            | ExprKind::NoneLit
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
            | ExprKind::ConstTuple(_)
    ) || matches!(&e.kind, ExprKind::Tuple(items, true) if items.is_empty())
}

pub fn is_const_tuple(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::ConstTuple(_))
}

/// A tuple display whose items are all constants becomes one constant tuple.
pub fn maybe_const_tuple(e: Expr) -> Expr {
    match e.kind {
        ExprKind::Tuple(items, _) if !items.is_empty() && items.iter().all(is_tuple_item_const) => {
            Expr::new(ExprKind::ConstTuple(items), e.line)
        }
        kind => Expr { kind, line: e.line },
    }
}

/// A substituted `const()` value: strings become constant objects (not qstrs), as in MicroPython.
pub fn as_const_object(e: Expr) -> Expr {
    match e.kind {
        ExprKind::Str(s) => Expr::new(ExprKind::StrObj(s), e.line),
        kind => Expr { kind, line: e.line },
    }
}

/// `math.pi` and friends: MicroPython folds attributes of its constant modules when the attribute
/// is the only trailer (`math.pi`, not `math.pi.real`).
pub fn module_constant(base: &Expr, attr: &str, more_trailers: bool) -> Option<Expr> {
    if more_trailers || !matches!(&base.kind, ExprKind::Name(m) if m == "math") {
        return None;
    }
    let (name, v) = match attr {
        "pi" => ("pi", std::f64::consts::PI),
        "e" => ("e", std::f64::consts::E),
        "tau" => ("tau", std::f64::consts::TAU),
        "inf" => ("inf", f64::INFINITY),
        "nan" => ("nan", f64::NAN),
        _ => return None,
    };
    Some(Expr::new(ExprKind::ModuleFloat(name, v), FOLDED_LINE))
}
