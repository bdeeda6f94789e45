//! Binary operators on built-in non-numeric types: str/bytes/list/tuple concatenation, repetition
//! and ordering, `%` formatting, set algebra, dict equality and merge.
//! Not numeric operators (runtime/ops.rs, int.rs, float.rs).

use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::runtime::{bytes, dict, int, iter, list, ops, set, str as pystr, tuple};
use crate::vm::{PyResult, Vm};

fn repeat_count(vm: &mut Vm, n: Obj) -> PyResult<Option<usize>> {
    if int::is_bigint(n) && int::to_i64(n).is_none() {
        if int::bigint_is_negative(n) {
            return Ok(Some(0));
        }
        return Err(vm.new_exc_msg(
            vm.exc.overflow_error,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    Ok(int::to_i64(n).map(|v| v.max(0) as usize))
}

fn check_size(vm: &mut Vm, unit: usize, n: usize) -> PyResult<()> {
    match unit.checked_mul(n) {
        // Nothing larger than the heap can be allocated: fail before building it in Rust memory.
        Some(t) if t <= crate::runtime::format::max_text_len(vm) => Ok(()),
        _ => Err(vm.new_exc_msg(vm.exc.memory_error, "memory allocation failed")),
    }
}

/// Lexicographic comparison of two item slices with Python equality and `<`.
fn seq_compare(vm: &mut Vm, op: BinaryOp, a: &[Obj], b: &[Obj]) -> PyResult<bool> {
    use BinaryOp::*;
    let n = a.len().min(b.len());
    for i in 0..n {
        let (x, y) = (a[i], b[i]);
        if x == y {
            continue;
        }
        if !ops::eq(vm, x, y)? {
            return match op {
                Equal => Ok(false),
                NotEqual => Ok(true),
                Less => ops::less(vm, x, y),
                LessEqual => ops::less(vm, x, y),
                More => ops::less(vm, y, x),
                MoreEqual => ops::less(vm, y, x),
                _ => Ok(false),
            };
        }
    }
    let (la, lb) = (a.len(), b.len());
    Ok(match op {
        Equal => la == lb,
        NotEqual => la != lb,
        Less => la < lb,
        LessEqual => la <= lb,
        More => la > lb,
        MoreEqual => la >= lb,
        _ => false,
    })
}

/// `a op b` for two str objects when `op` is a comparison (native code's `binary_op` entry
/// takes it before the general operator dispatch; same result as `builtin_binary_op`).
#[inline]
pub fn str_compare(op: BinaryOp, a: Obj, b: Obj) -> Option<bool> {
    if !pystr::is_str(a) || !pystr::is_str(b) {
        return None;
    }
    let base = op.non_inplace();
    if a == b && matches!(base, BinaryOp::Equal | BinaryOp::NotEqual) {
        return Some(base == BinaryOp::Equal);
    }
    ord_cmp(base, pystr::as_rust_str(a), pystr::as_rust_str(b))
}

fn ord_cmp<T: Ord + ?Sized>(op: BinaryOp, a: &T, b: &T) -> Option<bool> {
    use BinaryOp::*;
    Some(match op {
        Equal => a == b,
        NotEqual => a != b,
        Less => a < b,
        LessEqual => a <= b,
        More => a > b,
        MoreEqual => a >= b,
        _ => return None,
    })
}

fn is_comparison(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Equal | NotEqual | Less | LessEqual | More | MoreEqual)
}

/// `a op b` for built-in non-numeric operands. Ok(None) if not applicable.
pub fn builtin_binary_op(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult<Option<Obj>> {
    use BinaryOp::*;
    let base = op.non_inplace();
    let (ka, kb) = (kind_of(a), kind_of(b));
    // str
    if ka == Some(ObjKind::Str) {
        let sa = pystr::as_rust_str(a);
        if kb == Some(ObjKind::Str) {
            let sb = pystr::as_rust_str(b);
            if base == Add {
                return pystr::concat(vm, a, b).map(Some);
            }
            if let Some(r) = ord_cmp(base, sa, sb) {
                return Ok(Some(Obj::from_bool(r)));
            }
        }
        if base == Multiply && int::is_int(b) {
            if let Some(n) = repeat_count(vm, b)? {
                check_size(vm, sa.len(), n)?;
                return pystr::new_string(vm, sa.repeat(n)).map(Some);
            }
        }
        if base == Modulo {
            return crate::runtime::format::str_percent(vm, a, b).map(Some);
        }
    }
    if kb == Some(ObjKind::Str) && base == Multiply && int::is_int(a) {
        return builtin_binary_op(vm, op, b, a);
    }
    // bytes / bytearray
    if matches!(ka, Some(ObjKind::Bytes) | Some(ObjKind::ByteArray)) {
        let ba = bytes::try_bytes(a).unwrap_or(&[]);
        if let Some(bb) = bytes::try_bytes(b) {
            if base == Add {
                let mut v = ba.to_vec();
                v.extend_from_slice(bb);
                if ka == Some(ObjKind::ByteArray) {
                    if op.is_inplace() {
                        let n = v.len();
                        bytes::bytearray_resize(vm, a, n)?;
                        bytes::bytearray_data(a).copy_from_slice(&v);
                        return Ok(Some(a));
                    }
                    return bytes::new_bytearray(vm, &v).map(Some);
                }
                return bytes::new_bytes(vm, &v).map(Some);
            }
            if let Some(r) = ord_cmp(base, ba, bb) {
                return Ok(Some(Obj::from_bool(r)));
            }
        }
        if base == Multiply && int::is_int(b) {
            if let Some(n) = repeat_count(vm, b)? {
                check_size(vm, ba.len(), n)?;
                let v = ba.repeat(n);
                return if ka == Some(ObjKind::ByteArray) {
                    bytes::new_bytearray(vm, &v)
                } else {
                    bytes::new_bytes(vm, &v)
                }
                .map(Some);
            }
        }
        if base == Modulo {
            return crate::runtime::format::bytes_percent(vm, a, b).map(Some);
        }
    }
    if matches!(kb, Some(ObjKind::Bytes) | Some(ObjKind::ByteArray))
        && base == Multiply
        && int::is_int(a)
    {
        return builtin_binary_op(vm, op, b, a);
    }
    // list
    if ka == Some(ObjKind::List) {
        if op == InplaceAdd {
            let src = iter::collect_list(vm, b)?;
            let items = list::list_items(src).to_vec();
            list::list_extend_from_slice(vm, a, &items)?;
            return Ok(Some(a));
        }
        if kb == Some(ObjKind::List) {
            if base == Add {
                return list::list_concat(vm, a, b).map(Some);
            }
            if is_comparison(base) {
                let (x, y) = (list::list_items(a).to_vec(), list::list_items(b).to_vec());
                return seq_compare(vm, base, &x, &y).map(|r| Some(Obj::from_bool(r)));
            }
        }
        if base == Multiply && int::is_int(b) {
            if let Some(n) = repeat_count(vm, b)? {
                let items = list::list_items(a).to_vec();
                check_size(vm, items.len().saturating_mul(8), n)?;
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend_from_slice(&items);
                }
                if op.is_inplace() {
                    list::list_set_items(vm, a, &v)?;
                    return Ok(Some(a));
                }
                return list::list_from_slice(vm, &v).map(Some);
            }
        }
    }
    if kb == Some(ObjKind::List) && base == Multiply && int::is_int(a) {
        return builtin_binary_op(vm, Multiply, b, a);
    }
    // tuple
    if ka == Some(ObjKind::Tuple) {
        if kb == Some(ObjKind::Tuple) {
            if base == Add {
                let mut v = tuple::tuple_items(a).to_vec();
                v.extend_from_slice(tuple::tuple_items(b));
                return tuple::tuple_from_slice(vm, &v).map(Some);
            }
            if is_comparison(base) {
                return seq_compare(vm, base, tuple::tuple_items(a), tuple::tuple_items(b))
                    .map(|r| Some(Obj::from_bool(r)));
            }
        }
        if base == Multiply && int::is_int(b) {
            if let Some(n) = repeat_count(vm, b)? {
                let items = tuple::tuple_items(a);
                check_size(vm, items.len().saturating_mul(8), n)?;
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend_from_slice(items);
                }
                return tuple::tuple_from_slice(vm, &v).map(Some);
            }
        }
    }
    if kb == Some(ObjKind::Tuple) && base == Multiply && int::is_int(a) {
        return builtin_binary_op(vm, Multiply, b, a);
    }
    // dict views, then set / frozenset
    if let Some(r) = super::dict_methods::view_binary_op(vm, op, a, b)? {
        return Ok(Some(r));
    }
    let sa = set::as_set(a);
    let sb = set::as_set(b);
    if let (Some(x), Some(y)) = (sa, sb) {
        return set_op(vm, op, x, y);
    }
    // dict
    if let (Some(x), Some(y)) = (dict::as_dict(a), dict::as_dict(b)) {
        match base {
            Equal | NotEqual => {
                let eq = dict_equal(vm, x, y)?;
                return Ok(Some(Obj::from_bool(if base == Equal { eq } else { !eq })));
            }
            Or => {
                let target = if op.is_inplace() {
                    x
                } else {
                    dict::dict_copy(vm, x, ObjKind::Dict, vm.types.dict)?
                };
                vm.tmp_roots.push(target);
                let entries: Vec<DictEntry> = dict::dict_entries(y).collect();
                let r = (|| {
                    for e in entries {
                        dict::dict_store(vm, target, e.key, e.value)?;
                    }
                    Ok(Some(target))
                })();
                vm.tmp_roots.pop();
                return r;
            }
            _ => {}
        }
    }
    // slice equality: compare (start, stop, step) tuples
    if ka == Some(ObjKind::Slice) && kb == Some(ObjKind::Slice) && is_comparison(base) {
        let (x, y) = (cast::<SliceObj>(a), cast::<SliceObj>(b));
        let (xa, ya) = ([x.start, x.stop, x.step], [y.start, y.stop, y.step]);
        return seq_compare(vm, base, &xa, &ya).map(|r| Some(Obj::from_bool(r)));
    }
    if op == InplaceOr && dict::as_dict(a).is_some() && !b.is_none() {
        let d = dict::as_dict(a).unwrap_or(a);
        super::functions::dict_update_from(vm, d, Some(b), Kw::NONE)?;
        return Ok(Some(a));
    }
    // range equality
    if ka == Some(ObjKind::Range) && kb == Some(ObjKind::Range) && matches!(base, Equal | NotEqual)
    {
        let (x, y) = (cast::<RangeObj>(a), cast::<RangeObj>(b));
        let lx = super::range_len(x.start, x.stop, x.step);
        let ly = super::range_len(y.start, y.stop, y.step);
        let eq = lx == ly && (lx == 0 || x.start == y.start && (lx == 1 || x.step == y.step));
        return Ok(Some(Obj::from_bool(if base == Equal { eq } else { !eq })));
    }
    Ok(None)
}

fn dict_equal(vm: &mut Vm, x: Obj, y: Obj) -> PyResult<bool> {
    if dict::dict_len(x) != dict::dict_len(y) {
        return Ok(false);
    }
    let entries: Vec<DictEntry> = dict::dict_entries(x).collect();
    for e in entries {
        match dict::dict_lookup(vm, y, e.key)? {
            Some(v) => {
                if !ops::eq(vm, e.value, v)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn set_op(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult<Option<Obj>> {
    use BinaryOp::*;
    let base = op.non_inplace();
    let (la, lb) = (set::set_len(a), set::set_len(b));
    let r = match base {
        Equal => la == lb && set::set_issubset(vm, a, b)?,
        NotEqual => !(la == lb && set::set_issubset(vm, a, b)?),
        LessEqual => set::set_issubset(vm, a, b)?,
        Less => la < lb && set::set_issubset(vm, a, b)?,
        MoreEqual => set::set_issubset(vm, b, a)?,
        More => lb < la && set::set_issubset(vm, b, a)?,
        Or | And | Subtract | Xor => return set_algebra(vm, op, a, b).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Obj::from_bool(r)))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` and their in-place forms (in place only on mutable sets).
fn set_algebra(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult {
    use BinaryOp::*;
    let in_place = op.is_inplace() && header(a).kind == ObjKind::Set;
    match (op.non_inplace(), in_place) {
        (Or, true) => set::set_update(vm, a, b).map(|_| a),
        (Or, false) => {
            let r = set::set_copy(vm, a)?;
            set::set_update(vm, r, b).map(|_| r)
        }
        (And, true) => {
            let r = set::set_intersection(vm, a, b)?;
            set::set_swap_bodies(a, r);
            Ok(a)
        }
        (And, false) => set::set_intersection(vm, a, b),
        (Subtract, true) => set::set_difference_update(vm, a, b).map(|_| a),
        (Subtract, false) => set::set_difference(vm, a, b),
        (_, true) => set::set_symmetric_difference_update(vm, a, b).map(|_| a),
        (_, false) => set::set_symmetric_difference(vm, a, b),
    }
}
