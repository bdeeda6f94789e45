//! complex: construction, arithmetic, repr.
//! Not cmath (modules/cmath.rs).

use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::vm::{PyResult, Vm};

pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> PyResult {
    let ty = vm.types.complex;
    let o = vm.alloc::<ComplexObj>(ObjKind::Complex, ty, 0)?;
    o.re = re;
    o.im = im;
    Ok(Obj::from_ptr(o))
}

pub fn is_complex(o: Obj) -> bool {
    is_kind(o, ObjKind::Complex)
}

pub fn complex_parts(o: Obj) -> (f64, f64) {
    let c = cast::<ComplexObj>(o);
    (c.re, c.im)
}

fn complex_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division as CPython does it (scaling by the larger component of the divisor).
pub fn complex_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    }
}

pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return (1.0, 0.0);
    }
    // Small integer exponents: repeated squaring, like CPython (exact for 1j**2).
    if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = complex_mul(result, base);
            }
            base = complex_mul(base, base);
            e >>= 1;
        }
        return if n < 0 {
            complex_div((1.0, 0.0), result)
        } else {
            result
        };
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        return (0.0, 0.0);
    }
    let r = a.0.hypot(a.1);
    let theta = a.1.atan2(a.0);
    let ln_r = r.ln();
    let mag = (b.0 * ln_r - b.1 * theta).exp();
    let ang = b.1 * ln_r + b.0 * theta;
    (mag * ang.cos(), mag * ang.sin())
}

fn fmt_part(f: f64) -> String {
    let s = crate::runtime::float::float_repr(f);
    s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
}

pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt_part(im))
    } else {
        let sign = if im.is_sign_positive() || im.is_nan() {
            "+"
        } else {
            "-"
        };
        format!("({}{}{}j)", fmt_part(re), sign, fmt_part(im.abs()))
    }
}

/// Binary op with both operands as complex numbers.
pub fn complex_binary_op(
    vm: &mut Vm,
    op: BinaryOp,
    a: (f64, f64),
    b: (f64, f64),
) -> PyResult<Option<Obj>> {
    use BinaryOp::*;
    let r = match op.non_inplace() {
        Add => (a.0 + b.0, a.1 + b.1),
        Subtract => (a.0 - b.0, a.1 - b.1),
        Multiply => complex_mul(a, b),
        TrueDivide => {
            if b.0 == 0.0 && b.1 == 0.0 {
                return Err(vm.new_exc_msg(vm.exc.zero_division_error, "complex division by zero"));
            }
            complex_div(a, b)
        }
        Power => {
            if a.0 == 0.0 && a.1 == 0.0 && (b.1 != 0.0 || b.0 < 0.0) {
                return Err(vm.new_exc_msg(
                    vm.exc.zero_division_error,
                    "0.0 to a negative or complex power",
                ));
            }
            complex_pow(a, b)
        }
        Equal => return Ok(Some(Obj::from_bool(a == b))),
        NotEqual => return Ok(Some(Obj::from_bool(a != b))),
        _ => return Ok(None),
    };
    new_complex(vm, r.0, r.1).map(Some)
}
