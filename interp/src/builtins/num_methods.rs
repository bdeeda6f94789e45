//! Methods of int, float and complex (bit_length, to_bytes/from_bytes, as_integer_ratio, hex,
//! fromhex, conjugate, and the numeric dunders when called explicitly). Not the operators
//! themselves (runtime/ops.rs, int.rs, float.rs) nor the constructors (functions.rs).

use super::args::*;
use crate::obj::*;
use crate::runtime::{bytes, call, complex, float, int, iter, list, ops, tuple, types};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

pub fn register(vm: &mut Vm) {
    let i = vm.types.int;
    let int_methods: [(&'static str, NativeFn); 16] = [
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("conjugate", int_pos),
        ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
        ("__index__", int_pos),
        ("__int__", int_pos),
        ("__trunc__", int_pos),
        ("__floor__", int_pos),
        ("__ceil__", int_pos),
        ("__pos__", int_pos),
        ("__float__", int_float),
        ("__abs__", int_abs),
        ("__neg__", int_neg),
        ("__invert__", int_invert),
    ];
    for (name, f) in int_methods {
        types::add_method(vm, i, name, f);
    }
    add_classmethod(vm, i, "from_bytes", int_from_bytes);
    let f = vm.types.float;
    let float_methods: [(&'static str, NativeFn); 11] = [
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_pos),
        ("__float__", float_pos),
        ("__pos__", float_pos),
        ("__int__", float_int),
        ("__trunc__", float_int),
        ("__abs__", float_abs),
        ("__neg__", float_neg),
        ("__bool__", float_bool),
    ];
    for (name, func) in float_methods {
        types::add_method(vm, f, name, func);
    }
    add_classmethod(vm, f, "fromhex", float_fromhex);
    let c = vm.types.complex;
    types::add_method(vm, c, "conjugate", complex_conjugate);
}

fn add_classmethod(vm: &mut Vm, ty: Obj, name: &'static str, f: NativeFn) {
    let Ok(func) = call::new_builtin(vm, name, f, Obj::NULL) else {
        return;
    };
    let cm = vm.types.classmethod;
    if let Ok(w) = vm.alloc::<WrapperObj>(ObjKind::ClassMethod, cm, 0) {
        w.func = func;
        let w = Obj::from_ptr(w);
        types::add_attr(vm, ty, name, w);
    }
}

// ------------------------------------------------------------------------------------------------
// int

/// The int value of `self` (int, bool, big int or int-subclass instance) as a plain int object.
fn self_int(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<Obj> {
    let o = args
        .first()
        .map(|&o| ops::native_of(o))
        .unwrap_or(Obj::NONE);
    if o.is_bool() {
        return Ok(Obj::small_int((o == Obj::TRUE) as i64));
    }
    if int::is_int(o) {
        return Ok(o);
    }
    Err(vm.type_error(&format!("descriptor '{name}' requires a 'int' object")))
}

fn self_bigint(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<BigInt> {
    let o = self_int(vm, args, name)?;
    Ok(int::to_bigint(o).unwrap_or_default())
}

fn int_bit_length(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "bit_length", args, kw, 1, 1)?;
    let b = self_bigint(vm, args, "bit_length")?;
    Ok(Obj::small_int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "bit_count", args, kw, 1, 1)?;
    let b = self_bigint(vm, args, "bit_count")?;
    let n: u32 = b
        .magnitude()
        .to_bytes_le()
        .iter()
        .map(|x| x.count_ones())
        .sum();
    Ok(Obj::small_int(n as i64))
}

fn int_pos(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__int__", args, kw, 1, 1)?;
    self_int(vm, args, "__int__")
}

fn int_is_integer(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "is_integer", args, kw, 1, 1)?;
    self_int(vm, args, "is_integer")?;
    Ok(Obj::TRUE)
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "as_integer_ratio", args, kw, 1, 1)?;
    let i = self_int(vm, args, "as_integer_ratio")?;
    tuple::tuple_from_slice(vm, &[i, Obj::small_int(1)])
}

fn int_float(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__float__", args, kw, 1, 1)?;
    let i = self_int(vm, args, "__float__")?;
    int::int_to_f64(vm, i).map(Obj::float)
}

fn int_abs(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__abs__", args, kw, 1, 1)?;
    let i = self_int(vm, args, "__abs__")?;
    let neg = int::to_bigint(i).map(|b| b.is_negative()).unwrap_or(false);
    if neg {
        int::int_negate(vm, i)
    } else {
        Ok(i)
    }
}

fn int_neg(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__neg__", args, kw, 1, 1)?;
    let i = self_int(vm, args, "__neg__")?;
    int::int_negate(vm, i)
}

fn int_invert(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__invert__", args, kw, 1, 1)?;
    let i = self_int(vm, args, "__invert__")?;
    int::int_invert(vm, i)
}

/// The byteorder argument: true for little-endian.
fn byteorder_arg(vm: &mut Vm, o: Option<Obj>) -> PyResult<bool> {
    let Some(o) = o else { return Ok(false) };
    match arg_str(vm, o, "to_bytes() argument 'byteorder'")? {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn signed_arg(vm: &mut Vm, kw: Kw) -> PyResult<bool> {
    match kw.get("signed") {
        Some(s) => ops::is_true(vm, s),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "to_bytes", kw, &["length", "byteorder", "signed"])?;
    check_count(vm, "to_bytes", args, 1, 3)?;
    let b = self_bigint(vm, args, "to_bytes")?;
    let length = match arg_or_kw(&args[1..], kw, 0, "length") {
        Some(l) => ops::index_value(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, arg_or_kw(&args[1..], kw, 1, "byteorder"))?;
    let signed = signed_arg(vm, kw)?;
    if !signed && b.is_negative() {
        return Err(vm.new_exc_msg(
            vm.exc.overflow_error,
            "can't convert negative int to unsigned",
        ));
    }
    let mut out = b.to_signed_bytes_le();
    if !signed && out.len() > 1 && out.last() == Some(&0) {
        out.pop();
    }
    if b.is_zero() {
        out.clear();
    }
    let length = length as usize;
    super::str_methods::check_size(vm, length)?;
    if out.len() > length {
        return Err(vm.new_exc_msg(vm.exc.overflow_error, "int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    out.resize(length, fill);
    if !little {
        out.reverse();
    }
    bytes::new_bytes(vm, &out)
}

/// The bytes of a bytes-like object or an iterable of ints in 0..256.
fn bytes_of(vm: &mut Vm, o: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::try_bytes(o) {
        return Ok(b.to_vec());
    }
    if let Some(m) = super::memoryview::memoryview_bytes(o) {
        return Ok(m);
    }
    let l = iter::collect_list(vm, o)?;
    let mut out = Vec::with_capacity(list::list_len(l));
    for x in list::list_items(l).to_vec() {
        let v = ops::index_value(vm, x)?;
        if !(0..256).contains(&v) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(v as u8);
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (args[0] is the class).
fn int_from_bytes(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    check_count(vm, "from_bytes", args, 1, 3)?;
    let Some(src) = arg_or_kw(&args[1..], kw, 0, "bytes") else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = bytes_of(vm, src)?;
    let little = byteorder_arg(vm, arg_or_kw(&args[1..], kw, 1, "byteorder"))?;
    let signed = signed_arg(vm, kw)?;
    if !little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let r = int::int_from_bigint(vm, v)?;
    let cls = args[0];
    if cls == vm.types.int || !types::is_type(cls) {
        return Ok(r);
    }
    call::call(vm, cls, &[r], Kw::NONE)
}

// ------------------------------------------------------------------------------------------------
// float

fn self_float(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<f64> {
    let o = args
        .first()
        .map(|&o| ops::native_of(o))
        .unwrap_or(Obj::NONE);
    if o.is_float() {
        return Ok(o.float_value());
    }
    Err(vm.type_error(&format!("descriptor '{name}' requires a 'float' object")))
}

fn float_is_integer(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "is_integer", args, kw, 1, 1)?;
    let f = self_float(vm, args, "is_integer")?;
    Ok(Obj::from_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_pos(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__float__", args, kw, 1, 1)?;
    self_float(vm, args, "__float__").map(Obj::float)
}

fn float_abs(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__abs__", args, kw, 1, 1)?;
    self_float(vm, args, "__abs__").map(|f| Obj::float(f.abs()))
}

fn float_neg(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__neg__", args, kw, 1, 1)?;
    self_float(vm, args, "__neg__").map(|f| Obj::float(-f))
}

fn float_bool(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__bool__", args, kw, 1, 1)?;
    self_float(vm, args, "__bool__").map(|f| Obj::from_bool(f != 0.0))
}

fn float_int(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__int__", args, kw, 1, 1)?;
    let f = self_float(vm, args, "__int__")?;
    super::functions::float_to_int(vm, f)
}

/// (numerator, denominator) of a finite float, the denominator a power of two.
fn float_ratio(f: f64) -> (BigInt, BigInt) {
    let (mut m, mut e) = float::frexp(f);
    let mut i = 0;
    while m != m.floor() && i < 1100 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let n = BigInt::from(m as i64);
    if e >= 0 {
        (n << e as usize, BigInt::from(1))
    } else {
        (n, BigInt::from(1) << (-e) as usize)
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "as_integer_ratio", args, kw, 1, 1)?;
    let f = self_float(vm, args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.new_exc_msg(
            vm.exc.overflow_error,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (n, d) = float_ratio(f);
    let n = int::int_from_bigint(vm, n)?;
    let d = int::int_from_bigint(vm, d)?;
    tuple::tuple_from_slice(vm, &[n, d])
}

/// float.hex() as CPython formats it: `0x1.8000000000000p+1`.
pub fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

fn float_hex(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "hex", args, kw, 1, 1)?;
    let f = self_float(vm, args, "hex")?;
    crate::runtime::str::new_string(vm, float_to_hex(f))
}

/// Parse the text of float.fromhex(); None if malformed.
pub fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    let v = match special {
        Some(v) => v,
        None => parse_hex_magnitude(&lower)?,
    };
    Some(if neg { -v } else { v })
}

fn parse_hex_magnitude(t: &str) -> Option<f64> {
    let t = t.strip_prefix("0x").unwrap_or(t);
    let (mant, exp) = match t.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (t, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut n = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        n = n * 16 + c.to_digit(16)?;
    }
    let e = exp.checked_sub(4 * frac_part.len() as i64)?;
    Some(scale_to_f64(&n, e))
}

/// n * 2**e rounded to a float (via the top 64 bits of n).
fn scale_to_f64(n: &BigInt, e: i64) -> f64 {
    if n.is_zero() {
        return 0.0;
    }
    let extra = n.bits().saturating_sub(64) as i64;
    let top = (n >> extra as usize).to_u64().unwrap_or(0) as f64;
    let mut f = top;
    let mut k = e + extra;
    while k > 0 && f.is_finite() {
        let step = k.min(1000);
        f *= 2f64.powi(step as i32);
        k -= step;
    }
    while k < 0 && f != 0.0 {
        let step = (-k).min(1000);
        f /= 2f64.powi(step as i32);
        k += step;
    }
    f
}

fn float_fromhex(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "fromhex", args, kw, 2, 2)?;
    let s = arg_str(vm, args[1], "fromhex() argument")?;
    let Some(f) = parse_hex_float(s) else {
        return Err(vm.value_error("invalid hexadecimal floating-point string"));
    };
    if f.is_infinite() && !s.to_ascii_lowercase().contains("inf") {
        return Err(vm.new_exc_msg(
            vm.exc.overflow_error,
            "hexadecimal value too large to represent as a float",
        ));
    }
    let cls = args[0];
    if cls == vm.types.float || !types::is_type(cls) {
        return Ok(Obj::float(f));
    }
    call::call(vm, cls, &[Obj::float(f)], Kw::NONE)
}

// ------------------------------------------------------------------------------------------------
// complex

fn complex_conjugate(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "conjugate", args, kw, 1, 1)?;
    let o = ops::native_of(args[0]);
    if !complex::is_complex(o) {
        return Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object"));
    }
    let (re, im) = complex::complex_parts(o);
    complex::new_complex(vm, re, -im)
}
