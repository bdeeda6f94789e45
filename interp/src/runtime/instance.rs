//! Attribute storage of Python-class instances: a per-class layout (name -> slot, append-only)
//! shared by all instances, and a per-instance slot array, so creating an instance allocates no
//! dict. An instance switches to a real dict ("materialises") when its `__dict__` is used or
//! when its attribute order would differ from the class layout (to keep CPython's ordering).
//! Not attribute lookup rules (runtime/attr.rs).

use crate::obj::*;
use crate::runtime::{dict, list, types};
use crate::vm::{PyResult, Vm};

/// Most attributes a class layout takes before instances fall back to dicts.
const MAX_LAYOUT: usize = 64;

/// The slot of `name` in the layout of class `ty`, if the class has one for it.
#[inline]
pub fn layout_slot(vm: &mut Vm, ty: Obj, name: Obj) -> PyResult<Option<usize>> {
    let layout = types::type_obj(ty).layout;
    if layout.is_null() {
        return Ok(None);
    }
    Ok(dict::dict_get_str(vm, layout, name)?
        .and_then(|v| v.as_small_int())
        .map(|v| v as usize))
}

/// Add `name` to the layout of `ty`; None when the layout is full.
fn layout_add(vm: &mut Vm, ty: Obj, name: Obj) -> PyResult<Option<usize>> {
    let t = types::type_obj(ty);
    if t.layout.is_null() {
        let d = dict::new_dict(vm)?;
        cast_mut::<TypeObj>(ty).layout = d;
    }
    let layout = types::type_obj(ty).layout;
    let n = dict::dict_len(layout);
    if n >= MAX_LAYOUT {
        return Ok(None);
    }
    dict::dict_store(vm, layout, name, Obj::small_int(n as i64))?;
    // Cached lookups may have recorded "no slot" for this name.
    vm.class_version += 1;
    Ok(Some(n))
}

/// Read attribute `name` of instance `o` (only the instance's own storage).
#[inline]
pub fn inst_get(vm: &mut Vm, o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let i = cast::<InstanceObj>(o);
    if !i.dict.is_null() {
        return dict::dict_get_str(vm, i.dict, name);
    }
    if i.slots.is_null() {
        return Ok(None);
    }
    let ty = header(o).ty;
    match types::cached_slot(vm, ty, name) {
        Some(s) => Ok(slot_value(o, s)),
        None => Ok(None),
    }
}

#[inline]
pub fn slot_value(o: Obj, s: usize) -> Option<Obj> {
    let i = cast::<InstanceObj>(o);
    if s >= i.used {
        return None;
    }
    let v = cast::<ValueArray>(i.slots).slots()[s];
    if v.is_null() {
        None
    } else {
        Some(v)
    }
}

/// Set attribute `name` of instance `o`.
pub fn inst_set(vm: &mut Vm, o: Obj, name: Obj, v: Obj) -> PyResult<()> {
    if header(o).ty == vm.types.object {
        // Plain object() instances have no attribute storage, as in CPython.
        return Err(crate::runtime::attr::attr_error(vm, o, name));
    }
    if !cast::<InstanceObj>(o).dict.is_null() {
        return dict::dict_store(vm, cast::<InstanceObj>(o).dict, name, v);
    }
    let ty = header(o).ty;
    let slot = match types::cached_slot(vm, ty, name) {
        Some(s) => Some(s),
        None => {
            if !is_kind(name, ObjKind::Str) || header(name).flags & hflags::INTERNED == 0 {
                None
            } else {
                layout_add(vm, ty, name)?
            }
        }
    };
    let used = cast::<InstanceObj>(o).used;
    match slot {
        Some(s) if s < used => {
            let i = cast::<InstanceObj>(o);
            cast::<ValueArray>(i.slots).slots()[s] = v;
            Ok(())
        }
        Some(s) if s == used => {
            ensure_capacity(vm, o, s + 1)?;
            let i = cast_mut::<InstanceObj>(o);
            cast::<ValueArray>(i.slots).slots()[s] = v;
            i.used = s + 1;
            Ok(())
        }
        _ => {
            // Out of layout order (or layout full): use a real dict from now on.
            let d = materialize(vm, o)?;
            dict::dict_store(vm, d, name, v)
        }
    }
}

fn ensure_capacity(vm: &mut Vm, o: Obj, n: usize) -> PyResult<()> {
    let i = cast::<InstanceObj>(o);
    let cap = if i.slots.is_null() {
        0
    } else {
        cast::<ValueArray>(i.slots).cap
    };
    if n <= cap {
        return Ok(());
    }
    let ty = header(o).ty;
    let layout = types::type_obj(ty).layout;
    let want = n
        .max(if layout.is_null() {
            0
        } else {
            dict::dict_len(layout)
        })
        .max(4);
    let new = list::new_value_array(vm, want)?;
    let i = cast_mut::<InstanceObj>(o);
    if !i.slots.is_null() {
        let old = cast::<ValueArray>(i.slots).slots();
        cast::<ValueArray>(new).slots()[..old.len()].copy_from_slice(old);
    }
    i.slots = new;
    Ok(())
}

/// Delete attribute `name`; false if it was not set.
pub fn inst_del(vm: &mut Vm, o: Obj, name: Obj) -> PyResult<bool> {
    if inst_get(vm, o, name)?.is_none() {
        return Ok(false);
    }
    // Deleting changes the order a later re-insertion would have: switch to a dict.
    let d = materialize(vm, o)?;
    Ok(dict::dict_delete(vm, d, name)?.is_some())
}

/// The instance's attribute dict, creating it from the slots if needed.
pub fn materialize(vm: &mut Vm, o: Obj) -> PyResult<Obj> {
    let i = cast::<InstanceObj>(o);
    if !i.dict.is_null() {
        return Ok(i.dict);
    }
    let d = dict::new_dict(vm)?;
    vm.tmp_roots.push(d);
    let r = (|| {
        let i = cast::<InstanceObj>(o);
        let ty = header(o).ty;
        let layout = types::type_obj(ty).layout;
        if !i.slots.is_null() && !layout.is_null() {
            let names: Vec<DictEntry> = dict::dict_entries(layout).collect();
            for e in names {
                let s = e.value.as_small_int().unwrap_or(-1) as usize;
                if let Some(v) = slot_value(o, s) {
                    dict::dict_store(vm, d, e.key, v)?;
                }
            }
        }
        Ok(())
    })();
    vm.tmp_roots.pop();
    r?;
    let i = cast_mut::<InstanceObj>(o);
    i.dict = d;
    i.slots = Obj::NULL;
    i.used = 0;
    Ok(d)
}
