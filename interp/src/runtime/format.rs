//! Text formatting: printf-style `%`, format specs (`format()`, `str.format`, f-strings).
//! Not repr/str of objects (builtins/repr.rs).

use crate::obj::*;
use crate::runtime::{bytes, str as pystr, tuple};
use crate::vm::{PyResult, Vm};

/// `fmt % args` for str.
pub fn str_percent(vm: &mut Vm, fmt: Obj, args: Obj) -> PyResult {
    let f = pystr::as_rust_str(fmt).to_string();
    let s = percent_format(vm, &f, args)?;
    pystr::new_string(vm, s)
}

/// `fmt % args` for bytes.
pub fn bytes_percent(vm: &mut Vm, fmt: Obj, args: Obj) -> PyResult {
    let f = String::from_utf8_lossy(bytes::try_bytes(fmt).unwrap_or(&[])).to_string();
    let s = percent_format(vm, &f, args)?;
    bytes::new_bytes(vm, s.as_bytes())
}

/// The printf-style formatter shared by str and bytes.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: Obj) -> PyResult<String> {
    let items: Vec<Obj> = match tuple::try_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args],
    };
    let mapping = if crate::runtime::dict::as_dict(args).is_some() {
        Some(args)
    } else {
        None
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut next = 0usize;
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        // %[(name)][flags][width][.prec]type
        let mut key: Option<String> = None;
        if i < chars.len() && chars[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                if chars[j] == '(' {
                    depth += 1;
                } else if chars[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            key = Some(chars[start..j - 1].iter().collect());
            i = j;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Obj> {
            if let Some(k) = &key {
                let m = mapping.unwrap_or(args);
                let ko = pystr::new_str(vm, k)?;
                return crate::runtime::subscr::load_subscr(vm, m, ko);
            }
            if next >= items.len() {
                return Err(
                    vm.new_exc_msg(vm.exc.type_error, "not enough arguments for format string")
                );
            }
            next += 1;
            Ok(items[next - 1])
        };
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            let w = take_arg(vm)?;
            width = crate::runtime::int::to_i64(w).map(|v| v.max(0) as usize);
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                width = w.parse().ok();
            }
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                let p = take_arg(vm)?;
                prec = crate::runtime::int::to_i64(p).map(|v| v.max(0) as usize);
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                prec = Some(p.parse().unwrap_or(0));
            }
        }
        if i >= chars.len() {
            return Err(vm.new_exc_msg(vm.exc.value_error, "incomplete format"));
        }
        let ty = chars[i];
        i += 1;
        if ty == '%' {
            out.push('%');
            continue;
        }
        let arg = take_arg(vm)?;
        let spec = FormatSpec::from_percent(&flags, width, prec, ty);
        let piece = match ty {
            's' => {
                let s = crate::builtins::str_string(vm, arg)?;
                apply_precision_str(&s, prec)
            }
            'r' | 'a' => {
                let s = crate::builtins::repr_string(vm, arg)?;
                apply_precision_str(&s, prec)
            }
            'c' => {
                if let Some(s) = pystr::try_str(arg) {
                    s.to_string()
                } else {
                    let v = crate::runtime::int::to_i64(arg).unwrap_or(0);
                    char::from_u32(v as u32)
                        .map(|c| c.to_string())
                        .unwrap_or_default()
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let spec2 = FormatSpec {
                    width: None,
                    fill: ' ',
                    align: None,
                    ..spec.clone()
                };
                format_number(vm, arg, &spec2, true)?
            }
            _ => {
                let msg = format!(
                    "unsupported format character '{ty}' (0x{:x}) at index {}",
                    ty as u32,
                    i - 1
                );
                return Err(vm.new_exc_msg(vm.exc.value_error, &msg));
            }
        };
        out.push_str(&pad(&piece, &spec));
    }
    if key_less_leftover(&items, next, mapping) {
        return Err(vm.new_exc_msg(
            vm.exc.type_error,
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

fn key_less_leftover(items: &[Obj], used: usize, mapping: Option<Obj>) -> bool {
    mapping.is_none() && used < items.len()
}

fn apply_precision_str(s: &str, prec: Option<usize>) -> String {
    match prec {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    }
}

/// A parsed format spec: [[fill]align][sign][#][0][width][grouping][.precision][type].
#[derive(Clone, Debug, Default)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: char,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl FormatSpec {
    fn from_percent(
        flags: &str,
        width: Option<usize>,
        prec: Option<usize>,
        ty: char,
    ) -> FormatSpec {
        let left = flags.contains('-');
        let zero = flags.contains('0') && !left;
        FormatSpec {
            fill: ' ',
            align: if left { Some('<') } else { None },
            sign: if flags.contains('+') {
                '+'
            } else if flags.contains(' ') {
                ' '
            } else {
                '-'
            },
            alt: flags.contains('#'),
            zero,
            width,
            grouping: None,
            precision: prec,
            ty: Some(ty),
        }
    }

    pub fn parse(s: &str) -> Option<FormatSpec> {
        let c: Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut spec = FormatSpec {
            fill: ' ',
            sign: '-',
            ..Default::default()
        };
        if c.len() >= 2 && "<>=^".contains(c[1]) {
            spec.fill = c[0];
            spec.align = Some(c[1]);
            i = 2;
        } else if !c.is_empty() && "<>=^".contains(c[0]) {
            spec.align = Some(c[0]);
            i = 1;
        }
        if i < c.len() && "+- ".contains(c[i]) {
            spec.sign = c[i];
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
        let mut w = String::new();
        while i < c.len() && c[i].is_ascii_digit() {
            w.push(c[i]);
            i += 1;
        }
        if !w.is_empty() {
            spec.width = Some(w.parse().ok()?);
        }
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            spec.grouping = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < c.len() && c[i].is_ascii_digit() {
                p.push(c[i]);
                i += 1;
            }
            if p.is_empty() {
                return None;
            }
            spec.precision = Some(p.parse().ok()?);
        }
        if i < c.len() {
            spec.ty = Some(c[i]);
            i += 1;
        }
        if i != c.len() {
            return None;
        }
        Some(spec)
    }
}

/// Pad `s` to the spec's width with its fill and alignment (numbers: right by default).
pub fn pad(s: &str, spec: &FormatSpec) -> String {
    let width = match spec.width {
        Some(w) => w,
        None => return s.to_string(),
    };
    let n = s.chars().count();
    if n >= width {
        return s.to_string();
    }
    let fill_n = width - n;
    let fill: String = std::iter::repeat(spec.fill).take(fill_n).collect();
    match spec.align.unwrap_or('>') {
        '<' => format!("{s}{fill}"),
        '^' => {
            let left: String = std::iter::repeat(spec.fill).take(fill_n / 2).collect();
            let right: String = std::iter::repeat(spec.fill)
                .take(fill_n - fill_n / 2)
                .collect();
            format!("{left}{s}{right}")
        }
        _ => format!("{fill}{s}"),
    }
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let bytes: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, ch) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(*ch);
    }
    out
}

/// Format a number according to a spec (without the outer padding when `percent` is set,
/// except zero padding which is part of the number).
pub fn format_number(vm: &mut Vm, v: Obj, spec: &FormatSpec, percent: bool) -> PyResult<String> {
    use crate::runtime::int;
    let ty = spec.ty.unwrap_or(if v.is_float() { 'r' } else { 'd' });
    let is_int_val = int::is_int(v);
    let (neg, body, prefix): (bool, String, &str) = match ty {
        'd' | 'i' | 'u' | 'n' if is_int_val => {
            let b = int::to_bigint(v).unwrap_or_default();
            let neg = num_traits::Signed::is_negative(&b);
            let mut d = num_traits::Signed::abs(&b).to_string();
            if let Some(g) = spec.grouping {
                d = group_digits(&d, g, 3);
            }
            (neg, d, "")
        }
        'd' | 'i' | 'u' if percent && v.is_float() => {
            let f = v.float_value();
            let t = f.trunc();
            (f < 0.0, format!("{}", t.abs() as i128), "")
        }
        'x' | 'X' | 'o' | 'b' if is_int_val => {
            let radix = match ty {
                'x' | 'X' => 16,
                'o' => 8,
                _ => 2,
            };
            let b = int::to_bigint(v).unwrap_or_default();
            let neg = num_traits::Signed::is_negative(&b);
            let mut d = num_traits::Signed::abs(&b).to_str_radix(radix);
            if ty == 'X' {
                d = d.to_uppercase();
            }
            if let Some(g) = spec.grouping {
                d = group_digits(&d, g, 4);
            }
            let p = if spec.alt {
                match ty {
                    'x' => "0x",
                    'X' => "0X",
                    'o' => "0o",
                    _ => "0b",
                }
            } else {
                ""
            };
            (neg, d, p)
        }
        'c' if is_int_val => {
            let c = char::from_u32(int::to_i64(v).unwrap_or(0) as u32).unwrap_or('\0');
            (false, c.to_string(), "")
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'r' | 'n' => {
            let f = match crate::runtime::ops::to_f64(vm, v)? {
                Some(f) => f,
                None => return Err(vm.new_exc_msg(vm.exc.type_error, "must be real number")),
            };
            let neg = f.is_sign_negative() && !f.is_nan();
            let a = f.abs();
            let mut s = format_float_body(a, ty, spec.precision, spec.alt);
            if let Some(g) = spec.grouping {
                let (ip, rest) = match s.find(|c: char| !c.is_ascii_digit()) {
                    Some(p) => (s[..p].to_string(), s[p..].to_string()),
                    None => (s.clone(), String::new()),
                };
                s = format!("{}{}", group_digits(&ip, g, 3), rest);
            }
            (neg, s, "")
        }
        _ => {
            let msg = format!(
                "unknown format code '{}' for object of type '{}'",
                ty,
                crate::runtime::types::type_name_of(vm, v)
            );
            return Err(vm.new_exc_msg(vm.exc.value_error, &msg));
        }
    };
    let sign = if neg {
        "-"
    } else {
        match spec.sign {
            '+' => "+",
            ' ' => " ",
            _ => "",
        }
    };
    let mut s = format!("{prefix}{body}");
    if spec.zero || spec.align == Some('=') {
        if let Some(w) = spec.width {
            let fillc = if spec.zero && spec.align != Some('=') {
                '0'
            } else {
                spec.fill
            };
            let total = s.chars().count() + sign.len();
            if total < w {
                let fill: String = std::iter::repeat(fillc).take(w - total).collect();
                s = format!("{prefix}{fill}{body}");
                return Ok(format!("{sign}{s}"));
            }
        }
    }
    let _ = tuple::is_tuple;
    Ok(format!("{sign}{s}"))
}

/// Digits of a non-negative float for format types e, f, g, %, r (repr-style default).
pub fn format_float_body(a: f64, ty: char, prec: Option<usize>, alt: bool) -> String {
    if a.is_infinite() {
        return if ty.is_ascii_uppercase() {
            "INF".into()
        } else {
            "inf".into()
        };
    }
    if a.is_nan() {
        return if ty.is_ascii_uppercase() {
            "NAN".into()
        } else {
            "nan".into()
        };
    }
    match ty {
        'f' | 'F' => format!("{:.*}", prec.unwrap_or(6), a),
        '%' => format!("{:.*}%", prec.unwrap_or(6), a * 100.0),
        'e' | 'E' => {
            let s = exp_format(a, prec.unwrap_or(6));
            if ty == 'E' {
                s.to_uppercase()
            } else {
                s
            }
        }
        'g' | 'G' | 'n' => {
            let p = prec.unwrap_or(6).max(1);
            let s = general_format(a, p, alt);
            if ty == 'G' {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => {
            // 'r' / no type: repr, but with precision behaves like 'g' with at least one digit
            // after the point.
            match prec {
                Some(p) => {
                    let s = general_format(a, p.max(1), alt);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{s}.0")
                    }
                }
                None => crate::runtime::float::float_repr(a),
            }
        }
    }
}

fn exp_format(a: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let ev: i32 = e.parse().unwrap_or(0);
    format!("{}e{}{:02}", m, if ev < 0 { '-' } else { '+' }, ev.abs())
}

fn general_format(a: f64, p: usize, alt: bool) -> String {
    if a == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let s = format!("{:.*e}", p - 1, a);
    let (_, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let out = if exp < -4 || exp >= p as i32 {
        let m = exp_format(a, p - 1);
        if alt {
            m
        } else {
            let (mant, ex) = m.split_once('e').unwrap_or((&m, ""));
            let mant = if mant.contains('.') {
                mant.trim_end_matches('0').trim_end_matches('.')
            } else {
                mant
            };
            format!("{mant}e{ex}")
        }
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = format!("{:.*}", decimals, a);
        if alt || !f.contains('.') {
            f
        } else {
            f.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    out
}

/// format(value, spec): __format__ of Python classes, else the built-in spec language.
pub fn format_value(vm: &mut Vm, v: Obj, spec: &str) -> PyResult<String> {
    let ty = crate::runtime::types::type_of(vm, v);
    if crate::runtime::types::type_obj(ty).flags.get() & tflags::HEAP != 0 {
        if let Some(m) = crate::runtime::types::type_lookup(vm, ty, vm.names.__format__) {
            let so = pystr::new_str(vm, spec)?;
            let r = crate::runtime::call::call_with_self(vm, m, v, &[so], Kw::NONE)?;
            return match pystr::try_str(r) {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error("__format__ must return a str")),
            };
        }
        if spec.is_empty() {
            return crate::builtins::str_string(vm, v);
        }
        let n = crate::runtime::ops::native_of(v);
        if n != v {
            return format_value(vm, n, spec);
        }
    }
    if spec.is_empty() {
        return crate::builtins::str_string(vm, v);
    }
    let parsed = match FormatSpec::parse(spec) {
        Some(p) => p,
        None => return Err(vm.value_error("Invalid format specifier")),
    };
    if let Some(s) = pystr::try_str(v) {
        if parsed.ty.is_some_and(|t| t != 's') {
            let msg = format!(
                "Unknown format code '{}' for object of type 'str'",
                parsed.ty.unwrap_or(' ')
            );
            return Err(vm.value_error(&msg));
        }
        if parsed.sign != '-' || parsed.alt || parsed.align == Some('=') {
            return Err(vm.value_error("Sign not allowed in string format specifier"));
        }
        let s: String = match parsed.precision {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        };
        let mut spec2 = parsed.clone();
        if spec2.align.is_none() {
            spec2.align = Some('<');
        }
        return Ok(pad(&s, &spec2));
    }
    let numeric = crate::runtime::int::is_int(v) || v.is_float();
    if numeric {
        let mut p = parsed.clone();
        if p.ty.is_none() && v.is_float() && p.precision.is_none() {
            p.ty = Some('r');
        } else if p.ty.is_none() && v.is_float() {
            p.ty = None;
        }
        if crate::runtime::int::is_int(v)
            && matches!(p.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'))
        {
            let f = crate::runtime::int::int_to_f64(vm, v)?;
            return format_value(vm, Obj::float(f), spec);
        }
        let body = format_number(vm, v, &p, false)?;
        return Ok(if p.zero && p.align.is_none() {
            body
        } else {
            pad(&body, &p)
        });
    }
    let s = crate::builtins::str_string(vm, v)?;
    Ok(pad(&s, &parsed))
}
