//! The `cmath` module: basic complex functions (sqrt, exp, log, phase, polar, rect, ...).
//! Not the full CPython cmath branch-cut special-value tables.

use super::math::{arg_f64, domain_error};
use super::{def_fn, set_attr};
use crate::builtins::args::check_args;
use crate::obj::*;
use crate::runtime::{complex, tuple};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "cmath")?;
    set_attr(vm, m, "pi", Obj::float(std::f64::consts::PI))?;
    set_attr(vm, m, "e", Obj::float(std::f64::consts::E))?;
    set_attr(vm, m, "tau", Obj::float(std::f64::consts::TAU))?;
    set_attr(vm, m, "inf", Obj::float(f64::INFINITY))?;
    set_attr(vm, m, "nan", Obj::float(f64::NAN))?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("sin", sin),
        ("cos", cos),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    Ok(m)
}

/// A number argument as (re, im).
fn arg_complex(vm: &mut Vm, o: Obj) -> PyResult<(f64, f64)> {
    if complex::is_complex(o) {
        return Ok(complex::complex_parts(o));
    }
    Ok((arg_f64(vm, o)?, 0.0))
}

fn one(vm: &mut Vm, name: &str, args: &[Obj], kw: Kw) -> PyResult<(f64, f64)> {
    check_args(vm, name, args, kw, 1, 1)?;
    arg_complex(vm, args[0])
}

fn c_sqrt((re, im): (f64, f64)) -> (f64, f64) {
    if re == 0.0 && im == 0.0 {
        return (0.0, im);
    }
    let r = re.hypot(im);
    let a = ((r + re.abs()) / 2.0).sqrt();
    if re >= 0.0 {
        (a, im / (2.0 * a))
    } else {
        (im.abs() / (2.0 * a), a.copysign(im))
    }
}

fn c_log(vm: &mut Vm, (re, im): (f64, f64)) -> PyResult<(f64, f64)> {
    if re == 0.0 && im == 0.0 {
        return Err(domain_error(vm));
    }
    Ok((re.hypot(im).ln(), im.atan2(re)))
}

fn sqrt(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let z = one(vm, "sqrt", args, kw)?;
    let (r, i) = c_sqrt(z);
    complex::new_complex(vm, r, i)
}

fn exp(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (re, im) = one(vm, "exp", args, kw)?;
    let m = re.exp();
    complex::new_complex(vm, m * im.cos(), m * im.sin())
}

fn log(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "log", args, kw, 1, 2)?;
    let z = arg_complex(vm, args[0])?;
    let (lr, li) = c_log(vm, z)?;
    match args.get(1) {
        None => complex::new_complex(vm, lr, li),
        Some(&b) => {
            let bz = arg_complex(vm, b)?;
            let (br, bi) = c_log(vm, bz)?;
            let d = br * br + bi * bi;
            if d == 0.0 {
                return Err(vm.new_exc_msg(vm.exc.zero_division_error, "complex division by zero"));
            }
            complex::new_complex(vm, (lr * br + li * bi) / d, (li * br - lr * bi) / d)
        }
    }
}

fn log10(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let z = one(vm, "log10", args, kw)?;
    let (lr, li) = c_log(vm, z)?;
    let l10 = std::f64::consts::LN_10;
    complex::new_complex(vm, lr / l10, li / l10)
}

fn phase(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (re, im) = one(vm, "phase", args, kw)?;
    Ok(Obj::float(im.atan2(re)))
}

fn polar(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (re, im) = one(vm, "polar", args, kw)?;
    tuple::tuple_from_slice(vm, &[Obj::float(re.hypot(im)), Obj::float(im.atan2(re))])
}

fn rect(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "rect", args, kw, 2, 2)?;
    let r = arg_f64(vm, args[0])?;
    let phi = arg_f64(vm, args[1])?;
    complex::new_complex(vm, r * phi.cos(), r * phi.sin())
}

fn sin(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (a, b) = one(vm, "sin", args, kw)?;
    complex::new_complex(vm, a.sin() * b.cosh(), a.cos() * b.sinh())
}

fn cos(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (a, b) = one(vm, "cos", args, kw)?;
    complex::new_complex(vm, a.cos() * b.cosh(), -(a.sin() * b.sinh()))
}

fn isnan(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (a, b) = one(vm, "isnan", args, kw)?;
    Ok(Obj::from_bool(a.is_nan() || b.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (a, b) = one(vm, "isinf", args, kw)?;
    Ok(Obj::from_bool(a.is_infinite() || b.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (a, b) = one(vm, "isfinite", args, kw)?;
    Ok(Obj::from_bool(a.is_finite() && b.is_finite()))
}
