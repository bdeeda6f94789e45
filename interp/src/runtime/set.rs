//! set and frozenset: an open-addressing hash table following CPython's setobject.c (same probe
//! sequence, resize policy and algorithms), so that sets of ints iterate in CPython's order.
//! Not the set methods exposed to Python (builtins/set_methods.rs) nor the operators' dispatch.

use crate::obj::*;
use crate::runtime::{dict, iter, list, ops, str as pystr};
use crate::vm::{PyResult, Vm};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

// ------------------------------------------------------------------------------------------------
// Slots

#[inline]
fn so(s: Obj) -> &'static mut SetObj {
    cast_mut::<SetObj>(s)
}

#[inline]
fn slot_key(s: Obj, i: usize) -> Obj {
    cast::<ValueArray>(so(s).keys).slots()[i]
}

#[inline]
fn slot_hash(s: Obj, i: usize) -> u64 {
    let d = cast::<RawData>(so(s).hashes).data();
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[i * 8..i * 8 + 8]);
    u64::from_ne_bytes(b)
}

#[inline]
fn set_slot(s: Obj, i: usize, key: Obj, hash: u64) {
    cast::<ValueArray>(so(s).keys).slots()[i] = key;
    cast::<RawData>(so(s).hashes).data()[i * 8..i * 8 + 8].copy_from_slice(&hash.to_ne_bytes());
}

#[inline]
fn is_unused(s: Obj, i: usize) -> bool {
    slot_key(s, i).is_null() && slot_hash(s, i) == 0
}

/// Fresh, empty key and hash arrays of `size` slots.
fn new_arrays(vm: &mut Vm, size: usize) -> PyResult<(Obj, Obj)> {
    let keys = list::new_value_array(vm, size)?;
    let hashes = crate::runtime::bytes::new_raw(vm, size * 8)?;
    Ok((keys, hashes))
}

// ------------------------------------------------------------------------------------------------
// Construction and access

/// A new empty set-like object of `kind` (Set or FrozenSet) and type `ty`.
pub fn new_set_of(vm: &mut Vm, kind: ObjKind, ty: Obj) -> PyResult {
    let (keys, hashes) = new_arrays(vm, MIN_SIZE)?;
    let s = vm.alloc::<SetObj>(kind, ty, 0)?;
    s.mask = MIN_SIZE - 1;
    s.keys = keys;
    s.hashes = hashes;
    Ok(Obj::from_ptr(s))
}

pub fn new_set(vm: &mut Vm) -> PyResult {
    let ty = vm.types.set;
    new_set_of(vm, ObjKind::Set, ty)
}

pub fn new_frozenset(vm: &mut Vm) -> PyResult {
    let ty = vm.types.frozenset;
    new_set_of(vm, ObjKind::FrozenSet, ty)
}

pub fn set_from_slice(vm: &mut Vm, items: &[Obj]) -> PyResult {
    let s = new_set(vm)?;
    for &x in items {
        set_add(vm, s, x)?;
    }
    Ok(s)
}

/// A set display `{a, b, c}`. CPython folds a display of three or more constants into a
/// frozenset constant, built twice by its compiler (from the source order, then again from that
/// set's iteration order), and merges it into an empty set: do the same so that colliding
/// elements end up in the same order.
pub fn set_from_literal(vm: &mut Vm, items: &[Obj]) -> PyResult {
    if items.len() < 3 || !items.iter().all(|&x| is_constant_like(x)) {
        return set_from_slice(vm, items);
    }
    let first = new_frozenset(vm)?;
    for &x in items {
        set_add(vm, first, x)?;
    }
    let second = new_frozenset(vm)?;
    for x in set_items(first) {
        set_add(vm, second, x)?;
    }
    let s = new_set(vm)?;
    merge(vm, s, second)?;
    Ok(s)
}

/// A value the CPython compiler could have seen as a constant.
fn is_constant_like(o: Obj) -> bool {
    if !o.is_ptr() {
        return true;
    }
    match header(o).kind {
        ObjKind::Str | ObjKind::Bytes | ObjKind::BigInt | ObjKind::Complex => true,
        ObjKind::Tuple => crate::runtime::tuple::tuple_items(o)
            .iter()
            .all(|&x| is_constant_like(x)),
        _ => false,
    }
}

#[inline]
pub fn is_set_kind(o: Obj) -> bool {
    matches!(kind_of(o), Some(ObjKind::Set | ObjKind::FrozenSet))
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
pub fn set_len(s: Obj) -> usize {
    so(s).used
}

/// The next live entry at or after slot `pos`: (slot, key).
pub fn set_next(s: Obj, pos: usize) -> Option<(usize, Obj)> {
    let n = so(s).mask + 1;
    (pos..n).find_map(|i| {
        let k = slot_key(s, i);
        (!k.is_null()).then_some((i, k))
    })
}

/// The live keys in table order (a snapshot).
pub fn set_items(s: Obj) -> std::vec::IntoIter<Obj> {
    let keys = cast::<ValueArray>(so(s).keys).slots();
    keys.iter()
        .copied()
        .filter(|k| !k.is_null())
        .collect::<Vec<_>>()
        .into_iter()
}

/// Live (key, hash) pairs in table order (a snapshot).
fn entries(s: Obj) -> Vec<(Obj, u64)> {
    (0..=so(s).mask)
        .filter(|&i| !slot_key(s, i).is_null())
        .map(|i| (slot_key(s, i), slot_hash(s, i)))
        .collect()
}

/// The hash of `key` as the table stores it (never the dummy marker).
fn key_hash(vm: &mut Vm, key: Obj) -> PyResult<u64> {
    let h = ops::hash(vm, key)?;
    Ok(if h == SET_DUMMY_HASH { h - 1 } else { h })
}

// ------------------------------------------------------------------------------------------------
// The core algorithms (set_lookkey, set_add_entry, set_insert_clean, set_table_resize)

fn keys_equal(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if pystr::is_str(a) && pystr::is_str(b) {
        return Ok(pystr::str_eq(a, b));
    }
    ops::eq(vm, a, b)
}

/// What a probe found: the slot of the key, or where an insertion should go.
enum Probe {
    Found(usize),
    /// Not present: (first unused slot, last dummy slot passed).
    Absent(usize, Option<usize>),
}

/// Probe for `key`. Restarts if `__eq__` changed the table.
fn probe(vm: &mut Vm, s: Obj, key: Obj, hash: u64) -> PyResult<Probe> {
    'restart: loop {
        let mask = so(s).mask;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if is_unused(s, j) {
                    return Ok(Probe::Absent(j, freeslot));
                }
                let k = slot_key(s, j);
                if k.is_null() {
                    freeslot = Some(j);
                    continue;
                }
                if slot_hash(s, j) != hash {
                    continue;
                }
                let table = so(s).keys;
                if keys_equal(vm, k, key)? {
                    return Ok(Probe::Found(j));
                }
                if so(s).keys != table || slot_key(s, j) != k {
                    continue 'restart;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

/// Put a key known to be absent into a table with no dummies (set_insert_clean).
fn insert_clean(keys: Obj, hashes: Obj, mask: usize, key: Obj, hash: u64) {
    let ks = cast::<ValueArray>(keys).slots();
    let mut i = (hash as usize) & mask;
    let mut perturb = hash;
    let slot = 'search: loop {
        if ks[i].is_null() {
            break i;
        }
        if i + LINEAR_PROBES <= mask {
            if let Some(off) = ks[i + 1..=i + LINEAR_PROBES]
                .iter()
                .position(|k| k.is_null())
            {
                break 'search i + 1 + off;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    };
    ks[slot] = key;
    cast::<RawData>(hashes).data()[slot * 8..slot * 8 + 8].copy_from_slice(&hash.to_ne_bytes());
}

/// Rebuild the table with room for `minused` entries, dropping dummies (set_table_resize).
fn resize(vm: &mut Vm, s: Obj, minused: usize) -> PyResult<()> {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    let old = entries(s);
    let (keys, hashes) = new_arrays(vm, size)?;
    for &(k, h) in &old {
        insert_clean(keys, hashes, size - 1, k, h);
    }
    let o = so(s);
    o.keys = keys;
    o.hashes = hashes;
    o.mask = size - 1;
    o.fill = o.used;
    Ok(())
}

fn grow_target(used: usize) -> usize {
    if used > 50000 {
        used * 2
    } else {
        used * 4
    }
}

/// set_add_entry: add `key` with a precomputed hash.
pub fn set_add_hashed(vm: &mut Vm, s: Obj, key: Obj, hash: u64) -> PyResult<()> {
    match probe(vm, s, key, hash)? {
        Probe::Found(_) => Ok(()),
        Probe::Absent(_, Some(free)) => {
            set_slot(s, free, key, hash);
            so(s).used += 1;
            Ok(())
        }
        Probe::Absent(slot, None) => {
            set_slot(s, slot, key, hash);
            let o = so(s);
            o.used += 1;
            o.fill += 1;
            if o.fill * 5 < o.mask * 3 {
                return Ok(());
            }
            let target = grow_target(o.used);
            resize(vm, s, target)
        }
    }
}

#[inline]
pub fn set_add(vm: &mut Vm, s: Obj, v: Obj) -> PyResult<()> {
    let s = as_set(s).unwrap_or(s);
    let h = key_hash(vm, v)?;
    set_add_hashed(vm, s, v, h)
}

fn contains_hashed(vm: &mut Vm, s: Obj, key: Obj, hash: u64) -> PyResult<bool> {
    Ok(matches!(probe(vm, s, key, hash)?, Probe::Found(_)))
}

pub fn set_contains(vm: &mut Vm, s: Obj, v: Obj) -> PyResult<bool> {
    let s = as_set(s).unwrap_or(s);
    let h = key_hash(vm, v)?;
    contains_hashed(vm, s, v, h)
}

fn discard_hashed(vm: &mut Vm, s: Obj, key: Obj, hash: u64) -> PyResult<bool> {
    match probe(vm, s, key, hash)? {
        Probe::Found(i) => {
            set_slot(s, i, Obj::NULL, SET_DUMMY_HASH);
            so(s).used -= 1;
            Ok(true)
        }
        Probe::Absent(..) => Ok(false),
    }
}

/// Remove `v`; true if it was present.
pub fn set_discard(vm: &mut Vm, s: Obj, v: Obj) -> PyResult<bool> {
    let s = as_set(s).unwrap_or(s);
    let h = key_hash(vm, v)?;
    discard_hashed(vm, s, v, h)
}

pub fn set_clear(vm: &mut Vm, s: Obj) -> PyResult<()> {
    let (keys, hashes) = new_arrays(vm, MIN_SIZE)?;
    let o = so(s);
    o.keys = keys;
    o.hashes = hashes;
    o.mask = MIN_SIZE - 1;
    o.used = 0;
    o.fill = 0;
    Ok(())
}

/// Remove and return an arbitrary element (CPython's: scanning from the finger).
pub fn set_pop(s: Obj) -> Option<Obj> {
    if set_len(s) == 0 {
        return None;
    }
    let mask = so(s).mask;
    let mut i = so(s).finger & mask;
    while slot_key(s, i).is_null() {
        i = (i + 1) & mask;
    }
    let k = slot_key(s, i);
    set_slot(s, i, Obj::NULL, SET_DUMMY_HASH);
    let o = so(s);
    o.used -= 1;
    o.finger = i + 1;
    Some(k)
}

/// Exchange the tables of two sets (set_swap_bodies; the kinds and types stay).
pub fn set_swap_bodies(a: Obj, b: Obj) {
    let (x, y) = (so(a), so(b));
    std::mem::swap(&mut x.used, &mut y.used);
    std::mem::swap(&mut x.fill, &mut y.fill);
    std::mem::swap(&mut x.mask, &mut y.mask);
    std::mem::swap(&mut x.finger, &mut y.finger);
    std::mem::swap(&mut x.keys, &mut y.keys);
    std::mem::swap(&mut x.hashes, &mut y.hashes);
}

// ------------------------------------------------------------------------------------------------
// Bulk operations (set_merge, set_update_internal, ...)

/// Add every element of set `other` to `s` (set_merge).
fn merge(vm: &mut Vm, s: Obj, other: Obj) -> PyResult<()> {
    let ou = set_len(other);
    if s == other || ou == 0 {
        return Ok(());
    }
    if (so(s).fill + ou) * 5 >= so(s).mask * 3 {
        let target = (set_len(s) + ou) * 2;
        resize(vm, s, target)?;
    }
    let (mask, omask) = (so(s).mask, so(other).mask);
    if so(s).fill == 0 {
        let (keys, hashes) = (so(s).keys, so(s).hashes);
        if mask == omask && so(other).fill == ou {
            for i in 0..=omask {
                let k = slot_key(other, i);
                if !k.is_null() {
                    set_slot(s, i, k, slot_hash(other, i));
                }
            }
        } else {
            for (k, h) in entries(other) {
                insert_clean(keys, hashes, mask, k, h);
            }
        }
        let o = so(s);
        o.fill = ou;
        o.used = ou;
        return Ok(());
    }
    let mut pos = 0;
    while let Some((i, k)) = set_next(other, pos) {
        let h = slot_hash(other, i);
        set_add_hashed(vm, s, k, h)?;
        pos = i + 1;
    }
    Ok(())
}

/// Call `f(vm, key, hash)` for each element of any iterable (sets and dicts use stored hashes).
fn for_each_hashed(
    vm: &mut Vm,
    other: Obj,
    f: &mut dyn FnMut(&mut Vm, Obj, u64) -> PyResult<()>,
) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        let mut pos = 0;
        while let Some((i, k)) = set_next(o, pos) {
            let h = slot_hash(o, i);
            f(vm, k, h)?;
            pos = i + 1;
        }
        return Ok(());
    }
    if is_kind(other, ObjKind::Dict) {
        let es: Vec<DictEntry> = dict::dict_entries(other).collect();
        for e in es {
            // The keys stay alive in the dict (unless f mutates it: keep them in a list).
            f(vm, e.key, e.hash)?;
        }
        return Ok(());
    }
    let it = iter::get_iter(vm, other)?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(k) = iter::iter_next(vm, it)? {
            let h = key_hash(vm, k)?;
            f(vm, k, h)?;
        }
        Ok(())
    })();
    vm.tmp_roots.pop();
    r
}

/// s |= other for any iterable (set_update_internal).
pub fn set_update(vm: &mut Vm, s: Obj, other: Obj) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return merge(vm, s, o);
    }
    if is_kind(other, ObjKind::Dict) {
        let n = dict::dict_len(other);
        if (so(s).fill + n) * 5 >= so(s).mask * 3 {
            let target = (set_len(s) + n) * 2;
            resize(vm, s, target)?;
        }
    }
    for_each_hashed(vm, other, &mut |vm, k, h| set_add_hashed(vm, s, k, h))
}

/// The base type a derived set result has (make_new_set_basetype): set or frozenset.
fn base_kind_type(vm: &Vm, s: Obj) -> (ObjKind, Obj) {
    if header(s).kind == ObjKind::FrozenSet {
        (ObjKind::FrozenSet, vm.types.frozenset)
    } else {
        (ObjKind::Set, vm.types.set)
    }
}

/// A new set of the same base type as `s`, filled from `src` if given.
pub fn set_new_like(vm: &mut Vm, s: Obj, src: Option<Obj>) -> PyResult {
    let (kind, ty) = base_kind_type(vm, s);
    let r = new_set_of(vm, kind, ty)?;
    if let Some(x) = src {
        set_update(vm, r, x)?;
    }
    Ok(r)
}

/// A shallow copy with the same base type.
pub fn set_copy(vm: &mut Vm, s: Obj) -> PyResult {
    set_new_like(vm, s, Some(s))
}

/// s & other (set_intersection).
pub fn set_intersection(vm: &mut Vm, s: Obj, other: Obj) -> PyResult {
    if s == other {
        return set_copy(vm, s);
    }
    let result = set_new_like(vm, s, None)?;
    if let Some(o) = as_set(other) {
        let (small, big) = if set_len(o) > set_len(s) {
            (s, o)
        } else {
            (o, s)
        };
        let mut pos = 0;
        while let Some((i, k)) = set_next(small, pos) {
            let h = slot_hash(small, i);
            if contains_hashed(vm, big, k, h)? {
                set_add_hashed(vm, result, k, h)?;
            }
            pos = i + 1;
        }
        return Ok(result);
    }
    for_each_hashed(vm, other, &mut |vm, k, h| {
        if contains_hashed(vm, s, k, h)? {
            set_add_hashed(vm, result, k, h)?;
        }
        Ok(())
    })?;
    Ok(result)
}

/// s -= other (set_difference_update_internal).
pub fn set_difference_update(vm: &mut Vm, s: Obj, other: Obj) -> PyResult<()> {
    if as_set(other) == Some(s) {
        return set_clear(vm, s);
    }
    for_each_hashed(vm, other, &mut |vm, k, h| {
        discard_hashed(vm, s, k, h).map(|_| ())
    })?;
    if so(s).fill - so(s).used <= so(s).mask / 4 {
        return Ok(());
    }
    let target = grow_target(set_len(s));
    resize(vm, s, target)
}

/// s - other (set_difference).
pub fn set_difference(vm: &mut Vm, s: Obj, other: Obj) -> PyResult {
    let other_len = match as_set(other) {
        Some(o) => Some(set_len(o)),
        None if is_kind(other, ObjKind::Dict) => Some(dict::dict_len(other)),
        None => None,
    };
    let Some(olen) = other_len.filter(|&n| set_len(s) >> 2 <= n) else {
        let r = set_copy(vm, s)?;
        set_difference_update(vm, r, other)?;
        return Ok(r);
    };
    let _ = olen;
    let result = set_new_like(vm, s, None)?;
    let mut pos = 0;
    while let Some((i, k)) = set_next(s, pos) {
        let h = slot_hash(s, i);
        let present = match as_set(other) {
            Some(o) => contains_hashed(vm, o, k, h)?,
            None => dict::dict_lookup(vm, other, k)?.is_some(),
        };
        if !present {
            set_add_hashed(vm, result, k, h)?;
        }
        pos = i + 1;
    }
    Ok(result)
}

/// s ^= other (set_symmetric_difference_update).
pub fn set_symmetric_difference_update(vm: &mut Vm, s: Obj, other: Obj) -> PyResult<()> {
    if as_set(other) == Some(s) {
        return set_clear(vm, s);
    }
    let src = if as_set(other).is_some() || is_kind(other, ObjKind::Dict) {
        other
    } else {
        set_new_like(vm, s, Some(other))?
    };
    for_each_hashed(vm, src, &mut |vm, k, h| {
        if !discard_hashed(vm, s, k, h)? {
            set_add_hashed(vm, s, k, h)?;
        }
        Ok(())
    })
}

/// s ^ other (set_symmetric_difference).
pub fn set_symmetric_difference(vm: &mut Vm, s: Obj, other: Obj) -> PyResult {
    let r = set_new_like(vm, s, Some(other))?;
    set_symmetric_difference_update(vm, r, s)?;
    Ok(r)
}

/// Every element of set `a` is in set `b`.
pub fn set_issubset(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((i, k)) = set_next(a, pos) {
        let h = slot_hash(a, i);
        if !contains_hashed(vm, b, k, h)? {
            return Ok(false);
        }
        pos = i + 1;
    }
    Ok(true)
}

/// Sets `a` and `b` have no element in common.
pub fn set_isdisjoint(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    let (small, big) = if set_len(a) > set_len(b) {
        (b, a)
    } else {
        (a, b)
    };
    let mut pos = 0;
    while let Some((i, k)) = set_next(small, pos) {
        let h = slot_hash(small, i);
        if contains_hashed(vm, big, k, h)? {
            return Ok(false);
        }
        pos = i + 1;
    }
    Ok(true)
}
