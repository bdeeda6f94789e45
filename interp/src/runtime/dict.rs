//! dict: an insertion-ordered open-addressing hash table (compact layout: index array + entry
//! array), also the storage of set and frozenset. Not the dict methods (builtins/dict_methods.rs).

use crate::obj::*;
use crate::runtime::{ops, str as pystr};
use crate::vm::{PyResult, Vm};

const EMPTY: i32 = -1;

fn new_table(vm: &mut Vm, n_index: usize) -> PyResult {
    let cap = n_index * 2 / 3;
    let index_bytes = (n_index * 4).div_ceil(8) * 8;
    let bytes = index_bytes + cap * std::mem::size_of::<DictEntry>();
    let ty = vm.types.raw;
    let t = vm.alloc::<DictTable>(ObjKind::DictTable, ty, bytes)?;
    t.n_index = n_index;
    t.cap = cap;
    t.used = 0;
    t.hdr.flags |= hflags::STORAGE;
    t.index().fill(EMPTY);
    Ok(Obj::from_ptr(t))
}

fn alloc_dict(vm: &mut Vm, kind: ObjKind, ty: Obj, n: usize) -> PyResult {
    let mut n_index = 8;
    while n_index * 2 / 3 < n {
        n_index *= 2;
    }
    let table = new_table(vm, n_index)?;
    let d = vm.alloc::<DictObj>(kind, ty, 0)?;
    d.table = table;
    Ok(Obj::from_ptr(d))
}

pub fn new_dict(vm: &mut Vm) -> PyResult {
    let ty = vm.types.dict;
    alloc_dict(vm, ObjKind::Dict, ty, 0)
}

pub fn new_dict_with_capacity(vm: &mut Vm, n: usize) -> PyResult {
    let ty = vm.types.dict;
    alloc_dict(vm, ObjKind::Dict, ty, n)
}

/// A new empty table-backed object of the given kind (dict, set, frozenset).
pub fn new_table_obj(vm: &mut Vm, kind: ObjKind, ty: Obj, n: usize) -> PyResult {
    alloc_dict(vm, kind, ty, n)
}

/// The dict object behind `o` (a dict, or the native part of a dict-subclass instance).
#[inline]
pub fn as_dict(o: Obj) -> Option<Obj> {
    if is_kind(o, ObjKind::Dict) {
        Some(o)
    } else if is_kind(o, ObjKind::Instance) {
        let n = cast::<InstanceObj>(o).native;
        if is_kind(n, ObjKind::Dict) {
            Some(n)
        } else {
            None
        }
    } else {
        None
    }
}

#[inline]
pub fn dict_len(d: Obj) -> usize {
    cast::<DictObj>(d).len
}

#[inline]
fn table(d: Obj) -> &'static DictTable {
    cast::<DictTable>(cast::<DictObj>(d).table)
}

/// Live entries in insertion order.
pub fn dict_entries(d: Obj) -> impl Iterator<Item = DictEntry> {
    let t = table(d);
    t.entries()[..t.used]
        .iter()
        .copied()
        .filter(|e| !e.key.is_null())
}

/// The i-th raw entry slot (for iterators that walk by position). None past the end.
pub fn dict_entry_at(d: Obj, i: usize) -> Option<DictEntry> {
    let t = table(d);
    if i < t.used {
        Some(t.entries()[i])
    } else {
        None
    }
}

#[inline]
fn keys_equal(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if pystr::is_str(a) && pystr::is_str(b) {
        return Ok(pystr::str_eq(a, b));
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    ops::eq(vm, a, b)
}

/// Find `key`: (index slot, entry index if present).
fn find(vm: &mut Vm, d: Obj, key: Obj, hash: u64) -> PyResult<(usize, Option<usize>)> {
    loop {
        let t = table(d);
        let mask = t.n_index - 1;
        let index = t.index();
        let entries = t.entries();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        let table_before = cast::<DictObj>(d).table;
        loop {
            let ix = index[i];
            if ix == EMPTY {
                return Ok((i, None));
            }
            let e = entries[ix as usize];
            if !e.key.is_null() && e.hash == hash {
                if e.key == key {
                    return Ok((i, Some(ix as usize)));
                }
                let eq = keys_equal(vm, e.key, key)?;
                if cast::<DictObj>(d).table != table_before {
                    break; // the table changed under us (__eq__ mutated the dict): retry
                }
                if eq {
                    return Ok((i, Some(ix as usize)));
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }
}

/// Look up `key` (any hashable object).
pub fn dict_lookup(vm: &mut Vm, d: Obj, key: Obj) -> PyResult<Option<Obj>> {
    let h = ops::hash(vm, key)?;
    let (_, e) = find(vm, d, key, h)?;
    Ok(e.map(|ix| table(d).entries()[ix].value))
}

/// Look up a str key (fast path: no Python-level equality can run).
#[inline]
pub fn dict_get_str(vm: &mut Vm, d: Obj, key: Obj) -> PyResult<Option<Obj>> {
    let h = pystr::str_hash(key);
    let t = table(d);
    let mask = t.n_index - 1;
    let index = t.index();
    let entries = t.entries();
    let mut i = (h as usize) & mask;
    let mut perturb = h;
    loop {
        let ix = index[i];
        if ix == EMPTY {
            return Ok(None);
        }
        let e = &entries[ix as usize];
        if e.key == key {
            return Ok(Some(e.value));
        }
        if e.hash == h && !e.key.is_null() {
            if pystr::is_str(e.key) {
                if pystr::str_eq(e.key, key) {
                    return Ok(Some(e.value));
                }
            } else {
                return dict_lookup(vm, d, key);
            }
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as usize)
            .wrapping_add(1))
            & mask;
    }
}

/// Look up by a Rust string (interns it).
pub fn dict_get_name(vm: &mut Vm, d: Obj, name: &str) -> PyResult<Option<Obj>> {
    let k = vm.intern(name);
    dict_get_str(vm, d, k)
}

fn grow(vm: &mut Vm, d: Obj) -> PyResult<()> {
    let len = dict_len(d);
    let mut n_index = 8;
    while n_index * 2 / 3 <= len * 2 {
        n_index *= 2;
    }
    let nt = new_table(vm, n_index)?;
    let old = table(d);
    let t = cast_mut::<DictTable>(nt);
    let mask = n_index - 1;
    for e in old.entries()[..old.used].iter() {
        if e.key.is_null() {
            continue;
        }
        let ix = t.used;
        t.entries()[ix] = *e;
        t.used += 1;
        let mut i = (e.hash as usize) & mask;
        let mut perturb = e.hash;
        while t.index()[i] != EMPTY {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        t.index()[i] = ix as i32;
    }
    cast_mut::<DictObj>(d).table = nt;
    Ok(())
}

/// d[key] = value.
pub fn dict_store(vm: &mut Vm, d: Obj, key: Obj, value: Obj) -> PyResult<()> {
    let d = as_dict(d).unwrap_or(d);
    let h = ops::hash(vm, key)?;
    dict_store_hashed(vm, d, key, h, value)
}

pub fn dict_store_hashed(vm: &mut Vm, d: Obj, key: Obj, h: u64, value: Obj) -> PyResult<()> {
    let (slot, found) = find(vm, d, key, h)?;
    if let Some(ix) = found {
        table(d).entries()[ix].value = value;
        return Ok(());
    }
    let t = table(d);
    if t.used >= t.cap {
        grow(vm, d)?;
        return dict_store_hashed(vm, d, key, h, value);
    }
    let t = cast_mut::<DictTable>(cast::<DictObj>(d).table);
    let ix = t.used;
    t.entries()[ix] = DictEntry {
        hash: h,
        key,
        value,
    };
    t.used += 1;
    t.index()[slot] = ix as i32;
    cast_mut::<DictObj>(d).len += 1;
    Ok(())
}

/// Remove `key`; returns its value if it was present.
pub fn dict_delete(vm: &mut Vm, d: Obj, key: Obj) -> PyResult<Option<Obj>> {
    let h = ops::hash(vm, key)?;
    let (_, found) = find(vm, d, key, h)?;
    match found {
        Some(ix) => {
            let e = &mut table(d).entries()[ix];
            let v = e.value;
            e.key = Obj::NULL;
            e.value = Obj::NULL;
            cast_mut::<DictObj>(d).len -= 1;
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

pub fn dict_clear(vm: &mut Vm, d: Obj) -> PyResult<()> {
    let t = new_table(vm, 8)?;
    let dd = cast_mut::<DictObj>(d);
    dd.table = t;
    dd.len = 0;
    Ok(())
}

/// Remove and return the last inserted entry.
pub fn dict_pop_last(d: Obj) -> Option<DictEntry> {
    let t = cast_mut::<DictTable>(cast::<DictObj>(d).table);
    while t.used > 0 {
        let e = t.entries()[t.used - 1];
        if !e.key.is_null() {
            t.entries()[t.used - 1].key = Obj::NULL;
            cast_mut::<DictObj>(d).len -= 1;
            // Leave `used` as is: the index still refers to the slot, now a tombstone.
            return Some(e);
        }
        t.used -= 1;
    }
    None
}

/// A shallow copy with the same kind and type.
pub fn dict_copy(vm: &mut Vm, d: Obj, kind: ObjKind, ty: Obj) -> PyResult {
    let n = new_table_obj(vm, kind, ty, dict_len(d))?;
    vm.tmp_roots.push(n);
    let entries: Vec<DictEntry> = dict_entries(d).collect();
    let r = (|| {
        for e in entries {
            dict_store_hashed(vm, n, e.key, e.hash, e.value)?;
        }
        Ok(n)
    })();
    vm.tmp_roots.pop();
    r
}

/// Entry index of an interned str key (pointer identity only), for inline caches.
pub fn entry_index_of_str(d: Obj, key: Obj) -> Option<usize> {
    let t = table(d);
    t.entries()[..t.used].iter().position(|e| e.key == key)
}
