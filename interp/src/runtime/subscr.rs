//! Subscripting: `o[i]`, `o[i] = v`, `del o[i]` with ints and slices for the built-in sequences
//! and mappings, and __getitem__/__setitem__/__delitem__ for Python classes.
//! Not slice-object arithmetic (runtime/slice.rs).

use crate::obj::*;
use crate::runtime::{bytes, call, dict, int, iter, list, slice, str as pystr, tuple, types};
use crate::vm::{PyResult, Vm};

pub fn key_error(vm: &mut Vm, key: Obj) -> crate::vm::PyErr {
    let t = tuple::tuple_from_slice(vm, &[key]);
    match t {
        Ok(args) => {
            crate::runtime::exc::new_exception(vm, vm.exc.key_error, tuple::tuple_items(args))
                .map(crate::vm::PyErr)
                .unwrap_or_else(|e| e)
        }
        Err(e) => e,
    }
}

/// `o[idx]`.
/// The interpreter's inline fast path for `o[idx]`: a list or tuple indexed by an in-range small
/// int. None: take load_subscr.
#[inline(always)]
pub fn load_index_fast(o: Obj, idx: Obj) -> Option<Obj> {
    if !o.is_ptr() || !idx.is_small_int() {
        return None;
    }
    let i = idx.small_int_value();
    let items: &[Obj] = match header(o).kind {
        ObjKind::List => list::list_items(o),
        ObjKind::Tuple => tuple::tuple_items(o),
        _ => return None,
    };
    let i = if i < 0 { i + items.len() as i64 } else { i };
    items.get(usize::try_from(i).ok()?).copied()
}

/// `o[start:stop]` (native code's BUILD_SLICE 2 + LOAD_SUBSCR): a str, list or tuple (exact
/// types) with small-int or None bounds is sliced without a slice object; anything else builds
/// the slice and takes `load_subscr`.
pub fn load_slice(vm: &mut Vm, o: Obj, start: Obj, stop: Obj) -> PyResult {
    let bound = |b: Obj| b.is_none() || b.is_small_int();
    if bound(start) && bound(stop) {
        let kind = kind_of(o);
        let n = match kind {
            Some(ObjKind::Str) => pystr::char_len(o),
            Some(ObjKind::List) => list::list_len(o),
            Some(ObjKind::Tuple) => tuple::tuple_items(o).len(),
            _ => usize::MAX,
        };
        if n != usize::MAX {
            let n = n as i64;
            let clamp = |b: Obj, default: i64| {
                if b.is_none() {
                    default
                } else {
                    let v = b.small_int_value();
                    if v < 0 {
                        (v + n).max(0)
                    } else {
                        v.min(n)
                    }
                }
            };
            let lo = clamp(start, 0) as usize;
            let hi = (clamp(stop, n) as usize).max(lo);
            return match kind {
                Some(ObjKind::Str) => pystr::substr(vm, o, lo, hi),
                Some(ObjKind::List) => list::list_from_slice(vm, &list::list_items(o)[lo..hi]),
                _ => tuple::tuple_from_slice(vm, &tuple::tuple_items(o)[lo..hi]),
            };
        }
    }
    let sl = slice::new_slice(vm, start, stop, Obj::NONE)?;
    load_subscr(vm, o, sl)
}

/// The interpreter's inline fast path for `o[idx] = v` on a list with an in-range small int.
/// Returns false when store_subscr must run.
#[inline(always)]
pub fn store_index_fast(o: Obj, idx: Obj, v: Obj) -> bool {
    if !o.is_ptr() || !idx.is_small_int() || header(o).kind != ObjKind::List {
        return false;
    }
    let items = list::list_items(o);
    let i = idx.small_int_value();
    let i = if i < 0 { i + items.len() as i64 } else { i };
    match usize::try_from(i).ok().and_then(|i| items.get_mut(i)) {
        Some(slot) => {
            *slot = v;
            true
        }
        None => false,
    }
}

pub fn load_subscr(vm: &mut Vm, o: Obj, idx: Obj) -> PyResult {
    if o.is_ptr() {
        let is_slice = is_kind(idx, ObjKind::Slice);
        match header(o).kind {
            ObjKind::List => {
                if idx.is_small_int() {
                    let items = list::list_items(o);
                    let mut i = idx.small_int_value();
                    if i < 0 {
                        i += items.len() as i64;
                    }
                    if i >= 0 && (i as usize) < items.len() {
                        return Ok(items[i as usize]);
                    }
                    return Err(vm.new_exc_msg(vm.exc.index_error, "list index out of range"));
                }
                if is_slice {
                    let v = slice_items(vm, list::list_items(o), idx)?;
                    return list::list_from_slice(vm, &v);
                }
                check_index_type(vm, idx, "list")?;
                let i = slice::norm_index(vm, idx, list::list_len(o), "list index out of range")?;
                return Ok(list::list_items(o)[i]);
            }
            ObjKind::Tuple => {
                let items = tuple::tuple_items(o);
                if is_slice {
                    let v = slice_items(vm, items, idx)?;
                    return tuple::tuple_from_slice(vm, &v);
                }
                check_index_type(vm, idx, "tuple")?;
                let i = slice::norm_index(vm, idx, items.len(), "tuple index out of range")?;
                return Ok(items[i]);
            }
            ObjKind::Dict => {
                if let Some(v) = dict::dict_lookup(vm, o, idx)? {
                    return Ok(v);
                }
                return Err(key_error(vm, idx));
            }
            ObjKind::Str => {
                let n = pystr::char_len(o);
                if is_slice {
                    let (start, _stop, step, count) = slice::slice_indices(vm, idx, n)?;
                    if step == 1 {
                        let s = start.max(0) as usize;
                        return pystr::substr(vm, o, s, s + count);
                    }
                    let chars: Vec<char> = pystr::as_rust_str(o).chars().collect();
                    let mut out = String::with_capacity(count);
                    let mut k = start;
                    for _ in 0..count {
                        out.push(chars[k as usize]);
                        k += step;
                    }
                    return pystr::new_string(vm, out);
                }
                let i = slice::norm_index(vm, idx, n, "string index out of range")?;
                return pystr::char_at(vm, o, i);
            }
            ObjKind::Bytes | ObjKind::ByteArray => {
                let b = bytes::try_bytes(o).unwrap_or(&[]);
                if is_slice {
                    let (start, _stop, step, count) = slice::slice_indices(vm, idx, b.len())?;
                    let mut out = Vec::with_capacity(count);
                    let mut k = start;
                    for _ in 0..count {
                        out.push(b[k as usize]);
                        k += step;
                    }
                    return if header(o).kind == ObjKind::Bytes {
                        bytes::new_bytes(vm, &out)
                    } else {
                        bytes::new_bytearray(vm, &out)
                    };
                }
                let what = if header(o).kind == ObjKind::Bytes {
                    "index out of range"
                } else {
                    "bytearray index out of range"
                };
                let i = slice::norm_index(vm, idx, b.len(), what)?;
                return Ok(Obj::small_int(b[i] as i64));
            }
            ObjKind::Range => {
                let r = cast::<RangeObj>(o);
                let (start, stop, step) = (r.start, r.stop, r.step);
                let n = crate::builtins::range_len(start, stop, step);
                if is_slice {
                    let (s0, s1, st, _count) = slice::slice_indices(vm, idx, n)?;
                    let new_start = start + s0 * step;
                    let new_step = step * st;
                    let new_stop = start + s1 * step;
                    return crate::builtins::new_range(vm, new_start, new_stop, new_step);
                }
                let i = slice::norm_index(vm, idx, n, "range object index out of range")?;
                return int::int_from_i64(vm, start + i as i64 * step);
            }
            _ => {}
        }
    }
    let ty = types::type_of(vm, o);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__getitem__) {
        return call::call_with_self(vm, m, o, &[idx], Kw::NONE);
    }
    if types::is_type(o) {
        // Generic alias syntax (list[int]) is not supported: behave like CPython for classes
        // with __class_getitem__ absent.
        let msg = format!("type '{}' is not subscriptable", types::type_name(o));
        return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
    }
    let n = crate::runtime::ops::native_of(o);
    if n != o {
        return load_subscr(vm, n, idx);
    }
    let msg = format!("'{}' object is not subscriptable", types::type_name(ty));
    Err(vm.new_exc_msg(vm.exc.type_error, &msg))
}

/// TypeError "list indices must be integers or slices, not str" for non-index subscripts.
fn check_index_type(vm: &mut Vm, idx: Obj, what: &str) -> PyResult<()> {
    if int::is_int(idx) || idx.is_bool() {
        return Ok(());
    }
    let ty = types::type_of(vm, idx);
    if types::type_lookup(vm, ty, vm.names.__index__).is_some() {
        return Ok(());
    }
    let msg = format!(
        "{what} indices must be integers or slices, not {}",
        types::type_name(ty)
    );
    Err(vm.new_exc_msg(vm.exc.type_error, &msg))
}

/// The items selected by slice `s` from `items`.
pub fn slice_items(vm: &mut Vm, items: &[Obj], s: Obj) -> PyResult<Vec<Obj>> {
    let (start, _stop, step, count) = slice::slice_indices(vm, s, items.len())?;
    if step == 1 {
        let a = start.max(0) as usize;
        return Ok(items[a..a + count].to_vec());
    }
    let mut out = Vec::with_capacity(count);
    let mut k = start;
    for _ in 0..count {
        out.push(items[k as usize]);
        k += step;
    }
    Ok(out)
}

/// `o[idx] = v`.
pub fn store_subscr(vm: &mut Vm, o: Obj, idx: Obj, v: Obj) -> PyResult<()> {
    if o.is_ptr() {
        match header(o).kind {
            ObjKind::List => {
                if is_kind(idx, ObjKind::Slice) {
                    return list_set_slice(vm, o, idx, v);
                }
                let i = slice::norm_index(
                    vm,
                    idx,
                    list::list_len(o),
                    "list assignment index out of range",
                )?;
                list::list_items(o)[i] = v;
                return Ok(());
            }
            ObjKind::Dict => return dict::dict_store(vm, o, idx, v),
            ObjKind::ByteArray => {
                if is_kind(idx, ObjKind::Slice) {
                    return bytearray_set_slice(vm, o, idx, v);
                }
                // The value is checked before the index, as CPython does (TypeError for a
                // non-integer, ValueError outside 0..256).
                let b = crate::builtins::bytes_methods::byte_value(vm, v)?;
                let len = bytes::bytearray_data(o).len();
                let i = slice::norm_index(vm, idx, len, "bytearray index out of range")?;
                bytes::bytearray_data(o)[i] = b;
                return Ok(());
            }
            _ => {}
        }
    }
    let ty = types::type_of(vm, o);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__setitem__) {
        call::call_with_self(vm, m, o, &[idx, v], Kw::NONE)?;
        return Ok(());
    }
    let n = crate::runtime::ops::native_of(o);
    if n != o {
        return store_subscr(vm, n, idx, v);
    }
    let msg = format!(
        "'{}' object does not support item assignment",
        types::type_name(ty)
    );
    Err(vm.new_exc_msg(vm.exc.type_error, &msg))
}

fn list_set_slice(vm: &mut Vm, l: Obj, s: Obj, v: Obj) -> PyResult<()> {
    let src = iter::collect_list(vm, v)?;
    vm.tmp_roots.push(src);
    let r = (|| {
        let new_items = list::list_items(src).to_vec();
        let mut cur = list::list_items(l).to_vec();
        if let Err(count) = slice::assign_slice(vm, &mut cur, 1, s, &new_items)? {
            let msg = format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                count
            );
            return Err(vm.new_exc_msg(vm.exc.value_error, &msg));
        }
        list::list_set_items(vm, l, &cur)
    })();
    vm.tmp_roots.pop();
    r
}

fn bytearray_set_slice(vm: &mut Vm, o: Obj, s: Obj, v: Obj) -> PyResult<()> {
    let new: Vec<u8> = match bytes::try_bytes(v) {
        Some(b) => b.to_vec(),
        None => {
            let l = iter::collect_list(vm, v)?;
            let mut out = vec![];
            for &x in list::list_items(l).iter() {
                out.push(int::to_i64(x).unwrap_or(0) as u8);
            }
            out
        }
    };
    let mut cur = bytes::bytearray_data(o).to_vec();
    if slice::assign_slice(vm, &mut cur, 1, s, &new)?.is_err() {
        return Err(vm.new_exc_msg(
            vm.exc.value_error,
            "attempt to assign bytes of wrong size to extended slice",
        ));
    }
    bytes::bytearray_resize(vm, o, cur.len())?;
    bytes::bytearray_data(o).copy_from_slice(&cur);
    Ok(())
}

/// `del o[idx]`.
pub fn delete_subscr(vm: &mut Vm, o: Obj, idx: Obj) -> PyResult<()> {
    if o.is_ptr() {
        match header(o).kind {
            ObjKind::List => {
                if is_kind(idx, ObjKind::Slice) {
                    let mut kept = list::list_items(o).to_vec();
                    slice::delete_slice(vm, &mut kept, 1, idx)?;
                    return list::list_set_items(vm, o, &kept);
                }
                let i = slice::norm_index(
                    vm,
                    idx,
                    list::list_len(o),
                    "list assignment index out of range",
                )?;
                list::list_remove_at(o, i);
                return Ok(());
            }
            ObjKind::Dict => {
                return match dict::dict_delete(vm, o, idx)? {
                    Some(_) => Ok(()),
                    None => Err(key_error(vm, idx)),
                }
            }
            ObjKind::ByteArray => {
                let mut cur = bytes::bytearray_data(o).to_vec();
                if is_kind(idx, ObjKind::Slice) {
                    slice::delete_slice(vm, &mut cur, 1, idx)?;
                } else {
                    let i = slice::norm_index(vm, idx, cur.len(), "bytearray index out of range")?;
                    cur.remove(i);
                }
                bytes::bytearray_resize(vm, o, cur.len())?;
                bytes::bytearray_data(o).copy_from_slice(&cur);
                return Ok(());
            }
            _ => {}
        }
    }
    let ty = types::type_of(vm, o);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__delitem__) {
        call::call_with_self(vm, m, o, &[idx], Kw::NONE)?;
        return Ok(());
    }
    let n = crate::runtime::ops::native_of(o);
    if n != o {
        return delete_subscr(vm, n, idx);
    }
    let msg = format!(
        "'{}' object doesn't support item deletion",
        types::type_name(ty)
    );
    Err(vm.new_exc_msg(vm.exc.type_error, &msg))
}
