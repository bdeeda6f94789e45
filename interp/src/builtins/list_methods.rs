//! Methods of list and tuple (append, sort, index, ... and the dunders user code calls through
//! super()). Not the storage primitives (runtime/list.rs) nor the operators (builtins/seqops.rs).

use super::args::*;
use super::functions::sort_objs;
use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::runtime::{int, iter, list, ops, subscr, tuple, types};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let l = vm.types.list;
    let methods: [(&'static str, NativeFn); 23] = [
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__getitem__", seq_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__len__", seq_len),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__add__", seq_add),
        ("__iadd__", list_iadd),
        ("__mul__", seq_mul),
        ("__eq__", seq_eq),
        ("__ne__", seq_ne),
        ("__reversed__", list_reversed),
    ];
    for (name, f) in methods {
        types::add_method(vm, l, name, f);
    }
    let t = vm.types.tuple;
    let methods: [(&'static str, NativeFn); 9] = [
        ("count", tuple_count),
        ("index", tuple_index),
        ("__getitem__", seq_getitem),
        ("__len__", seq_len),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__add__", seq_add),
        ("__mul__", seq_mul),
        ("__eq__", seq_eq),
    ];
    for (name, f) in methods {
        types::add_method(vm, t, name, f);
    }
}

/// The list behind `self` (args[0]); TypeError for anything else.
fn self_list(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<Obj> {
    match args.first().and_then(|&o| list::as_list(o)) {
        Some(l) => Ok(l),
        None => Err(vm.type_error(&format!("descriptor '{name}' requires a 'list' object"))),
    }
}

/// The native list or tuple behind `self`.
fn self_seq(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<Obj> {
    if let Some(&o) = args.first() {
        let n = ops::native_of(o);
        if list::is_list(n) || tuple::is_tuple(n) {
            return Ok(n);
        }
    }
    Err(vm.type_error(&format!(
        "descriptor '{name}' requires a 'list' or 'tuple' object"
    )))
}

fn list_append(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "append", args, kw, 2, 2)?;
    let l = self_list(vm, args, "append")?;
    list::list_append(vm, l, args[1])?;
    Ok(Obj::NONE)
}

fn list_extend(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "extend", args, kw, 2, 2)?;
    let l = self_list(vm, args, "extend")?;
    let src = iter::collect_list(vm, args[1])?;
    vm.tmp_roots.push(src);
    let items = list::list_items(src).to_vec();
    let r = list::list_extend_from_slice(vm, l, &items);
    vm.tmp_roots.pop();
    r.map(|_| Obj::NONE)
}

fn list_iadd(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    list_extend(vm, args, kw)?;
    Ok(args[0])
}

/// Clamp a Python index into 0..=len the way insert() and slices do.
fn clamp_index(i: i64, len: usize) -> usize {
    let len = len as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    j as usize
}

fn list_insert(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "insert", args, kw, 3, 3)?;
    let l = self_list(vm, args, "insert")?;
    let i = ops::index_value(vm, args[1])?;
    let at = clamp_index(i, list::list_len(l));
    list::list_insert(vm, l, at, args[2])?;
    Ok(Obj::NONE)
}

fn list_pop(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "pop", args, kw, 1, 2)?;
    let l = self_list(vm, args, "pop")?;
    let len = list::list_len(l);
    if len == 0 {
        return Err(vm.new_exc_msg(vm.exc.index_error, "pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&o) => ops::index_value(vm, o)?,
        None => -1,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_exc_msg(vm.exc.index_error, "pop index out of range"));
    }
    Ok(list::list_remove_at(l, j as usize))
}

/// Position of the first item equal to `x` in `seq[start..stop]` (re-reading the list each step,
/// since `__eq__` may mutate it).
fn find_index(vm: &mut Vm, seq: Obj, x: Obj, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let items: &[Obj] = if list::is_list(seq) {
            list::list_items(seq)
        } else {
            tuple::tuple_items(seq)
        };
        if i >= stop.min(items.len()) {
            return Ok(None);
        }
        let y = items[i];
        if y == x || ops::eq(vm, y, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn count_equal(vm: &mut Vm, seq: Obj, x: Obj) -> PyResult {
    let mut n = 0;
    let mut i = 0;
    loop {
        let items: &[Obj] = if list::is_list(seq) {
            list::list_items(seq)
        } else {
            tuple::tuple_items(seq)
        };
        let Some(&y) = items.get(i) else { break };
        if y == x || ops::eq(vm, y, x)? {
            n += 1;
        }
        i += 1;
    }
    int::int_from_i64(vm, n)
}

fn list_remove(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "remove", args, kw, 2, 2)?;
    let l = self_list(vm, args, "remove")?;
    match find_index(vm, l, args[1], 0, usize::MAX)? {
        Some(i) if i < list::list_len(l) => {
            list::list_remove_at(l, i);
            Ok(Obj::NONE)
        }
        _ => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// Optional start/stop arguments of index(), normalised against `len`.
fn index_bounds(vm: &mut Vm, a: &[Obj], len: usize) -> PyResult<(usize, usize)> {
    let start = match a.first() {
        Some(&o) => clamp_index(ops::index_value(vm, o)?, len),
        None => 0,
    };
    let stop = match a.get(1) {
        Some(&o) => clamp_index(ops::index_value(vm, o)?, len),
        None => len,
    };
    Ok((start, stop))
}

fn seq_index(vm: &mut Vm, args: &[Obj], kw: Kw, what: &str) -> PyResult {
    check_args(vm, "index", args, kw, 2, 4)?;
    let s = self_seq(vm, args, "index")?;
    let len = if list::is_list(s) {
        list::list_len(s)
    } else {
        tuple::tuple_items(s).len()
    };
    let (start, stop) = index_bounds(vm, &args[2..], len)?;
    match find_index(vm, s, args[1], start, stop)? {
        Some(i) => Ok(Obj::small_int(i as i64)),
        None if what == "list" => {
            let r = super::repr_string(vm, args[1])?;
            Err(vm.value_error(&format!("{r} is not in list")))
        }
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn list_index(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    self_list(vm, args, "index")?;
    seq_index(vm, args, kw, "list")
}

fn tuple_index(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    seq_index(vm, args, kw, "tuple")
}

fn list_count(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "count", args, kw, 2, 2)?;
    let l = self_list(vm, args, "count")?;
    count_equal(vm, l, args[1])
}

fn tuple_count(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "count", args, kw, 2, 2)?;
    let t = self_seq(vm, args, "count")?;
    count_equal(vm, t, args[1])
}

fn list_reverse(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "reverse", args, kw, 1, 1)?;
    let l = self_list(vm, args, "reverse")?;
    list::list_items(l).reverse();
    Ok(Obj::NONE)
}

fn list_sort(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "sort", kw, &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = self_list(vm, args, "sort")?;
    let key = kw.get("key").filter(|k| !k.is_none());
    let reverse = match kw.get("reverse") {
        Some(r) => ops::is_true(vm, r)?,
        None => false,
    };
    // Sort a copy (the key function or __lt__ may mutate the list), then store it back.
    let mut items = list::list_items(l).to_vec();
    let copy = list::list_from_slice(vm, &items)?;
    vm.tmp_roots.push(copy);
    let r = sort_objs(vm, &mut items, key, reverse);
    vm.tmp_roots.pop();
    r?;
    list::list_set_items(vm, l, &items)?;
    Ok(Obj::NONE)
}

fn list_copy(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "copy", args, kw, 1, 1)?;
    let l = self_list(vm, args, "copy")?;
    let items = list::list_items(l).to_vec();
    list::list_from_slice(vm, &items)
}

fn list_clear(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "clear", args, kw, 1, 1)?;
    let l = self_list(vm, args, "clear")?;
    list::list_truncate(l, 0);
    Ok(Obj::NONE)
}

fn seq_getitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__getitem__", args, kw, 2, 2)?;
    let s = self_seq(vm, args, "__getitem__")?;
    subscr::load_subscr(vm, s, args[1])
}

fn list_setitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__setitem__", args, kw, 3, 3)?;
    let l = self_list(vm, args, "__setitem__")?;
    subscr::store_subscr(vm, l, args[1], args[2])?;
    Ok(Obj::NONE)
}

fn list_delitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__delitem__", args, kw, 2, 2)?;
    let l = self_list(vm, args, "__delitem__")?;
    subscr::delete_subscr(vm, l, args[1])?;
    Ok(Obj::NONE)
}

fn seq_len(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__len__", args, kw, 1, 1)?;
    let s = self_seq(vm, args, "__len__")?;
    let n = if list::is_list(s) {
        list::list_len(s)
    } else {
        tuple::tuple_items(s).len()
    };
    Ok(Obj::small_int(n as i64))
}

fn seq_contains(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__contains__", args, kw, 2, 2)?;
    let s = self_seq(vm, args, "__contains__")?;
    Ok(Obj::from_bool(ops::contains(vm, s, args[1])?))
}

fn seq_iter(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__iter__", args, kw, 1, 1)?;
    let s = self_seq(vm, args, "__iter__")?;
    iter::get_iter(vm, s)
}

fn list_reversed(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__reversed__", args, kw, 1, 1)?;
    let l = self_list(vm, args, "__reversed__")?;
    let n = list::list_len(l) as i64;
    iter::new_iter(vm, IterKind::Reversed, l, Obj::NULL, n - 1, 0, -1)
}

/// A binary operator on the native values of self and other (NotImplemented if unsupported).
fn native_binop(vm: &mut Vm, args: &[Obj], name: &str, op: BinaryOp) -> PyResult {
    check_args(vm, name, args, Kw::NONE, 2, 2)?;
    let s = self_seq(vm, args, name)?;
    let other = ops::native_of(args[1]);
    Ok(super::builtin_binary_op(vm, op, s, other)?.unwrap_or(Obj::NOT_IMPLEMENTED))
}

fn seq_add(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__add__", args, kw, 2, 2)?;
    native_binop(vm, args, "__add__", BinaryOp::Add)
}

fn seq_mul(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__mul__", args, kw, 2, 2)?;
    native_binop(vm, args, "__mul__", BinaryOp::Multiply)
}

fn seq_eq(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__eq__", args, kw, 2, 2)?;
    native_binop(vm, args, "__eq__", BinaryOp::Equal)
}

fn seq_ne(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__ne__", args, kw, 2, 2)?;
    native_binop(vm, args, "__ne__", BinaryOp::NotEqual)
}
