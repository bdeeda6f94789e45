//! The `collections` module: deque (a native type), namedtuple (Python classes deriving from
//! tuple), OrderedDict and defaultdict (classes deriving from dict). Not Counter nor ChainMap.

use super::arg0;
use super::{def_fn, module_type, native_ref, new_native, set_attr};
use crate::builtins::args::{check_args, check_count, check_kw};
use crate::obj::*;
use crate::runtime::{attr, call, dict, iter, list, str as pystr, tuple, types};
use crate::vm::{PyResult, Vm};
use std::collections::VecDeque;

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "collections")?;
    let dq = deque_type(vm)?;
    set_attr(vm, m, "deque", dq)?;
    def_fn(vm, m, "namedtuple", namedtuple)?;
    let od = ordered_dict_type(vm)?;
    set_attr(vm, m, "OrderedDict", od)?;
    let dd = default_dict_type(vm)?;
    set_attr(vm, m, "defaultdict", dd)?;
    Ok(m)
}

// ------------------------------------------------------------------------------------------------
// Helpers for classes built at run time

/// A class-dict entry that is called as `f(extra, self, ...)`: a bound method on `extra`. Used
/// for dunders that must not look like inherited built-ins, and for per-field getters.
fn bound(vm: &mut Vm, name: &'static str, f: NativeFn, extra: Obj) -> PyResult {
    let b = call::new_builtin(vm, name, f, Obj::NULL)?;
    call::new_bound_method(vm, b, extra)
}

fn wrap(vm: &mut Vm, kind: ObjKind, name: &'static str, f: NativeFn) -> PyResult {
    let b = call::new_builtin(vm, name, f, Obj::NULL)?;
    vm.tmp_roots.push(b);
    let ty = if kind == ObjKind::StaticMethod {
        vm.types.staticmethod
    } else {
        vm.types.classmethod
    };
    let w = vm.alloc::<WrapperObj>(kind, ty, 0);
    vm.tmp_roots.pop();
    let w = w?;
    w.func = b;
    Ok(Obj::from_ptr(w))
}

fn store(vm: &mut Vm, ns: Obj, name: &str, v: Obj) -> PyResult<()> {
    let k = vm.intern(name);
    dict::dict_store(vm, ns, k, v)
}

fn store_fn(vm: &mut Vm, ns: Obj, name: &'static str, f: NativeFn) -> PyResult<()> {
    let b = call::new_builtin(vm, name, f, Obj::NULL)?;
    store(vm, ns, name, b)
}

/// Create (once) a class deriving from `base` with the given namespace filler.
fn cached_class(
    vm: &mut Vm,
    key: &'static str,
    base: Obj,
    fill: fn(&mut Vm, Obj) -> PyResult<()>,
) -> PyResult {
    if let Some(&t) = vm.module_types.get(key) {
        return Ok(t);
    }
    let ns = dict::new_dict(vm)?;
    vm.tmp_roots.push(ns);
    let r = (|| {
        fill(vm, ns)?;
        let m = pystr::new_str(vm, "collections")?;
        store(vm, ns, "__module__", m)?;
        types::new_class(vm, key, &[base], ns)
    })();
    vm.tmp_roots.pop();
    let t = r?;
    vm.module_types.insert(key, t);
    Ok(t)
}

fn native_dict(vm: &mut Vm, o: Obj) -> PyResult<Obj> {
    match dict::as_dict(o) {
        Some(d) => Ok(d),
        None => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

// ------------------------------------------------------------------------------------------------
// deque

struct Deque {
    items: VecDeque<Obj>,
    maxlen: Option<usize>,
}

impl NativeData for Deque {
    fn trace(&self, heap: &mut crate::gc::Heap) {
        for &o in &self.items {
            mark_obj(heap, o);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Deque {
    fn push_back(&mut self, v: Obj) {
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }
    fn push_front(&mut self, v: Obj) {
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

fn deque_type(vm: &mut Vm) -> PyResult {
    let t = module_type(
        vm,
        "deque",
        &[
            ("__new__", deque_new),
            ("append", dq_append),
            ("appendleft", dq_appendleft),
            ("pop", dq_pop),
            ("popleft", dq_popleft),
            ("extend", dq_extend),
            ("extendleft", dq_extendleft),
            ("clear", dq_clear),
            ("rotate", dq_rotate),
            ("count", dq_count),
            ("__len__", dq_len),
            ("__iter__", dq_iter),
            ("__getitem__", dq_getitem),
            ("__setitem__", dq_setitem),
            ("__repr__", dq_repr),
            ("__eq__", dq_eq),
        ],
    )?;
    if dict::dict_get_name(vm, types::type_obj(t).dict, "maxlen")?.is_none() {
        super::add_property(vm, t, "maxlen", dq_maxlen)?;
    }
    Ok(t)
}

fn dq(vm: &mut Vm, o: Obj) -> PyResult<&'static mut Deque> {
    super::native_arg::<Deque>(vm, o, "collections.deque")
}

fn deque_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "deque", args, 1, 3)?;
    check_kw(vm, "deque", kw, &["iterable", "maxlen"])?;
    let maxlen = match crate::builtins::args::arg_or_kw(args, kw, 2, "maxlen") {
        Some(m) if !m.is_none() => {
            let v = crate::builtins::arg_i64(vm, m, "deque")?;
            if v < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(v as usize)
        }
        _ => None,
    };
    let d = new_native(
        vm,
        args[0],
        Box::new(Deque {
            items: VecDeque::new(),
            maxlen,
        }),
    )?;
    if let Some(src) = crate::builtins::args::arg_or_kw(args, kw, 1, "iterable") {
        vm.tmp_roots.push(d);
        let r = extend_with(vm, d, src, false);
        vm.tmp_roots.pop();
        r?;
    }
    Ok(d)
}

fn extend_with(vm: &mut Vm, d: Obj, src: Obj, left: bool) -> PyResult<()> {
    // Materialise first so that `d.extend(d)` works.
    let l = iter::collect_list(vm, src)?;
    let items = list::list_items(l).to_vec();
    let q = dq(vm, d)?;
    for v in items {
        if left {
            q.push_front(v);
        } else {
            q.push_back(v);
        }
    }
    Ok(())
}

fn dq_append(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "append", args, kw, 2, 2)?;
    dq(vm, arg0(args))?.push_back(args[1]);
    Ok(Obj::NONE)
}

fn dq_appendleft(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "appendleft", args, kw, 2, 2)?;
    dq(vm, arg0(args))?.push_front(args[1]);
    Ok(Obj::NONE)
}

fn dq_pop(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "pop", args, kw, 1, 1)?;
    match dq(vm, arg0(args))?.items.pop_back() {
        Some(v) => Ok(v),
        None => Err(vm.new_exc_msg(vm.exc.index_error, "pop from an empty deque")),
    }
}

fn dq_popleft(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "popleft", args, kw, 1, 1)?;
    match dq(vm, arg0(args))?.items.pop_front() {
        Some(v) => Ok(v),
        None => Err(vm.new_exc_msg(vm.exc.index_error, "pop from an empty deque")),
    }
}

fn dq_extend(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "extend", args, kw, 2, 2)?;
    extend_with(vm, args[0], args[1], false)?;
    Ok(Obj::NONE)
}

fn dq_extendleft(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "extendleft", args, kw, 2, 2)?;
    extend_with(vm, args[0], args[1], true)?;
    Ok(Obj::NONE)
}

fn dq_clear(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "clear", args, kw, 1, 1)?;
    dq(vm, arg0(args))?.items.clear();
    Ok(Obj::NONE)
}

fn dq_rotate(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "rotate", args, kw, 1, 2)?;
    let n = match args.get(1) {
        Some(&o) => crate::builtins::arg_i64(vm, o, "rotate")?,
        None => 1,
    };
    let q = dq(vm, arg0(args))?;
    let len = q.items.len() as i64;
    if len > 0 {
        let k = n.rem_euclid(len) as usize;
        q.items.rotate_right(k);
    }
    Ok(Obj::NONE)
}

fn dq_count(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "count", args, kw, 2, 2)?;
    let items: Vec<Obj> = dq(vm, arg0(args))?.items.iter().copied().collect();
    let mut n = 0;
    for x in items {
        if crate::runtime::ops::eq(vm, x, args[1])? {
            n += 1;
        }
    }
    Ok(Obj::small_int(n))
}

fn dq_len(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::small_int(dq(vm, arg0(args))?.items.len() as i64))
}

fn dq_list(vm: &mut Vm, o: Obj) -> PyResult {
    let items: Vec<Obj> = dq(vm, o)?.items.iter().copied().collect();
    list::list_from_slice(vm, &items)
}

fn dq_iter(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "dq_iter", args, 1, usize::MAX)?;
    let l = dq_list(vm, args[0])?;
    iter::get_iter(vm, l)
}

fn dq_index(vm: &mut Vm, o: Obj, idx: Obj) -> PyResult<usize> {
    let n = dq(vm, o)?.items.len();
    crate::runtime::slice::norm_index(vm, idx, n, "deque index out of range")
}

fn dq_getitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__getitem__", args, kw, 2, 2)?;
    let i = dq_index(vm, args[0], args[1])?;
    Ok(dq(vm, arg0(args))?.items[i])
}

fn dq_setitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__setitem__", args, kw, 3, 3)?;
    let i = dq_index(vm, args[0], args[1])?;
    dq(vm, arg0(args))?.items[i] = args[2];
    Ok(Obj::NONE)
}

fn dq_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "dq_repr", args, 1, usize::MAX)?;
    let l = dq_list(vm, args[0])?;
    let body = crate::builtins::repr_string(vm, l)?;
    let s = match dq(vm, arg0(args))?.maxlen {
        Some(m) => format!("deque({body}, maxlen={m})"),
        None => format!("deque({body})"),
    };
    pystr::new_string(vm, s)
}

fn dq_eq(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "dq_eq", args, 2, usize::MAX)?;
    if native_ref::<Deque>(args[1]).is_none() {
        return Ok(Obj::NOT_IMPLEMENTED);
    }
    let a = dq_list(vm, args[0])?;
    vm.tmp_roots.push(a);
    let b = dq_list(vm, args[1]);
    vm.tmp_roots.pop();
    let b = b?;
    Ok(Obj::from_bool(crate::runtime::ops::eq(vm, a, b)?))
}

fn dq_maxlen(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(match dq(vm, arg0(args))?.maxlen {
        Some(m) => Obj::small_int(m as i64),
        None => Obj::NONE,
    })
}

// ------------------------------------------------------------------------------------------------
// namedtuple

fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(ch) if ch.is_alphabetic() || ch == '_')
        && c.all(|ch| ch.is_alphanumeric() || ch == '_')
}

fn field_names(vm: &mut Vm, o: Obj) -> PyResult<Vec<String>> {
    let names: Vec<String> = if let Some(s) = pystr::try_str(o) {
        s.replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect()
    } else {
        let l = iter::collect_list(vm, o)?;
        let mut v = Vec::new();
        for x in list::list_items(l).to_vec() {
            v.push(crate::builtins::args::arg_str(vm, x, "field name")?.to_string());
        }
        v
    };
    for (i, n) in names.iter().enumerate() {
        if !is_identifier(n) {
            let msg = format!("Type names and field names must be valid identifiers: '{n}'");
            return Err(vm.value_error(&msg));
        }
        if n.starts_with('_') {
            let msg = format!("Field names cannot start with an underscore: '{n}'");
            return Err(vm.value_error(&msg));
        }
        if names[..i].contains(n) {
            let msg = format!("Encountered duplicate field name: '{n}'");
            return Err(vm.value_error(&msg));
        }
    }
    Ok(names)
}

fn namedtuple(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "namedtuple", args, 2, 2)?;
    check_kw(vm, "namedtuple", kw, &["defaults", "rename", "module"])?;
    let name = crate::builtins::args::arg_str(vm, args[0], "typename")?.to_string();
    if !is_identifier(&name) {
        let msg = format!("Type names and field names must be valid identifiers: '{name}'");
        return Err(vm.value_error(&msg));
    }
    let fields = field_names(vm, args[1])?;
    let ns = dict::new_dict(vm)?;
    vm.tmp_roots.push(ns);
    let r = (|| {
        let mut fobjs = Vec::new();
        for f in &fields {
            fobjs.push(vm.intern(f));
        }
        let ft = tuple::tuple_from_slice(vm, &fobjs)?;
        store(vm, ns, "_fields", ft)?;
        let defaults = match kw.get("defaults") {
            Some(d) if !d.is_none() => crate::builtins::to_tuple(vm, d)?,
            _ => vm.names.empty_tuple,
        };
        if tuple::tuple_items(defaults).len() > fields.len() {
            return Err(vm.type_error("Got more default values than field names"));
        }
        store(vm, ns, "_field_defaults_tuple", defaults)?;
        let nw = wrap(vm, ObjKind::StaticMethod, "__new__", nt_new)?;
        store(vm, ns, "__new__", nw)?;
        let mk = wrap(vm, ObjKind::ClassMethod, "_make", nt_make)?;
        store(vm, ns, "_make", mk)?;
        store_fn(vm, ns, "_asdict", nt_asdict)?;
        store_fn(vm, ns, "_replace", nt_replace)?;
        let rp = bound(vm, "__repr__", nt_repr, Obj::NONE)?;
        store(vm, ns, "__repr__", rp)?;
        for (i, f) in fields.iter().enumerate() {
            let getter = bound(vm, "field", nt_field, Obj::small_int(i as i64))?;
            vm.tmp_roots.push(getter);
            let pty = vm.types.property;
            let p = vm.alloc::<PropertyObj>(ObjKind::Property, pty, 0);
            vm.tmp_roots.pop();
            let p = p?;
            p.fget = getter;
            p.fset = Obj::NONE;
            p.fdel = Obj::NONE;
            p.doc = Obj::NONE;
            store(vm, ns, f, Obj::from_ptr(p))?;
        }
        let base = vm.types.tuple;
        types::new_class(vm, &name, &[base], ns)
    })();
    vm.tmp_roots.pop();
    r
}

fn class_attr(vm: &mut Vm, cls: Obj, name: &str) -> PyResult<Obj> {
    let n = vm.intern(name);
    match types::type_lookup(vm, cls, n) {
        Some(v) => Ok(v),
        None => Err(vm.type_error("not a namedtuple class")),
    }
}

/// Build an instance of namedtuple class `cls` holding `values`.
fn nt_instance(vm: &mut Vm, cls: Obj, values: &[Obj]) -> PyResult {
    let t = tuple::tuple_from_slice(vm, values)?;
    vm.tmp_roots.push(t);
    let r = types::alloc_instance(vm, cls);
    vm.tmp_roots.pop();
    let o = r?;
    cast_mut::<InstanceObj>(o).native = t;
    Ok(o)
}

fn nt_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "nt_new", args, 1, usize::MAX)?;
    let cls = args[0];
    let fields = tuple::tuple_items(class_attr(vm, cls, "_fields")?).to_vec();
    let defaults = tuple::tuple_items(class_attr(vm, cls, "_field_defaults_tuple")?).to_vec();
    let given = &args[1..];
    let n = fields.len();
    if given.len() > n {
        let msg = format!(
            "__new__() takes {} positional arguments but {} were given",
            n + 1,
            given.len() + 1
        );
        return Err(vm.type_error(&msg));
    }
    let mut vals = vec![Obj::NULL; n];
    vals[..given.len()].copy_from_slice(given);
    for (k, v) in kw.iter() {
        match fields.iter().position(|&f| pystr::str_eq(f, k)) {
            Some(i) if vals[i].is_null() => vals[i] = v,
            Some(_) => {
                let msg = format!(
                    "__new__() got multiple values for argument '{}'",
                    pystr::as_rust_str(k)
                );
                return Err(vm.type_error(&msg));
            }
            None => {
                let msg = format!(
                    "__new__() got an unexpected keyword argument '{}'",
                    pystr::as_rust_str(k)
                );
                return Err(vm.type_error(&msg));
            }
        }
    }
    let first_default = n - defaults.len();
    let mut missing = Vec::new();
    for i in 0..n {
        if vals[i].is_null() {
            if i >= first_default {
                vals[i] = defaults[i - first_default];
            } else {
                missing.push(format!("'{}'", pystr::as_rust_str(fields[i])));
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            _ => format!(
                "{} and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        let msg = format!(
            "__new__() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list
        );
        return Err(vm.type_error(&msg));
    }
    nt_instance(vm, cls, &vals)
}

fn nt_make(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "_make", args, kw, 2, 2)?;
    let l = iter::collect_list(vm, args[1])?;
    let vals = list::list_items(l).to_vec();
    let n = tuple::tuple_items(class_attr(vm, args[0], "_fields")?).len();
    if vals.len() != n {
        let msg = format!("Expected {} arguments, got {}", n, vals.len());
        return Err(vm.type_error(&msg));
    }
    nt_instance(vm, args[0], &vals)
}

fn nt_values(vm: &mut Vm, o: Obj) -> PyResult<(Obj, Vec<Obj>, Vec<Obj>)> {
    let cls = types::type_of(vm, o);
    let fields = tuple::tuple_items(class_attr(vm, cls, "_fields")?).to_vec();
    let vals = match tuple::try_tuple(o) {
        Some(v) => v.to_vec(),
        None => return Err(vm.type_error("not a namedtuple")),
    };
    Ok((cls, fields, vals))
}

fn nt_asdict(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "_asdict", args, kw, 1, 1)?;
    let (_, fields, vals) = nt_values(vm, args[0])?;
    let d = dict::new_dict(vm)?;
    vm.tmp_roots.push(d);
    let r = (|| {
        for (f, v) in fields.iter().zip(vals) {
            dict::dict_store(vm, d, *f, v)?;
        }
        Ok(d)
    })();
    vm.tmp_roots.pop();
    r
}

fn nt_replace(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "_replace", args, Kw::NONE, 1, 1)?;
    let (cls, fields, mut vals) = nt_values(vm, args[0])?;
    for (k, v) in kw.iter() {
        match fields.iter().position(|&f| pystr::str_eq(f, k)) {
            Some(i) => vals[i] = v,
            None => {
                let msg = format!("Got unexpected field names: ['{}']", pystr::as_rust_str(k));
                return Err(vm.value_error(&msg));
            }
        }
    }
    nt_instance(vm, cls, &vals)
}

fn nt_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "nt_repr", args, 2, usize::MAX)?;
    let o = args[1];
    let (cls, fields, vals) = nt_values(vm, o)?;
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(vals) {
        let r = crate::builtins::repr_string(vm, v)?;
        parts.push(format!("{}={}", pystr::as_rust_str(*f), r));
    }
    let s = format!("{}({})", types::type_name(cls), parts.join(", "));
    pystr::new_string(vm, s)
}

fn nt_field(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "nt_field", args, 2, usize::MAX)?;
    let i = args[0].small_int_value() as usize;
    match tuple::try_tuple(args[1]) {
        Some(v) if i < v.len() => Ok(v[i]),
        _ => Err(vm.new_exc_msg(vm.exc.attribute_error, "namedtuple field")),
    }
}

// ------------------------------------------------------------------------------------------------
// OrderedDict

fn ordered_dict_type(vm: &mut Vm) -> PyResult {
    let base = vm.types.dict;
    cached_class(vm, "OrderedDict", base, |vm, ns| {
        store_fn(vm, ns, "move_to_end", od_move_to_end)?;
        store_fn(vm, ns, "popitem", od_popitem)?;
        let rp = bound(vm, "__repr__", od_repr, Obj::NONE)?;
        store(vm, ns, "__repr__", rp)
    })
}

fn last_kw(vm: &mut Vm, args: &[Obj], kw: Kw, i: usize) -> PyResult<bool> {
    match crate::builtins::args::arg_or_kw(args, kw, i, "last") {
        Some(o) => crate::runtime::ops::is_true(vm, o),
        None => Ok(true),
    }
}

fn od_move_to_end(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "move_to_end", args, 2, 3)?;
    check_kw(vm, "move_to_end", kw, &["last"])?;
    let d = native_dict(vm, arg0(args))?;
    let last = last_kw(vm, args, kw, 2)?;
    let key = args[1];
    let v = match dict::dict_delete(vm, d, key)? {
        Some(v) => v,
        None => return Err(vm.new_exc_msg_obj(vm.exc.key_error, key)),
    };
    if last {
        dict::dict_store(vm, d, key, v)?;
        return Ok(Obj::NONE);
    }
    let rest: Vec<(Obj, Obj)> = dict::dict_entries(d).map(|e| (e.key, e.value)).collect();
    let keep = list::new_list(vm, 0)?;
    vm.tmp_roots.push(keep);
    let r = (|| {
        for &(k, v) in &rest {
            list::list_append(vm, keep, k)?;
            list::list_append(vm, keep, v)?;
        }
        dict::dict_clear(vm, d)?;
        dict::dict_store(vm, d, key, v)?;
        for &(k, v) in &rest {
            dict::dict_store(vm, d, k, v)?;
        }
        Ok(Obj::NONE)
    })();
    vm.tmp_roots.pop();
    r
}

fn od_popitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "popitem", args, 1, 2)?;
    check_kw(vm, "popitem", kw, &["last"])?;
    let d = native_dict(vm, arg0(args))?;
    let last = last_kw(vm, args, kw, 1)?;
    let entry = if last {
        dict::dict_entries(d).last()
    } else {
        dict::dict_entries(d).next()
    };
    match entry {
        Some(e) => {
            dict::dict_delete(vm, d, e.key)?;
            tuple::tuple_from_slice(vm, &[e.key, e.value])
        }
        None => Err(vm.new_exc_msg(vm.exc.key_error, "dictionary is empty")),
    }
}

fn od_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "od_repr", args, 2, usize::MAX)?;
    let o = args[1];
    let d = native_dict(vm, o)?;
    let name = types::type_name_of(vm, o);
    if dict::dict_len(d) == 0 {
        return pystr::new_string(vm, format!("{name}()"));
    }
    let entries: Vec<(Obj, Obj)> = dict::dict_entries(d).map(|e| (e.key, e.value)).collect();
    let mut parts = Vec::new();
    for (k, v) in entries {
        let t = tuple::tuple_from_slice(vm, &[k, v])?;
        parts.push(crate::builtins::repr_string(vm, t)?);
    }
    pystr::new_string(vm, format!("{name}([{}])", parts.join(", ")))
}

// ------------------------------------------------------------------------------------------------
// defaultdict

fn default_dict_type(vm: &mut Vm) -> PyResult {
    let base = vm.types.dict;
    cached_class(vm, "defaultdict", base, |vm, ns| {
        store_fn(vm, ns, "__init__", dd_init)?;
        store_fn(vm, ns, "__getitem__", dd_getitem)?;
        store_fn(vm, ns, "__missing__", dd_missing)?;
        // __getitem__ must not make iteration fall back to the sequence protocol.
        store_fn(vm, ns, "__iter__", dd_iter)?;
        store_fn(vm, ns, "__contains__", dd_contains)?;
        let rp = bound(vm, "__repr__", dd_repr, Obj::NONE)?;
        store(vm, ns, "__repr__", rp)
    })
}

fn dd_init(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "defaultdict", args, 1, 3)?;
    let factory = args.get(1).copied().unwrap_or(Obj::NONE);
    if !factory.is_none() {
        let c = vm.intern("callable");
        let bi = vm.builtins;
        if let Some(cf) = dict::dict_get_str(vm, bi, c)? {
            let ok = call::call(vm, cf, &[factory], Kw::NONE)?;
            if ok != Obj::TRUE {
                return Err(vm.type_error("first argument must be callable or None"));
            }
        }
    }
    let n = vm.intern("default_factory");
    attr::store_attr(vm, args[0], n, factory)?;
    let d = native_dict(vm, arg0(args))?;
    crate::builtins::functions::dict_update_from(vm, d, args.get(2).copied(), kw)?;
    Ok(Obj::NONE)
}

fn dd_missing(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__missing__", args, kw, 2, 2)?;
    let n = vm.intern("default_factory");
    let f = attr::try_load_attr(vm, args[0], n)?.unwrap_or(Obj::NONE);
    if f.is_none() {
        return Err(vm.new_exc_msg_obj(vm.exc.key_error, args[1]));
    }
    let v = call::call(vm, f, &[], Kw::NONE)?;
    let d = native_dict(vm, arg0(args))?;
    dict::dict_store(vm, d, args[1], v)?;
    Ok(v)
}

fn dd_getitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__getitem__", args, kw, 2, 2)?;
    let d = native_dict(vm, arg0(args))?;
    if let Some(v) = dict::dict_lookup(vm, d, args[1])? {
        return Ok(v);
    }
    call::call_method(vm, args[0], "__missing__", &[args[1]])
}

fn dd_iter(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let d = native_dict(vm, arg0(args))?;
    iter::get_iter(vm, d)
}

fn dd_contains(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__contains__", args, kw, 2, 2)?;
    let d = native_dict(vm, arg0(args))?;
    Ok(Obj::from_bool(dict::dict_lookup(vm, d, args[1])?.is_some()))
}

fn dd_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "dd_repr", args, 2, usize::MAX)?;
    let o = args[1];
    let d = native_dict(vm, o)?;
    let n = vm.intern("default_factory");
    let f = attr::try_load_attr(vm, o, n)?.unwrap_or(Obj::NONE);
    let fr = crate::builtins::repr_string(vm, f)?;
    let dr = crate::builtins::repr_string(vm, d)?;
    pystr::new_string(vm, format!("defaultdict({fr}, {dr})"))
}

impl Vm {
    /// An exception of class `cls` whose single argument is `arg` (e.g. KeyError(key)).
    pub fn new_exc_msg_obj(&mut self, cls: Obj, arg: Obj) -> crate::vm::PyErr {
        match crate::runtime::exc::new_exception(self, cls, &[arg]) {
            Ok(e) => crate::vm::PyErr(e),
            Err(e) => e,
        }
    }
}
