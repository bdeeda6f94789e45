//! list: construction, growth, append/insert/pop at the storage level.
//! Not the list methods exposed to Python (builtins/list_methods.rs).

use crate::obj::*;
use crate::vm::{PyResult, Vm};

pub fn new_value_array(vm: &mut Vm, cap: usize) -> PyResult {
    let ty = vm.types.raw;
    let o = vm.alloc::<ValueArray>(ObjKind::ValueArray, ty, cap * 8)?;
    o.cap = cap;
    o.hdr.flags |= hflags::STORAGE;
    Ok(Obj::from_ptr(o))
}

pub fn new_list(vm: &mut Vm, cap: usize) -> PyResult {
    let storage = if cap > 0 {
        new_value_array(vm, cap)?
    } else {
        Obj::NULL
    };
    let ty = vm.types.list;
    let l = vm.alloc::<ListObj>(ObjKind::List, ty, 0)?;
    l.storage = storage;
    Ok(Obj::from_ptr(l))
}

pub fn list_from_slice(vm: &mut Vm, items: &[Obj]) -> PyResult {
    let l = new_list(vm, items.len())?;
    if !items.is_empty() {
        let lo = cast_mut::<ListObj>(l);
        cast::<ValueArray>(lo.storage).slots()[..items.len()].copy_from_slice(items);
        lo.len = items.len();
    }
    Ok(l)
}

/// `a + b` for two lists: a new list of exactly their items, copied once.
pub fn list_concat(vm: &mut Vm, a: Obj, b: Obj) -> PyResult {
    let n = list_len(a) + list_len(b);
    concat_parts(vm, n, || (list_items(a), list_items(b)))
}

/// `[x] + b` for a list b (native code's `[x] + ...`), built at its exact size.
pub fn list_prepend(vm: &mut Vm, x: Obj, b: Obj) -> PyResult {
    let head = [x];
    concat_parts(vm, 1 + list_len(b), || (&head[..], list_items(b)))
}

/// A new list of the items `parts` gives (read after the allocation), `n` of them expected.
fn concat_parts<'a>(vm: &mut Vm, n: usize, parts: impl Fn() -> (&'a [Obj], &'a [Obj])) -> PyResult {
    let l = new_list(vm, n)?;
    let (xa, xb) = parts();
    if xa.len() + xb.len() != n {
        // A finalizer run by the allocation changed an operand: copy what they hold now.
        let mut v = xa.to_vec();
        v.extend_from_slice(xb);
        return list_from_slice(vm, &v);
    }
    if n > 0 {
        let lo = cast_mut::<ListObj>(l);
        let slots = cast::<ValueArray>(lo.storage).slots();
        slots[..xa.len()].copy_from_slice(xa);
        slots[xa.len()..n].copy_from_slice(xb);
        lo.len = n;
    }
    Ok(l)
}

#[inline]
pub fn is_list(o: Obj) -> bool {
    is_kind(o, ObjKind::List)
}

/// The list object behind `o` (a list, or the native part of a list-subclass instance).
#[inline]
pub fn as_list(o: Obj) -> Option<Obj> {
    if is_list(o) {
        Some(o)
    } else if is_kind(o, ObjKind::Instance) {
        let n = cast::<InstanceObj>(o).native;
        if is_list(n) {
            Some(n)
        } else {
            None
        }
    } else {
        None
    }
}

#[inline]
pub fn list_items(o: Obj) -> &'static mut [Obj] {
    cast::<ListObj>(o).items()
}

#[inline]
pub fn list_len(o: Obj) -> usize {
    cast::<ListObj>(o).len
}

/// Make room for at least `n` items.
pub fn list_reserve(vm: &mut Vm, l: Obj, n: usize) -> PyResult<()> {
    let cap = cast::<ListObj>(l).capacity();
    if n <= cap {
        return Ok(());
    }
    let new_cap = (cap + cap / 2 + 4).max(n);
    let s = new_value_array(vm, new_cap)?;
    let lo = cast_mut::<ListObj>(l);
    let len = lo.len;
    if len > 0 {
        cast::<ValueArray>(s).slots()[..len]
            .copy_from_slice(&cast::<ValueArray>(lo.storage).slots()[..len]);
    }
    lo.storage = s;
    Ok(())
}

#[inline]
pub fn list_append(vm: &mut Vm, l: Obj, v: Obj) -> PyResult<()> {
    let l = as_list(l).unwrap_or(l);
    let lo = cast_mut::<ListObj>(l);
    if lo.len == lo.capacity() {
        list_reserve(vm, l, lo.len + 1)?;
    }
    let lo = cast_mut::<ListObj>(l);
    cast::<ValueArray>(lo.storage).slots()[lo.len] = v;
    lo.len += 1;
    Ok(())
}

pub fn list_extend_from_slice(vm: &mut Vm, l: Obj, items: &[Obj]) -> PyResult<()> {
    if items.is_empty() {
        return Ok(());
    }
    let len = list_len(l);
    list_reserve(vm, l, len + items.len())?;
    let lo = cast_mut::<ListObj>(l);
    cast::<ValueArray>(lo.storage).slots()[len..len + items.len()].copy_from_slice(items);
    lo.len += items.len();
    Ok(())
}

pub fn list_insert(vm: &mut Vm, l: Obj, i: usize, v: Obj) -> PyResult<()> {
    let len = list_len(l);
    list_reserve(vm, l, len + 1)?;
    let lo = cast_mut::<ListObj>(l);
    let s = cast::<ValueArray>(lo.storage).slots();
    let i = i.min(len);
    s.copy_within(i..len, i + 1);
    s[i] = v;
    lo.len += 1;
    Ok(())
}

/// Remove and return item i (the caller checked bounds).
pub fn list_remove_at(l: Obj, i: usize) -> Obj {
    let lo = cast_mut::<ListObj>(l);
    let s = cast::<ValueArray>(lo.storage).slots();
    let v = s[i];
    s.copy_within(i + 1..lo.len, i);
    lo.len -= 1;
    s[lo.len] = Obj::NULL;
    v
}

/// Set the length (shrinking clears the freed slots).
pub fn list_truncate(l: Obj, n: usize) {
    let lo = cast_mut::<ListObj>(l);
    if n < lo.len {
        cast::<ValueArray>(lo.storage).slots()[n..lo.len].fill(Obj::NULL);
        lo.len = n;
    }
}

/// Replace the contents with `items`.
pub fn list_set_items(vm: &mut Vm, l: Obj, items: &[Obj]) -> PyResult<()> {
    list_reserve(vm, l, items.len())?;
    list_truncate(l, 0);
    let lo = cast_mut::<ListObj>(l);
    if !items.is_empty() {
        cast::<ValueArray>(lo.storage).slots()[..items.len()].copy_from_slice(items);
    }
    lo.len = items.len();
    Ok(())
}
