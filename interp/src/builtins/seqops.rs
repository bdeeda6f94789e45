//! Binary operators on built-in non-numeric types: str/bytes/list/tuple concatenation, repetition
//! and ordering, `%` formatting, set algebra, dict equality and merge.
//! Not numeric operators (runtime/ops.rs, int.rs, float.rs).

use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::runtime::{bytes, dict, int, iter, list, ops, set, str as pystr, tuple};
use crate::vm::{PyResult, Vm};

fn repeat_count(vm: &mut Vm, n: Obj) -> PyResult<Option<usize>> {
    if int::is_bigint(n) {
        if num_traits::Signed::is_negative(int::bigint_ref(n)) {
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
        Some(t) if t < (1 << 34) => Ok(()),
        _ => Err(vm.new_exc_msg(vm.exc.memory_error, "memory allocation failed")),
    }
}

/// Lexicographic comparison of two item slices with Python equality and `<`.
fn seq_compare(vm: &mut Vm, op: BinaryOp, a: &[Obj], b: &[Obj]) -> PyResult<bool> {
    use BinaryOp::*;
    let n = a.len().min(b.len());
    for i in 0..n {
        let (x, y) = (a[i], b[i]);
        if x == y && !x.is_float() {
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
                if sa.is_empty() {
                    return Ok(Some(b));
                }
                if sb.is_empty() {
                    return Ok(Some(a));
                }
                let mut s = String::with_capacity(sa.len() + sb.len());
                s.push_str(sa);
                s.push_str(sb);
                return pystr::new_string(vm, s).map(Some);
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
                let mut v = list::list_items(a).to_vec();
                v.extend_from_slice(list::list_items(b));
                return list::list_from_slice(vm, &v).map(Some);
            }
            if is_comparison(base) {
                let (x, y) = (list::list_items(a).to_vec(), list::list_items(b).to_vec());
                return seq_compare(vm, base, &x, &y).map(|r| Some(Obj::from_bool(r)));
            }
        }
        if base == Multiply && int::is_int(b) {
            if let Some(n) = repeat_count(vm, b)? {
                let items = list::list_items(a).to_vec();
                check_size(vm, items.len() * 8, n)?;
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
                check_size(vm, items.len() * 8, n)?;
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
    // set / frozenset
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
    let ai: Vec<Obj> = set::set_items(a).collect();
    let bi: Vec<Obj> = set::set_items(b).collect();
    let subset = |vm: &mut Vm, x: &[Obj], y: Obj| -> PyResult<bool> {
        for &v in x {
            if !set::set_contains(vm, y, v)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    match base {
        Equal | NotEqual => {
            let eq = ai.len() == bi.len() && subset(vm, &ai, b)?;
            return Ok(Some(Obj::from_bool(if base == Equal { eq } else { !eq })));
        }
        LessEqual => return Ok(Some(Obj::from_bool(subset(vm, &ai, b)?))),
        Less => {
            return Ok(Some(Obj::from_bool(
                ai.len() < bi.len() && subset(vm, &ai, b)?,
            )))
        }
        MoreEqual => return Ok(Some(Obj::from_bool(subset(vm, &bi, a)?))),
        More => {
            return Ok(Some(Obj::from_bool(
                bi.len() < ai.len() && subset(vm, &bi, a)?,
            )))
        }
        Or | And | Subtract | Xor => {}
        _ => return Ok(None),
    }
    let mut out = Vec::new();
    match base {
        Or => {
            out.extend_from_slice(&ai);
            for &v in &bi {
                if !set::set_contains(vm, a, v)? {
                    out.push(v);
                }
            }
        }
        And => {
            for &v in &ai {
                if set::set_contains(vm, b, v)? {
                    out.push(v);
                }
            }
        }
        Subtract => {
            for &v in &ai {
                if !set::set_contains(vm, b, v)? {
                    out.push(v);
                }
            }
        }
        _ => {
            for &v in &ai {
                if !set::set_contains(vm, b, v)? {
                    out.push(v);
                }
            }
            for &v in &bi {
                if !set::set_contains(vm, a, v)? {
                    out.push(v);
                }
            }
        }
    }
    if op.is_inplace() && header(a).kind == ObjKind::Set {
        dict::dict_clear(vm, a)?;
        for v in out {
            set::set_add(vm, a, v)?;
        }
        return Ok(Some(a));
    }
    let kind = header(a).kind;
    let ty = header(a).ty;
    let r = dict::new_table_obj(vm, kind, ty, out.len())?;
    vm.tmp_roots.push(r);
    let res = (|| {
        for v in out {
            dict::dict_store(vm, r, v, Obj::NONE)?;
        }
        Ok(Some(r))
    })();
    vm.tmp_roots.pop();
    res
}
