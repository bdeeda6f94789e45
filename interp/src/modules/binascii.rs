//! The `binascii` module: hexlify/unhexlify (a2b_hex/b2a_hex), base64 (a2b_base64/b2a_base64)
//! and crc32. Not uu/qp encodings.

use super::{def_fn, set_attr};
use crate::builtins::args::{arg_or_kw, check_count};
use crate::obj::*;
use crate::runtime::{bytes, str as pystr};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "binascii")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", hexlify),
        ("unhexlify", unhexlify),
        ("a2b_hex", unhexlify),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    let e = error_type(vm)?;
    set_attr(vm, m, "Error", e)?;
    Ok(m)
}

fn error_type(vm: &mut Vm) -> PyResult {
    let base = vm.exc.value_error;
    super::module_exception(vm, "binascii.Error", "Error", base)
}

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    match error_type(vm) {
        Ok(t) => vm.new_exc_msg(t, msg),
        Err(e) => e,
    }
}

/// Input for a2b_* functions: bytes-like or an ASCII str.
fn ascii_input(vm: &mut Vm, o: Obj) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::try_str(o) {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    super::buffer_bytes(vm, o)
}

fn hexlify(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "hexlify", args, 1, 3)?;
    let data = super::buffer_bytes(vm, args[0])?;
    let sep = match arg_or_kw(args, kw, 1, "sep") {
        Some(o) if !o.is_none() => {
            let s = match pystr::try_str(o) {
                Some(s) => s.as_bytes().to_vec(),
                None => super::buffer_bytes(vm, o)?,
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(s[0])
        }
        _ => None,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    for (i, b) in data.iter().enumerate() {
        if i > 0 {
            if let Some(s) = sep {
                out.push(s);
            }
        }
        out.extend_from_slice(format!("{b:02x}").as_bytes());
    }
    bytes::new_bytes(vm, &out)
}

fn unhexlify(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_args(vm, "unhexlify", args, kw, 1, 1)?;
    let data = ascii_input(vm, args[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    bytes::new_bytes(vm, &out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "b2a_base64", args, 1, 1)?;
    let data = super::buffer_bytes(vm, args[0])?;
    let newline = match kw.get("newline") {
        Some(o) => crate::runtime::ops::is_true(vm, o)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len() * 4 / 3 + 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    bytes::new_bytes(vm, &out)
}

fn a2b_base64(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_args(vm, "a2b_base64", args, kw, 1, 1)?;
    let data = ascii_input(vm, args[0])?;
    let mut out = Vec::new();
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut quads = 0usize;
    let mut pad = 0;
    for &c in &data {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => {
                pad += 1;
                continue;
            }
            _ => continue,
        };
        if pad > 0 {
            return Err(error(vm, "Incorrect padding"));
        }
        acc = (acc << 6) | v as u32;
        bits += 6;
        quads += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if quads % 4 == 1 {
        return Err(error(vm, "Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"));
    }
    if !quads.is_multiple_of(4) && pad < 4 - quads % 4 {
        return Err(error(vm, "Incorrect padding"));
    }
    bytes::new_bytes(vm, &out)
}

fn crc32(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_args(vm, "crc32", args, kw, 1, 2)?;
    let data = super::buffer_bytes(vm, args[0])?;
    let mut crc: u32 = match args.get(1) {
        Some(&o) => (crate::builtins::arg_i64(vm, o, "crc32")? as u64 & 0xffff_ffff) as u32,
        None => 0,
    };
    crc = !crc;
    for &b in &data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    crate::runtime::int::int_from_u64(vm, (!crc) as u64)
}
