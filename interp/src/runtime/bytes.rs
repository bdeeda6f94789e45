//! bytes and bytearray: construction and raw access.
//! Not their methods (builtins/bytes_methods.rs).

use crate::obj::*;
use crate::vm::{PyResult, Vm};

pub fn new_bytes(vm: &mut Vm, b: &[u8]) -> PyResult {
    let ty = vm.types.bytes;
    let o = vm.alloc::<BytesObj>(ObjKind::Bytes, ty, b.len())?;
    o.len = b.len();
    // SAFETY: the allocation has b.len() bytes after the fixed part.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), o.data.as_mut_ptr(), b.len()) };
    Ok(Obj::from_ptr(o))
}

/// A RawData block of `cap` bytes.
pub fn new_raw(vm: &mut Vm, cap: usize) -> PyResult {
    let ty = vm.types.raw;
    let o = vm.alloc::<RawData>(ObjKind::RawData, ty, cap)?;
    o.cap = cap;
    o.hdr.flags |= hflags::STORAGE;
    Ok(Obj::from_ptr(o))
}

pub fn new_bytearray(vm: &mut Vm, b: &[u8]) -> PyResult {
    let storage = new_raw(vm, b.len().max(8))?;
    cast::<RawData>(storage).data()[..b.len()].copy_from_slice(b);
    let ty = vm.types.bytearray;
    let o = vm.alloc::<ByteArrayObj>(ObjKind::ByteArray, ty, 0)?;
    o.len = b.len();
    o.storage = storage;
    Ok(Obj::from_ptr(o))
}

/// The bytes of a bytes, bytearray (or subclass instance of either).
pub fn try_bytes(o: Obj) -> Option<&'static [u8]> {
    match kind_of(o)? {
        ObjKind::Bytes => Some(cast::<BytesObj>(o).bytes()),
        ObjKind::ByteArray => Some(bytearray_data(o)),
        ObjKind::Instance => try_bytes(cast::<InstanceObj>(o).native),
        _ => None,
    }
}

pub fn bytearray_data(o: Obj) -> &'static mut [u8] {
    let b = cast::<ByteArrayObj>(o);
    &mut cast::<RawData>(b.storage).data()[..b.len]
}

/// Resize a bytearray to `n` bytes (new bytes are zero).
pub fn bytearray_resize(vm: &mut Vm, o: Obj, n: usize) -> PyResult<()> {
    let b = cast_mut::<ByteArrayObj>(o);
    let cap = cast::<RawData>(b.storage).cap;
    if n > cap {
        let new_cap = (n * 3 / 2).max(8);
        let s = new_raw(vm, new_cap)?;
        let b = cast_mut::<ByteArrayObj>(o);
        cast::<RawData>(s).data()[..b.len]
            .copy_from_slice(&cast::<RawData>(b.storage).data()[..b.len]);
        b.storage = s;
    }
    let b = cast_mut::<ByteArrayObj>(o);
    if n > b.len {
        cast::<RawData>(b.storage).data()[b.len..n].fill(0);
    }
    b.len = n;
    Ok(())
}

/// repr of bytes as Python prints it: b'...' with escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::with_capacity(b.len() + 3);
    s.push('b');
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote)
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}
