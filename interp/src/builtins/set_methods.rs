//! Methods of set and frozenset (add, union, issubset, the `_update` variants, ...).
//! Not the hash table itself (runtime/set.rs) nor the operators `| & - ^` (builtins/seqops.rs).

use super::args::*;
use crate::obj::*;
use crate::runtime::{iter, set, subscr, types};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let shared: [(&'static str, NativeFn); 11] = [
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__contains__", set_contains),
        ("__len__", set_len),
        ("__iter__", set_iter),
    ];
    let mutating: [(&'static str, NativeFn); 10] = [
        ("__init__", set_init),
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
    ];
    let (s, f) = (vm.types.set, vm.types.frozenset);
    for (name, func) in shared {
        types::add_method(vm, s, name, func);
        types::add_method(vm, f, name, func);
    }
    for (name, func) in mutating {
        types::add_method(vm, s, name, func);
    }
}

/// The set or frozenset behind `self` (args[0]).
fn self_set(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<Obj> {
    match args.first().and_then(|&o| set::as_set(o)) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(&format!("descriptor '{name}' requires a 'set' object"))),
    }
}

/// The mutable set behind `self`.
fn self_mut_set(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<Obj> {
    let s = self_set(vm, args, name)?;
    if header(s).kind != ObjKind::Set {
        return Err(vm.type_error(&format!(
            "descriptor '{name}' requires a 'set' object but received a 'frozenset'"
        )));
    }
    Ok(s)
}

/// set.__init__(iterable=()): refill (used by subclasses; `set(x)` itself is done by __new__).
fn set_init(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "set", args, kw, 1, 2)?;
    let s = self_mut_set(vm, args, "__init__")?;
    if set::set_len(s) > 0 {
        set::set_clear(vm, s)?;
    }
    if let Some(&src) = args.get(1) {
        set::set_update(vm, s, src)?;
    }
    Ok(Obj::NONE)
}

fn set_add(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "add", args, kw, 2, 2)?;
    let s = self_mut_set(vm, args, "add")?;
    set::set_add(vm, s, args[1])?;
    Ok(Obj::NONE)
}

fn set_remove(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "remove", args, kw, 2, 2)?;
    let s = self_mut_set(vm, args, "remove")?;
    if set::set_discard(vm, s, args[1])? {
        Ok(Obj::NONE)
    } else {
        Err(subscr::key_error(vm, args[1]))
    }
}

fn set_discard(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "discard", args, kw, 2, 2)?;
    let s = self_mut_set(vm, args, "discard")?;
    set::set_discard(vm, s, args[1])?;
    Ok(Obj::NONE)
}

fn set_pop(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "pop", args, kw, 1, 1)?;
    let s = self_mut_set(vm, args, "pop")?;
    match set::set_pop(s) {
        Some(k) => Ok(k),
        None => Err(vm.new_exc_msg(vm.exc.key_error, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "clear", args, kw, 1, 1)?;
    let s = self_mut_set(vm, args, "clear")?;
    set::set_clear(vm, s)?;
    Ok(Obj::NONE)
}

fn set_copy(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "copy", args, kw, 1, 1)?;
    let s = self_set(vm, args, "copy")?;
    if args[0] == s && header(s).kind == ObjKind::FrozenSet {
        return Ok(s);
    }
    set::set_copy(vm, s)
}

fn set_union(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "union", args, kw, 1, usize::MAX)?;
    let s = self_set(vm, args, "union")?;
    let r = set::set_copy(vm, s)?;
    for &o in &args[1..] {
        set::set_update(vm, r, o)?;
    }
    Ok(r)
}

/// self & others[0] & others[1] ... (a copy of self when there are none).
fn intersection_multi(vm: &mut Vm, s: Obj, others: &[Obj]) -> PyResult {
    let mut r = set::set_copy(vm, s)?;
    for &o in others {
        r = set::set_intersection(vm, r, o)?;
    }
    Ok(r)
}

fn set_intersection(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "intersection", args, kw, 1, usize::MAX)?;
    let s = self_set(vm, args, "intersection")?;
    if args.len() == 2 {
        return set::set_intersection(vm, s, args[1]);
    }
    intersection_multi(vm, s, &args[1..])
}

fn set_difference(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "difference", args, kw, 1, usize::MAX)?;
    let s = self_set(vm, args, "difference")?;
    let Some(&first) = args.get(1) else {
        return set::set_copy(vm, s);
    };
    let r = set::set_difference(vm, s, first)?;
    for &o in &args[2..] {
        set::set_difference_update(vm, r, o)?;
    }
    Ok(r)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "symmetric_difference", args, kw, 2, 2)?;
    let s = self_set(vm, args, "symmetric_difference")?;
    set::set_symmetric_difference(vm, s, args[1])
}

fn set_update(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "update", args, kw, 1, usize::MAX)?;
    let s = self_mut_set(vm, args, "update")?;
    for &o in &args[1..] {
        set::set_update(vm, s, o)?;
    }
    Ok(Obj::NONE)
}

fn set_intersection_update(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "intersection_update", args, kw, 1, usize::MAX)?;
    let s = self_mut_set(vm, args, "intersection_update")?;
    let r = if args.len() == 2 {
        set::set_intersection(vm, s, args[1])?
    } else {
        intersection_multi(vm, s, &args[1..])?
    };
    set::set_swap_bodies(s, r);
    Ok(Obj::NONE)
}

fn set_difference_update(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "difference_update", args, kw, 1, usize::MAX)?;
    let s = self_mut_set(vm, args, "difference_update")?;
    for &o in &args[1..] {
        set::set_difference_update(vm, s, o)?;
    }
    Ok(Obj::NONE)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "symmetric_difference_update", args, kw, 2, 2)?;
    let s = self_mut_set(vm, args, "symmetric_difference_update")?;
    set::set_symmetric_difference_update(vm, s, args[1])?;
    Ok(Obj::NONE)
}

/// `other` as a set (itself if it already is one).
fn to_set(vm: &mut Vm, other: Obj) -> PyResult {
    match set::as_set(other) {
        Some(o) => Ok(o),
        None => {
            let r = set::new_set(vm)?;
            set::set_update(vm, r, other)?;
            Ok(r)
        }
    }
}

fn set_issubset(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "issubset", args, kw, 2, 2)?;
    let s = self_set(vm, args, "issubset")?;
    let o = to_set(vm, args[1])?;
    Ok(Obj::from_bool(set::set_issubset(vm, s, o)?))
}

/// True if `pred(elem)` holds for every element of the iterable `other`.
fn all_of(
    vm: &mut Vm,
    other: Obj,
    pred: &mut dyn FnMut(&mut Vm, Obj) -> PyResult<bool>,
) -> PyResult<bool> {
    let it = iter::get_iter(vm, other)?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(x) = iter::iter_next(vm, it)? {
            if !pred(vm, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.tmp_roots.pop();
    r
}

fn set_issuperset(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "issuperset", args, kw, 2, 2)?;
    let s = self_set(vm, args, "issuperset")?;
    if let Some(o) = set::as_set(args[1]) {
        return Ok(Obj::from_bool(set::set_issubset(vm, o, s)?));
    }
    let r = all_of(vm, args[1], &mut |vm, x| set::set_contains(vm, s, x))?;
    Ok(Obj::from_bool(r))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "isdisjoint", args, kw, 2, 2)?;
    let s = self_set(vm, args, "isdisjoint")?;
    if let Some(o) = set::as_set(args[1]) {
        return Ok(Obj::from_bool(set::set_isdisjoint(vm, s, o)?));
    }
    let r = all_of(vm, args[1], &mut |vm, x| Ok(!set::set_contains(vm, s, x)?))?;
    Ok(Obj::from_bool(r))
}

fn set_contains(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__contains__", args, kw, 2, 2)?;
    let s = self_set(vm, args, "__contains__")?;
    Ok(Obj::from_bool(set::set_contains(vm, s, args[1])?))
}

fn set_len(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__len__", args, kw, 1, 1)?;
    let s = self_set(vm, args, "__len__")?;
    Ok(Obj::small_int(set::set_len(s) as i64))
}

fn set_iter(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__iter__", args, kw, 1, 1)?;
    let s = self_set(vm, args, "__iter__")?;
    iter::get_iter(vm, s)
}
