//! tuple: construction and access.
//! Not sequence operations shared with list (runtime/seq.rs).

use crate::obj::*;
use crate::vm::{PyResult, Vm};

/// A tuple of `n` NULL items, to be filled by the caller before it escapes.
pub fn new_tuple(vm: &mut Vm, n: usize) -> PyResult {
    if n == 0 && !vm.names.empty_tuple.is_null() {
        return Ok(vm.names.empty_tuple);
    }
    let ty = vm.types.tuple;
    let o = vm.alloc::<TupleObj>(ObjKind::Tuple, ty, n * 8)?;
    o.len = n;
    Ok(Obj::from_ptr(o))
}

pub fn tuple_from_slice(vm: &mut Vm, items: &[Obj]) -> PyResult {
    let t = new_tuple(vm, items.len())?;
    if !items.is_empty() {
        cast::<TupleObj>(t).items_mut().copy_from_slice(items);
    }
    Ok(t)
}

#[inline]
pub fn is_tuple(o: Obj) -> bool {
    is_kind(o, ObjKind::Tuple)
}

#[inline]
pub fn tuple_items(o: Obj) -> &'static [Obj] {
    cast::<TupleObj>(o).items()
}

/// Items of a tuple or tuple-subclass instance.
pub fn try_tuple(o: Obj) -> Option<&'static [Obj]> {
    if is_tuple(o) {
        Some(tuple_items(o))
    } else if is_kind(o, ObjKind::Instance) {
        let n = cast::<InstanceObj>(o).native;
        if is_tuple(n) {
            Some(tuple_items(n))
        } else {
            None
        }
    } else {
        None
    }
}

/// Mutable items of a tuple being built (only before it escapes to Python code).
#[inline]
pub fn tuple_items_mut(o: Obj) -> &'static mut [Obj] {
    cast::<TupleObj>(o).items_mut()
}
