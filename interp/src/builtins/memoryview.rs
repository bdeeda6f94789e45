//! memoryview over bytes and bytearray: construction, len, indexing, slicing (giving views),
//! item assignment on writable buffers, tobytes/tolist/hex. Not cast(), formats other than 'B'
//! nor multi-dimensional views.

use super::args::*;
use crate::obj::*;
use crate::runtime::{bytes, int, list, slice, str as pystr, types};
use crate::vm::{PyResult, Vm};

/// A view of `len` bytes of `obj` (a bytes or bytearray), starting at `start`, every `step`.
struct MemoryView {
    obj: Obj,
    start: usize,
    len: usize,
    step: isize,
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
    let data = bytes::try_bytes(v.obj).unwrap_or(&[]);
    Some(
        (0..v.len)
            .filter_map(|i| data.get(byte_index(v, i)).copied())
            .collect(),
    )
}

fn byte_index(v: &MemoryView, i: usize) -> usize {
    (v.start as isize + i as isize * v.step) as usize
}

fn self_view(vm: &mut Vm, args: &[Obj]) -> PyResult<&'static mut MemoryView> {
    match args.first().and_then(|&o| view(o)) {
        Some(v) => Ok(v),
        None => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn new_view(vm: &mut Vm, obj: Obj, start: usize, len: usize, step: isize) -> PyResult {
    let ty = vm.types.memoryview;
    crate::modules::new_native(
        vm,
        ty,
        Box::new(MemoryView {
            obj,
            start,
            len,
            step,
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
    let data = bytes::try_bytes(v.obj).unwrap_or(&[]);
    match data.get(byte_index(v, i)) {
        Some(&b) => Ok(Obj::small_int(b as i64)),
        None => Err(vm.new_exc_msg(vm.exc.index_error, "index out of bounds on dimension 1")),
    }
}

fn mv_setitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__setitem__", args, kw, 3, 3)?;
    let v = self_view(vm, args)?;
    if !is_kind(v.obj, ObjKind::ByteArray) {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let positions: Vec<usize> = if is_kind(args[1], ObjKind::Slice) {
        let (start, _stop, step, count) = slice::slice_indices(vm, args[1], v.len)?;
        (0..count)
            .map(|k| byte_index(v, (start + k as i64 * step) as usize))
            .collect()
    } else {
        let i = slice::norm_index(vm, args[1], v.len, "index out of bounds on dimension 1")?;
        vec![byte_index(v, i)]
    };
    let values: Vec<u8> = if is_kind(args[1], ObjKind::Slice) {
        match bytes::try_bytes(args[2])
            .map(|b| b.to_vec())
            .or_else(|| memoryview_bytes(args[2]))
        {
            Some(b) => b,
            None => return Err(vm.type_error("a bytes-like object is required")),
        }
    } else {
        match int::to_i64(args[2]) {
            Some(b) if (0..256).contains(&b) => vec![b as u8],
            Some(_) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
            None => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
        }
    };
    if values.len() != positions.len() {
        return Err(
            vm.value_error("memoryview assignment: lvalue and rvalue have different structures")
        );
    }
    let data = bytes::bytearray_data(v.obj);
    for (p, b) in positions.into_iter().zip(values) {
        if let Some(slot) = data.get_mut(p) {
            *slot = b;
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
    self_view(vm, args)?;
    let items: Vec<Obj> = memoryview_bytes(args[0])
        .unwrap_or_default()
        .iter()
        .map(|&b| Obj::small_int(b as i64))
        .collect();
    list::list_from_slice(vm, &items)
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
