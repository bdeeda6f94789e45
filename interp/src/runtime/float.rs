//! float: arithmetic with Python semantics, CPython-compatible repr, hashing, parsing.
//! Not format specs (runtime/format.rs): this is the plain repr/str.

use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::vm::{PyResult, Vm};

/// The shortest digits and decimal exponent of a finite non-zero |f|: ("15", 0) for 1.5.
/// Among the shortest strings that round-trip, the closest to |f|; on an exact tie the one with
/// the even last digit, as CPython's repr (Rust's formatter takes the upper one).
fn shortest_digits(f: f64) -> (String, i32) {
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let last = digits.as_bytes()[digits.len() - 1];
    if last % 2 == 1 && is_decimal_midpoint(f.abs(), &digits, exp) {
        let lower = format!("{}{}", &digits[..digits.len() - 1], (last - 1) as char);
        let text = format!("{}.{}e{exp}", &lower[..1], &lower[1..]);
        if text.parse::<f64>() == Ok(f.abs()) {
            digits = lower;
        }
    }
    (digits, exp)
}

/// True if `f` (finite, positive) lies exactly halfway between `digits`×10^k and the number one
/// unit lower in the last digit, where `digits` starts at decimal exponent `exp`.
fn is_decimal_midpoint(f: f64, digits: &str, exp: i32) -> bool {
    use num_bigint::BigInt;
    let (m, e) = {
        let bits = f.to_bits();
        let be = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        if be == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), be - 1075)
        }
    };
    // f = m * 2^e; midpoint = (2 * digits - 1) * 10^k / 2 with k = exp - (len - 1).
    let k = exp - (digits.len() as i32 - 1);
    let Ok(d) = digits.parse::<BigInt>() else {
        return false;
    };
    let mut lhs = BigInt::from(m) * 2u32; // 2f = m * 2^(e+1)
    let mut rhs = d * 2u32 - 1u32; // 2 * midpoint = (2d - 1) * 10^k
    let e1 = e; // lhs carries 2^e1
    if e1 >= 0 {
        lhs <<= e1 as usize;
    } else {
        rhs <<= (-e1) as usize;
    }
    let ten = BigInt::from(10u32);
    if k >= 0 {
        rhs *= num_traits::pow(ten, k as usize);
    } else {
        lhs *= num_traits::pow(ten, (-k) as usize);
    }
    lhs == rhs
}

/// repr(float) as CPython prints it.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, exp) = shortest_digits(f);
    let sign = if f < 0.0 { "-" } else { "" };
    let n = digits.len() as i32;
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        let s = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point >= n {
            format!("{}{}.0", digits, "0".repeat((point - n) as usize))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{s}")
    } else {
        let mant = if n == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let esign = if exp < 0 { "-" } else { "+" };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// CPython-compatible hash of a float (equal to the int hash for integral values).
pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    // Hash of the fraction: mirror CPython's algorithm on the mantissa.
    const M: u64 = (1 << 61) - 1;
    let (m, e) = frexp(f.abs());
    let mut m = m;
    let mut e = e;
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & M) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= M {
            x -= M;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & M) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// (mantissa in [0.5, 1), exponent) with f = m * 2^e.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Python float modulo (result has the sign of the divisor).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    m
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// Binary op on two floats (ints already converted). Ok(None) for unsupported operators.
pub fn float_binary_op(vm: &mut Vm, op: BinaryOp, a: f64, b: f64) -> PyResult<Option<Obj>> {
    use BinaryOp::*;
    let zero = |vm: &mut Vm, m: &str| vm.new_exc_msg(vm.exc.zero_division_error, m);
    let r = match op.non_inplace() {
        Add => a + b,
        Subtract => a - b,
        Multiply => a * b,
        TrueDivide => {
            if b == 0.0 {
                return Err(zero(vm, "float division by zero"));
            }
            a / b
        }
        FloorDivide => {
            if b == 0.0 {
                return Err(zero(vm, "float floor division by zero"));
            }
            float_floordiv(a, b)
        }
        Modulo => {
            if b == 0.0 {
                return Err(zero(vm, "float modulo"));
            }
            float_mod(a, b)
        }
        Power => {
            if a == 0.0 && b < 0.0 {
                return Err(zero(vm, "0.0 cannot be raised to a negative power"));
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                // CPython returns a complex number.
                let c = crate::runtime::complex::complex_pow((a, 0.0), (b, 0.0));
                return crate::runtime::complex::new_complex(vm, c.0, c.1).map(Some);
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(vm.new_exc_msg(
                    vm.exc.overflow_error,
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        Less => return Ok(Some(Obj::from_bool(a < b))),
        More => return Ok(Some(Obj::from_bool(a > b))),
        LessEqual => return Ok(Some(Obj::from_bool(a <= b))),
        MoreEqual => return Ok(Some(Obj::from_bool(a >= b))),
        Equal => return Ok(Some(Obj::from_bool(a == b))),
        NotEqual => return Ok(Some(Obj::from_bool(a != b))),
        _ => return Ok(None),
    };
    Ok(Some(Obj::float(r)))
}

/// Parse a float the way float(str) does (inf, nan, underscores, whitespace).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.as_bytes().first() {
        Some(b'-') => (true, &lower[1..]),
        Some(b'+') => (false, &lower[1..]),
        _ => (false, &lower[..]),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with(['_', '+', '-'])
                || body.ends_with('_')
                || body.contains("__")
            {
                return None;
            }
            if !body
                .bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-' | b'_'))
            {
                return None;
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn repr_matches_cpython() {
        for (f, s) in [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (1e100, "1e+100"),
            (1e-7, "1e-07"),
            (2.5e16, "2.5e+16"),
            (1e16, "1e+16"),
            (123456789012345.6, "123456789012345.6"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (3e-300, "3e-300"),
            (1e15, "1000000000000000.0"),
            (-1.5, "-1.5"),
        ] {
            assert_eq!(float_repr(f), s);
        }
    }
    #[test]
    fn modulo_and_floordiv() {
        assert_eq!(float_mod(-7.0, 2.0), 1.0);
        assert_eq!(float_mod(7.0, -2.0), -1.0);
        assert_eq!(float_floordiv(-7.0, 2.0), -4.0);
        assert_eq!(float_floordiv(7.0, 2.0), 3.0);
    }
}
