//! Text formatting: the format-spec mini-language (format(), str.format, f-strings) and printf-style `%`.
//! Not the parsing of `{}` replacement fields (runtime/strformat.rs) nor repr/str (builtins/repr.rs).

use crate::obj::*;
use crate::runtime::{bytes, complex, int, str as pystr, tuple, types};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;

/// Widths and precisions whose text could not fit in the heap raise MemoryError up front
/// (instead of building a huge Rust string first).
pub fn max_text_len(vm: &Vm) -> usize {
    vm.opts.heap_size.min(1 << 30)
}

// ------------------------------------------------------------------------------------------------
// Format spec parsing

/// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
#[derive(Clone, Debug, Default)]
pub struct FormatSpec {
    pub fill: char,
    pub fill_given: bool,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn parse_digits(c: &[char], i: &mut usize) -> Result<Option<usize>, &'static str> {
    let start = *i;
    let mut v: usize = 0;
    while *i < c.len() && c[*i].is_ascii_digit() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(c[*i] as usize - '0' as usize))
            .ok_or("Too many decimal digits in format string")?;
        *i += 1;
    }
    if v > i64::MAX as usize {
        return Err("Too many decimal digits in format string");
    }
    Ok(if *i > start { Some(v) } else { None })
}

impl FormatSpec {
    /// Parse a spec; `Err(None)` means "Invalid format specifier", `Err(Some(msg))` a specific error.
    fn parse_inner(s: &str) -> Result<FormatSpec, Option<&'static str>> {
        let c: Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut spec = FormatSpec {
            fill: ' ',
            ..Default::default()
        };
        if c.len() >= 2 && "<>=^".contains(c[1]) {
            spec.fill = c[0];
            spec.fill_given = true;
            spec.align = Some(c[1]);
            i = 2;
        } else if !c.is_empty() && "<>=^".contains(c[0]) {
            spec.align = Some(c[0]);
            i = 1;
        }
        if i < c.len() && "+- ".contains(c[i]) {
            spec.sign = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == 'z' {
            spec.no_neg_zero = true;
            i += 1;
        }
        if i < c.len() && c[i] == '#' {
            spec.alt = true;
            i += 1;
        }
        if i < c.len() && c[i] == '0' {
            spec.zero = true;
            i += 1;
        }
        spec.width = parse_digits(&c, &mut i).map_err(Some)?;
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            spec.grouping = Some(c[i]);
            i += 1;
            if i < c.len() && (c[i] == ',' || c[i] == '_') {
                return Err(Some("Cannot specify both ',' and '_'."));
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            spec.precision = parse_digits(&c, &mut i).map_err(Some)?;
            if spec.precision.is_none() {
                return Err(Some("Format specifier missing precision"));
            }
        }
        if c.len() - i > 1 {
            return Err(None);
        }
        if i < c.len() {
            spec.ty = Some(c[i]);
        }
        Ok(spec)
    }

    /// Parse `s` for a value of type `tname` (used in error messages).
    pub fn parse(vm: &mut Vm, s: &str, tname: &str) -> PyResult<FormatSpec> {
        match Self::parse_inner(s) {
            Ok(spec) => {
                if let Some(g) = spec.grouping {
                    let default_ty = match tname {
                        "str" => Some('s'),
                        "int" | "bool" => Some('d'),
                        _ => None,
                    };
                    match spec.ty.or(default_ty) {
                        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                        Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
                        Some(t) => return Err(spec.grouping_error(vm, t)),
                    }
                }
                if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
                    return Err(vm.value_error("precision too big"));
                }
                for v in [spec.width, spec.precision].into_iter().flatten() {
                    if v > max_text_len(vm) {
                        return Err(vm.new_exc_msg(vm.exc.memory_error, ""));
                    }
                }
                Ok(spec)
            }
            Err(Some(m)) => Err(vm.value_error(m)),
            Err(None) => Err(vm.value_error(&format!(
                "Invalid format specifier '{s}' for object of type '{tname}'"
            ))),
        }
    }

    /// Apply the `0` flag: fill '0' (unless a fill was given) and '=' alignment for numbers.
    fn resolve_zero(&mut self, numeric: bool) {
        if self.zero && !self.fill_given {
            self.fill = '0';
            if self.align.is_none() && numeric {
                self.align = Some('=');
            }
        }
    }

    fn grouping_error(&self, vm: &mut Vm, ty: char) -> crate::vm::PyErr {
        let g = self.grouping.unwrap_or(',');
        vm.value_error(&format!("Cannot specify '{g}' with '{ty}'."))
    }
}

// ------------------------------------------------------------------------------------------------
// Padding and number assembly

fn repeat_char(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// Pad `s` to the spec's width with its fill; `default_align` when the spec has none.
pub fn pad_to(s: &str, spec: &FormatSpec, default_align: char) -> String {
    match spec.width {
        Some(width) if s.chars().count() < width => {
            pad_to_owned(s.to_string(), spec, default_align)
        }
        _ => s.to_string(),
    }
}

/// `pad_to` of a string the caller owns (returned as it is when no padding is needed).
fn pad_to_owned(s: String, spec: &FormatSpec, default_align: char) -> String {
    let Some(width) = spec.width else {
        return s;
    };
    let n = s.chars().count();
    if n >= width {
        return s;
    }
    let fill_n = width - n;
    match spec.align.unwrap_or(default_align) {
        '<' => s + &repeat_char(spec.fill, fill_n),
        '^' => {
            let (l, r) = (fill_n / 2, fill_n - fill_n / 2);
            [
                &repeat_char(spec.fill, l),
                s.as_str(),
                &repeat_char(spec.fill, r),
            ]
            .concat()
        }
        _ => repeat_char(spec.fill, fill_n) + &s,
    }
}

/// Insert `sep` every `every` digits from the right, zero-extending to at least `min_len`
/// characters (never starting with a separator).
fn group_digits(digits: &str, sep: Option<char>, every: usize, min_len: usize) -> String {
    if sep.is_none() {
        let n = digits.len();
        return if n >= min_len {
            digits.to_string()
        } else {
            "0".repeat(min_len - n) + digits
        };
    }
    let ds: Vec<char> = digits.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(ds.len() * 2);
    let mut idx = ds.len();
    let mut in_group = 0;
    loop {
        let have = idx > 0;
        if !have && out.len() >= min_len {
            break;
        }
        if let Some(s) = sep {
            if in_group == every {
                out.push(s);
                in_group = 0;
            }
        }
        if have {
            idx -= 1;
            out.push(ds[idx]);
        } else {
            out.push('0');
        }
        in_group += 1;
    }
    out.iter().rev().collect()
}

/// Assemble a formatted number: sign, prefix, integer digits (grouped), the rest (fraction,
/// exponent, suffix), padded according to the spec.
struct NumParts<'a> {
    neg: bool,
    prefix: &'a str,
    digits: &'a str,
    rest: &'a str,
    every: usize,
}

fn finish_number(p: &NumParts, spec: &FormatSpec) -> String {
    let sign = if p.neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let align = spec.align.unwrap_or('>');
    let lead = sign.len() + p.prefix.len() + p.rest.chars().count();
    // (Built with `concat`, not `format!`: this is the hot path of `%d` and `{:d}`.)
    if align == '=' && spec.fill == '0' {
        let min = spec.width.unwrap_or(0).saturating_sub(lead);
        let body = group_digits(p.digits, spec.grouping, p.every, min);
        return [sign, p.prefix, &body, p.rest].concat();
    }
    let body = group_digits(p.digits, spec.grouping, p.every, 0);
    let core_len = lead + body.chars().count();
    if align == '=' {
        let fill_n = spec.width.unwrap_or(0).saturating_sub(core_len);
        let fill = repeat_char(spec.fill, fill_n);
        return [sign, p.prefix, &fill, &body, p.rest].concat();
    }
    let s = [sign, p.prefix, &body, p.rest].concat();
    pad_to_owned(s, spec, '>')
}

// ------------------------------------------------------------------------------------------------
// int

fn format_int(vm: &mut Vm, v: Obj, spec: &FormatSpec, tname: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if spec.no_neg_zero && !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = int::int_to_f64(vm, v)?;
        return format_float(vm, f, spec);
    }
    if !matches!(ty, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(vm.value_error(&format!(
            "Unknown format code '{ty}' for object of type '{tname}'"
        )));
    }
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if spec.grouping.is_some()
        && (ty == 'n' || ty == 'c' || (spec.grouping == Some(',') && ty != 'd'))
    {
        return Err(spec.grouping_error(vm, ty));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alt {
            return Err(
                vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
            );
        }
        let c = int::to_i64(v)
            .and_then(|x| u32::try_from(x).ok())
            .and_then(char::from_u32);
        let Some(c) = c else {
            return Err(vm.new_exc_msg(vm.exc.overflow_error, "%c arg not in range(0x110000)"));
        };
        let mut s2 = spec.clone();
        s2.sign = None;
        return Ok(pad_to(&c.to_string(), &s2, '<'));
    }
    if ty == 'd' && spec.grouping.is_none() && matches!(spec.sign, None | Some('-')) {
        if let Some(x) = int::to_i64(v) {
            return Ok(decimal_i64(x, spec));
        }
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (neg, mut digits) = int_digits(v, radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if spec.alt { prefix } else { "" };
    let every = if radix == 10 { 3 } else { 4 };
    Ok(finish_number(
        &NumParts {
            neg,
            prefix,
            digits: &digits,
            rest: "",
            every,
        },
        spec,
    ))
}

/// `format(x, spec)` for a machine int, decimal, no sign flag and no grouping (`%d`, `%5d`,
/// `%05d`, `{}`, `{:>8}`): the common case, without the general path's intermediate strings.
fn decimal_i64(x: i64, spec: &FormatSpec) -> String {
    let mut buf = itoa::Buffer::new();
    let s = buf.format(x);
    let width = spec.width.unwrap_or(0);
    if s.len() >= width {
        return s.to_string();
    }
    if spec.align == Some('=') {
        // Fill between the sign and the digits (`%05d`, `{:=8}`, `{:08}`).
        let (sign, digits) = s.split_at(usize::from(x < 0));
        let mut out = String::with_capacity(width);
        out.push_str(sign);
        out.extend(std::iter::repeat_n(spec.fill, width - s.len()));
        out.push_str(digits);
        return out;
    }
    pad_to(s, spec, '>')
}

/// Digits of `m` in `radix` (2, 8, 10 or 16).
fn radix_digits(m: u64, radix: u32) -> String {
    match radix {
        2 => format!("{m:b}"),
        8 => format!("{m:o}"),
        16 => format!("{m:x}"),
        _ => m.to_string(),
    }
}

/// Sign and magnitude digits of an int in `radix` (2, 8, 10 or 16).
fn int_digits(v: Obj, radix: u32) -> (bool, String) {
    if let Some(x) = int::to_i64(v) {
        return (x < 0, radix_digits(x.unsigned_abs(), radix));
    }
    let b = int::to_bigint(v).unwrap_or_default();
    (
        num_traits::Signed::is_negative(&b),
        num_traits::Signed::abs(&b).to_str_radix(radix),
    )
}

// ------------------------------------------------------------------------------------------------
// float

/// Rust's formatter panics on precisions above `u16::MAX`. A double's exact decimal expansion
/// ends within 1074 digits after the point (767 significant digits), so beyond this cap every
/// digit is a zero: format with the cap and append the zeros by hand.
const RUST_PREC_CAP: usize = 1100;

fn pad_zeros(mut s: String, n: usize) -> String {
    s.extend(std::iter::repeat_n('0', n));
    s
}

/// `format!("{:.prec$}", a)` for any precision.
pub(crate) fn fixed_digits(a: f64, prec: usize) -> String {
    if prec <= RUST_PREC_CAP {
        return format!("{:.*}", prec, a);
    }
    pad_zeros(format!("{:.*}", RUST_PREC_CAP, a), prec - RUST_PREC_CAP)
}

/// Significant digits and decimal-point position of |a| rounded to `sig` digits (sig >= 1).
fn sig_digits(a: f64, sig: usize) -> (String, i64) {
    let s = if sig <= RUST_PREC_CAP {
        format!("{:.*e}", sig - 1, a)
    } else {
        let s = format!("{:.*e}", RUST_PREC_CAP - 1, a);
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        format!("{}e{e}", pad_zeros(m.to_string(), sig - RUST_PREC_CAP))
    };
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = e.parse().unwrap_or(0);
    (m.replace('.', ""), exp + 1)
}

fn exp_suffix(exp: i64) -> String {
    format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// 'e' formatting of |a| with `prec` digits after the point.
fn fmt_exp(a: f64, prec: usize, alt: bool) -> String {
    let (d, decpt) = sig_digits(a, prec + 1);
    let exp = if a == 0.0 { 0 } else { decpt - 1 };
    let mut m = d[..1].to_string();
    if prec > 0 || alt {
        m.push('.');
        m.push_str(&d[1..]);
    }
    m + &exp_suffix(exp)
}

/// 'g' formatting (also the no-type-with-precision case when `add_dot_0`).
fn fmt_general(a: f64, prec: usize, alt: bool, add_dot_0: bool) -> String {
    let p = prec.max(1);
    let (mut d, mut decpt) = sig_digits(a, p);
    if a == 0.0 {
        decpt = 1;
    }
    let threshold = if add_dot_0 { p as i64 - 1 } else { p as i64 };
    let use_exp = decpt <= -4 || decpt > threshold;
    if !alt {
        let t = d.trim_end_matches('0');
        d = if t.is_empty() {
            "0".to_string()
        } else {
            t.to_string()
        };
    }
    if use_exp {
        let mut m = d[..1].to_string();
        if d.len() > 1 || alt {
            m.push('.');
            m.push_str(&d[1..]);
        }
        return m + &exp_suffix(decpt - 1);
    }
    let mut out = if decpt <= 0 {
        format!("0.{}{}", "0".repeat((-decpt) as usize), d)
    } else {
        let dp = decpt as usize;
        if d.len() <= dp {
            let mut s = d.clone() + &"0".repeat(dp - d.len());
            if alt {
                s.push('.');
            }
            s
        } else {
            format!("{}.{}", &d[..dp], &d[dp..])
        }
    };
    if add_dot_0 && !out.contains('.') {
        out.push_str(".0");
    }
    out
}

/// Digits of |a| for a float format type (no sign, no padding).
fn float_body(a: f64, ty: Option<char>, prec: Option<usize>, alt: bool) -> String {
    let upper = ty.is_some_and(|t| t.is_ascii_uppercase());
    if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        return if ty == Some('%') { s + "%" } else { s };
    }
    let s = match ty {
        Some('f' | 'F') => {
            let s = fixed_digits(a, prec.unwrap_or(6));
            if alt && !s.contains('.') {
                s + "."
            } else {
                s
            }
        }
        Some('%') => {
            let s = fixed_digits(a * 100.0, prec.unwrap_or(6));
            (if alt && !s.contains('.') { s + "." } else { s }) + "%"
        }
        Some('e' | 'E') => fmt_exp(a, prec.unwrap_or(6), alt),
        Some('g' | 'G' | 'n') => fmt_general(a, prec.unwrap_or(6), alt, false),
        _ => match prec {
            Some(p) => fmt_general(a, p, alt, true),
            None => {
                let r = crate::runtime::float::float_repr(a);
                match r.find('e') {
                    Some(p) if alt && !r[..p].contains('.') => format!("{}.{}", &r[..p], &r[p..]),
                    _ => r,
                }
            }
        },
    };
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

fn format_float(vm: &mut Vm, f: f64, spec: &FormatSpec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(vm.value_error(&format!(
                "Unknown format code '{t}' for object of type 'float'"
            )));
        }
    }
    if spec.grouping.is_some() && spec.ty == Some('n') {
        return Err(spec.grouping_error(vm, 'n'));
    }
    let body = float_body(f.abs(), spec.ty, spec.precision, spec.alt);
    let mut neg = f.is_sign_negative() && !f.is_nan();
    if neg
        && spec.no_neg_zero
        && f.is_finite()
        && body.chars().all(|c| !c.is_ascii_digit() || c == '0')
    {
        neg = false;
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    let parts = NumParts {
        neg,
        prefix: "",
        digits,
        rest,
        every: 3,
    };
    if !f.is_finite() {
        let mut s2 = spec.clone();
        s2.grouping = None;
        return Ok(finish_number(&parts, &s2));
    }
    Ok(finish_number(&parts, spec))
}

// ------------------------------------------------------------------------------------------------
// complex

fn format_complex(vm: &mut Vm, re: f64, im: f64, spec: &FormatSpec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(vm.value_error(&format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )));
        }
    }
    if spec.zero && !spec.fill_given {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let bare = spec.ty.is_none() && spec.precision.is_none();
    let part = |x: f64| -> String {
        let body = if bare {
            let r = crate::runtime::float::float_repr(x.abs());
            r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
        } else {
            float_body(
                x.abs(),
                Some(spec.ty.unwrap_or('g')),
                spec.precision,
                spec.alt,
            )
        };
        if spec.grouping.is_none() || !x.is_finite() {
            return body;
        }
        let split = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        format!(
            "{}{}",
            group_digits(&body[..split], spec.grouping, 3, 0),
            &body[split..]
        )
    };
    let skip_re = spec.ty.is_none() && re == 0.0 && re.is_sign_positive();
    let re_sign = if re.is_sign_negative() && !re.is_nan() {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let im_neg = im.is_sign_negative() && !im.is_nan();
    let s = if skip_re {
        let im_sign = if im_neg { "-" } else { re_sign };
        format!("{im_sign}{}j", part(im))
    } else {
        let body = format!(
            "{re_sign}{}{}{}j",
            part(re),
            if im_neg { "-" } else { "+" },
            part(im)
        );
        if spec.ty.is_none() {
            format!("({body})")
        } else {
            body
        }
    };
    Ok(pad_to(&s, spec, '>'))
}

// ------------------------------------------------------------------------------------------------
// str

fn format_str(vm: &mut Vm, s: &str, spec: &FormatSpec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(vm.value_error(&format!(
                "Unknown format code '{t}' for object of type 'str'"
            )));
        }
    }
    if spec.sign == Some(' ') {
        return Err(vm.value_error("Space not allowed in string format specifier"));
    }
    if spec.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if spec.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    if spec.grouping.is_some() {
        return Err(spec.grouping_error(vm, 's'));
    }
    let s: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad_to(&s, spec, '<'))
}

// ------------------------------------------------------------------------------------------------
// Dispatch

/// format(value, spec): `__format__` of Python classes, else the built-in spec language.
pub fn format_value(vm: &mut Vm, v: Obj, spec: &str) -> PyResult<String> {
    if is_kind(v, ObjKind::Instance)
        || is_kind(v, ObjKind::Exception)
        || is_kind(v, ObjKind::Native)
    {
        let ty = types::type_of(vm, v);
        if let Some(m) = types::type_lookup(vm, ty, vm.names.__format__) {
            if !is_kind(m, ObjKind::BuiltinFn) {
                let so = pystr::new_str(vm, spec)?;
                let r = crate::runtime::call::call_with_self(vm, m, v, &[so], Kw::NONE)?;
                return match pystr::try_str(r) {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        let msg = format!(
                            "__format__ must return a str, not {}",
                            types::type_name_of(vm, r)
                        );
                        Err(vm.type_error(&msg))
                    }
                };
            }
        }
    }
    format_builtin(vm, v, spec)
}

/// The built-in `__format__` of `v` (ignores Python-level `__format__` overrides).
pub fn format_builtin(vm: &mut Vm, v: Obj, spec: &str) -> PyResult<String> {
    let n = crate::runtime::ops::native_of(v);
    if spec.is_empty() {
        return crate::builtins::str_string(vm, v);
    }
    if let Some(s) = pystr::try_str(n) {
        let mut p = FormatSpec::parse(vm, spec, "str")?;
        p.resolve_zero(false);
        return format_str(vm, s, &p);
    }
    if n.is_float() {
        let mut p = FormatSpec::parse(vm, spec, "float")?;
        p.resolve_zero(true);
        return format_float(vm, n.float_value(), &p);
    }
    if int::is_int(n) {
        let tname = if n.is_bool() { "bool" } else { "int" };
        let mut p = FormatSpec::parse(vm, spec, tname)?;
        p.resolve_zero(true);
        return format_int(vm, n, &p, tname);
    }
    if complex::is_complex(n) {
        let p = FormatSpec::parse(vm, spec, "complex")?;
        let (re, im) = complex::complex_parts(n);
        return format_complex(vm, re, im, &p);
    }
    let msg = format!(
        "unsupported format string passed to {}.__format__",
        types::type_name_of(vm, v)
    );
    Err(vm.type_error(&msg))
}

// ------------------------------------------------------------------------------------------------
// printf-style `%`

/// `fmt % args` for str.
pub fn str_percent(vm: &mut Vm, fmt: Obj, args: Obj) -> PyResult {
    let f = pystr::as_rust_str(fmt);
    let s = percent_format(vm, f, args)?;
    pystr::new_string(vm, s)
}

/// `fmt % args` for bytes (and bytearray): bytes are handled as Latin-1 text internally.
pub fn bytes_percent(vm: &mut Vm, fmt: Obj, args: Obj) -> PyResult {
    let f: String = bytes::try_bytes(fmt)
        .unwrap_or(&[])
        .iter()
        .map(|&b| b as char)
        .collect();
    let s = percent_core(vm, &f, args, true)?;
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    if is_kind(fmt, ObjKind::ByteArray) {
        return bytes::new_bytearray(vm, &out);
    }
    bytes::new_bytes(vm, &out)
}

/// The printf-style formatter for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: Obj) -> PyResult<String> {
    percent_core(vm, fmt, args, false)
}

/// One `%` conversion: flags, width, precision, type.
struct Conv {
    left: bool,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
    ty: char,
}

struct PercentArgs<'a> {
    items: &'a [Obj],
    next: usize,
    mapping: Option<Obj>,
    all: Obj,
}

impl PercentArgs<'_> {
    fn take(&mut self, vm: &mut Vm) -> PyResult<Obj> {
        match self.items.get(self.next) {
            Some(&o) => {
                self.next += 1;
                Ok(o)
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

fn percent_core(vm: &mut Vm, fmt: &str, args: Obj, is_bytes: bool) -> PyResult<String> {
    let is_tuple = tuple::try_tuple(args).is_some();
    let is_mapping = !is_tuple
        && !pystr::is_str(args)
        && bytes::try_bytes(args).is_none()
        && has_getitem(vm, args);
    let tuple_items: Vec<Obj> = match tuple::try_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args],
    };
    let mut pa = PercentArgs {
        items: &tuple_items,
        next: 0,
        mapping: if is_mapping { Some(args) } else { None },
        all: args,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let mut used_key = false;
    while let Some(p) = fmt[i..].find('%') {
        out.push_str(&fmt[i..i + p]);
        i += p + 1;
        let (piece, keyed) = one_conversion(vm, fmt, &mut i, &mut pa, is_bytes)?;
        used_key |= keyed;
        out.push_str(&piece);
        if out.len() > max_text_len(vm) {
            return Err(vm.new_exc_msg(vm.exc.memory_error, ""));
        }
    }
    out.push_str(&fmt[i..]);
    if !used_key && pa.next < pa.items.len() && (is_tuple || pa.mapping.is_none()) {
        let _ = pa.all;
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn has_getitem(vm: &mut Vm, o: Obj) -> bool {
    if crate::runtime::dict::as_dict(o).is_some() {
        return true;
    }
    if crate::runtime::list::as_list(o).is_some() || is_kind(o, ObjKind::Range) {
        return true;
    }
    if !o.is_ptr() {
        return false;
    }
    let ty = types::type_of(vm, o);
    types::type_obj(ty).flags.get() & tflags::HEAP != 0
        && types::type_lookup(vm, ty, vm.names.__getitem__).is_some()
}

fn parse_num(b: &[u8], i: &mut usize) -> Option<usize> {
    let start = *i;
    let mut v: usize = 0;
    while *i < b.len() && b[*i].is_ascii_digit() {
        v = v.saturating_mul(10).saturating_add((b[*i] - b'0') as usize);
        *i += 1;
    }
    if *i > start {
        Some(v)
    } else {
        None
    }
}

fn star_arg(vm: &mut Vm, pa: &mut PercentArgs) -> PyResult<i64> {
    let o = pa.take(vm)?;
    if !int::is_int(o) {
        return Err(vm.type_error("* wants int"));
    }
    match int::to_i64(o) {
        Some(v) => Ok(v),
        None => Err(vm.new_exc_msg(
            vm.exc.overflow_error,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// Parse and render one conversion after a '%'. Returns (text, used a mapping key).
fn one_conversion(
    vm: &mut Vm,
    fmt: &str,
    i: &mut usize,
    pa: &mut PercentArgs,
    is_bytes: bool,
) -> PyResult<(String, bool)> {
    let chars = fmt.as_bytes();
    let conv_start = *i;
    let mut key_arg: Option<Obj> = None;
    if *i < chars.len() && chars[*i] == b'(' {
        let Some(m) = pa.mapping else {
            return Err(vm.type_error("format requires a mapping"));
        };
        let start = *i + 1;
        let mut depth = 1;
        let mut j = start;
        while j < chars.len() && depth > 0 {
            match chars[j] {
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(vm.value_error("incomplete format key"));
        }
        let key: &str = &fmt[start..j - 1];
        *i = j;
        let ko = if is_bytes {
            let kb: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
            bytes::new_bytes(vm, &kb)?
        } else {
            pystr::new_str(vm, key)?
        };
        key_arg = Some(crate::runtime::subscr::load_subscr(vm, m, ko)?);
    }
    let mut cv = Conv {
        left: false,
        sign: None,
        alt: false,
        zero: false,
        width: None,
        prec: None,
        ty: ' ',
    };
    while *i < chars.len() && b"-+ #0".contains(&chars[*i]) {
        match chars[*i] {
            b'-' => cv.left = true,
            b'+' => cv.sign = Some('+'),
            b' ' => {
                if cv.sign.is_none() {
                    cv.sign = Some(' ')
                }
            }
            b'#' => cv.alt = true,
            _ => cv.zero = true,
        }
        *i += 1;
    }
    if *i < chars.len() && chars[*i] == b'*' {
        *i += 1;
        let w = star_arg(vm, pa)?;
        if w < 0 {
            cv.left = true;
        }
        cv.width = Some(w.unsigned_abs() as usize);
    } else {
        cv.width = parse_num(chars, i);
    }
    if *i < chars.len() && chars[*i] == b'.' {
        *i += 1;
        if *i < chars.len() && chars[*i] == b'*' {
            *i += 1;
            cv.prec = Some(star_arg(vm, pa)?.max(0) as usize);
        } else {
            cv.prec = Some(parse_num(chars, i).unwrap_or(0));
        }
    }
    if cv.prec.unwrap_or(0) > i32::MAX as usize {
        return Err(vm.value_error("precision too big"));
    }
    let max = max_text_len(vm);
    if cv.width.unwrap_or(0) > max || cv.prec.unwrap_or(0) > max {
        return Err(vm.new_exc_msg(vm.exc.memory_error, ""));
    }
    while *i < chars.len() && b"hlL".contains(&chars[*i]) {
        *i += 1;
    }
    let Some(ty) = fmt[*i..].chars().next() else {
        return Err(vm.value_error("incomplete format"));
    };
    let ty_byte = *i;
    *i += ty.len_utf8();
    cv.ty = ty;
    if ty == '%' {
        if *i - 1 == conv_start {
            return Ok(("%".to_string(), false));
        }
        if key_arg.is_none() {
            pa.take(vm)?;
        }
        let msg = format!(
            "unsupported format character '%' (0x25) at index {}",
            fmt[..ty_byte].chars().count()
        );
        return Err(vm.value_error(&msg));
    }
    let keyed = key_arg.is_some();
    if keyed {
        // CPython: after a keyed conversion the mapping is no longer a positional argument.
        pa.next = pa.items.len();
    }
    let arg = match key_arg {
        Some(a) => a,
        None => pa.take(vm)?,
    };
    let text = render_conversion(vm, &cv, arg, is_bytes, &fmt[..ty_byte])?;
    Ok((text, keyed))
}

/// `%d` of a small int (no precision): the text built directly, what `finish_number` makes of it.
fn percent_small_decimal(cv: &Conv, v: i64) -> String {
    let mut buf = itoa::Buffer::new();
    let digits = buf.format(v.unsigned_abs());
    let sign = match (v < 0, cv.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    let len = sign.len() + digits.len();
    let pad = cv.width.unwrap_or(0).saturating_sub(len);
    let mut out = String::with_capacity(len + pad);
    if cv.left {
        out.push_str(sign);
        out.push_str(digits);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if cv.zero {
        out.push_str(sign);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(digits);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(digits);
    }
    out
}

fn text_pad(s: String, cv: &Conv) -> String {
    match cv.width {
        Some(w) if w > 0 && s.len() < w.saturating_mul(4) && s.chars().count() < w => {
            let spec = FormatSpec {
                fill: ' ',
                align: Some(if cv.left { '<' } else { '>' }),
                width: cv.width,
                ..Default::default()
            };
            pad_to(&s, &spec, '>')
        }
        _ => s,
    }
}

fn truncate(s: String, prec: Option<usize>) -> String {
    match prec {
        Some(p) => s.chars().take(p).collect(),
        None => s,
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

fn render_conversion(
    vm: &mut Vm,
    cv: &Conv,
    arg: Obj,
    is_bytes: bool,
    before: &str,
) -> PyResult<String> {
    let s = match cv.ty {
        's' | 'b' if is_bytes => {
            let b = bytes_like(vm, arg)?;
            truncate(latin1(&b), cv.prec)
        }
        's' => truncate(crate::builtins::str_string(vm, arg)?, cv.prec),
        'r' | 'a' => {
            let r = if cv.ty == 'a' || is_bytes {
                crate::builtins::repr::ascii_string(vm, arg)?
            } else {
                crate::builtins::repr_string(vm, arg)?
            };
            truncate(r, cv.prec)
        }
        'c' => percent_char(vm, arg, is_bytes)?,
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => return percent_int(vm, cv, arg),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => return percent_float(vm, cv, arg),
        t => {
            let msg = format!(
                "unsupported format character '{t}' (0x{:x}) at index {}",
                t as u32,
                before.chars().count()
            );
            return Err(vm.value_error(&msg));
        }
    };
    Ok(text_pad(s, cv))
}

fn bytes_like(vm: &mut Vm, arg: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::try_bytes(arg) {
        return Ok(b.to_vec());
    }
    let msg = format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        types::type_name_of(vm, arg)
    );
    Err(vm.type_error(&msg))
}

fn percent_char(vm: &mut Vm, arg: Obj, is_bytes: bool) -> PyResult<String> {
    if is_bytes {
        if let Some(b) = bytes::try_bytes(arg) {
            if b.len() == 1 {
                return Ok((b[0] as char).to_string());
            }
        }
        if int::is_int(arg) {
            return match int::to_i64(arg) {
                Some(v @ 0..=255) => Ok((v as u8 as char).to_string()),
                _ => Err(vm.new_exc_msg(vm.exc.overflow_error, "%c arg not in range(256)")),
            };
        }
        return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
    }
    if let Some(s) = pystr::try_str(arg) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c.to_string());
        }
        return Err(vm.type_error("%c requires int or char"));
    }
    if int::is_int(arg) {
        return match int::to_i64(arg)
            .and_then(|v| u32::try_from(v).ok())
            .and_then(char::from_u32)
        {
            Some(c) => Ok(c.to_string()),
            None => Err(vm.new_exc_msg(vm.exc.overflow_error, "%c arg not in range(0x110000)")),
        };
    }
    Err(vm.type_error("%c requires int or char"))
}

/// The spec equivalent of a `%` conversion's flags (for numbers).
fn conv_spec(cv: &Conv, ty: Option<char>) -> FormatSpec {
    let zero = cv.zero && !cv.left;
    FormatSpec {
        fill: if zero { '0' } else { ' ' },
        fill_given: true,
        align: Some(if cv.left {
            '<'
        } else if zero {
            '='
        } else {
            '>'
        }),
        sign: cv.sign,
        alt: cv.alt,
        width: cv.width,
        precision: cv.prec,
        ty,
        ..Default::default()
    }
}

fn percent_int(vm: &mut Vm, cv: &Conv, arg: Obj) -> PyResult<String> {
    if arg.is_small_int() && matches!(cv.ty, 'd' | 'i' | 'u') && cv.prec.is_none() {
        return Ok(percent_small_decimal(cv, arg.small_int_value()));
    }
    let (radix, prefix) = match cv.ty {
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        _ => (10, ""),
    };
    let n = crate::runtime::ops::native_of(arg);
    let (neg, mut digits) = if int::is_int(n) {
        int_digits(n, radix)
    } else if n.is_float() && matches!(cv.ty, 'd' | 'i' | 'u') {
        let f = n.float_value();
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.new_exc_msg(
                vm.exc.overflow_error,
                "cannot convert float infinity to integer",
            ));
        }
        let b: BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
        (f.trunc() < 0.0, num_traits::Signed::abs(&b).to_string())
    } else {
        let ty = types::type_of(vm, arg);
        if is_kind(arg, ObjKind::Instance)
            && types::type_lookup(vm, ty, vm.names.__index__).is_some()
        {
            let i = crate::runtime::ops::index_value(vm, arg)?;
            (i < 0, radix_digits(i.unsigned_abs(), radix))
        } else {
            let what = if matches!(cv.ty, 'd' | 'i' | 'u') {
                "a real number"
            } else {
                "an integer"
            };
            let msg = format!(
                "%{} format: {what} is required, not {}",
                cv.ty,
                types::type_name_of(vm, arg)
            );
            return Err(vm.type_error(&msg));
        }
    };
    if cv.ty == 'X' {
        digits = digits.to_uppercase();
    }
    if let Some(p) = cv.prec {
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let prefix = if cv.alt { prefix } else { "" };
    let spec = conv_spec(cv, None);
    Ok(finish_number(
        &NumParts {
            neg,
            prefix,
            digits: &digits,
            rest: "",
            every: 3,
        },
        &spec,
    ))
}

fn percent_float(vm: &mut Vm, cv: &Conv, arg: Obj) -> PyResult<String> {
    let n = crate::runtime::ops::native_of(arg);
    let f = match crate::runtime::ops::to_f64(vm, n)? {
        Some(f) => f,
        None => {
            let ty = types::type_of(vm, arg);
            if is_kind(arg, ObjKind::Instance)
                && types::type_lookup(vm, ty, vm.names.__float__).is_some()
            {
                let r = crate::runtime::call::call_method(vm, arg, "__float__", &[])?;
                r.as_float().unwrap_or(0.0)
            } else {
                let msg = format!("must be real number, not {}", types::type_name_of(vm, arg));
                return Err(vm.type_error(&msg));
            }
        }
    };
    let spec = conv_spec(cv, Some(cv.ty));
    format_float(vm, f, &spec)
}
