//! The .mpy v6 writer: header, qstr table (static qstrs by index), constant table and the raw-code
//! tree, byte-compatible with mpy-cross for bytecode modules. Not the reader and not the compiler.

use crate::bytecode::write_vuint;
use crate::code::{CodeKind, CompiledModule, Const, RawCode};
use crate::qstr::static_index;

/// 'M', the first header byte.
const MPY_MAGIC: u8 = b'M';
/// Major version of the format.
const MPY_VERSION: u8 = 6;
/// Sub-version written when native code is present.
const MPY_SUB_VERSION: u8 = 3;

const OBJ_FUN_TABLE: u8 = 0;
const OBJ_NONE: u8 = 1;
const OBJ_FALSE: u8 = 2;
const OBJ_TRUE: u8 = 3;
const OBJ_ELLIPSIS: u8 = 4;
const OBJ_STR: u8 = 5;
const OBJ_BYTES: u8 = 6;
const OBJ_INT: u8 = 7;
const OBJ_FLOAT: u8 = 8;
const OBJ_COMPLEX: u8 = 9;
const OBJ_TUPLE: u8 = 10;

/// Serialise a compiled module as a .mpy file.
pub fn write_mpy(m: &CompiledModule) -> Vec<u8> {
    let mut out = vec![MPY_MAGIC, MPY_VERSION, feature_byte(m), m.small_int_bits];
    if let Some(flags) = m.arch_flags {
        write_vuint(&mut out, flags);
    }
    write_vuint(&mut out, m.qstrs.len() as u64);
    write_vuint(&mut out, m.consts.len() as u64);
    for q in &m.qstrs {
        write_qstr(&mut out, q);
    }
    for c in &m.consts {
        write_const(&mut out, c);
    }
    write_raw_code(&mut out, &m.root);
    out
}

fn feature_byte(m: &CompiledModule) -> u8 {
    let flags = if m.arch_flags.is_some() {
        crate::mpy::native::ARCH_FLAGS_BIT
    } else {
        0
    };
    if m.arch == 0 {
        flags
    } else {
        flags | (m.arch << 2) | MPY_SUB_VERSION
    }
}

fn write_qstr(out: &mut Vec<u8>, q: &str) {
    match static_index(q) {
        Some(i) => write_vuint(out, (i as u64) << 1 | 1),
        None => {
            write_vuint(out, (q.len() as u64) << 1);
            out.extend_from_slice(q.as_bytes());
            out.push(0);
        }
    }
}

fn write_const(out: &mut Vec<u8>, c: &Const) {
    match c {
        Const::FunTable => out.push(OBJ_FUN_TABLE),
        Const::None => out.push(OBJ_NONE),
        Const::False => out.push(OBJ_FALSE),
        Const::True => out.push(OBJ_TRUE),
        Const::Ellipsis => out.push(OBJ_ELLIPSIS),
        Const::Str(s) => write_counted(out, OBJ_STR, s.as_bytes(), true),
        Const::Bytes(b) => write_counted(out, OBJ_BYTES, b, true),
        Const::Int(s) => write_counted(out, OBJ_INT, s.as_bytes(), false),
        Const::Float(f) => write_counted(out, OBJ_FLOAT, float_repr(*f).as_bytes(), false),
        Const::Complex(f) => write_counted(
            out,
            OBJ_COMPLEX,
            format!("{}j", float_repr_short(*f)).as_bytes(),
            false,
        ),
        Const::Tuple(items) => {
            out.push(OBJ_TUPLE);
            write_vuint(out, items.len() as u64);
            for i in items {
                write_const(out, i);
            }
        }
    }
}

fn write_counted(out: &mut Vec<u8>, ty: u8, data: &[u8], nul: bool) {
    out.push(ty);
    write_vuint(out, data.len() as u64);
    out.extend_from_slice(data);
    if nul {
        out.push(0);
    }
}

/// A float as mpy-cross writes it: `%.16g` if that reads back as the same value, else `%.17g`,
/// with ".0" added to integral values (so 0.1 -> "0.1", 1e100 -> "1e+100", 9.995 -> "9.994999999999999").
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = float_repr_short(f);
    if s.contains(['.', 'e']) {
        s
    } else {
        s + ".0"
    }
}

/// The `%.16g`/`%.17g` text without a forced ".0" (complex literals are written `2j`).
fn float_repr_short(f: f64) -> String {
    let short = format_g(f, 16);
    if short.parse::<f64>().ok() == Some(f) {
        short
    } else {
        format_g(f, 17)
    }
}

/// Like C's `%.{prec}g`: `prec` significant digits, scientific when the exponent is < -4 or >= 16,
/// trailing zeros removed, exponent with a sign and at least two digits.
fn format_g(f: f64, prec: usize) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{:.*e}", prec - 1, f);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mant) = match mant.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mant),
    };
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    // MicroPython switches to scientific notation from exponent 16 for both precisions.
    if !(-4..16).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let es = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{es}{:02}", exp.abs());
    }
    let point = exp + 1;
    let body = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!("{}{}", digits, "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    format!("{sign}{body}")
}

fn write_raw_code(out: &mut Vec<u8>, rc: &RawCode) {
    let has_children = !rc.children.is_empty();
    let kind = rc.kind as u64;
    write_vuint(
        out,
        (rc.fun_data.len() as u64) << 3 | (has_children as u64) << 2 | kind,
    );
    out.extend_from_slice(&rc.fun_data);
    match rc.kind {
        CodeKind::Bytecode => {}
        CodeKind::Native => write_vuint(out, rc.prelude_offset as u64),
        CodeKind::Viper => write_vuint(out, rc.scope_flags as u64),
        CodeKind::Asm => {
            write_vuint(out, rc.scope_flags as u64);
            write_vuint(out, rc.asm_n_args as u64);
            write_vuint(out, rc.asm_type_sig as u64);
        }
    }
    if has_children {
        write_vuint(out, rc.children.len() as u64);
        for c in &rc.children {
            write_raw_code(out, c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        for (f, s) in [
            (0.1, "0.1"),
            (1e100, "1e+100"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1.0, "1.0"),
            (1e-7, "1e-07"),
            (2.5e16, "2.5e+16"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (3e-300, "3e-300"),
            (1e16, "1e+16"),
            (123456.5, "123456.5"),
            (0.0001, "0.0001"),
            (9.995, "9.994999999999999"),
            (0.009, "0.008999999999999999"),
            (5e-324, "4.940656458412465e-324"),
            (0.30000000000000004, "0.30000000000000004"),
            (1600000000.0, "1600000000.0"),
        ] {
            assert_eq!(float_repr(f), s);
        }
    }
}
