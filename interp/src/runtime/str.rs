//! str objects: construction, access as &str, hashing, equality, code-point indexing.
//! Not the str methods (builtins/str_methods.rs) nor formatting (runtime/format.rs).

use crate::obj::*;
use crate::vm::{PyResult, Vm};

/// Allocate a new (not interned) str object holding `s`.
pub fn new_str_raw(vm: &mut Vm, s: &str) -> PyResult {
    let ty = vm.types.str_;
    let o = vm.alloc::<StrObj>(ObjKind::Str, ty, s.len())?;
    o.byte_len = s.len();
    o.char_len = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    // SAFETY: the allocation has s.len() bytes after the fixed part.
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), o.data.as_mut_ptr(), s.len()) };
    Ok(Obj::from_ptr(o))
}

/// `a + b` for two str objects (the caller checked the kinds): one allocation, no temporary.
pub fn concat(vm: &mut Vm, a: Obj, b: Obj) -> PyResult {
    let (la, lb) = (cast::<StrObj>(a).byte_len, cast::<StrObj>(b).byte_len);
    if la == 0 {
        return Ok(b);
    }
    if lb == 0 {
        return Ok(a);
    }
    let ty = vm.types.str_;
    let o = vm.alloc::<StrObj>(ObjKind::Str, ty, la + lb)?;
    // (a and b stay alive across the allocation: the collector scans the native stack.)
    let (x, y) = (cast::<StrObj>(a), cast::<StrObj>(b));
    o.byte_len = la + lb;
    o.char_len = x.char_len + y.char_len;
    // SAFETY: the allocation has la + lb bytes after the fixed part; the sources are the byte
    // contents of two live str objects, distinct from the new one.
    unsafe {
        std::ptr::copy_nonoverlapping(x.as_str().as_ptr(), o.data.as_mut_ptr(), la);
        std::ptr::copy_nonoverlapping(y.as_str().as_ptr(), o.data.as_mut_ptr().add(la), lb);
    }
    Ok(Obj::from_ptr(o))
}

/// A str object for `s`: the interned one if `s` is already interned, else a new one.
pub fn new_str(vm: &mut Vm, s: &str) -> PyResult {
    // Runtime strings are not interned (interned strings live forever); one-character ASCII
    // strings come from a table and the empty string is shared.
    match s.as_bytes() {
        [] => Ok(vm.intern("")),
        [b] if b.is_ascii() => Ok(ascii_char(vm, *b)),
        _ => new_str_raw(vm, s),
    }
}

/// A str object from a String (convenience).
pub fn new_string(vm: &mut Vm, s: String) -> PyResult {
    new_str(vm, &s)
}

#[inline(always)]
pub fn is_str(o: Obj) -> bool {
    is_kind(o, ObjKind::Str)
}

/// The contents of a str object (the caller checked the kind).
#[inline(always)]
pub fn as_rust_str(o: Obj) -> &'static str {
    cast::<StrObj>(o).as_str()
}

/// The contents if `o` is a str (or a str subclass instance).
#[inline]
pub fn try_str(o: Obj) -> Option<&'static str> {
    if is_str(o) {
        Some(as_rust_str(o))
    } else if is_kind(o, ObjKind::Instance) {
        let n = cast::<InstanceObj>(o).native;
        if is_str(n) {
            Some(as_rust_str(n))
        } else {
            None
        }
    } else {
        None
    }
}

/// FNV-1a, 64 bit, never 0 (0 means "not computed").
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Keep it in the positive i64 range like Python hashes, and non-zero.
    let h = h & 0x3fff_ffff_ffff_ffff;
    if h == 0 {
        1
    } else {
        h
    }
}

#[inline]
pub fn str_hash(o: Obj) -> u64 {
    let s = cast::<StrObj>(o);
    let h = s.hash.get();
    if h != 0 {
        return h;
    }
    let h = hash_bytes(s.as_str().as_bytes());
    s.hash.set(h);
    h
}

/// Equality of two str objects.
#[inline]
pub fn str_eq(a: Obj, b: Obj) -> bool {
    if a == b {
        return true;
    }
    if !is_str(a) || !is_str(b) {
        return false;
    }
    let (x, y) = (cast::<StrObj>(a), cast::<StrObj>(b));
    if x.hdr.flags & y.hdr.flags & hflags::INTERNED != 0 {
        return false;
    }
    x.byte_len == y.byte_len && x.as_str() == y.as_str()
}

/// Number of code points.
#[inline]
pub fn char_len(o: Obj) -> usize {
    cast::<StrObj>(o).char_len
}

/// Byte offset of code point `i` (i <= char_len).
pub fn byte_offset(o: Obj, i: usize) -> usize {
    let s = cast::<StrObj>(o);
    if s.is_ascii() {
        return i;
    }
    s.as_str()
        .char_indices()
        .nth(i)
        .map(|(b, _)| b)
        .unwrap_or(s.byte_len)
}

/// The code point at index `i` as a new (interned, one-char) str.
pub fn char_at(vm: &mut Vm, o: Obj, i: usize) -> PyResult {
    let s = cast::<StrObj>(o);
    if s.is_ascii() {
        let b = s.as_str().as_bytes()[i];
        return Ok(ascii_char(vm, b));
    }
    let c = s.as_str().chars().nth(i).unwrap_or('\0');
    let mut buf = [0u8; 4];
    new_str(vm, c.encode_utf8(&mut buf))
}

/// The interned one-character str for an ASCII byte.
pub fn ascii_char(vm: &mut Vm, b: u8) -> Obj {
    let cache = vm.names.ascii_chars;
    if !cache.is_null() {
        let o = cast::<TupleObj>(cache).items()[b as usize & 0x7f];
        if !o.is_null() {
            return o;
        }
    }
    let s = [b];
    vm.intern(std::str::from_utf8(&s).unwrap_or("?"))
}

/// Substring by code-point range [start, end).
pub fn substr(vm: &mut Vm, o: Obj, start: usize, end: usize) -> PyResult {
    let s = cast::<StrObj>(o);
    let t = s.as_str();
    if s.is_ascii() {
        return new_str(vm, &t[start..end]);
    }
    let b0 = byte_offset(o, start);
    let b1 = byte_offset(o, end);
    new_str(vm, &t[b0..b1])
}
