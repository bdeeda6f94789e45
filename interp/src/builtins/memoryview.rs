//! memoryview over bytes, bytearray (format 'B') and array.array (the array's typecode):
//! construction, len, indexing, slicing (giving views), item assignment on writable buffers,
//! tobytes/tolist/hex. Not cast() nor multi-dimensional views.

use super::args::*;
use crate::modules::array::Array;
use crate::modules::structmod::{item_size, pack_one, unpack_one};
use crate::obj::*;
use crate::runtime::{bytes, int, list, slice, str as pystr, types};
use crate::vm::{PyResult, Vm};

/// A view of `len` items of `obj` (a bytes, bytearray or array), the first at byte offset
/// `start`, every `step` items; items are `itemsize` bytes in struct format `fmt`.
struct MemoryView {
    obj: Obj,
    start: usize,
    len: usize,
    step: isize,
    fmt: u8,
    itemsize: usize,
}

impl NativeData for MemoryView {
    fn trace(&self, heap: &mut crate::gc::Heap) {
        mark_obj(heap, self.obj);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.memoryview;
    let methods: [(&'static str, NativeFn); 11] = [
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__new__", mv_new),
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__repr__", mv_repr),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("release", mv_release),
    ];
    for (name, f) in methods {
        types::add_method(vm, t, name, f);
    }
}

fn view(o: Obj) -> Option<&'static mut MemoryView> {
    crate::modules::native_ref::<MemoryView>(o)
}

/// The bytes a memoryview currently shows (None if `o` is not a memoryview).
pub fn memoryview_bytes(o: Obj) -> Option<Vec<u8>> {
    let v = view(o)?;
    let data = buffer(v.obj);
    let mut out = Vec::with_capacity(v.len * v.itemsize);
    for i in 0..v.len {
        if let Some(item) = item_bytes(data, v, i) {
            out.extend_from_slice(item);
        }
    }
    Some(out)
}

/// The underlying buffer of a viewed object (its current contents: a bytearray or array may
/// have been resized since the view was made, so every access is bounds-checked).
fn buffer(obj: Obj) -> &'static mut [u8] {
    if is_kind(obj, ObjKind::ByteArray) {
        return bytes::bytearray_data(obj);
    }
    if let Some(a) = crate::modules::native_ref::<Array>(obj) {
        return &mut a.data;
    }
    match bytes::try_bytes(obj) {
        // SAFETY: never written: only bytearrays and arrays are writable (`writable`), and a
        // bytes object's storage lives as long as the object, which the view keeps alive.
        Some(b) => unsafe { std::slice::from_raw_parts_mut(b.as_ptr() as *mut u8, b.len()) },
        None => &mut [],
    }
}

fn writable(obj: Obj) -> bool {
    is_kind(obj, ObjKind::ByteArray) || crate::modules::native_ref::<Array>(obj).is_some()
}

fn byte_index(v: &MemoryView, i: usize) -> usize {
    (v.start as isize + i as isize * v.step * v.itemsize as isize) as usize
}

/// The bytes of item `i` of the view, if they are still inside the buffer.
fn item_bytes<'a>(data: &'a mut [u8], v: &MemoryView, i: usize) -> Option<&'a mut [u8]> {
    let at = byte_index(v, i);
    data.get_mut(at..at.checked_add(v.itemsize)?)
}

fn item_value(vm: &mut Vm, v: &MemoryView, i: usize) -> PyResult {
    let data = buffer(v.obj);
    let Some(item) = item_bytes(data, v, i) else {
        return Err(vm.new_exc_msg(vm.exc.index_error, "index out of bounds on dimension 1"));
    };
    if v.fmt == b'B' {
        return Ok(Obj::small_int(item[0] as i64));
    }
    let chunk = item.to_vec();
    unpack_one(vm, v.fmt, v.itemsize, LITTLE, &chunk)
}

const LITTLE: bool = cfg!(target_endian = "little");

fn self_view(vm: &mut Vm, args: &[Obj]) -> PyResult<&'static mut MemoryView> {
    match args.first().and_then(|&o| view(o)) {
        Some(v) => Ok(v),
        None => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn new_view(vm: &mut Vm, obj: Obj, start: usize, len: usize, step: isize) -> PyResult {
    let (fmt, itemsize) = match crate::modules::native_ref::<Array>(obj) {
        Some(a) => (a.typecode, item_size(a.typecode, true).unwrap_or(1)),
        None => (b'B', 1),
    };
    let ty = vm.types.memoryview;
    crate::modules::new_native(
        vm,
        ty,
        Box::new(MemoryView {
            obj,
            start,
            len,
            step,
            fmt,
            itemsize,
        }),
    )
}

fn mv_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "memoryview", kw, &["object"])?;
    let Some(o) = arg_or_kw(&args[1..], kw, 0, "object") else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(v) = view(o) {
        let (obj, start, len, step) = (v.obj, v.start, v.len, v.step);
        return new_view(vm, obj, start, len, step);
    }
    let native = crate::runtime::ops::native_of(o);
    if let Some(a) = crate::modules::native_ref::<Array>(native) {
        let n = a.data.len() / item_size(a.typecode, true).unwrap_or(1);
        return new_view(vm, native, 0, n, 1);
    }
    match bytes::try_bytes(native) {
        Some(b) => new_view(vm, native, 0, b.len(), 1),
        None => {
            let msg = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                types::type_name_of(vm, o)
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn mv_len(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let v = self_view(vm, args)?;
    Ok(Obj::small_int(v.len as i64))
}

fn mv_getitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__getitem__", args, kw, 2, 2)?;
    let v = self_view(vm, args)?;
    let idx = args[1];
    if is_kind(idx, ObjKind::Slice) {
        let (start, _stop, step, count) = slice::slice_indices(vm, idx, v.len)?;
        let first = if count == 0 {
            v.start
        } else {
            byte_index(v, start.max(0) as usize)
        };
        let (obj, vstep) = (v.obj, v.step);
        return new_view(vm, obj, first, count, vstep * step as isize);
    }
    let i = slice::norm_index(vm, idx, v.len, "index out of bounds on dimension 1")?;
    item_value(vm, v, i)
}

fn mv_setitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__setitem__", args, kw, 3, 3)?;
    let v = self_view(vm, args)?;
    if !writable(v.obj) {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let size = v.itemsize;
    let (items, values): (Vec<usize>, Vec<u8>) = if is_kind(args[1], ObjKind::Slice) {
        let (start, _stop, step, count) = slice::slice_indices(vm, args[1], v.len)?;
        let items = (0..count)
            .map(|k| (start + k as i64 * step) as usize)
            .collect();
        let values = match bytes::try_bytes(args[2])
            .map(|b| b.to_vec())
            .or_else(|| memoryview_bytes(args[2]))
            .or_else(|| crate::modules::native_ref::<Array>(args[2]).map(|a| a.data.clone()))
        {
            Some(b) => b,
            None => return Err(vm.type_error("a bytes-like object is required")),
        };
        (items, values)
    } else {
        let i = slice::norm_index(vm, args[1], v.len, "index out of bounds on dimension 1")?;
        let mut out = vec![0u8; size];
        let fmt = v.fmt as char;
        let float_fmt = matches!(v.fmt, b'f' | b'd');
        if !(int::is_int(args[2]) || float_fmt && args[2].is_float()) {
            let msg = format!("memoryview: invalid type for format '{fmt}'");
            return Err(vm.type_error(&msg));
        }
        if pack_one(vm, v.fmt, size, LITTLE, args[2], &mut out).is_err() {
            let msg = format!("memoryview: invalid value for format '{fmt}'");
            return Err(vm.value_error(&msg));
        }
        (vec![i], out)
    };
    if values.len() != items.len() * size {
        return Err(
            vm.value_error("memoryview assignment: lvalue and rvalue have different structures")
        );
    }
    let data = buffer(v.obj);
    for (i, b) in items.into_iter().zip(values.chunks(size)) {
        if let Some(slot) = item_bytes(data, v, i) {
            slot.copy_from_slice(b);
        }
    }
    Ok(Obj::NONE)
}

fn mv_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    self_view(vm, args)?;
    pystr::new_string(vm, format!("<memory at {:#x}>", args[0].bits()))
}

fn mv_tobytes(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    self_view(vm, args)?;
    let b = memoryview_bytes(args[0]).unwrap_or_default();
    bytes::new_bytes(vm, &b)
}

fn mv_tolist(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let v = self_view(vm, args)?;
    let l = list::new_list(vm, v.len)?;
    vm.tmp_roots.push(l);
    let r = (|| {
        for i in 0..v.len {
            let x = item_value(vm, v, i)?;
            list::list_append(vm, l, x)?;
        }
        Ok(l)
    })();
    vm.tmp_roots.pop();
    r
}

fn mv_hex(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    self_view(vm, args)?;
    let s: String = memoryview_bytes(args[0])
        .unwrap_or_default()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    pystr::new_string(vm, s)
}

fn mv_release(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    self_view(vm, args)?;
    Ok(Obj::NONE)
}

/// memoryview == other: equal when both expose the same bytes (bytes, bytearray, memoryview).
fn mv_eq(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let _ = vm;
    let a = memoryview_bytes(args[0]);
    let b = match args.get(1) {
        Some(&o) => memoryview_bytes(o).or_else(|| bytes::try_bytes(o).map(|b| b.to_vec())),
        None => None,
    };
    Ok(match (a, b) {
        (Some(x), Some(y)) => Obj::from_bool(x == y),
        _ => Obj::NOT_IMPLEMENTED,
    })
}

fn mv_ne(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let r = mv_eq(vm, args, kw)?;
    Ok(if r == Obj::NOT_IMPLEMENTED {
        r
    } else {
        Obj::from_bool(r == Obj::FALSE)
    })
}
