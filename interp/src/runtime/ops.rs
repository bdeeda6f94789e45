//! Operators: truth, unary and binary operators (numeric tower, sequences, sets, user dunders),
//! equality, ordering, hashing, `in`, `__index__`. Not formatting (runtime/format.rs) nor
//! subscripting (runtime/subscr.rs).

use crate::bytecode::{BinaryOp, UnaryOp};
use crate::obj::*;
use crate::runtime::{
    bytes, call, complex, dict, float, int, list, set, str as pystr, tuple, types,
};
use crate::vm::{PyErr, PyResult, Vm};

/// Truth value of `o`.
#[inline]
pub fn is_true(vm: &mut Vm, o: Obj) -> PyResult<bool> {
    if o == Obj::TRUE {
        return Ok(true);
    }
    if o == Obj::FALSE || o == Obj::NONE {
        return Ok(false);
    }
    if o.is_small_int() {
        return Ok(o.small_int_value() != 0);
    }
    if o.is_float() {
        return Ok(o.float_value() != 0.0);
    }
    if !o.is_ptr() {
        return Ok(true);
    }
    Ok(match header(o).kind {
        ObjKind::Str => pystr::char_len(o) != 0,
        ObjKind::List => list::list_len(o) != 0,
        ObjKind::Tuple => !tuple::tuple_items(o).is_empty(),
        ObjKind::Dict => dict::dict_len(o) != 0,
        ObjKind::Set | ObjKind::FrozenSet => set::set_len(o) != 0,
        ObjKind::Bytes | ObjKind::ByteArray => !bytes::try_bytes(o).unwrap_or(&[]).is_empty(),
        ObjKind::BigInt => true,
        ObjKind::Complex => {
            let (r, i) = complex::complex_parts(o);
            r != 0.0 || i != 0.0
        }
        ObjKind::Range => {
            let r = cast::<RangeObj>(o);
            crate::builtins::range_len(r.start, r.stop, r.step) != 0
        }
        ObjKind::Instance | ObjKind::Native | ObjKind::Exception => return user_truth(vm, o),
        _ => true,
    })
}

fn user_truth(vm: &mut Vm, o: Obj) -> PyResult<bool> {
    let ty = types::type_of(vm, o);
    if let Some(b) = types::type_lookup(vm, ty, vm.names.__bool__) {
        let r = call::call_with_self(vm, b, o, &[], Kw::NONE)?;
        if !r.is_bool() {
            let msg = format!(
                "__bool__ should return bool, returned {}",
                types::type_name_of(vm, r)
            );
            return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
        }
        return Ok(r == Obj::TRUE);
    }
    if let Some(l) = types::type_lookup(vm, ty, vm.names.__len__) {
        let r = call::call_with_self(vm, l, o, &[], Kw::NONE)?;
        return Ok(int::to_i64(r).unwrap_or(1) != 0);
    }
    if is_kind(o, ObjKind::Instance) {
        let n = cast::<InstanceObj>(o).native;
        if !n.is_null() {
            return is_true(vm, n);
        }
    }
    Ok(true)
}

fn is_numeric(o: Obj) -> bool {
    o.is_small_int() || o.is_float() || o.is_bool() || int::is_bigint(o) || complex::is_complex(o)
}

/// Value as f64 for int/float/bool.
#[inline]
pub fn to_f64(vm: &mut Vm, o: Obj) -> PyResult<Option<f64>> {
    if o.is_float() {
        return Ok(Some(o.float_value()));
    }
    if o.is_small_int() {
        return Ok(Some(o.small_int_value() as f64));
    }
    if o.is_bool() || int::is_bigint(o) {
        return int::int_to_f64(vm, o).map(Some);
    }
    Ok(None)
}

pub fn unary_op(vm: &mut Vm, op: UnaryOp, o: Obj) -> PyResult {
    if op == UnaryOp::Not {
        return Ok(Obj::from_bool(!is_true(vm, o)?));
    }
    if o.is_float() {
        let f = o.float_value();
        return match op {
            UnaryOp::Positive => Ok(o),
            UnaryOp::Negative => Ok(Obj::float(-f)),
            _ => Err(bad_unary(vm, op, o)),
        };
    }
    if int::is_int(o) {
        return match op {
            UnaryOp::Positive => int::int_from_i64(vm, 0)
                .and_then(|z| int::int_binary_op(vm, BinaryOp::Add, z, o).map(|r| r.unwrap_or(o))),
            UnaryOp::Negative => int::int_negate(vm, o),
            UnaryOp::Invert => int::int_invert(vm, o),
            UnaryOp::Not => unreachable!(),
        };
    }
    if complex::is_complex(o) {
        let (r, i) = complex::complex_parts(o);
        return match op {
            UnaryOp::Positive => Ok(o),
            UnaryOp::Negative => complex::new_complex(vm, -r, -i),
            _ => Err(bad_unary(vm, op, o)),
        };
    }
    let name = match op {
        UnaryOp::Positive => vm.names.__pos__,
        UnaryOp::Negative => vm.names.__neg__,
        UnaryOp::Invert => vm.names.__invert__,
        UnaryOp::Not => unreachable!(),
    };
    let ty = types::type_of(vm, o);
    if let Some(m) = types::type_lookup(vm, ty, name) {
        return call::call_with_self(vm, m, o, &[], Kw::NONE);
    }
    Err(bad_unary(vm, op, o))
}

fn bad_unary(vm: &mut Vm, op: UnaryOp, o: Obj) -> PyErr {
    let sym = match op {
        UnaryOp::Positive => "+",
        UnaryOp::Negative => "-",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    };
    let msg = format!(
        "bad operand type for unary {}: '{}'",
        sym,
        types::type_name_of(vm, o)
    );
    vm.new_exc_msg(vm.exc.type_error, &msg)
}

/// Numeric binary operation (both operands numeric).
fn numeric_binary_op(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult<Option<Obj>> {
    let base = op.non_inplace();
    if complex::is_complex(a) || complex::is_complex(b) {
        let ca = if complex::is_complex(a) {
            complex::complex_parts(a)
        } else {
            (to_f64(vm, a)?.unwrap_or(0.0), 0.0)
        };
        let cb = if complex::is_complex(b) {
            complex::complex_parts(b)
        } else {
            (to_f64(vm, b)?.unwrap_or(0.0), 0.0)
        };
        return complex::complex_binary_op(vm, base, ca, cb);
    }
    if !a.is_float() && !b.is_float() {
        if base == BinaryOp::TrueDivide {
            if let (Some(x), Some(y)) = (int::to_i64(a), int::to_i64(b)) {
                if y == 0 {
                    return Err(vm.new_exc_msg(vm.exc.zero_division_error, "division by zero"));
                }
                if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
                    return Ok(Some(Obj::float(x as f64 / y as f64)));
                }
            }
            let (x, y) = (
                int::to_bigint(a).unwrap_or_default(),
                int::to_bigint(b).unwrap_or_default(),
            );
            if num_traits::Zero::is_zero(&y) {
                return Err(vm.new_exc_msg(vm.exc.zero_division_error, "division by zero"));
            }
            return match bigint_true_div(&x, &y) {
                Some(f) => Ok(Some(Obj::float(f))),
                None => Err(vm.new_exc_msg(
                    vm.exc.overflow_error,
                    "integer division result too large for a float",
                )),
            };
        }
        if let Some(r) = int::int_binary_op(vm, op, a, b)? {
            return Ok(Some(r));
        }
        if base != BinaryOp::Power {
            return Ok(None);
        }
    }
    if (int::is_bigint(a) || int::is_bigint(b)) && is_ordering(base) {
        return Ok(Some(Obj::from_bool(compare_int_float(vm, base, a, b)?)));
    }
    let (x, y) = match (to_f64(vm, a)?, to_f64(vm, b)?) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    // Exact comparison of big ints with floats.
    if matches!(base, BinaryOp::Equal | BinaryOp::NotEqual)
        && (int::is_bigint(a) || int::is_bigint(b))
    {
        let (i, f) = if a.is_float() { (b, x) } else { (a, y) };
        let eq = f.fract() == 0.0
            && f.is_finite()
            && Some(num_bigint::BigInt::from(f as i128)) == int::to_bigint(i);
        return Ok(Some(Obj::from_bool(if base == BinaryOp::Equal {
            eq
        } else {
            !eq
        })));
    }
    float::float_binary_op(vm, op, x, y)
}

fn is_ordering(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Less
            | BinaryOp::More
            | BinaryOp::LessEqual
            | BinaryOp::MoreEqual
            | BinaryOp::Equal
            | BinaryOp::NotEqual
    )
}

/// Exact comparison of an int (possibly big) with a float.
fn compare_int_float(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult<bool> {
    use std::cmp::Ordering;
    let cmp_if = |i: Obj, f: f64| -> Option<Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        let iv = int::to_bigint(i).unwrap_or_default();
        let fl = f.floor();
        let fb = big_from_f64(fl);
        Some(match iv.cmp(&fb) {
            Ordering::Equal => {
                if f > fl {
                    Ordering::Less
                } else {
                    Ordering::Equal
                }
            }
            o => o,
        })
    };
    let ord = if a.is_float() {
        cmp_if(b, a.float_value()).map(|o| o.reverse())
    } else if b.is_float() {
        cmp_if(a, b.float_value())
    } else {
        let (x, y) = (
            int::to_bigint(a).unwrap_or_default(),
            int::to_bigint(b).unwrap_or_default(),
        );
        Some(x.cmp(&y))
    };
    let _ = vm;
    Ok(match ord {
        None => op == BinaryOp::NotEqual,
        Some(o) => match op {
            BinaryOp::Less => o == Ordering::Less,
            BinaryOp::LessEqual => o != Ordering::Greater,
            BinaryOp::More => o == Ordering::Greater,
            BinaryOp::MoreEqual => o != Ordering::Less,
            BinaryOp::Equal => o == Ordering::Equal,
            _ => o != Ordering::Equal,
        },
    })
}

/// The exact integer value of an integral float.
fn big_from_f64(f: f64) -> num_bigint::BigInt {
    if f.abs() < 9.0e15 {
        return num_bigint::BigInt::from(f as i64);
    }
    let (m, e) = float::frexp(f.abs());
    let mant = (m * (1u64 << 53) as f64) as i64;
    let v = num_bigint::BigInt::from(mant);
    let v = if e >= 53 {
        v << (e - 53) as usize
    } else {
        v >> (53 - e) as usize
    };
    if f < 0.0 {
        -v
    } else {
        v
    }
}

/// `x / y` for ints, correctly rounded (as CPython's long_true_divide): the quotient is taken
/// with 55 or 56 significant bits plus a sticky bit for any remainder, so the one rounding to 53
/// bits is right; scaled so that subnormal results are rounded once too. None if the result is
/// too large for a float. `y` must not be zero.
fn bigint_true_div(x: &num_bigint::BigInt, y: &num_bigint::BigInt) -> Option<f64> {
    use num_traits::{Signed, ToPrimitive, Zero};
    const MANT: i64 = f64::MANTISSA_DIGITS as i64;
    const MIN_EXP: i64 = f64::MIN_EXP as i64;
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Some(if x.is_negative() != y.is_negative() {
            -0.0
        } else {
            0.0
        });
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    let shift = diff.max(MIN_EXP) - MANT - 2;
    let (num, inexact) = if shift <= 0 {
        (a << (-shift) as usize, false)
    } else {
        let n = &a >> shift as usize;
        let lost = (&n << shift as usize) != a;
        (n, lost)
    };
    let (q, r) = num_integer::Integer::div_rem(&num, &b);
    let mut q = q.to_u64()?;
    if inexact || !r.is_zero() {
        q |= 1;
    }
    // Round q by hand (half to even) to the bits the result keeps (fewer when it is subnormal),
    // so the conversion and the scaling below are exact.
    let q_bits = 64 - q.leading_zeros() as i64;
    let extra = q_bits.max(MIN_EXP - shift) - MANT;
    if extra > 0 {
        let mask = 1u64 << (extra - 1);
        if q & mask != 0 && q & (3 * mask - 1) != 0 {
            q += mask;
        }
        q &= !(2 * mask - 1);
    }
    let mut m = q as f64;
    let mut e = shift;
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        m *= 2f64.powi(step as i32);
        e -= step;
    }
    if m.is_infinite() {
        return None;
    }
    Some(if x.is_negative() != y.is_negative() {
        -m
    } else {
        m
    })
}

/// The dunder method names of a binary operator: (method, reflected).
/// The (method, reflected method) names of a binary operator (pre-interned: no lookup of the
/// name's text on every operator call).
fn dunder_names(vm: &Vm, op: BinaryOp) -> Option<(Obj, Obj)> {
    use BinaryOp::*;
    let n = &vm.names;
    Some(match op.non_inplace() {
        Add => (n.__add__, n.__radd__),
        Subtract => (n.__sub__, n.__rsub__),
        Multiply => (n.__mul__, n.__rmul__),
        MatMultiply => (n.__matmul__, n.__rmatmul__),
        TrueDivide => (n.__truediv__, n.__rtruediv__),
        FloorDivide => (n.__floordiv__, n.__rfloordiv__),
        Modulo => (n.__mod__, n.__rmod__),
        Power => (n.__pow__, n.__rpow__),
        Lshift => (n.__lshift__, n.__rlshift__),
        Rshift => (n.__rshift__, n.__rrshift__),
        And => (n.__and__, n.__rand__),
        Or => (n.__or__, n.__ror__),
        Xor => (n.__xor__, n.__rxor__),
        Less => (n.__lt__, n.__gt__),
        More => (n.__gt__, n.__lt__),
        LessEqual => (n.__le__, n.__ge__),
        MoreEqual => (n.__ge__, n.__le__),
        Equal => (n.__eq__, n.__eq__),
        NotEqual => (n.__ne__, n.__ne__),
        _ => return None,
    })
}

fn inplace_name(vm: &Vm, op: BinaryOp) -> Option<Obj> {
    use BinaryOp::*;
    let n = &vm.names;
    Some(match op {
        InplaceAdd => n.__iadd__,
        InplaceSubtract => n.__isub__,
        InplaceMultiply => n.__imul__,
        InplaceTrueDivide => n.__itruediv__,
        InplaceFloorDivide => n.__ifloordiv__,
        InplaceModulo => n.__imod__,
        InplacePower => n.__ipow__,
        InplaceLshift => n.__ilshift__,
        InplaceRshift => n.__irshift__,
        InplaceAnd => n.__iand__,
        InplaceOr => n.__ior__,
        InplaceXor => n.__ixor__,
        InplaceMatMultiply => n.__imatmul__,
        _ => return None,
    })
}

fn is_user_obj(vm: &Vm, o: Obj) -> bool {
    // Native (module-defined) types implement operators with dunder methods too.
    o.is_ptr()
        && (types::type_obj(types::type_of(vm, o)).flags.get() & tflags::HEAP != 0
            || header(o).kind == ObjKind::Native)
}

/// Try `a.<name>(b)`; None if there is no such method or it returned NotImplemented.
fn try_dunder(vm: &mut Vm, a: Obj, name: Obj, b: Obj) -> PyResult<Option<Obj>> {
    let ty = types::type_of(vm, a);
    if let Some(m) = types::type_lookup(vm, ty, name) {
        let r = call::call_with_self(vm, m, a, &[b], Kw::NONE)?;
        if r != Obj::NOT_IMPLEMENTED {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// The binary operator `a op b`.
pub fn binary_op(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult {
    use BinaryOp::*;
    match op {
        Is => return Ok(Obj::from_bool(a == b || both_same_float(a, b))),
        In => return Ok(Obj::from_bool(contains(vm, b, a)?)),
        ExceptionMatch => {
            return Ok(Obj::from_bool(crate::runtime::exc::exception_match(
                vm, a, b,
            )?))
        }
        _ => {}
    }
    // Python classes: dunders first (they may override everything, incl. subclasses of builtins).
    let ua = is_user_obj(vm, a);
    let ub = is_user_obj(vm, b);
    if ua || ub {
        if let Some(r) = user_binary_op(vm, op, a, b)? {
            return Ok(r);
        }
    }
    builtin_binary_op(vm, op, a, b, ua || ub)
}

/// `binary_op` once no Python method took the operation (`user`: an operand is a user object).
/// Inlined: it is the hot tail of `binary_op` (both tiers).
#[inline(always)]
fn builtin_binary_op(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj, user: bool) -> PyResult {
    use BinaryOp::*;
    if is_numeric(a) && is_numeric(b) {
        if let Some(r) = numeric_binary_op(vm, op, a, b)? {
            return Ok(r);
        }
    }
    if let Some(r) = crate::builtins::builtin_binary_op(vm, op, a, b)? {
        return Ok(r);
    }
    // Operators on the native part of subclass instances of builtins.
    if user {
        let na = native_of(a);
        let nb = native_of(b);
        if na != a || nb != b {
            return binary_op(vm, op, na, nb);
        }
    }
    match op.non_inplace() {
        Equal => Ok(Obj::from_bool(a == b)),
        NotEqual => Ok(Obj::from_bool(a != b)),
        _ => Err(unsupported(vm, op, a, b)),
    }
}

fn both_same_float(a: Obj, b: Obj) -> bool {
    // Unboxed floats have no identity of their own: `x is x` must hold.
    a.is_float() && b.is_float() && a.bits() == b.bits()
}

/// The built-in value inside an instance of a subclass of a builtin (or the object itself).
pub fn native_of(o: Obj) -> Obj {
    if is_kind(o, ObjKind::Instance) {
        let n = cast::<InstanceObj>(o).native;
        if !n.is_null() {
            return n;
        }
    }
    o
}

fn user_binary_op(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult<Option<Obj>> {
    if let Some(iname) = inplace_name(vm, op) {
        if let Some(r) = try_dunder(vm, a, iname, b)? {
            return Ok(Some(r));
        }
    }
    let (name, rname) = match dunder_names(vm, op) {
        Some(n) => n,
        None => return Ok(None),
    };
    let ta = types::type_of(vm, a);
    let tb = types::type_of(vm, b);
    // A subclass's reflected method goes first.
    let b_first = ta != tb && types::is_subclass(tb, ta) && is_user_obj(vm, b);
    if b_first {
        if let Some(r) = try_dunder(vm, b, rname, a)? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = try_dunder(vm, a, name, b)? {
        return Ok(Some(r));
    }
    user_binary_rest(vm, op, a, b, b_first)
}

/// `user_binary_op` after `a.<op>(b)` was tried (absent or NotImplemented).
#[inline]
fn user_binary_rest(
    vm: &mut Vm,
    op: BinaryOp,
    a: Obj,
    b: Obj,
    b_first: bool,
) -> PyResult<Option<Obj>> {
    let Some((_, rname)) = dunder_names(vm, op) else {
        return Ok(None);
    };
    let (ta, tb) = (types::type_of(vm, a), types::type_of(vm, b));
    if !b_first
        && (ta != tb
            || matches!(
                op.non_inplace(),
                BinaryOp::Less
                    | BinaryOp::More
                    | BinaryOp::LessEqual
                    | BinaryOp::MoreEqual
                    | BinaryOp::Equal
                    | BinaryOp::NotEqual
            ))
    {
        if let Some(r) = try_dunder(vm, b, rname, a)? {
            return Ok(Some(r));
        }
    }
    if op.non_inplace() == BinaryOp::NotEqual {
        // Default __ne__ inverts __eq__.
        if let Some(r) = try_dunder(vm, a, vm.names.__eq__, b)? {
            return Ok(Some(Obj::from_bool(!is_true(vm, r)?)));
        }
        if let Some(r) = try_dunder(vm, b, vm.names.__eq__, a)? {
            return Ok(Some(Obj::from_bool(!is_true(vm, r)?)));
        }
    }
    Ok(None)
}

/// The method `binary_op(op, a, b)` calls first, when that is `type(a).<op>` (the operator's
/// method; not in-place: only when the type has no in-place method for an in-place operator) on
/// an instance `a` of a Python class, and `b` is not of a Python subclass of `type(a)` (whose
/// reflected method goes first). Native code calls it as `m(a, b)` directly; NotImplemented
/// from it continues with `binary_op_after_lhs`.
pub fn lhs_dunder(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> Option<Obj> {
    if !is_kind(a, ObjKind::Instance) || !is_user_obj(vm, a) {
        return None;
    }
    let (name, _) = dunder_names(vm, op)?;
    let ta = types::type_of(vm, a);
    if let Some(iname) = inplace_name(vm, op) {
        if types::type_lookup(vm, ta, iname).is_some() {
            return None;
        }
    }
    let tb = types::type_of(vm, b);
    if ta != tb && types::is_subclass(tb, ta) && is_user_obj(vm, b) {
        return None;
    }
    types::type_lookup(vm, ta, name)
}

/// `binary_op(op, a, b)` after the `lhs_dunder` method returned NotImplemented.
pub fn binary_op_after_lhs(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult {
    if let Some(r) = user_binary_rest(vm, op, a, b, false)? {
        return Ok(r);
    }
    builtin_binary_op(vm, op, a, b, true)
}

pub fn unsupported(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyErr {
    let (ta, tb) = (types::type_name_of(vm, a), types::type_name_of(vm, b));
    let is_seq = |vm: &Vm, o: Obj| {
        let t = &vm.types;
        [t.str_, t.list, t.tuple, t.bytes, t.bytearray].contains(&types::type_of(vm, o))
    };
    let msg = match op.non_inplace() {
        // CPython's sequence messages.
        BinaryOp::Add
            if [vm.types.str_, vm.types.list, vm.types.tuple].contains(&types::type_of(vm, a)) =>
        {
            format!("can only concatenate {ta} (not \"{tb}\") to {ta}")
        }
        BinaryOp::Multiply if is_seq(vm, a) || is_seq(vm, b) => {
            let count = if is_seq(vm, a) { tb } else { ta };
            format!("can't multiply sequence by non-int of type '{count}'")
        }
        BinaryOp::Less | BinaryOp::More | BinaryOp::LessEqual | BinaryOp::MoreEqual => {
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta,
                tb
            )
        }
        _ => format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            ta,
            tb
        ),
    };
    vm.new_exc_msg(vm.exc.type_error, &msg)
}

/// `a == b` as a Rust bool.
#[inline]
pub fn eq(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    if a == b && !a.is_float() {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    if pystr::is_str(a) && pystr::is_str(b) {
        return Ok(pystr::str_eq(a, b));
    }
    let r = binary_op(vm, BinaryOp::Equal, a, b)?;
    is_true(vm, r)
}

/// `a < b` as a Rust bool.
#[inline]
pub fn less(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.small_int_value() < b.small_int_value());
    }
    let r = binary_op(vm, BinaryOp::Less, a, b)?;
    is_true(vm, r)
}

/// hash(o) as CPython computes it for numbers; other types have their own hashes.
pub fn hash(vm: &mut Vm, o: Obj) -> PyResult<u64> {
    if o.is_small_int() {
        let v = o.small_int_value();
        if (0..(1 << 47)).contains(&v) {
            return Ok(v as u64);
        }
        return Ok(int::int_hash(o) as u64);
    }
    if o.is_float() {
        return Ok(float::float_hash(o.float_value()) as u64);
    }
    if o.is_bool() {
        return Ok((o == Obj::TRUE) as u64);
    }
    if !o.is_ptr() {
        return Ok(o.bits().wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 4);
    }
    match header(o).kind {
        ObjKind::Str => Ok(pystr::str_hash(o)),
        ObjKind::BigInt => Ok(int::int_hash(o) as u64),
        ObjKind::Bytes => Ok(pystr::hash_bytes(cast::<BytesObj>(o).bytes())),
        ObjKind::Tuple => {
            // CPython's tuplehash (xxHash-based), so that sets of tuples iterate in its order.
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let items = tuple::tuple_items(o);
            let mut acc = P5;
            for &x in items {
                let lane = hash(vm, x)?;
                acc = acc
                    .wrapping_add(lane.wrapping_mul(P2))
                    .rotate_left(31)
                    .wrapping_mul(P1);
            }
            acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
            Ok(if acc == u64::MAX { 1546275796 } else { acc })
        }
        ObjKind::FrozenSet => {
            let mut h: u64 = 0;
            let items: Vec<Obj> = set::set_items(o).collect();
            for x in items {
                let hx = hash(vm, x)?;
                h ^= hx.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            }
            Ok(h >> 2)
        }
        ObjKind::Complex => {
            let (r, i) = complex::complex_parts(o);
            Ok((float::float_hash(r) as u64)
                .wrapping_add((float::float_hash(i) as u64).wrapping_mul(1_000_003)))
        }
        ObjKind::List | ObjKind::Dict | ObjKind::Set | ObjKind::ByteArray => Err(unhashable(vm, o)),
        ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
            let ty = types::type_of(vm, o);
            if let Some(h) = types::type_lookup(vm, ty, vm.names.__hash__) {
                if h.is_none() {
                    return Err(unhashable(vm, o));
                }
                if !is_kind(h, ObjKind::BuiltinFn) {
                    let r = call::call_with_self(vm, h, o, &[], Kw::NONE)?;
                    return match int::to_i64(r) {
                        Some(v) => Ok(v as u64),
                        None if int::is_bigint(r) => Ok(int::int_hash(r) as u64),
                        None => Err(vm.new_exc_msg(
                            vm.exc.type_error,
                            "__hash__ method should return an integer",
                        )),
                    };
                }
            }
            // A class that defines __eq__ but not __hash__ is unhashable.
            if types::type_obj(ty).flags.get() & tflags::HEAP != 0 {
                if let Some((_, owner)) = types::type_lookup_with_owner(vm, ty, vm.names.__eq__) {
                    if types::type_obj(owner).flags.get() & tflags::HEAP != 0 {
                        let has_hash_there =
                            dict::dict_get_str(vm, types::type_obj(owner).dict, vm.names.__hash__)?
                                .is_some();
                        if !has_hash_there {
                            return Err(unhashable(vm, o));
                        }
                    }
                }
                let n = native_of(o);
                if n != o {
                    return hash(vm, n);
                }
            }
            Ok(o.bits() >> 4)
        }
        _ => Ok(o.bits() >> 4),
    }
}

fn unhashable(vm: &mut Vm, o: Obj) -> PyErr {
    let msg = format!("unhashable type: '{}'", types::type_name_of(vm, o));
    vm.new_exc_msg(vm.exc.type_error, &msg)
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Obj, item: Obj) -> PyResult<bool> {
    if container.is_ptr() {
        match header(container).kind {
            ObjKind::Str => {
                return match pystr::try_str(item) {
                    Some(s) => Ok(crate::runtime::strsearch::contains(
                        pystr::as_rust_str(container),
                        s,
                    )),
                    None => {
                        let msg = format!(
                            "'in <string>' requires string as left operand, not {}",
                            types::type_name_of(vm, item)
                        );
                        Err(vm.new_exc_msg(vm.exc.type_error, &msg))
                    }
                }
            }
            ObjKind::Dict => return Ok(dict::dict_lookup(vm, container, item)?.is_some()),
            ObjKind::Set | ObjKind::FrozenSet => return set::set_contains(vm, container, item),
            ObjKind::List | ObjKind::Tuple => {
                let n = if header(container).kind == ObjKind::List {
                    list::list_len(container)
                } else {
                    tuple::tuple_items(container).len()
                };
                for i in 0..n {
                    let x = if header(container).kind == ObjKind::List {
                        match list::list_items(container).get(i) {
                            Some(&x) => x,
                            None => break,
                        }
                    } else {
                        tuple::tuple_items(container)[i]
                    };
                    if x == item || eq(vm, x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            ObjKind::Bytes | ObjKind::ByteArray => {
                let hay = bytes::try_bytes(container).unwrap_or(&[]);
                if let Some(v) = int::to_i64(item) {
                    if !(0..256).contains(&v) {
                        return Err(
                            vm.new_exc_msg(vm.exc.value_error, "byte must be in range(0, 256)")
                        );
                    }
                    return Ok(hay.contains(&(v as u8)));
                }
                if let Some(needle) = bytes::try_bytes(item) {
                    return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle));
                }
                return Err(vm.new_exc_msg(vm.exc.type_error, "a bytes-like object is required"));
            }
            ObjKind::Range => {
                let r = cast::<RangeObj>(container);
                if let Some(v) = int::to_i64(item) {
                    return Ok(crate::builtins::range_contains(r.start, r.stop, r.step, v));
                }
            }
            _ => {}
        }
    }
    let ty = types::type_of(vm, container);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__contains__) {
        let r = call::call_with_self(vm, m, container, &[item], Kw::NONE)?;
        return is_true(vm, r);
    }
    let n = native_of(container);
    if n != container {
        return contains(vm, n, item);
    }
    let it = crate::runtime::iter::get_iter(vm, container)?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(x) = crate::runtime::iter::iter_next(vm, it)? {
            if x == item || eq(vm, x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    })();
    vm.tmp_roots.pop();
    r
}

/// The integer value of an object used as an index (int, bool, or __index__).
pub fn index_value(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    if let Some(v) = int::to_i64(o) {
        return Ok(v);
    }
    if int::is_bigint(o) {
        return Err(vm.new_exc_msg(
            vm.exc.index_error,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    let ty = types::type_of(vm, o);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__index__) {
        let r = call::call_with_self(vm, m, o, &[], Kw::NONE)?;
        if let Some(v) = int::to_i64(r) {
            return Ok(v);
        }
    }
    let msg = format!(
        "'{}' object cannot be interpreted as an integer",
        types::type_name_of(vm, o)
    );
    Err(vm.new_exc_msg(vm.exc.type_error, &msg))
}
