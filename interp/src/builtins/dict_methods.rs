//! Methods of dict (get, pop, update, fromkeys, ...), `__missing__` for subclasses, and the view
//! objects keys()/values()/items() return. Not the hash table itself (runtime/dict.rs).

use super::args::*;
use super::functions::dict_update_from;
use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::runtime::{call, dict, iter, ops, set, subscr, tuple, types};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let d = vm.types.dict;
    let methods: [(&'static str, NativeFn); 16] = [
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
    ];
    for (name, f) in methods {
        types::add_method(vm, d, name, f);
    }
    if let Ok(f) = call::new_builtin(vm, "fromkeys", dict_fromkeys, Obj::NULL) {
        if let Ok(w) = vm.alloc::<WrapperObj>(ObjKind::ClassMethod, vm.types.classmethod, 0) {
            w.func = f;
            let w = Obj::from_ptr(w);
            types::add_attr(vm, d, "fromkeys", w);
        }
    }
    let views = [
        vm.types.dict_keys,
        vm.types.dict_values,
        vm.types.dict_items,
    ];
    let view_methods: [(&'static str, NativeFn); 4] = [
        ("__iter__", view_iter),
        ("__len__", view_len),
        ("__contains__", view_contains),
        ("__repr__", view_repr),
    ];
    for t in views {
        for (name, f) in view_methods {
            types::add_method(vm, t, name, f);
        }
    }
    for t in [vm.types.dict_keys, vm.types.dict_items] {
        types::add_method(vm, t, "isdisjoint", view_isdisjoint);
    }
}

/// The dict behind `self` (args[0]).
fn self_dict(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<Obj> {
    match args.first().and_then(|&o| dict::as_dict(o)) {
        Some(d) => Ok(d),
        None => Err(vm.type_error(&format!("descriptor '{name}' requires a 'dict' object"))),
    }
}

fn dict_get(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "get", args, kw, 2, 3)?;
    let d = self_dict(vm, args, "get")?;
    let v = dict::dict_lookup(vm, d, args[1])?;
    Ok(v.unwrap_or(args.get(2).copied().unwrap_or(Obj::NONE)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "setdefault", args, kw, 2, 3)?;
    let d = self_dict(vm, args, "setdefault")?;
    if let Some(v) = dict::dict_lookup(vm, d, args[1])? {
        return Ok(v);
    }
    let v = args.get(2).copied().unwrap_or(Obj::NONE);
    dict::dict_store(vm, d, args[1], v)?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "pop", args, kw, 2, 3)?;
    let d = self_dict(vm, args, "pop")?;
    match dict::dict_delete(vm, d, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&dflt) => Ok(dflt),
            None => Err(subscr::key_error(vm, args[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "popitem", args, kw, 1, 1)?;
    let d = self_dict(vm, args, "popitem")?;
    match dict::dict_pop_last(d) {
        Some(e) => tuple::tuple_from_slice(vm, &[e.key, e.value]),
        None => Err(vm.new_exc_msg(vm.exc.key_error, "popitem(): dictionary is empty")),
    }
}

fn dict_update(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "update", args, 1, 2)?;
    let d = self_dict(vm, args, "update")?;
    dict_update_from(vm, d, args.get(1).copied(), kw)?;
    Ok(Obj::NONE)
}

fn dict_copy(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "copy", args, kw, 1, 1)?;
    let d = self_dict(vm, args, "copy")?;
    let ty = vm.types.dict;
    dict::dict_copy(vm, d, ObjKind::Dict, ty)
}

fn dict_clear(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "clear", args, kw, 1, 1)?;
    let d = self_dict(vm, args, "clear")?;
    dict::dict_clear(vm, d)?;
    Ok(Obj::NONE)
}

/// `dict.fromkeys(iterable, value=None)`: args[0] is the class.
fn dict_fromkeys(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "fromkeys", args, kw, 2, 3)?;
    let cls = args[0];
    let value = args.get(2).copied().unwrap_or(Obj::NONE);
    let exact = cls == vm.types.dict;
    let d = if exact {
        dict::new_dict(vm)?
    } else {
        call::call(vm, cls, &[], Kw::NONE)?
    };
    vm.tmp_roots.push(d);
    let r = (|| {
        let it = iter::get_iter(vm, args[1])?;
        vm.tmp_roots.push(it);
        let r = (|| {
            while let Some(k) = iter::iter_next(vm, it)? {
                if exact {
                    dict::dict_store(vm, d, k, value)?;
                } else {
                    subscr::store_subscr(vm, d, k, value)?;
                }
            }
            Ok(d)
        })();
        vm.tmp_roots.pop();
        r
    })();
    vm.tmp_roots.pop();
    r
}

/// `d[key]`, calling `__missing__` of a dict subclass when the key is absent.
fn dict_getitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__getitem__", args, kw, 2, 2)?;
    let d = self_dict(vm, args, "__getitem__")?;
    if let Some(v) = dict::dict_lookup(vm, d, args[1])? {
        return Ok(v);
    }
    if args[0] != d {
        let ty = types::type_of(vm, args[0]);
        let name = vm.intern("__missing__");
        if let Some(m) = types::type_lookup(vm, ty, name) {
            return call::call_with_self(vm, m, args[0], &[args[1]], Kw::NONE);
        }
    }
    Err(subscr::key_error(vm, args[1]))
}

fn dict_setitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__setitem__", args, kw, 3, 3)?;
    let d = self_dict(vm, args, "__setitem__")?;
    dict::dict_store(vm, d, args[1], args[2])?;
    Ok(Obj::NONE)
}

fn dict_delitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__delitem__", args, kw, 2, 2)?;
    let d = self_dict(vm, args, "__delitem__")?;
    match dict::dict_delete(vm, d, args[1])? {
        Some(_) => Ok(Obj::NONE),
        None => Err(subscr::key_error(vm, args[1])),
    }
}

fn dict_contains(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__contains__", args, kw, 2, 2)?;
    let d = self_dict(vm, args, "__contains__")?;
    Ok(Obj::from_bool(dict::dict_lookup(vm, d, args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__len__", args, kw, 1, 1)?;
    let d = self_dict(vm, args, "__len__")?;
    Ok(Obj::small_int(dict::dict_len(d) as i64))
}

fn dict_iter(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__iter__", args, kw, 1, 1)?;
    let d = self_dict(vm, args, "__iter__")?;
    iter::get_iter(vm, d)
}

// ------------------------------------------------------------------------------------------------
// Views

/// A live view of a dict's keys, values or items (the type says which).
struct DictView {
    dict: Obj,
}

impl NativeData for DictView {
    fn trace(&self, heap: &mut crate::gc::Heap) {
        mark_obj(heap, self.dict);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

#[derive(Clone, Copy, PartialEq)]
enum ViewKind {
    Keys,
    Values,
    Items,
}

fn new_view(vm: &mut Vm, args: &[Obj], kw: Kw, kind: ViewKind) -> PyResult {
    let name = match kind {
        ViewKind::Keys => "keys",
        ViewKind::Values => "values",
        ViewKind::Items => "items",
    };
    check_args(vm, name, args, kw, 1, 1)?;
    let d = self_dict(vm, args, name)?;
    let ty = match kind {
        ViewKind::Keys => vm.types.dict_keys,
        ViewKind::Values => vm.types.dict_values,
        ViewKind::Items => vm.types.dict_items,
    };
    crate::modules::new_native(vm, ty, Box::new(DictView { dict: d }))
}

fn dict_keys(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    new_view(vm, args, kw, ViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    new_view(vm, args, kw, ViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    new_view(vm, args, kw, ViewKind::Items)
}

/// (dict, kind) of a view object, if `o` is one.
fn view_parts(vm: &Vm, o: Obj) -> Option<(Obj, ViewKind)> {
    let d = crate::modules::native_ref::<DictView>(o)?.dict;
    let ty = header(o).ty;
    let kind = if ty == vm.types.dict_keys {
        ViewKind::Keys
    } else if ty == vm.types.dict_values {
        ViewKind::Values
    } else {
        ViewKind::Items
    };
    Some((d, kind))
}

/// True if `o` is a dict view (keys, values or items).
pub fn is_view(vm: &Vm, o: Obj) -> bool {
    view_parts(vm, o).is_some()
}

fn self_view(vm: &mut Vm, args: &[Obj]) -> PyResult<(Obj, ViewKind)> {
    match args.first().and_then(|&o| view_parts(vm, o)) {
        Some(p) => Ok(p),
        None => Err(vm.type_error("descriptor requires a dict view object")),
    }
}

fn view_iter(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let (d, kind) = self_view(vm, args)?;
    let ik = match kind {
        ViewKind::Keys => IterKind::DictKeys,
        ViewKind::Values => IterKind::DictValues,
        ViewKind::Items => IterKind::DictItems,
    };
    let n = dict::dict_len(d) as i64;
    iter::new_iter(vm, ik, d, Obj::NULL, 0, n, 1)
}

fn view_len(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let (d, _) = self_view(vm, args)?;
    Ok(Obj::small_int(dict::dict_len(d) as i64))
}

/// `x in view`.
fn view_has(vm: &mut Vm, d: Obj, kind: ViewKind, x: Obj) -> PyResult<bool> {
    match kind {
        ViewKind::Keys => Ok(dict::dict_lookup(vm, d, x)?.is_some()),
        ViewKind::Items => {
            let Some(&[k, v]) = tuple::try_tuple(x) else {
                return Ok(false);
            };
            match dict::dict_lookup(vm, d, k)? {
                Some(w) => Ok(w == v || ops::eq(vm, w, v)?),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            let vals: Vec<Obj> = dict::dict_entries(d).map(|e| e.value).collect();
            let l = crate::runtime::list::list_from_slice(vm, &vals)?;
            ops::contains(vm, l, x)
        }
    }
}

fn view_contains(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__contains__", args, kw, 2, 2)?;
    let (d, kind) = self_view(vm, args)?;
    Ok(Obj::from_bool(view_has(vm, d, kind, args[1])?))
}

fn view_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let (_, kind) = self_view(vm, args)?;
    let l = iter::collect_list(vm, args[0])?;
    let inner = super::repr_string(vm, l)?;
    let name = match kind {
        ViewKind::Keys => "dict_keys",
        ViewKind::Values => "dict_values",
        ViewKind::Items => "dict_items",
    };
    crate::runtime::str::new_string(vm, format!("{name}({inner})"))
}

fn view_isdisjoint(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "isdisjoint", args, kw, 2, 2)?;
    let s = view_to_set(vm, args[0])?;
    let it = iter::get_iter(vm, args[1])?;
    while let Some(x) = iter::iter_next(vm, it)? {
        if set::set_contains(vm, s, x)? {
            return Ok(Obj::FALSE);
        }
    }
    Ok(Obj::TRUE)
}

fn view_to_set(vm: &mut Vm, o: Obj) -> PyResult {
    let s = set::new_set(vm)?;
    set::set_update(vm, s, o)?;
    Ok(s)
}

/// Operators on keys/items views: set algebra (`&`, `|`, `-`, `^`, giving sets) and comparisons
/// with sets and other views. Ok(None) when neither operand is such a view.
pub fn view_binary_op(vm: &mut Vm, op: BinaryOp, a: Obj, b: Obj) -> PyResult<Option<Obj>> {
    use BinaryOp::*;
    let set_like = |vm: &Vm, o: Obj| {
        matches!(
            view_parts(vm, o),
            Some((_, ViewKind::Keys | ViewKind::Items))
        )
    };
    let (va, vb) = (set_like(vm, a), set_like(vm, b));
    if !va && !vb {
        return Ok(None);
    }
    let base = op.non_inplace();
    match base {
        And | Or | Subtract | Xor => {
            let r = view_to_set(vm, a)?;
            match base {
                And => {
                    let t = set::set_intersection(vm, r, b)?;
                    set::set_swap_bodies(r, t);
                }
                Or => set::set_update(vm, r, b)?,
                Subtract => set::set_difference_update(vm, r, b)?,
                _ => set::set_symmetric_difference_update(vm, r, b)?,
            }
            Ok(Some(r))
        }
        Equal | NotEqual | Less | LessEqual | More | MoreEqual => {
            let comparable = |vm: &Vm, o: Obj| set_like(vm, o) || set::as_set(o).is_some();
            if !comparable(vm, a) || !comparable(vm, b) {
                return Ok(None);
            }
            let sa = view_to_set(vm, a)?;
            let sb = view_to_set(vm, b)?;
            super::builtin_binary_op(vm, base, sa, sb)
        }
        _ => Ok(None),
    }
}
