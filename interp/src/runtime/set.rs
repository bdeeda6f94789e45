//! set and frozenset: hash tables of keys (values unused), sharing dict's table code.
//! Not the set methods exposed to Python (builtins/set_methods.rs).

use crate::obj::*;
use crate::runtime::dict;
use crate::vm::{PyResult, Vm};

pub fn new_set(vm: &mut Vm) -> PyResult {
    let ty = vm.types.set;
    dict::new_table_obj(vm, ObjKind::Set, ty, 0)
}

pub fn new_frozenset(vm: &mut Vm) -> PyResult {
    let ty = vm.types.frozenset;
    dict::new_table_obj(vm, ObjKind::FrozenSet, ty, 0)
}

pub fn set_from_slice(vm: &mut Vm, items: &[Obj]) -> PyResult {
    let s = new_set(vm)?;
    for &x in items {
        set_add(vm, s, x)?;
    }
    Ok(s)
}

/// The set object behind `o` (set, frozenset, or a subclass instance's native part).
pub fn as_set(o: Obj) -> Option<Obj> {
    match kind_of(o)? {
        ObjKind::Set | ObjKind::FrozenSet => Some(o),
        ObjKind::Instance => as_set(cast::<InstanceObj>(o).native),
        _ => None,
    }
}

#[inline]
pub fn set_add(vm: &mut Vm, s: Obj, v: Obj) -> PyResult<()> {
    let s = as_set(s).unwrap_or(s);
    dict::dict_store(vm, s, v, Obj::NONE)
}

pub fn set_contains(vm: &mut Vm, s: Obj, v: Obj) -> PyResult<bool> {
    Ok(dict::dict_lookup(vm, s, v)?.is_some())
}

pub fn set_discard(vm: &mut Vm, s: Obj, v: Obj) -> PyResult<bool> {
    Ok(dict::dict_delete(vm, s, v)?.is_some())
}

pub fn set_items(s: Obj) -> impl Iterator<Item = Obj> {
    dict::dict_entries(s).map(|e| e.key)
}
