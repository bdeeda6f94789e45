//! The `struct` module: pack/unpack of C values with byte-order prefixes, repeat counts and
//! native alignment; also the per-item codec the `array` module shares. Not memoryview.

use super::{def_fn, set_attr};
use crate::obj::*;
use crate::runtime::{bytes, int, list, str as pystr, tuple};
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "struct")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("pack", pack),
        ("pack_into", pack_into),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("calcsize", calcsize),
        ("iter_unpack", iter_unpack),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    let e = error_type(vm)?;
    set_attr(vm, m, "error", e)?;
    Ok(m)
}

fn error_type(vm: &mut Vm) -> PyResult {
    let base = vm.exc.exception;
    super::module_exception(vm, "struct.error", "error", base)
}

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    match error_type(vm) {
        Ok(t) => vm.new_exc_msg(t, msg),
        Err(e) => e,
    }
}

/// One parsed format item: code, repeat count, byte size, offset in the packed data.
#[derive(Clone, Copy, Debug)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

struct Layout {
    items: Vec<Item>,
    size: usize,
    little: bool,
    /// Number of Python values the format packs.
    n_values: usize,
}

/// Size of one item in native (`@`) or standard mode; None for bad codes.
pub fn item_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                std::mem::size_of::<libc::c_long>()
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => std::mem::size_of::<usize>(),
        _ => return None,
    })
}

fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Layout> {
    let b = fmt.as_bytes();
    let mut i = 0;
    let (native, align, little) = match b.first() {
        Some(b'@') => {
            i = 1;
            (true, true, cfg!(target_endian = "little"))
        }
        Some(b'=') => {
            i = 1;
            (false, false, cfg!(target_endian = "little"))
        }
        Some(b'<') => {
            i = 1;
            (false, false, true)
        }
        Some(b'>') | Some(b'!') => {
            i = 1;
            (false, false, false)
        }
        _ => (true, true, cfg!(target_endian = "little")),
    };
    let mut items = Vec::new();
    let mut off = 0usize;
    let mut n_values = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < b.len() && b[i].is_ascii_digit() {
            let d = (b[i] - b'0') as usize;
            count = Some(count.unwrap_or(0).saturating_mul(10).saturating_add(d));
            i += 1;
        }
        if i >= b.len() {
            return Err(error(vm, "repeat count given without format specifier"));
        }
        let code = b[i];
        i += 1;
        let size = match item_size(code, native) {
            Some(s) => s,
            None => return Err(error(vm, "bad char in struct format")),
        };
        let count = count.unwrap_or(1);
        if align && size > 1 && !matches!(code, b's' | b'p') {
            off = off.div_ceil(size) * size;
        }
        items.push(Item {
            code,
            count,
            size,
            offset: off,
        });
        let total = if matches!(code, b's' | b'p') {
            count
        } else {
            size.saturating_mul(count)
        };
        off = off.saturating_add(total);
        if off > 1 << 27 {
            return Err(error(vm, "total struct size too long"));
        }
        n_values += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Layout {
        items,
        size: off,
        little,
        n_values,
    })
}

fn fmt_arg(vm: &mut Vm, o: Obj) -> PyResult<String> {
    if let Some(s) = pystr::try_str(o) {
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::try_bytes(o) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(vm.type_error("Struct() argument 1 must be a str or bytes object"))
}

fn int_range(code: u8, size: usize) -> (i128, i128) {
    let bits = (size * 8) as u32;
    if code.is_ascii_uppercase() {
        (0, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    }
}

/// Encode one value for `code` into `out` (size bytes).
pub fn pack_one(
    vm: &mut Vm,
    code: u8,
    size: usize,
    little: bool,
    v: Obj,
    out: &mut [u8],
) -> PyResult<()> {
    match code {
        b'f' | b'd' | b'e' => {
            let f = match crate::runtime::ops::to_f64(vm, v)? {
                Some(f) => f,
                None => return Err(error(vm, "required argument is not a float")),
            };
            let raw: Vec<u8> = match code {
                b'f' => {
                    let x = f as f32;
                    if x.is_infinite() && f.is_finite() {
                        return Err(vm.new_exc_msg(
                            vm.exc.overflow_error,
                            "float too large to pack with f format",
                        ));
                    }
                    if little {
                        x.to_le_bytes().to_vec()
                    } else {
                        x.to_be_bytes().to_vec()
                    }
                }
                b'd' => {
                    if little {
                        f.to_le_bytes().to_vec()
                    } else {
                        f.to_be_bytes().to_vec()
                    }
                }
                _ => {
                    if f.is_finite() && f.abs() >= 65520.0 {
                        return Err(vm.new_exc_msg(
                            vm.exc.overflow_error,
                            "float too large to pack with e format",
                        ));
                    }
                    let h = f64_to_half(f);
                    if little {
                        h.to_le_bytes().to_vec()
                    } else {
                        h.to_be_bytes().to_vec()
                    }
                }
            };
            out.copy_from_slice(&raw);
        }
        b'?' => {
            out[0] = crate::runtime::ops::is_true(vm, v)? as u8;
        }
        b'c' => match bytes::try_bytes(v) {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        _ => {
            if !int::is_int(v) {
                return Err(error(vm, "required argument is not an integer"));
            }
            let b: BigInt = int::to_bigint(v).unwrap_or_default();
            let (lo, hi) = int_range(code, size);
            let val = match b.to_i128() {
                Some(x) if x >= lo && x <= hi => x,
                _ => {
                    let msg = if code.is_ascii_uppercase() {
                        format!("'{}' format requires 0 <= number <= {}", code as char, hi)
                    } else {
                        format!(
                            "'{}' format requires {} <= number <= {}",
                            code as char, lo, hi
                        )
                    };
                    return Err(error(vm, &msg));
                }
            };
            let le = val.to_le_bytes();
            for k in 0..size {
                let byte = le[k];
                if little {
                    out[k] = byte;
                } else {
                    out[size - 1 - k] = byte;
                }
            }
        }
    }
    Ok(())
}

/// Decode one value for `code` from `data` (size bytes).
pub fn unpack_one(vm: &mut Vm, code: u8, size: usize, little: bool, data: &[u8]) -> PyResult {
    let mut buf = [0u8; 8];
    for k in 0..size {
        buf[k] = if little { data[k] } else { data[size - 1 - k] };
    }
    match code {
        b'f' => Ok(Obj::float(
            f32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]) as f64,
        )),
        b'd' => Ok(Obj::float(f64::from_le_bytes(buf))),
        b'e' => Ok(Obj::float(half_to_f64(u16::from_le_bytes([
            buf[0], buf[1],
        ])))),
        b'?' => Ok(Obj::from_bool(buf[0] != 0)),
        b'c' => bytes::new_bytes(vm, &buf[..1]),
        _ => {
            let u = u64::from_le_bytes(buf);
            if code.is_ascii_uppercase() {
                int::int_from_u64(vm, u)
            } else {
                let shift = 64 - size * 8;
                let s = ((u << shift) as i64) >> shift;
                int::int_from_i64(vm, s)
            }
        }
    }
}

fn f64_to_half(f: f64) -> u16 {
    let x = f as f32;
    let bits = x.to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    if f.is_nan() {
        return sign | 0x7e00;
    }
    let exp = ((bits >> 23) & 0xff) as i32 - 127 + 15;
    let mant = bits & 0x7f_ffff;
    if exp >= 31 {
        return sign | 0x7c00;
    }
    if exp <= 0 {
        if exp < -10 {
            return sign;
        }
        let m = (mant | 0x80_0000) >> (1 - exp);
        let half = m >> 13;
        let rest = m & 0x1fff;
        let round = rest > 0x1000 || (rest == 0x1000 && half & 1 == 1);
        return sign | (half + round as u32) as u16;
    }
    let half = ((exp as u32) << 10) | (mant >> 13);
    let rest = mant & 0x1fff;
    let round = rest > 0x1000 || (rest == 0x1000 && half & 1 == 1);
    sign | (half + round as u32) as u16
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 => {
            if mant == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn pack_values(vm: &mut Vm, lay: &Layout, vals: &[Obj], out: &mut [u8]) -> PyResult<()> {
    if vals.len() != lay.n_values {
        let msg = format!(
            "pack expected {} items for packing (got {})",
            lay.n_values,
            vals.len()
        );
        return Err(error(vm, &msg));
    }
    let mut vi = 0;
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = vals[vi];
                vi += 1;
                let src = match bytes::try_bytes(v) {
                    Some(b) => b,
                    None => {
                        let msg =
                            format!("argument for '{}' must be a bytes object", it.code as char);
                        return Err(error(vm, &msg));
                    }
                };
                let dst = &mut out[it.offset..it.offset + it.count];
                if it.code == b'p' && it.count > 0 {
                    let n = src.len().min(it.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&src[..n]);
                } else {
                    let n = src.len().min(it.count);
                    dst[..n].copy_from_slice(&src[..n]);
                }
            }
            _ => {
                for k in 0..it.count {
                    let v = vals[vi];
                    vi += 1;
                    let o = it.offset + k * it.size;
                    pack_one(
                        vm,
                        it.code,
                        it.size,
                        lay.little,
                        v,
                        &mut out[o..o + it.size],
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn unpack_values(vm: &mut Vm, lay: &Layout, data: &[u8]) -> PyResult {
    let out = list::new_list(vm, lay.n_values)?;
    vm.tmp_roots.push(out);
    let r = (|| {
        for it in &lay.items {
            match it.code {
                b'x' => {}
                b's' => {
                    let v = bytes::new_bytes(vm, &data[it.offset..it.offset + it.count])?;
                    list::list_append(vm, out, v)?;
                }
                b'p' => {
                    let d = &data[it.offset..it.offset + it.count];
                    let n = d
                        .first()
                        .map(|&n| (n as usize).min(it.count.saturating_sub(1)))
                        .unwrap_or(0);
                    let v = bytes::new_bytes(vm, if d.is_empty() { &[] } else { &d[1..1 + n] })?;
                    list::list_append(vm, out, v)?;
                }
                _ => {
                    for k in 0..it.count {
                        let o = it.offset + k * it.size;
                        let v =
                            unpack_one(vm, it.code, it.size, lay.little, &data[o..o + it.size])?;
                        list::list_append(vm, out, v)?;
                    }
                }
            }
        }
        let items = list::list_items(out).to_vec();
        tuple::tuple_from_slice(vm, &items)
    })();
    vm.tmp_roots.pop();
    r
}

fn need_fmt(vm: &mut Vm, name: &str, args: &[Obj], min: usize) -> PyResult<Layout> {
    if args.len() < min {
        let msg = format!("{name}() missing required argument 'format' (pos 1)");
        return Err(vm.type_error(&msg));
    }
    let f = fmt_arg(vm, args[0])?;
    parse(vm, &f)
}

fn calcsize(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_args(vm, "calcsize", args, kw, 1, 1)?;
    let lay = need_fmt(vm, "calcsize", args, 1)?;
    Ok(Obj::small_int(lay.size as i64))
}

fn pack(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let lay = need_fmt(vm, "pack", args, 1)?;
    let mut out = vec![0u8; lay.size];
    pack_values(vm, &lay, &args[1..], &mut out)?;
    bytes::new_bytes(vm, &out)
}

fn pack_into(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let lay = need_fmt(vm, "pack_into", args, 3)?;
    let buf = args[1];
    if !is_kind(buf, ObjKind::ByteArray) {
        return Err(vm.type_error("argument must be read-write bytes-like object"));
    }
    let len = bytes::bytearray_data(buf).len() as i64;
    let mut off = crate::builtins::arg_i64(vm, args[2], "pack_into")?;
    if off < 0 {
        off += len;
    }
    if off < 0 || off + lay.size as i64 > len {
        let msg = format!("pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})", lay.size as i64 + off.max(0), lay.size, off, len);
        return Err(error(vm, &msg));
    }
    let mut out = vec![0u8; lay.size];
    pack_values(vm, &lay, &args[3..], &mut out)?;
    let d = bytes::bytearray_data(buf);
    d[off as usize..off as usize + lay.size].copy_from_slice(&out);
    Ok(Obj::NONE)
}

fn unpack(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_args(vm, "unpack", args, kw, 2, 2)?;
    let lay = need_fmt(vm, "unpack", args, 2)?;
    let data = super::buffer_bytes(vm, args[1])?;
    if data.len() != lay.size {
        let msg = format!("unpack requires a buffer of {} bytes", lay.size);
        return Err(error(vm, &msg));
    }
    unpack_values(vm, &lay, &data)
}

fn unpack_from(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_kw(vm, "unpack_from", kw, &["offset"])?;
    let lay = need_fmt(vm, "unpack_from", args, 2)?;
    let data = super::buffer_bytes(vm, args[1])?;
    let off_o = crate::builtins::args::arg_or_kw(args, kw, 2, "offset");
    let mut off = match off_o {
        Some(o) => crate::builtins::arg_i64(vm, o, "unpack_from")?,
        None => 0,
    };
    if off < 0 {
        off += data.len() as i64;
    }
    if off < 0 || off as usize + lay.size > data.len() {
        let msg = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            off.max(0) as usize + lay.size,
            lay.size,
            off,
            data.len()
        );
        return Err(error(vm, &msg));
    }
    let off = off as usize;
    unpack_values(vm, &lay, &data[off..off + lay.size])
}

fn iter_unpack(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_args(vm, "iter_unpack", args, kw, 2, 2)?;
    let lay = need_fmt(vm, "iter_unpack", args, 2)?;
    let data = super::buffer_bytes(vm, args[1])?;
    if lay.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % lay.size != 0 {
        let msg = format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            lay.size
        );
        return Err(error(vm, &msg));
    }
    let out = list::new_list(vm, 0)?;
    vm.tmp_roots.push(out);
    let r = (|| {
        for chunk in data.chunks(lay.size) {
            let t = unpack_values(vm, &lay, chunk)?;
            list::list_append(vm, out, t)?;
        }
        crate::runtime::iter::get_iter(vm, out)
    })();
    vm.tmp_roots.pop();
    r
}
