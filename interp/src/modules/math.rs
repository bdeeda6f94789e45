//! The `math` module: float functions with CPython's domain/range errors, integer functions
//! (gcd, factorial, comb, isqrt, ...) on arbitrary-size ints. Not complex math (cmath.rs).

use super::{def_fn, set_attr};
use crate::builtins::args::check_args;
use crate::obj::*;
use crate::runtime::{call, int, iter, ops, types};
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "math")?;
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        set_attr(vm, m, n, Obj::float(v))?;
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("atan2", atan2),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("fmod", fmod),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("copysign", copysign),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("degrees", degrees),
        ("radians", radians),
        ("hypot", hypot),
        ("dist", dist),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
        ("prod", prod),
        ("fsum", fsum),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("remainder", remainder),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    Ok(m)
}

pub fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub fn range_error(vm: &mut Vm) -> PyErr {
    vm.new_exc_msg(vm.exc.overflow_error, "math range error")
}

/// A real-number argument as f64 (TypeError for non-numbers).
pub fn arg_f64(vm: &mut Vm, o: Obj) -> PyResult<f64> {
    if let Some(f) = ops::to_f64(vm, o)? {
        return Ok(f);
    }
    if crate::runtime::str::try_str(o).is_none() {
        let ty = types::type_of(vm, o);
        let n = vm.intern("__float__");
        if let Some(m) = types::type_lookup(vm, ty, n) {
            let r = call::call_with_self(vm, m, o, &[], Kw::NONE)?;
            if let Some(f) = ops::to_f64(vm, r)? {
                return Ok(f);
            }
        }
        let nat = ops::native_of(o);
        if nat != o {
            return arg_f64(vm, nat);
        }
    }
    let msg = format!("must be real number, not {}", types::type_name_of(vm, o));
    Err(vm.type_error(&msg))
}

fn one_arg(vm: &mut Vm, name: &str, args: &[Obj], kw: Kw) -> PyResult<f64> {
    check_args(vm, name, args, kw, 1, 1)?;
    arg_f64(vm, args[0])
}

/// Apply `f`, raising ValueError when a finite input gives NaN and OverflowError when it gives
/// an infinity (CPython's rules for libm wrappers).
fn checked(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Obj::float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $ovf:expr) => {
        fn $name(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
            let x = one_arg(vm, stringify!($name), args, kw)?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, x, f(x), $ovf)
        }
    };
}

unary!(exp, f64::exp, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, f64::asinh, false);
unary!(acosh, f64::acosh, false);
unary!(fabs, f64::abs, false);
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, false);
// SAFETY (all four): libm functions on plain f64 values, no pointers involved.
unary!(erf, |x| unsafe { libc_erf(x) }, false);
unary!(erfc, |x| unsafe { libc_erfc(x) }, false);

extern "C" {
    #[link_name = "erf"]
    fn libc_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn libc_erfc(x: f64) -> f64;
    #[link_name = "tgamma"]
    fn libc_tgamma(x: f64) -> f64;
    #[link_name = "lgamma"]
    fn libc_lgamma(x: f64) -> f64;
}

fn sqrt(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let x = one_arg(vm, "sqrt", args, kw)?;
    if x < 0.0 {
        return Err(domain_error(vm));
    }
    Ok(Obj::float(x.sqrt()))
}

fn atanh(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let x = one_arg(vm, "atanh", args, kw)?;
    if x.abs() >= 1.0 {
        return Err(domain_error(vm));
    }
    Ok(Obj::float(x.atanh()))
}

fn gamma(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let x = one_arg(vm, "gamma", args, kw)?;
    if x.is_nan() {
        return Ok(Obj::float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain_error(vm));
    }
    // SAFETY: libm function on a plain f64.
    let r = unsafe { libc_tgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Obj::float(r))
}

fn lgamma(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let x = one_arg(vm, "lgamma", args, kw)?;
    if x.is_finite() && x <= 0.0 && x == x.floor() {
        return Err(domain_error(vm));
    }
    // SAFETY: libm function on a plain f64.
    let r = unsafe { libc_lgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Obj::float(r))
}

/// Natural log of a positive int or float, exact for huge ints.
fn ln_of(vm: &mut Vm, o: Obj) -> PyResult<f64> {
    if int::is_bigint(o) {
        let b = int::to_bigint(o).unwrap_or_default();
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        let bits = b.bits();
        if bits > 1000 {
            let shift = bits - 64;
            let top = (&b >> shift).to_f64().unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
    }
    let x = arg_f64(vm, o)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "log", args, kw, 1, 2)?;
    let num = ln_of(vm, args[0])?;
    match args.get(1) {
        None => Ok(Obj::float(num)),
        Some(&b) => {
            let den = ln_of(vm, b)?;
            if den == 0.0 {
                return Err(vm.new_exc_msg(vm.exc.zero_division_error, "float division by zero"));
            }
            Ok(Obj::float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "log2", args, kw, 1, 1)?;
    if int::is_bigint(args[0]) {
        let l = ln_of(vm, args[0])?;
        return Ok(Obj::float(l / std::f64::consts::LN_2));
    }
    let x = arg_f64(vm, args[0])?;
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(Obj::float(x.log2()))
}

fn log10(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "log10", args, kw, 1, 1)?;
    if int::is_bigint(args[0]) {
        let l = ln_of(vm, args[0])?;
        return Ok(Obj::float(l / std::f64::consts::LN_10));
    }
    let x = arg_f64(vm, args[0])?;
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(Obj::float(x.log10()))
}

fn log1p(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let x = one_arg(vm, "log1p", args, kw)?;
    if x <= -1.0 {
        return Err(domain_error(vm));
    }
    Ok(Obj::float(x.ln_1p()))
}

fn two_args(vm: &mut Vm, name: &str, args: &[Obj], kw: Kw) -> PyResult<(f64, f64)> {
    check_args(vm, name, args, kw, 2, 2)?;
    let a = arg_f64(vm, args[0])?;
    let b = arg_f64(vm, args[1])?;
    Ok((a, b))
}

fn pow(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (x, y) = two_args(vm, "pow", args, kw)?;
    if x == 0.0 && y < 0.0 {
        return Err(domain_error(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        return Err(domain_error(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Obj::float(r))
}

fn atan2(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (y, x) = two_args(vm, "atan2", args, kw)?;
    Ok(Obj::float(y.atan2(x)))
}

fn fmod(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (x, y) = two_args(vm, "fmod", args, kw)?;
    if (y == 0.0 && !x.is_nan()) || (x.is_infinite() && !y.is_nan()) {
        return Err(domain_error(vm));
    }
    Ok(Obj::float(x % y))
}

fn remainder(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (x, y) = two_args(vm, "remainder", args, kw)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Obj::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Obj::float(x));
    }
    let n = (x / y).round();
    let mut r = x - n * y;
    // Round half to even.
    if ((x / y) - (x / y).trunc()).abs() == 0.5 {
        let n2 = 2.0 * ((x / y) / 2.0).round();
        r = x - n2 * y;
    }
    Ok(Obj::float(r))
}

fn copysign(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (x, y) = two_args(vm, "copysign", args, kw)?;
    Ok(Obj::float(x.copysign(y)))
}

fn modf(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let x = one_arg(vm, "modf", args, kw)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    crate::runtime::tuple::tuple_from_slice(vm, &[Obj::float(f), Obj::float(i)])
}

fn frexp(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let x = one_arg(vm, "frexp", args, kw)?;
    let (m, e) = crate::runtime::float::frexp(x);
    crate::runtime::tuple::tuple_from_slice(vm, &[Obj::float(m), Obj::small_int(e as i64)])
}

fn ldexp(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "ldexp", args, kw, 2, 2)?;
    let x = arg_f64(vm, args[0])?;
    if !int::is_int(args[1]) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = int::to_i64(args[1]).unwrap_or(
        if int::to_bigint(args[1])
            .map(|b| b.is_negative())
            .unwrap_or(false)
        {
            -100_000
        } else {
            100_000
        },
    );
    let e = e.clamp(-100_000, 100_000) as i32;
    let mut r = x;
    // Scale in steps to avoid intermediate overflow of 2^e.
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Obj::float(r))
}

fn float_test(vm: &mut Vm, name: &str, args: &[Obj], kw: Kw, f: fn(f64) -> bool) -> PyResult {
    let x = one_arg(vm, name, args, kw)?;
    Ok(Obj::from_bool(f(x)))
}

fn isnan(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    float_test(vm, "isnan", args, kw, f64::is_nan)
}

fn isinf(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    float_test(vm, "isinf", args, kw, f64::is_infinite)
}

fn isfinite(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    float_test(vm, "isfinite", args, kw, f64::is_finite)
}

fn isclose(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "isclose", args, 2, 2)?;
    crate::builtins::args::check_kw(vm, "isclose", kw, &["rel_tol", "abs_tol"])?;
    let a = arg_f64(vm, args[0])?;
    let b = arg_f64(vm, args[1])?;
    let rel = match kw.get("rel_tol") {
        Some(o) => arg_f64(vm, o)?,
        None => 1e-9,
    };
    let abs = match kw.get("abs_tol") {
        Some(o) => arg_f64(vm, o)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Obj::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Obj::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Obj::from_bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn hypot_of(v: &[f64]) -> f64 {
    if v.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return 0.0;
    }
    let s: f64 = v.iter().map(|x| (x / max) * (x / max)).sum();
    max * s.sqrt()
}

fn hypot(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "hypot", args, kw, 0, usize::MAX)?;
    let mut v = Vec::with_capacity(args.len());
    for &a in args {
        v.push(arg_f64(vm, a)?);
    }
    if v.len() == 2 {
        return Ok(Obj::float(v[0].hypot(v[1])));
    }
    Ok(Obj::float(hypot_of(&v)))
}

fn float_list(vm: &mut Vm, o: Obj) -> PyResult<Vec<f64>> {
    let l = iter::collect_list(vm, o)?;
    let items = crate::runtime::list::list_items(l).to_vec();
    let mut v = Vec::with_capacity(items.len());
    for x in items {
        v.push(arg_f64(vm, x)?);
    }
    Ok(v)
}

fn dist(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "dist", args, kw, 2, 2)?;
    let p = float_list(vm, args[0])?;
    let q = float_list(vm, args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let d: Vec<f64> = p.iter().zip(&q).map(|(a, b)| a - b).collect();
    Ok(Obj::float(hypot_of(&d)))
}

/// floor/ceil/trunc: ints pass through; floats round to an int (of any size).
fn round_to_int(vm: &mut Vm, name: &str, args: &[Obj], kw: Kw, f: fn(f64) -> f64) -> PyResult {
    check_args(vm, name, args, kw, 1, 1)?;
    let x = args[0];
    if int::is_int(x) {
        return if x.is_bool() {
            Ok(Obj::small_int((x == Obj::TRUE) as i64))
        } else {
            Ok(x)
        };
    }
    let dunder = format!("__{name}__");
    let ty = types::type_of(vm, x);
    let n = vm.intern(&dunder);
    if !x.is_float() {
        if let Some(m) = types::type_lookup(vm, ty, n) {
            return call::call_with_self(vm, m, x, &[], Kw::NONE);
        }
    }
    let v = arg_f64(vm, x)?;
    crate::builtins::functions::float_to_int(vm, f(v))
}

fn floor(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    round_to_int(vm, "floor", args, kw, f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    round_to_int(vm, "ceil", args, kw, f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    round_to_int(vm, "trunc", args, kw, f64::trunc)
}

// ------------------------------------------------------------------------------------------------
// Integer functions

/// An int argument as BigInt (TypeError for floats and others, like CPython).
pub fn arg_bigint(vm: &mut Vm, o: Obj) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(o) {
        return Ok(b);
    }
    if !o.is_float() {
        if let Ok(v) = ops::index_value(vm, o) {
            return Ok(BigInt::from(v));
        }
    }
    let msg = format!(
        "'{}' object cannot be interpreted as an integer",
        types::type_name_of(vm, o)
    );
    Err(vm.type_error(&msg))
}

fn gcd(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "gcd", args, kw, 0, usize::MAX)?;
    let mut g = BigInt::zero();
    for &a in args {
        let v = arg_bigint(vm, a)?;
        g = g.gcd(&v);
    }
    int::int_from_bigint(vm, g)
}

fn lcm(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "lcm", args, kw, 0, usize::MAX)?;
    let mut l = BigInt::one();
    for &a in args {
        let v = arg_bigint(vm, a)?;
        l = if v.is_zero() || l.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&v)
        };
    }
    int::int_from_bigint(vm, l)
}

fn small_nonneg(vm: &mut Vm, o: Obj, name: &str, what: &str) -> PyResult<u64> {
    let v = arg_bigint(vm, o)?;
    if v.is_negative() {
        let msg = format!("{name}() not defined for negative values");
        let msg = if what.is_empty() {
            msg
        } else {
            format!("{what} must be a non-negative integer")
        };
        return Err(vm.value_error(&msg));
    }
    match v.to_u64() {
        Some(n) if n <= 1 << 24 => Ok(n),
        _ => {
            let msg = format!("{name}() argument should not exceed {}", 1u64 << 24);
            Err(vm.new_exc_msg(vm.exc.overflow_error, &msg))
        }
    }
}

fn product_range(lo: u64, hi: u64) -> BigInt {
    // Product of lo..=hi by splitting, for speed on large ranges.
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for k in lo..=hi {
            p *= k;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn factorial(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "factorial", args, kw, 1, 1)?;
    let n = small_nonneg(vm, args[0], "factorial", "")?;
    let r = product_range(1, n);
    int::int_from_bigint(vm, r)
}

fn comb_perm_args(vm: &mut Vm, name: &str, args: &[Obj], kw: Kw) -> PyResult<Option<(u64, u64)>> {
    check_args(vm, name, args, kw, 1, 2)?;
    let n = arg_bigint(vm, args[0])?;
    let k = match args.get(1) {
        Some(&k) if !k.is_none() => arg_bigint(vm, k)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(None);
    }
    match (n.to_u64(), k.to_u64()) {
        (Some(n), Some(k)) => {
            // The product n*(n-1)*...*(n-k+1) has about k*log2(n) bits (comb divides it
            // afterwards): refuse up front what cannot fit the heap instead of failing in malloc.
            let k_eff = if name == "comb" { k.min(n - k) } else { k };
            let bits = (k_eff as u128) * (64 - n.leading_zeros()) as u128;
            if bits / 8 > crate::runtime::format::max_text_len(vm) as u128 {
                return Err(vm.new_exc_msg(vm.exc.memory_error, ""));
            }
            Ok(Some((n, k)))
        }
        _ => Err(vm.new_exc_msg(vm.exc.overflow_error, "n must not exceed 2**64")),
    }
}

fn comb(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    match comb_perm_args(vm, "comb", args, kw)? {
        None => Ok(Obj::small_int(0)),
        Some((n, k)) => {
            let k = k.min(n - k);
            if k == 0 {
                return Ok(Obj::small_int(1));
            }
            // n!/(n-k)! / k! with product trees: the step-by-step loop was quadratic in k
            // (math.comb(10**6, 5 * 10**5) ran for minutes).
            let r = product_range(n - k + 1, n) / product_range(1, k);
            int::int_from_bigint(vm, r)
        }
    }
}

fn perm(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    match comb_perm_args(vm, "perm", args, kw)? {
        None => Ok(Obj::small_int(0)),
        Some((n, k)) => {
            let r = if k == 0 {
                BigInt::one()
            } else {
                product_range(n - k + 1, n)
            };
            int::int_from_bigint(vm, r)
        }
    }
}

fn isqrt(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "isqrt", args, kw, 1, 1)?;
    let n = arg_bigint(vm, args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    int::int_from_bigint(vm, n.sqrt())
}

fn prod(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "prod", args, 1, 1)?;
    crate::builtins::args::check_kw(vm, "prod", kw, &["start"])?;
    let mut acc = kw.get("start").unwrap_or(Obj::small_int(1));
    let it = iter::get_iter(vm, args[0])?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(x) = iter::iter_next(vm, it)? {
            acc = ops::binary_op(vm, crate::bytecode::BinaryOp::Multiply, acc, x)?;
        }
        Ok(acc)
    })();
    vm.tmp_roots.pop();
    r
}

/// Shewchuk's exactly rounded float summation (as CPython's math.fsum).
fn fsum(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "fsum", args, kw, 1, 1)?;
    let xs = float_list(vm, args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for mut x in xs {
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if x.is_infinite() {
            return Err(vm.new_exc_msg(vm.exc.overflow_error, "intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Obj::float(special));
    }
    Ok(Obj::float(round_partials(&partials)))
}

fn round_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}
