//! The methods of bytes and bytearray (decode, hex/fromhex, split, find, replace, ASCII case, padding, mutators).
//! Not `%` formatting (runtime/format.rs), construction (builtins/functions.rs) or indexing/slicing in the VM.

use super::args::*;
use super::str_methods::{
    add_classmethod, add_static, adjust_range, arity, check_kw_clinic, check_size, codec_name,
    opt_index, unicode_err,
};
use crate::obj::*;
use crate::runtime::{bytes, int, iter, list, ops, str as pystr, tuple, types};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("replace", b_replace),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("upper", b_upper),
        ("lower", b_lower),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("swapcase", b_swapcase),
        ("isdigit", b_isdigit),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("istitle", b_istitle),
        ("isascii", b_isascii),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("splitlines", b_splitlines),
        ("expandtabs", b_expandtabs),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("translate", b_translate),
    ];
    for ty in [vm.types.bytes, vm.types.bytearray] {
        for &(name, f) in common {
            types::add_method(vm, ty, name, f);
        }
        add_classmethod(vm, ty, "fromhex", b_fromhex);
        add_static(vm, ty, "maketrans", b_maketrans);
    }
    let ba = vm.types.bytearray;
    let mutators: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
    ];
    types::add_method(vm, ba, "__init__", ba_init);
    for &(name, f) in mutators {
        types::add_method(vm, ba, name, f);
    }
}

// ------------------------------------------------------------------------------------------------
// Helpers

/// A copy of self's bytes and whether self is a bytearray.
fn self_bytes(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<(Vec<u8>, bool)> {
    let o = args.first().copied().unwrap_or(Obj::NONE);
    match bytes::try_bytes(o) {
        Some(b) => Ok((b.to_vec(), is_kind(ops::native_of(o), ObjKind::ByteArray))),
        None => {
            let msg = format!(
                "descriptor '{name}' requires a 'bytes' object but received a '{}'",
                types::type_name_of(vm, o)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// The name of the built-in type whose method is running (for messages).
fn btype(args: &[Obj]) -> &'static str {
    match args.first() {
        Some(&o) if is_kind(ops::native_of(o), ObjKind::ByteArray) => "bytearray",
        Some(&o) if types::is_type(o) && types::type_name(o) == "bytearray" => "bytearray",
        _ => "bytes",
    }
}

/// A new bytes, or bytearray when `ba`.
fn new_like(vm: &mut Vm, ba: bool, data: &[u8]) -> PyResult {
    if ba {
        bytes::new_bytearray(vm, data)
    } else {
        bytes::new_bytes(vm, data)
    }
}

/// A bytes-like argument (TypeError otherwise).
fn bytes_arg(vm: &mut Vm, o: Obj) -> PyResult<Vec<u8>> {
    match bytes::try_bytes(o) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                types::type_name_of(vm, o)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// A byte value argument (0..=255).
pub(crate) fn byte_value(vm: &mut Vm, o: Obj) -> PyResult<u8> {
    let v = ops::index_value(vm, o)?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(v as u8)
}

/// Needle argument of find/count/index: bytes-like or an int.
fn needle_arg(vm: &mut Vm, o: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::try_bytes(o) {
        return Ok(b.to_vec());
    }
    if int::is_int(o) {
        return Ok(vec![byte_value(vm, o)?]);
    }
    let msg = format!(
        "argument should be integer or bytes-like object, not '{}'",
        types::type_name_of(vm, o)
    );
    Err(vm.type_error(&msg))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences of `needle` (non-empty) in `hay`.
fn occurrences(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = find_sub(&hay[i..], needle) {
        out.push(i + p);
        i += p + needle.len();
    }
    out
}

fn list_of(vm: &mut Vm, ba: bool, pieces: &[&[u8]]) -> PyResult {
    let l = list::new_list(vm, pieces.len())?;
    for p in pieces {
        let o = new_like(vm, ba, p)?;
        list::list_append(vm, l, o)?;
    }
    Ok(l)
}

// ------------------------------------------------------------------------------------------------
// decode / hex / fromhex

fn b_decode(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, _) = self_bytes(vm, args, "decode")?;
    check_kw_clinic(vm, "decode", kw, &["encoding", "errors"])?;
    arity(vm, btype(args), "decode", args, Kw::NONE, 1, 3)?;
    let enc = match arg_or_kw(args, kw, 1, "encoding") {
        Some(o) => arg_str(vm, o, "decode() argument 'encoding'")?,
        None => "utf-8",
    };
    let errors = match arg_or_kw(args, kw, 2, "errors") {
        Some(o) => arg_str(vm, o, "decode() argument 'errors'")?,
        None => "strict",
    };
    let s = decode_bytes(vm, &b, enc, errors)?;
    pystr::new_string(vm, s)
}

/// Decode bytes with a codec and error handler.
pub(crate) fn decode_bytes(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = codec_name(enc) else {
        return Err(vm.new_exc_msg(vm.exc.lookup_error, &format!("unknown encoding: {enc}")));
    };
    match codec {
        "latin-1" => Ok(b.iter().map(|&x| x as char).collect()),
        "ascii" => decode_ascii(vm, b, errors),
        _ => decode_utf8(vm, b, errors),
    }
}

fn bad_handler(vm: &mut Vm, errors: &str) -> crate::vm::PyErr {
    vm.new_exc_msg(
        vm.exc.lookup_error,
        &format!("unknown error handler name '{errors}'"),
    )
}

fn decode_ascii(vm: &mut Vm, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    for (i, &x) in b.iter().enumerate() {
        if x < 0x80 {
            out.push(x as char);
            continue;
        }
        match errors {
            "strict" => {
                let msg = format!("'ascii' codec can't decode byte 0x{x:02x} in position {i}: ordinal not in range(128)");
                return Err(unicode_err(vm, "UnicodeDecodeError", &msg));
            }
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
            _ => return Err(bad_handler(vm, errors)),
        }
    }
    Ok(out)
}

fn decode_utf8(vm: &mut Vm, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                let at = pos + good;
                let bad_len = e.error_len().unwrap_or(b.len() - at);
                match errors {
                    "strict" => return Err(utf8_error(vm, b, at, e.error_len())),
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => {
                        for &x in &b[at..at + bad_len] {
                            out.push_str(&format!("\\x{x:02x}"));
                        }
                    }
                    _ => return Err(bad_handler(vm, errors)),
                }
                pos = at + bad_len;
            }
        }
    }
}

fn utf8_error(vm: &mut Vm, b: &[u8], at: usize, err_len: Option<usize>) -> crate::vm::PyErr {
    let msg = match err_len {
        None if b.len() - at > 1 => format!(
            "'utf-8' codec can't decode bytes in position {}-{}: unexpected end of data",
            at,
            b.len() - 1
        ),
        None => format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {at}: unexpected end of data",
            b[at]
        ),
        Some(_) => {
            let reason = if (0xC2..=0xF4).contains(&b[at]) {
                "invalid continuation byte"
            } else {
                "invalid start byte"
            };
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {at}: {reason}",
                b[at]
            )
        }
    };
    unicode_err(vm, "UnicodeDecodeError", &msg)
}

fn b_hex(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, _) = self_bytes(vm, args, "hex")?;
    check_kw_clinic(vm, "hex", kw, &["sep", "bytes_per_sep"])?;
    arity(vm, btype(args), "hex", args, Kw::NONE, 1, 3)?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let sep = match arg_or_kw(args, kw, 1, "sep") {
        None => return pystr::new_string(vm, digits.concat()),
        Some(o) => match pystr::try_str(o) {
            Some(s) => s.to_string(),
            None => String::from_utf8_lossy(&bytes_arg(vm, o)?).to_string(),
        },
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match arg_or_kw(args, kw, 2, "bytes_per_sep") {
        Some(o) => super::arg_i64(vm, o, "bytes_per_sep")?,
        None => 1,
    };
    let n = per.unsigned_abs().max(1) as usize;
    let groups: Vec<String> = if per < 0 {
        digits.chunks(n).map(|c| c.concat()).collect()
    } else {
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    };
    pystr::new_string(vm, groups.join(&sep))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (args[0] is the class).
fn b_fromhex(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    arity(vm, btype(args), "fromhex", args, kw, 2, 2)?;
    let s = arg_str(vm, args[1], "fromhex() argument")?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(cs.len() / 2);
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return Err(fromhex_error(vm, i)),
            (Some(_), None) => return Err(fromhex_error(vm, i + 1)),
        }
        i += 2;
    }
    let ba = types::is_type(args[0]) && types::is_subclass(args[0], vm.types.bytearray);
    new_like(vm, ba, &out)
}

fn fromhex_error(vm: &mut Vm, pos: usize) -> crate::vm::PyErr {
    vm.value_error(&format!(
        "non-hexadecimal number found in fromhex() arg at position {pos}"
    ))
}

// ------------------------------------------------------------------------------------------------
// split / join / partition / splitlines

/// (self bytes, self is a bytearray, separator, maxsplit).
type SplitArgs = (Vec<u8>, bool, Option<Vec<u8>>, i64);

fn split_common(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str) -> PyResult<SplitArgs> {
    let (b, ba) = self_bytes(vm, args, name)?;
    check_kw_clinic(vm, name, kw, &["sep", "maxsplit"])?;
    arity(vm, btype(args), name, args, Kw::NONE, 1, 3)?;
    let sep = match arg_or_kw(args, kw, 1, "sep") {
        Some(o) if !o.is_none() => {
            let s = bytes_arg(vm, o)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let maxsplit = match arg_or_kw(args, kw, 2, "maxsplit") {
        Some(o) => super::arg_i64(vm, o, "maxsplit")?,
        None => -1,
    };
    Ok((b, ba, sep, maxsplit))
}

fn split_ws(b: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(&b[i..]);
            break;
        }
        let start = i;
        while i < b.len() && !is_space(b[i]) {
            i += 1;
        }
        out.push(&b[start..i]);
    }
    out
}

fn rsplit_ws(b: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut end = b.len();
    loop {
        while end > 0 && is_space(b[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(&b[..end]);
            break;
        }
        let stop = end;
        while end > 0 && !is_space(b[end - 1]) {
            end -= 1;
        }
        out.push(&b[end..stop]);
    }
    out.reverse();
    out
}

fn split_sep<'a>(b: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while maxsplit < 0 || (out.len() as i64) < maxsplit {
        match find_sub(&b[i..], sep) {
            Some(p) => {
                out.push(&b[i..i + p]);
                i += p + sep.len();
            }
            None => break,
        }
    }
    out.push(&b[i..]);
    out
}

fn rsplit_sep<'a>(b: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = b.len();
    while maxsplit < 0 || (out.len() as i64) < maxsplit {
        match rfind_sub(&b[..end], sep) {
            Some(p) => {
                out.push(&b[p + sep.len()..end]);
                end = p;
            }
            None => break,
        }
    }
    out.push(&b[..end]);
    out.reverse();
    out
}

fn b_split(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba, sep, maxsplit) = split_common(vm, args, kw, "split")?;
    let pieces = match &sep {
        None => split_ws(&b, maxsplit),
        Some(s) => split_sep(&b, s, maxsplit),
    };
    list_of(vm, ba, &pieces)
}

fn b_rsplit(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba, sep, maxsplit) = split_common(vm, args, kw, "rsplit")?;
    let pieces = match &sep {
        None => rsplit_ws(&b, maxsplit),
        Some(s) => rsplit_sep(&b, s, maxsplit),
    };
    list_of(vm, ba, &pieces)
}

fn b_join(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (sep, ba) = self_bytes(vm, args, "join")?;
    arity(vm, btype(args), "join", args, kw, 2, 2)?;
    let l = iter::collect_list(vm, args[1])?;
    let items = list::list_items(l).to_vec();
    let mut out = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        let Some(xb) = bytes::try_bytes(x) else {
            let msg = format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                types::type_name_of(vm, x)
            );
            return Err(vm.type_error(&msg));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(xb);
        check_size(vm, out.len())?;
    }
    new_like(vm, ba, &out)
}

fn b_partition_impl(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, rev: bool) -> PyResult {
    let (b, ba) = self_bytes(vm, args, name)?;
    arity(vm, btype(args), name, args, kw, 2, 2)?;
    let sep = bytes_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let hit = if rev {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let (x, y, z): (&[u8], &[u8], &[u8]) = match hit {
        Some(p) => (&b[..p], &sep, &b[p + sep.len()..]),
        None if rev => (&[], &[], &b),
        None => (&b, &[], &[]),
    };
    let xo = new_like(vm, ba, x)?;
    let yo = new_like(vm, ba, y)?;
    let zo = new_like(vm, ba, z)?;
    tuple::tuple_from_slice(vm, &[xo, yo, zo])
}

fn b_partition(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_partition_impl(vm, args, kw, "partition", false)
}

fn b_rpartition(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_partition_impl(vm, args, kw, "rpartition", true)
}

fn b_splitlines(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba) = self_bytes(vm, args, "splitlines")?;
    check_kw_clinic(vm, "splitlines", kw, &["keepends"])?;
    arity(vm, btype(args), "splitlines", args, Kw::NONE, 1, 2)?;
    let keep = match arg_or_kw(args, kw, 1, "keepends") {
        Some(o) => ops::is_true(vm, o)?,
        None => false,
    };
    let mut pieces: Vec<&[u8]> = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            pieces.push(if keep { &b[start..end] } else { &b[start..i] });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        pieces.push(&b[start..]);
    }
    list_of(vm, ba, &pieces)
}

// ------------------------------------------------------------------------------------------------
// strip

fn b_strip_impl(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    let (b, ba) = self_bytes(vm, args, name)?;
    arity(vm, btype(args), name, args, kw, 1, 2)?;
    let chars = match args.get(1) {
        Some(&o) if !o.is_none() => Some(bytes_arg(vm, o)?),
        _ => None,
    };
    let strip = |c: u8| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let (mut s, mut e) = (0, b.len());
    if left {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    new_like(vm, ba, &b[s..e])
}

fn b_strip(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_strip_impl(vm, args, kw, "strip", true, true)
}

fn b_lstrip(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_strip_impl(vm, args, kw, "lstrip", true, false)
}

fn b_rstrip(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_strip_impl(vm, args, kw, "rstrip", false, true)
}

// ------------------------------------------------------------------------------------------------
// find / count / replace / startswith

/// (haystack window, needle, window start) or None when the window is empty/inverted.
fn b_window(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    name: &str,
) -> PyResult<(Vec<u8>, Vec<u8>, Option<usize>)> {
    let (b, _) = self_bytes(vm, args, name)?;
    arity(vm, btype(args), name, args, kw, 2, 4)?;
    let needle = needle_arg(vm, args[1])?;
    let start = opt_index(vm, args.get(2).copied())?;
    let end = opt_index(vm, args.get(3).copied())?;
    let (a, e) = adjust_range(b.len(), start, end);
    if a > e || a > b.len() {
        return Ok((vec![], needle, None));
    }
    Ok((b[a..e].to_vec(), needle, Some(a)))
}

fn b_find_impl(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, rev: bool) -> PyResult<i64> {
    let (w, needle, base) = b_window(vm, args, kw, name)?;
    let Some(base) = base else { return Ok(-1) };
    let hit = if rev {
        rfind_sub(&w, &needle)
    } else {
        find_sub(&w, &needle)
    };
    Ok(hit.map(|p| (p + base) as i64).unwrap_or(-1))
}

fn b_find(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    Ok(Obj::small_int(b_find_impl(vm, args, kw, "find", false)?))
}

fn b_rfind(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    Ok(Obj::small_int(b_find_impl(vm, args, kw, "rfind", true)?))
}

fn b_index(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    match b_find_impl(vm, args, kw, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Obj::small_int(i)),
    }
}

fn b_rindex(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    match b_find_impl(vm, args, kw, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Obj::small_int(i)),
    }
}

fn b_count(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (w, needle, base) = b_window(vm, args, kw, "count")?;
    if base.is_none() {
        return Ok(Obj::small_int(0));
    }
    let n = if needle.is_empty() {
        w.len() + 1
    } else {
        occurrences(&w, &needle).len()
    };
    Ok(Obj::small_int(n as i64))
}

fn b_replace(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba) = self_bytes(vm, args, "replace")?;
    arity(vm, btype(args), "replace", args, kw, 3, 4)?;
    let old = bytes_arg(vm, args[1])?;
    let new = bytes_arg(vm, args[2])?;
    let count = match args.get(3) {
        Some(&o) => super::arg_i64(vm, o, "count")?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        let n = (b.len() + 1).min(max);
        check_size(vm, b.len().saturating_add(new.len().saturating_mul(n)))?;
        for (i, &x) in b.iter().enumerate() {
            if i < n {
                out.extend_from_slice(&new);
            }
            out.push(x);
        }
        if n > b.len() {
            out.extend_from_slice(&new);
        }
        return new_like(vm, ba, &out);
    }
    let hits: Vec<usize> = occurrences(&b, &old).into_iter().take(max).collect();
    check_size(
        vm,
        b.len().saturating_add(new.len().saturating_mul(hits.len())),
    )?;
    let mut i = 0;
    for p in hits {
        out.extend_from_slice(&b[i..p]);
        out.extend_from_slice(&new);
        i = p + old.len();
    }
    out.extend_from_slice(&b[i..]);
    new_like(vm, ba, &out)
}

fn b_affix(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, at_end: bool) -> PyResult {
    let (b, _) = self_bytes(vm, args, name)?;
    arity(vm, btype(args), name, args, kw, 2, 4)?;
    let start = opt_index(vm, args.get(2).copied())?;
    let end = opt_index(vm, args.get(3).copied())?;
    let (a, e) = adjust_range(b.len(), start, end);
    let cands: Vec<Obj> = match tuple::try_tuple(args[1]) {
        Some(t) => t.to_vec(),
        None => vec![args[1]],
    };
    for c in cands {
        let Some(p) = bytes::try_bytes(c) else {
            let msg = format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                types::type_name_of(vm, c)
            );
            return Err(vm.type_error(&msg));
        };
        if a > e || a > b.len() {
            continue;
        }
        let w = &b[a..e];
        if (at_end && w.ends_with(p)) || (!at_end && w.starts_with(p)) {
            return Ok(Obj::TRUE);
        }
    }
    Ok(Obj::FALSE)
}

fn b_startswith(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_affix(vm, args, kw, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_affix(vm, args, kw, "endswith", true)
}

fn b_removeprefix(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba) = self_bytes(vm, args, "removeprefix")?;
    arity(vm, btype(args), "removeprefix", args, kw, 2, 2)?;
    let p = bytes_arg(vm, args[1])?;
    let r = b.strip_prefix(p.as_slice()).unwrap_or(&b);
    new_like(vm, ba, r)
}

fn b_removesuffix(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba) = self_bytes(vm, args, "removesuffix")?;
    arity(vm, btype(args), "removesuffix", args, kw, 2, 2)?;
    let p = bytes_arg(vm, args[1])?;
    let r = b.strip_suffix(p.as_slice()).unwrap_or(&b);
    new_like(vm, ba, r)
}

// ------------------------------------------------------------------------------------------------
// ASCII case conversion and predicates

fn b_map(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let (b, ba) = self_bytes(vm, args, name)?;
    arity(vm, btype(args), name, args, kw, 1, 1)?;
    let out = f(&b);
    new_like(vm, ba, &out)
}

fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut prev = false;
    b.iter()
        .map(|&c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn b_upper(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_map(vm, args, kw, "upper", |b| b.to_ascii_uppercase())
}

fn b_lower(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_map(vm, args, kw, "lower", |b| b.to_ascii_lowercase())
}

fn b_capitalize(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_map(vm, args, kw, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_title(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_map(vm, args, kw, "title", title_bytes)
}

fn b_swapcase(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_map(vm, args, kw, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn b_pred(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    let (b, _) = self_bytes(vm, args, name)?;
    arity(vm, btype(args), name, args, kw, 1, 1)?;
    Ok(Obj::from_bool(f(&b)))
}

fn b_isdigit(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_pred(vm, args, kw, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}

fn b_isalpha(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_pred(vm, args, kw, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}

fn b_isalnum(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_pred(vm, args, kw, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn b_isspace(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_pred(vm, args, kw, "isspace", |b| {
        !b.is_empty() && b.iter().all(|&c| is_space(c))
    })
}

fn b_isupper(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_pred(vm, args, kw, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn b_islower(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_pred(vm, args, kw, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn b_istitle(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_pred(vm, args, kw, "istitle", |b| {
        let mut prev = false;
        let mut any = false;
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                any = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
            } else {
                prev = false;
            }
        }
        any
    })
}

fn b_isascii(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    b_pred(vm, args, kw, "isascii", |b| b.is_ascii())
}

// ------------------------------------------------------------------------------------------------
// Padding

fn b_pad_args(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    name: &str,
) -> PyResult<(Vec<u8>, bool, usize, u8)> {
    let (b, ba) = self_bytes(vm, args, name)?;
    arity(vm, btype(args), name, args, kw, 2, 3)?;
    let width = super::arg_i64(vm, args[1], name)?.max(0) as usize;
    check_size(vm, width)?;
    let fill = match args.get(2) {
        None => b' ',
        Some(&o) => match bytes::try_bytes(o) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let msg = format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    types::type_name_of(vm, o)
                );
                return Err(vm.type_error(&msg));
            }
        },
    };
    Ok((b, ba, width, fill))
}

fn b_padded(vm: &mut Vm, ba: bool, b: &[u8], left: usize, right: usize, fill: u8) -> PyResult {
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    new_like(vm, ba, &out)
}

fn b_center(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba, width, fill) = b_pad_args(vm, args, kw, "center")?;
    if width <= b.len() {
        return new_like(vm, ba, &b);
    }
    let marg = width - b.len();
    let left = marg / 2 + (marg & width & 1);
    b_padded(vm, ba, &b, left, marg - left, fill)
}

fn b_ljust(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba, width, fill) = b_pad_args(vm, args, kw, "ljust")?;
    b_padded(vm, ba, &b, 0, width.saturating_sub(b.len()), fill)
}

fn b_rjust(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba, width, fill) = b_pad_args(vm, args, kw, "rjust")?;
    b_padded(vm, ba, &b, width.saturating_sub(b.len()), 0, fill)
}

fn b_zfill(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba) = self_bytes(vm, args, "zfill")?;
    arity(vm, btype(args), "zfill", args, kw, 2, 2)?;
    let width = super::arg_i64(vm, args[1], "zfill")?.max(0) as usize;
    check_size(vm, width)?;
    let text: String = b.iter().map(|&x| x as char).collect();
    let out = super::str_methods::zfill_text(&text, b.len(), width);
    let v: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    new_like(vm, ba, &v)
}

fn b_expandtabs(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba) = self_bytes(vm, args, "expandtabs")?;
    check_kw_clinic(vm, "expandtabs", kw, &["tabsize"])?;
    arity(vm, btype(args), "expandtabs", args, Kw::NONE, 1, 2)?;
    let tab = match arg_or_kw(args, kw, 1, "tabsize") {
        Some(o) => super::str_methods::arg_c_int(vm, o)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col = 0usize;
    for &c in &b {
        match c {
            b'\t' if tab > 0 => {
                let n = tab as usize - col % tab as usize;
                check_size(vm, out.len().saturating_add(n))?;
                out.extend(std::iter::repeat_n(b' ', n));
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    new_like(vm, ba, &out)
}

// ------------------------------------------------------------------------------------------------
// translate / maketrans

fn b_maketrans(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "maketrans", args, kw, 2, 2)?;
    let from = bytes_arg(vm, args[0])?;
    let to = bytes_arg(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    bytes::new_bytes(vm, &table)
}

fn b_translate(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (b, ba) = self_bytes(vm, args, "translate")?;
    check_kw_clinic(vm, "translate", kw, &["delete"])?;
    arity(vm, btype(args), "translate", args, Kw::NONE, 2, 3)?;
    let table = match args[1] {
        t if t.is_none() => None,
        t => {
            let tb = bytes_arg(vm, t)?;
            if tb.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(tb)
        }
    };
    let delete = match arg_or_kw(args, kw, 2, "delete") {
        Some(o) => bytes_arg(vm, o)?,
        None => vec![],
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map(|t| t[c as usize]).unwrap_or(c))
        .collect();
    new_like(vm, ba, &out)
}

// ------------------------------------------------------------------------------------------------
// bytearray mutators

fn self_bytearray(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<Obj> {
    let o = args
        .first()
        .map(|&o| ops::native_of(o))
        .unwrap_or(Obj::NONE);
    if is_kind(o, ObjKind::ByteArray) {
        return Ok(o);
    }
    let msg = format!(
        "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
        types::type_name_of(vm, o)
    );
    Err(vm.type_error(&msg))
}

fn ba_set(vm: &mut Vm, ba: Obj, data: &[u8]) -> PyResult<()> {
    bytes::bytearray_resize(vm, ba, data.len())?;
    bytes::bytearray_data(ba).copy_from_slice(data);
    Ok(())
}

fn ba_append(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "append")?;
    arity(vm, btype(args), "append", args, kw, 2, 2)?;
    let v = byte_value(vm, args[1])?;
    let n = bytes::bytearray_data(ba).len();
    bytes::bytearray_resize(vm, ba, n + 1)?;
    bytes::bytearray_data(ba)[n] = v;
    Ok(Obj::NONE)
}

fn ba_extend(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "extend")?;
    arity(vm, btype(args), "extend", args, kw, 2, 2)?;
    let src = args[1];
    let extra: Vec<u8> = if let Some(b) = bytes::try_bytes(src) {
        b.to_vec()
    } else if pystr::try_str(src).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    } else if int::is_int(src) {
        let msg = format!(
            "can't extend bytearray with {}",
            types::type_name_of(vm, src)
        );
        return Err(vm.type_error(&msg));
    } else {
        let l = iter::collect_list(vm, src)?;
        let items = list::list_items(l).to_vec();
        let mut v = Vec::with_capacity(items.len());
        for x in items {
            v.push(byte_value(vm, x)?);
        }
        v
    };
    let mut data = bytes::bytearray_data(ba).to_vec();
    data.extend_from_slice(&extra);
    ba_set(vm, ba, &data)?;
    Ok(Obj::NONE)
}

fn ba_pop(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "pop")?;
    arity(vm, btype(args), "pop", args, kw, 1, 2)?;
    let mut data = bytes::bytearray_data(ba).to_vec();
    if data.is_empty() {
        return Err(vm.new_exc_msg(vm.exc.index_error, "pop from empty bytearray"));
    }
    let i = match args.get(1) {
        Some(&o) => super::arg_i64(vm, o, "pop")?,
        None => -1,
    };
    let idx = if i < 0 { i + data.len() as i64 } else { i };
    if idx < 0 || idx >= data.len() as i64 {
        return Err(vm.new_exc_msg(vm.exc.index_error, "pop index out of range"));
    }
    let v = data.remove(idx as usize);
    ba_set(vm, ba, &data)?;
    Ok(Obj::small_int(v as i64))
}

fn ba_insert(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "insert")?;
    arity(vm, btype(args), "insert", args, kw, 3, 3)?;
    let i = super::arg_i64(vm, args[1], "insert")?;
    let v = byte_value(vm, args[2])?;
    let mut data = bytes::bytearray_data(ba).to_vec();
    let n = data.len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(idx as usize, v);
    ba_set(vm, ba, &data)?;
    Ok(Obj::NONE)
}

fn ba_remove(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "remove")?;
    arity(vm, btype(args), "remove", args, kw, 2, 2)?;
    let v = byte_value(vm, args[1])?;
    let mut data = bytes::bytearray_data(ba).to_vec();
    match data.iter().position(|&x| x == v) {
        Some(p) => {
            data.remove(p);
            ba_set(vm, ba, &data)?;
            Ok(Obj::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "reverse")?;
    arity(vm, btype(args), "reverse", args, kw, 1, 1)?;
    bytes::bytearray_data(ba).reverse();
    Ok(Obj::NONE)
}

fn ba_clear(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "clear")?;
    arity(vm, btype(args), "clear", args, kw, 1, 1)?;
    bytes::bytearray_resize(vm, ba, 0)?;
    Ok(Obj::NONE)
}

fn ba_copy(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "copy")?;
    arity(vm, btype(args), "copy", args, kw, 1, 1)?;
    let data = bytes::bytearray_data(ba).to_vec();
    bytes::new_bytearray(vm, &data)
}

/// `__init__` of bytearray subclasses: fill the (empty) native part from the arguments.
fn ba_init(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let ba = self_bytearray(vm, args, "__init__")?;
    let ty = vm.types.bytearray;
    let tmp = crate::runtime::call::call(vm, ty, &args[1..], kw)?;
    let data = bytes::try_bytes(tmp).unwrap_or(&[]).to_vec();
    ba_set(vm, ba, &data)?;
    Ok(Obj::NONE)
}
