//! Sequence unpacking (UNPACK_SEQUENCE, UNPACK_EX) and helpers shared by list and tuple.
//! Not indexing (runtime/subscr.rs).

use crate::obj::*;
use crate::runtime::{iter, list, tuple};
use crate::vm::{PyResult, Vm};

fn too_few(vm: &mut Vm, need: usize, got: usize) -> crate::vm::PyErr {
    let msg = format!("not enough values to unpack (expected {need}, got {got})");
    vm.new_exc_msg(vm.exc.value_error, &msg)
}

fn too_many(vm: &mut Vm, need: usize) -> crate::vm::PyErr {
    let msg = format!("too many values to unpack (expected {need})");
    vm.new_exc_msg(vm.exc.value_error, &msg)
}

/// Unpack `seq` into exactly dest.len() items; dest is filled so that item 0 ends on top
/// (dest[last] = item 0).
pub fn unpack_sequence(vm: &mut Vm, seq: Obj, dest: &mut [Obj]) -> PyResult<()> {
    let n = dest.len();
    let items: Option<&[Obj]> = if tuple::is_tuple(seq) {
        Some(tuple::tuple_items(seq))
    } else if list::is_list(seq) {
        Some(list::list_items(seq))
    } else {
        None
    };
    if let Some(items) = items {
        if items.len() < n {
            return Err(too_few(vm, n, items.len()));
        }
        if items.len() > n {
            return Err(too_many(vm, n));
        }
        for i in 0..n {
            dest[n - 1 - i] = items[i];
        }
        return Ok(());
    }
    let l = iter::collect_list(vm, seq)?;
    let items = list::list_items(l);
    if items.len() < n {
        return Err(too_few(vm, n, items.len()));
    }
    if items.len() > n {
        return Err(too_many(vm, n));
    }
    for i in 0..n {
        dest[n - 1 - i] = items[i];
    }
    Ok(())
}

/// `a, *b, c = seq`: dest gets [right items reversed..., list, left items reversed] so that the
/// first left item ends on top.
pub fn unpack_ex(
    vm: &mut Vm,
    seq: Obj,
    left: usize,
    right: usize,
    dest: &mut [Obj],
) -> PyResult<()> {
    let l = iter::collect_list(vm, seq)?;
    vm.tmp_roots.push(l);
    let r = (|| {
        let items = list::list_items(l).to_vec();
        if items.len() < left + right {
            return Err(too_few(vm, left + right, items.len()));
        }
        let total = left + right + 1;
        // Top of stack (dest[total-1]) = items[0].
        for i in 0..left {
            dest[total - 1 - i] = items[i];
        }
        let mid = list::list_from_slice(vm, &items[left..items.len() - right])?;
        dest[right] = mid;
        for j in 0..right {
            dest[right - 1 - j] = items[items.len() - right + j];
        }
        Ok(())
    })();
    vm.tmp_roots.pop();
    r
}

/// Why a comprehension or display store was refused: the bytecode named a value that is not the
/// collection it builds (only malformed bytecode can; the stores below cast without checking).
fn bad_collection(vm: &mut Vm, what: &str) -> crate::vm::PyErr {
    vm.new_exc_msg(
        vm.exc.runtime_error,
        &format!("malformed bytecode: {what} on a value it did not build"),
    )
}

/// STORE_COMP: kind 0 `list.append(a)`, 1 `dict[a] = b`, 2 `set.add(a)` on the collection the
/// comprehension built (checked: bytecode from a file could point anywhere).
pub fn store_comp(vm: &mut Vm, kind: usize, coll: Obj, a: Obj, b: Obj) -> PyResult<()> {
    match kind {
        0 if is_kind(coll, ObjKind::List) => crate::runtime::list::list_append(vm, coll, a),
        1 if is_kind(coll, ObjKind::Dict) => crate::runtime::dict::dict_store(vm, coll, a, b),
        2 if is_kind(coll, ObjKind::Set) => crate::runtime::set::set_add(vm, coll, a),
        _ => Err(bad_collection(vm, "STORE_COMP")),
    }
}

/// STORE_MAP: `d[k] = v` on the dict a BUILD_MAP made (checked like `store_comp`).
pub fn store_map(vm: &mut Vm, d: Obj, k: Obj, v: Obj) -> PyResult<()> {
    if !is_kind(d, ObjKind::Dict) {
        return Err(bad_collection(vm, "STORE_MAP"));
    }
    crate::runtime::dict::dict_store(vm, d, k, v)
}
