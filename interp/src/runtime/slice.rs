//! slice objects and index normalisation for sequences.
//! Not the slicing of each sequence type (runtime/subscr.rs).

use crate::obj::*;
use crate::runtime::int;
use crate::vm::{PyResult, Vm};

pub fn new_slice(vm: &mut Vm, start: Obj, stop: Obj, step: Obj) -> PyResult {
    let ty = vm.types.slice;
    let s = vm.alloc::<SliceObj>(ObjKind::Slice, ty, 0)?;
    s.start = start;
    s.stop = stop;
    s.step = step;
    Ok(Obj::from_ptr(s))
}

fn slice_part(vm: &mut Vm, o: Obj) -> PyResult<Option<i64>> {
    if o.is_none() {
        return Ok(None);
    }
    match int::to_i64(o) {
        Some(v) => Ok(Some(v)),
        None => {
            if int::is_bigint(o) {
                let neg = int::bigint_is_negative(o);
                return Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }));
            }
            match crate::runtime::ops::index_value(vm, o) {
                Ok(v) => Ok(Some(v)),
                Err(_) => Err(vm.new_exc_msg(
                    vm.exc.type_error,
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        }
    }
}

/// Resolve a slice against a sequence of length `len`: (start, stop, step, count), as
/// slice.indices() does.
pub fn slice_indices(vm: &mut Vm, s: Obj, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let so = cast::<SliceObj>(s);
    let (start, stop, step) = (so.start, so.stop, so.step);
    let step = slice_part(vm, step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.new_exc_msg(vm.exc.value_error, "slice step cannot be zero"));
    }
    let len = len as i64;
    let norm = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lo {
                        x = lo;
                    }
                } else if x > hi {
                    x = hi;
                }
                x
            }
        }
    };
    let (a, b) = (slice_part(vm, start)?, slice_part(vm, stop)?);
    let (start, stop) = if step > 0 {
        (norm(a, 0, 0, len), norm(b, len, 0, len))
    } else {
        (norm(a, len - 1, -1, len - 1), norm(b, -1, -1, len - 1))
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// Normalise an index for a sequence of length `len` (negative from the end); IndexError with
/// `what` ("list index out of range") when out of bounds.
pub fn norm_index(vm: &mut Vm, idx: Obj, len: usize, what: &str) -> PyResult<usize> {
    let i = match int::to_i64(idx) {
        Some(i) => i,
        None => {
            if int::is_bigint(idx) {
                return Err(vm.new_exc_msg(vm.exc.index_error, what));
            }
            crate::runtime::ops::index_value(vm, idx)?
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_exc_msg(vm.exc.index_error, what));
    }
    Ok(j as usize)
}

/// `seq[s] = new` on a sequence stored as `unit` elements per item (1 for lists and bytearrays,
/// the item size for arrays). A step-1 slice may change the length; an extended slice must get
/// exactly as many items as it selects, else `Ok(Err(count))` so the caller words its ValueError.
pub fn assign_slice<T: Copy>(
    vm: &mut Vm,
    cur: &mut Vec<T>,
    unit: usize,
    s: Obj,
    new: &[T],
) -> PyResult<Result<(), usize>> {
    let (start, _stop, step, count) = slice_indices(vm, s, cur.len() / unit)?;
    if step == 1 {
        let at = start.max(0) as usize * unit;
        cur.splice(at..at + count * unit, new.iter().copied());
        return Ok(Ok(()));
    }
    if new.len() != count * unit {
        return Ok(Err(count));
    }
    let mut k = start;
    for item in new.chunks(unit) {
        let at = k as usize * unit;
        cur[at..at + unit].copy_from_slice(item);
        k += step;
    }
    Ok(Ok(()))
}

/// `del seq[s]` on a sequence stored as `unit` elements per item (see `assign_slice`).
pub fn delete_slice<T>(vm: &mut Vm, cur: &mut Vec<T>, unit: usize, s: Obj) -> PyResult<()> {
    let n = cur.len() / unit;
    let (start, _stop, step, count) = slice_indices(vm, s, n)?;
    let mut dropped = vec![false; n];
    let mut k = start;
    for _ in 0..count {
        dropped[k as usize] = true;
        k += step;
    }
    let mut i = 0;
    cur.retain(|_| {
        let keep = !dropped[i / unit];
        i += 1;
        keep
    });
    Ok(())
}
