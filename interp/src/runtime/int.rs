//! int: small ints (48-bit, unboxed) that overflow into arbitrary-precision big ints unnoticed.
//! Not int formatting with format specs (runtime/format.rs) nor int() parsing from user strings.

use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// An int object for `v` (small if it fits, else big).
#[inline]
pub fn int_from_i64(vm: &mut Vm, v: i64) -> PyResult {
    match Obj::try_small_int(v) {
        Some(o) => Ok(o),
        None => new_word_int(vm, v),
    }
}

pub fn int_from_u64(vm: &mut Vm, v: u64) -> PyResult {
    if v <= SMALL_INT_MAX as u64 {
        Ok(Obj::small_int(v as i64))
    } else {
        new_bigint(vm, BigInt::from(v))
    }
}

pub fn int_from_i128(vm: &mut Vm, v: i128) -> PyResult {
    if v >= SMALL_INT_MIN as i128 && v <= SMALL_INT_MAX as i128 {
        Ok(Obj::small_int(v as i64))
    } else {
        new_bigint(vm, BigInt::from(v))
    }
}

/// An int object for a big value, normalised to a small int when it fits.
pub fn int_from_bigint(vm: &mut Vm, v: BigInt) -> PyResult {
    if let Some(x) = v.to_i64() {
        if let Some(o) = Obj::try_small_int(x) {
            return Ok(o);
        }
    }
    new_bigint(vm, v)
}

fn new_bigint(vm: &mut Vm, v: BigInt) -> PyResult {
    if let Some(x) = v.to_i64() {
        return new_word_int(vm, x);
    }
    vm.heap.external_since_gc += (v.bits() / 8) as usize + 32;
    let ty = vm.types.int;
    let o = vm.alloc::<BigIntObj>(ObjKind::BigInt, ty, 0)?;
    // SAFETY: the field is zeroed memory, not a valid BigInt: write without dropping.
    unsafe { std::ptr::write(&mut o.value, v) };
    Ok(Obj::from_ptr(o))
}

/// A boxed int for a value outside the small-int range that fits an i64.
fn new_word_int(vm: &mut Vm, x: i64) -> PyResult {
    let ty = vm.types.int;
    let o = vm.alloc::<BigIntObj>(ObjKind::BigInt, ty, 0)?;
    o.is_word = true;
    o.word = x;
    // SAFETY: the field is zeroed memory, not a valid BigInt: write without dropping (zero
    // owns no allocation).
    unsafe { std::ptr::write(&mut o.value, BigInt::ZERO) };
    Ok(Obj::from_ptr(o))
}

/// Parse a decimal int literal from a constant table.
pub fn parse_int_literal(vm: &mut Vm, s: &str) -> Option<PyResult> {
    let v: BigInt = s.trim().parse().ok()?;
    Some(int_from_bigint(vm, v))
}

#[inline(always)]
pub fn is_bigint(o: Obj) -> bool {
    is_kind(o, ObjKind::BigInt)
}

/// True for int values: small ints, big ints and bools (bool is a subclass of int).
#[inline]
pub fn is_int(o: Obj) -> bool {
    o.is_small_int() || o.is_bool() || is_bigint(o)
}

/// The value of a boxed int (ObjKind::BigInt) as a BigInt: borrowed, or built for the values
/// that fit an i64.
#[inline]
pub fn bigint_ref(o: Obj) -> std::borrow::Cow<'static, BigInt> {
    let b = cast::<BigIntObj>(o);
    if b.is_word {
        std::borrow::Cow::Owned(BigInt::from(b.word))
    } else {
        std::borrow::Cow::Borrowed(&b.value)
    }
}

/// Is `o` a boxed int that holds a machine word (ObjKind::BigInt with `is_word`)?
#[inline]
fn is_word(o: Obj) -> bool {
    cast::<BigIntObj>(o).is_word
}

/// Is the boxed int `o` (ObjKind::BigInt) negative?
pub fn bigint_is_negative(o: Obj) -> bool {
    let b = cast::<BigIntObj>(o);
    if b.is_word {
        b.word < 0
    } else {
        b.value.is_negative()
    }
}

/// The value of an int-like object (small, big, bool) as a BigInt.
pub fn to_bigint(o: Obj) -> Option<BigInt> {
    if o.is_small_int() {
        Some(BigInt::from(o.small_int_value()))
    } else if o.is_bool() {
        Some(BigInt::from((o == Obj::TRUE) as i64))
    } else if is_bigint(o) {
        Some(bigint_ref(o).into_owned())
    } else if is_kind(o, ObjKind::Instance) {
        to_bigint(cast::<InstanceObj>(o).native)
    } else {
        None
    }
}

/// A big-int view of an int operand: borrowed for big ints, converted for small ones.
fn big_operand(o: Obj) -> Option<std::borrow::Cow<'static, BigInt>> {
    if is_bigint(o) {
        Some(bigint_ref(o))
    } else {
        to_bigint(o).map(std::borrow::Cow::Owned)
    }
}

/// The value as i64 if it is an int that fits.
#[inline]
pub fn to_i64(o: Obj) -> Option<i64> {
    if o.is_small_int() {
        Some(o.small_int_value())
    } else if o.is_bool() {
        Some((o == Obj::TRUE) as i64)
    } else if is_bigint(o) {
        let b = cast::<BigIntObj>(o);
        if b.is_word {
            Some(b.word)
        } else {
            None
        }
    } else if is_kind(o, ObjKind::Instance) {
        to_i64(cast::<InstanceObj>(o).native)
    } else {
        None
    }
}

/// Convert an int-like value to f64 (OverflowError when too large).
pub fn int_to_f64(vm: &mut Vm, o: Obj) -> PyResult<f64> {
    if let Some(v) = to_i64(o) {
        return Ok(v as f64);
    }
    let b = to_bigint(o).unwrap_or_default();
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.new_exc_msg(vm.exc.overflow_error, "int too large to convert to float")),
    }
}

/// CPython-compatible hash of an int (value mod 2^61-1, -1 maps to -2).
pub fn int_hash(o: Obj) -> i64 {
    const M: i64 = (1 << 61) - 1;
    let h = if let Some(v) = to_i64(o) {
        let r = v.rem_euclid(M);
        if v < 0 {
            -((-v).rem_euclid(M))
        } else {
            r
        }
    } else {
        let b = to_bigint(o).unwrap_or_default();
        let m = BigInt::from(M);
        let r = (b.abs() % &m).to_i64().unwrap_or(0);
        if b.is_negative() {
            -r
        } else {
            r
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn zero_div(vm: &mut Vm, what: &str) -> crate::vm::PyErr {
    vm.new_exc_msg(vm.exc.zero_division_error, what)
}

/// Python floor division and modulo on i64 (b != 0).
#[inline]
pub fn floor_divmod_i64(a: i64, b: i64) -> (i64, i64) {
    let q = a.div_euclid(b);
    let r = a.rem_euclid(b);
    if b < 0 && r != 0 {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// Binary operation on two int-like values. Returns Ok(None) for operators ints don't handle
/// (true division is done by the caller as float division).
pub fn int_binary_op(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult<Option<Obj>> {
    use BinaryOp::*;
    let op = op.non_inplace();
    if a.is_bool() && b.is_bool() && matches!(op, And | Or | Xor) {
        let (x, y) = (a == Obj::TRUE, b == Obj::TRUE);
        return Ok(Some(Obj::from_bool(match op {
            And => x & y,
            Or => x | y,
            _ => x ^ y,
        })));
    }
    if let (Some(x), Some(y)) = (to_i64(a), to_i64(b)) {
        let r: Option<i64> = match op {
            Add => x.checked_add(y),
            Subtract => x.checked_sub(y),
            Multiply => x.checked_mul(y),
            FloorDivide | Modulo => {
                if y == 0 {
                    return Err(zero_div(
                        vm,
                        if op == Modulo {
                            "integer modulo by zero"
                        } else {
                            "integer division or modulo by zero"
                        },
                    ));
                }
                if x == i64::MIN && y == -1 {
                    None
                } else {
                    let (q, r) = floor_divmod_i64(x, y);
                    Some(if op == FloorDivide { q } else { r })
                }
            }
            And => Some(x & y),
            Or => Some(x | y),
            Xor => Some(x ^ y),
            Lshift => {
                if y < 0 {
                    return Err(vm.new_exc_msg(vm.exc.value_error, "negative shift count"));
                }
                if y < 63 && (x == 0 || x.unsigned_abs().leading_zeros() as i64 > y + 1) {
                    Some(x << y)
                } else if x == 0 {
                    Some(0)
                } else {
                    None
                }
            }
            Rshift => {
                if y < 0 {
                    return Err(vm.new_exc_msg(vm.exc.value_error, "negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            Power => {
                if y < 0 {
                    return Ok(None); // float result
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else if x == 0 || x == 1 {
                    Some(x)
                } else {
                    None
                }
            }
            Less => return Ok(Some(Obj::from_bool(x < y))),
            More => return Ok(Some(Obj::from_bool(x > y))),
            LessEqual => return Ok(Some(Obj::from_bool(x <= y))),
            MoreEqual => return Ok(Some(Obj::from_bool(x >= y))),
            Equal => return Ok(Some(Obj::from_bool(x == y))),
            NotEqual => return Ok(Some(Obj::from_bool(x != y))),
            _ => return Ok(None),
        };
        if let Some(r) = r {
            return int_from_i64(vm, r).map(Some);
        }
    }
    // A big int times, plus or minus a machine int (pidigits' `q * k`, `10 * r`): num-bigint's
    // scalar operations, without first turning the machine int into a BigInt.
    if matches!(op, Add | Subtract | Multiply) {
        let scalar = |x: &BigInt, y: i64, big_first: bool| match op {
            Add => x + y,
            Subtract if big_first => x - y,
            Subtract => y - x,
            _ => x * y,
        };
        let r = match (
            is_bigint(a) && !is_word(a),
            to_i64(b),
            is_bigint(b) && !is_word(b),
            to_i64(a),
        ) {
            (true, Some(y), _, _) => Some(scalar(&bigint_ref(a), y, true)),
            (_, _, true, Some(x)) => Some(scalar(&bigint_ref(b), x, false)),
            _ => None,
        };
        if let Some(r) = r {
            return int_from_bigint(vm, r).map(Some);
        }
    }
    // Borrow big operands instead of cloning their digits.
    let (xc, yc) = match (big_operand(a), big_operand(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    let (x, y): (&BigInt, &BigInt) = (&xc, &yc);
    let r = match op {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        FloorDivide | Modulo => {
            if y.is_zero() {
                return Err(zero_div(
                    vm,
                    if op == Modulo {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    },
                ));
            }
            let (q, r) = x.div_mod_floor(y);
            if op == FloorDivide {
                q
            } else {
                r
            }
        }
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        Lshift => {
            if y.is_negative() {
                return Err(vm.new_exc_msg(vm.exc.value_error, "negative shift count"));
            }
            let s = match y.to_usize() {
                Some(s) if s < (1 << 32) => s,
                _ => {
                    return Err(vm.new_exc_msg(vm.exc.overflow_error, "too many digits in integer"))
                }
            };
            x << s
        }
        Rshift => {
            if y.is_negative() {
                return Err(vm.new_exc_msg(vm.exc.value_error, "negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        Power => {
            if y.is_negative() {
                return Ok(None);
            }
            let e = match y.to_u32() {
                Some(e) => e,
                None => {
                    if x.is_zero() || x.is_one() {
                        return Ok(Some(int_from_bigint(vm, x.clone())?));
                    }
                    return Err(vm.new_exc_msg(vm.exc.overflow_error, "exponent too large"));
                }
            };
            if x.bits() as u128 * e as u128 > (1u128 << 26) {
                return Err(vm.new_exc_msg(vm.exc.overflow_error, "result too large"));
            }
            num_traits::pow::Pow::pow(x, e)
        }
        Less => return Ok(Some(Obj::from_bool(x < y))),
        More => return Ok(Some(Obj::from_bool(x > y))),
        LessEqual => return Ok(Some(Obj::from_bool(x <= y))),
        MoreEqual => return Ok(Some(Obj::from_bool(x >= y))),
        Equal => return Ok(Some(Obj::from_bool(x == y))),
        NotEqual => return Ok(Some(Obj::from_bool(x != y))),
        _ => return Ok(None),
    };
    int_from_bigint(vm, r).map(Some)
}

/// pow(a, b, m) for ints.
pub fn int_pow_mod(vm: &mut Vm, a: Obj, b: Obj, m: Obj) -> PyResult {
    let (x, y, z) = match (to_bigint(a), to_bigint(b), to_bigint(m)) {
        (Some(x), Some(y), Some(z)) => (x, y, z),
        _ => {
            return Err(vm.new_exc_msg(
                vm.exc.type_error,
                "pow() 3rd argument not allowed unless all arguments are integers",
            ))
        }
    };
    if z.is_zero() {
        return Err(vm.new_exc_msg(vm.exc.value_error, "pow() 3rd argument cannot be 0"));
    }
    let r = if y.is_negative() {
        // Modular inverse.
        let g = x.extended_gcd(&z);
        if !g.gcd.is_one() && g.gcd != BigInt::from(-1) {
            return Err(vm.new_exc_msg(
                vm.exc.value_error,
                "base is not invertible for the given modulus",
            ));
        }
        let inv = g.x.mod_floor(&z);
        inv.modpow(&(-y), &z)
    } else {
        x.modpow(&y, &z)
    };
    // Python's result has the sign of the modulus.
    let r = if !r.is_zero() && (r.sign() == Sign::Minus) != (z.sign() == Sign::Minus) {
        r + &z
    } else {
        r
    };
    int_from_bigint(vm, r)
}

/// Unary minus, plus, invert on an int-like value.
pub fn int_negate(vm: &mut Vm, a: Obj) -> PyResult {
    match to_i64(a) {
        Some(v) if v != i64::MIN => int_from_i64(vm, -v),
        _ => int_from_bigint(vm, -to_bigint(a).unwrap_or_default()),
    }
}

pub fn int_invert(vm: &mut Vm, a: Obj) -> PyResult {
    match to_i64(a) {
        Some(v) => int_from_i64(vm, !v),
        None => int_from_bigint(vm, -to_bigint(a).unwrap_or_default() - 1),
    }
}

/// Decimal text of an int-like value.
pub fn int_to_string(o: Obj) -> String {
    match to_i64(o) {
        Some(v) => v.to_string(),
        None => to_bigint(o).unwrap_or_default().to_string(),
    }
}

/// Text in base 2, 8, 10 or 16 (no prefix), with a leading '-' for negatives.
pub fn int_to_radix(o: Obj, radix: u32) -> String {
    let b = to_bigint(o).unwrap_or_default();
    let s = b.abs().to_str_radix(radix);
    if b.is_negative() {
        format!("-{s}")
    } else {
        s
    }
}

/// Parse an int from text in `base` (0 = auto from prefix), as int(str, base) does.
/// `parse_int(text, 10)` when the text is, after whitespace, an optional sign and 1 to 18 ASCII
/// digits (no underscores): the value without a BigInt.
/// None for anything else (the caller takes `parse_int`).
pub fn parse_small_decimal(text: &str) -> Option<i64> {
    let t = text.trim().as_bytes();
    let (neg, d) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if d.is_empty() || d.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &c in d {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i64;
    }
    Some(if neg { -v } else { v })
}

pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let had_prefix;
    let (base, digits) = if base == 0 {
        had_prefix = lower.len() > 2 && matches!(&lower[..2], "0x" | "0o" | "0b");
        if let Some(r) = lower.strip_prefix("0x") {
            (16, r.to_string())
        } else if let Some(r) = lower.strip_prefix("0o") {
            (8, r.to_string())
        } else if let Some(r) = lower.strip_prefix("0b") {
            (2, r.to_string())
        } else {
            if lower.len() > 1
                && lower.starts_with('0')
                && lower.bytes().any(|c| c != b'0' && c != b'_')
            {
                return None;
            }
            (10, lower.clone())
        }
    } else {
        let strip = match base {
            16 => lower.strip_prefix("0x"),
            8 => lower.strip_prefix("0o"),
            2 => lower.strip_prefix("0b"),
            _ => None,
        };
        had_prefix = strip.is_some();
        (base, strip.unwrap_or(&lower).to_string())
    };
    let digits = if had_prefix {
        digits
            .strip_prefix('_')
            .map(|s| s.to_string())
            .unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !(2..=36).contains(&base) || clean.is_empty() {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}
