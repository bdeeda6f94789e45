//! The `heapq` module: heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest
//! on Python lists using `<`. Not the merge() generator.

use super::def_fn;
use crate::builtins::args::check_args;
use crate::obj::*;
use crate::runtime::{list, ops};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "heapq")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heappushpop", heappushpop),
        ("heapreplace", heapreplace),
        ("nsmallest", nsmallest),
        ("nlargest", nlargest),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    Ok(m)
}

fn heap_list(vm: &mut Vm, o: Obj) -> PyResult<Obj> {
    match list::as_list(o) {
        Some(l) => Ok(l),
        None => Err(vm.type_error("heap argument must be a list")),
    }
}

/// items[i] < items[j], re-reading the list each time (comparisons may run Python code).
fn lt(vm: &mut Vm, l: Obj, i: usize, j: usize) -> PyResult<bool> {
    let items = list::list_items(l);
    if i >= items.len() || j >= items.len() {
        return Err(vm.new_exc_msg(vm.exc.runtime_error, "list changed size during iteration"));
    }
    let (a, b) = (items[i], items[j]);
    ops::less(vm, a, b)
}

fn sift_down(vm: &mut Vm, l: Obj, start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) / 2;
        if lt(vm, l, pos, parent)? {
            list::list_items(l).swap(pos, parent);
            pos = parent;
        } else {
            break;
        }
    }
    Ok(())
}

fn sift_up(vm: &mut Vm, l: Obj, mut pos: usize) -> PyResult<()> {
    let n = list::list_len(l);
    loop {
        let left = 2 * pos + 1;
        if left >= n {
            return Ok(());
        }
        let right = left + 1;
        let child = if right < n && lt(vm, l, right, left)? {
            right
        } else {
            left
        };
        if lt(vm, l, child, pos)? {
            list::list_items(l).swap(child, pos);
            pos = child;
        } else {
            return Ok(());
        }
    }
}

fn heappush(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "heappush", args, kw, 2, 2)?;
    let l = heap_list(vm, args[0])?;
    list::list_append(vm, l, args[1])?;
    let n = list::list_len(l);
    sift_down(vm, l, 0, n - 1)?;
    Ok(Obj::NONE)
}

fn pop_last(vm: &mut Vm, l: Obj) -> PyResult<Obj> {
    let n = list::list_len(l);
    if n == 0 {
        return Err(vm.new_exc_msg(vm.exc.index_error, "index out of range"));
    }
    Ok(list::list_remove_at(l, n - 1))
}

fn heappop(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "heappop", args, kw, 1, 1)?;
    let l = heap_list(vm, args[0])?;
    let last = pop_last(vm, l)?;
    if list::list_len(l) == 0 {
        return Ok(last);
    }
    let top = std::mem::replace(&mut list::list_items(l)[0], last);
    sift_up(vm, l, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "heapreplace", args, kw, 2, 2)?;
    let l = heap_list(vm, args[0])?;
    if list::list_len(l) == 0 {
        return Err(vm.new_exc_msg(vm.exc.index_error, "index out of range"));
    }
    let top = std::mem::replace(&mut list::list_items(l)[0], args[1]);
    sift_up(vm, l, 0)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "heappushpop", args, kw, 2, 2)?;
    let l = heap_list(vm, args[0])?;
    let items = list::list_items(l);
    if items.is_empty() || !ops::less(vm, items[0], args[1])? {
        return Ok(args[1]);
    }
    let top = std::mem::replace(&mut list::list_items(l)[0], args[1]);
    sift_up(vm, l, 0)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "heapify", args, kw, 1, 1)?;
    let l = heap_list(vm, args[0])?;
    let n = list::list_len(l);
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i)?;
    }
    Ok(Obj::NONE)
}

fn n_sorted(vm: &mut Vm, args: &[Obj], kw: Kw, reverse: bool) -> PyResult {
    crate::builtins::args::check_count(vm, "nsmallest", args, 2, 2)?;
    crate::builtins::args::check_kw(vm, "nsmallest", kw, &["key"])?;
    let n = crate::builtins::arg_i64(vm, args[0], "n")?.max(0) as usize;
    let l = crate::runtime::iter::collect_list(vm, args[1])?;
    vm.tmp_roots.push(l);
    let key = kw.get("key").filter(|k| !k.is_none());
    let r = crate::builtins::functions::sort_objs(vm, list::list_items(l), key, reverse);
    vm.tmp_roots.pop();
    r?;
    list::list_truncate(l, n.min(list::list_len(l)));
    Ok(l)
}

fn nsmallest(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    n_sorted(vm, args, kw, false)
}

fn nlargest(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    n_sorted(vm, args, kw, true)
}
