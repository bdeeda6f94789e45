//! Calling: dispatch on the callee's kind (bytecode function, builtin, bound method, type,
//! object with __call__), `*args`/`**kwargs` unpacking, instantiation of classes.
//! Not argument binding of bytecode functions (vm/frame.rs).

use crate::obj::*;
use crate::runtime::{attr, dict, funtable, iter, str as pystr, tuple, types};
use crate::vm::code::CodeInfo;
use crate::vm::{frame, PyErr, PyResult, Vm};

pub fn new_builtin(vm: &mut Vm, name: &'static str, func: NativeFn, data: Obj) -> PyResult {
    let ty = vm.types.builtin_function;
    let b = vm.alloc::<BuiltinFnObj>(ObjKind::BuiltinFn, ty, 0)?;
    b.name = name;
    b.func = func;
    b.data = data;
    Ok(Obj::from_ptr(b))
}

pub fn new_bound_method(vm: &mut Vm, func: Obj, self_: Obj) -> PyResult {
    let ty = vm.types.bound_method;
    let m = vm.alloc::<BoundMethodObj>(ObjKind::BoundMethod, ty, 0)?;
    m.func = func;
    m.self_ = self_;
    Ok(Obj::from_ptr(m))
}

/// Call `f(*args, **kw)`.
pub fn call(vm: &mut Vm, f: Obj, args: &[Obj], kw: Kw) -> PyResult {
    if f.is_ptr() {
        match header(f).kind {
            ObjKind::Function => return frame::call_function(vm, f, args, kw),
            ObjKind::BuiltinFn => {
                let b = cast::<BuiltinFnObj>(f);
                return (b.func)(vm, args, kw);
            }
            ObjKind::BoundMethod => {
                let m = cast::<BoundMethodObj>(f);
                return call_with_self(vm, m.func, m.self_, args, kw);
            }
            ObjKind::Type => return type_call(vm, f, args, kw),
            _ => {}
        }
    }
    let ty = types::type_of(vm, f);
    match types::type_lookup(vm, ty, vm.names.__call__) {
        Some(c) => call_with_self(vm, c, f, args, kw),
        None => {
            let msg = format!("'{}' object is not callable", types::type_name(ty));
            Err(vm.new_exc_msg(vm.exc.type_error, &msg))
        }
    }
}

/// Call `f(self, *args, **kw)`.
pub fn call_with_self(vm: &mut Vm, f: Obj, self_: Obj, args: &[Obj], kw: Kw) -> PyResult {
    let mut buf = [Obj::NULL; 9];
    if args.len() < buf.len() {
        buf[0] = self_;
        buf[1..=args.len()].copy_from_slice(args);
        let all = &buf[..=args.len()];
        if kw.is_empty() {
            if let Some(code) = funtable::plain_native(f, all.len()) {
                return funtable::call_plain_native(vm, f, code, all);
            }
        }
        call(vm, f, all, kw)
    } else {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(self_);
        v.extend_from_slice(args);
        call(vm, f, &v, kw)
    }
}

/// Call a (method, self_or_NULL) pair as produced by load_method.
pub fn call_method_obj(vm: &mut Vm, m: Obj, self_: Obj, args: &[Obj]) -> PyResult {
    if self_.is_null() {
        call(vm, m, args, Kw::NONE)
    } else {
        call_with_self(vm, m, self_, args, Kw::NONE)
    }
}

/// Call method `name` of `o` with `args`.
pub fn call_method(vm: &mut Vm, o: Obj, name: &str, args: &[Obj]) -> PyResult {
    let n = vm.intern(name);
    let (m, s) = attr::load_method(vm, o, n)?;
    call_method_obj(vm, m, s, args)
}

/// CALL_FUNCTION_VAR_KW / CALL_METHOD_VAR_KW: positional args whose bit is set in `bitmap` are
/// iterables to unpack; keyword pairs with a NULL key are mappings to unpack.
pub fn call_var_kw(
    vm: &mut Vm,
    f: Obj,
    self_: Obj,
    args: &[Obj],
    kw: &[Obj],
    bitmap: Obj,
) -> PyResult {
    let bits = bitmap.as_small_int().unwrap_or(0) as u64;
    let pos_list = crate::runtime::list::new_list(vm, args.len() + 1)?;
    vm.tmp_roots.push(pos_list);
    let kw_list = crate::runtime::list::new_list(vm, kw.len())?;
    vm.tmp_roots.push(kw_list);
    let r = (|| {
        if !self_.is_null() {
            crate::runtime::list::list_append(vm, pos_list, self_)?;
        }
        for (i, &a) in args.iter().enumerate() {
            if i < 64 && bits & (1 << i) != 0 {
                let it = iter::get_iter(vm, a)?;
                vm.tmp_roots.push(it);
                let r = (|| {
                    while let Some(x) = iter::iter_next(vm, it)? {
                        crate::runtime::list::list_append(vm, pos_list, x)?;
                    }
                    Ok(())
                })();
                vm.tmp_roots.pop();
                r?;
            } else {
                crate::runtime::list::list_append(vm, pos_list, a)?;
            }
        }
        for pair in kw.chunks_exact(2) {
            let (k, v) = (pair[0], pair[1]);
            if k.is_null() {
                unpack_mapping_into(vm, v, kw_list)?;
            } else {
                push_kw(vm, kw_list, k, v)?;
            }
        }
        let pos: Vec<Obj> = crate::runtime::list::list_items(pos_list).to_vec();
        let kws: Vec<Obj> = crate::runtime::list::list_items(kw_list).to_vec();
        call(vm, f, &pos, Kw(&kws))
    })();
    vm.tmp_roots.truncate(vm.tmp_roots.len() - 2);
    r
}

fn dup_kw_error(vm: &mut Vm, k: Obj) -> PyErr {
    let msg = format!(
        "got multiple values for keyword argument '{}'",
        pystr::try_str(k).unwrap_or("?")
    );
    vm.new_exc_msg(vm.exc.type_error, &msg)
}

fn push_kw(vm: &mut Vm, kw_list: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let items = crate::runtime::list::list_items(kw_list);
    for pair in items.chunks_exact(2) {
        if pystr::str_eq(pair[0], k) {
            return Err(dup_kw_error(vm, k));
        }
    }
    crate::runtime::list::list_append(vm, kw_list, k)?;
    crate::runtime::list::list_append(vm, kw_list, v)
}

fn unpack_mapping_into(vm: &mut Vm, m: Obj, kw_list: Obj) -> PyResult<()> {
    if let Some(d) = dict::as_dict(m) {
        let entries: Vec<DictEntry> = dict::dict_entries(d).collect();
        // A dict's keys are distinct, so only the keywords collected before it can clash: one
        // set of those instead of a scan per key (`f(**big_dict)` was quadratic).
        let seen: std::collections::HashSet<String> = crate::runtime::list::list_items(kw_list)
            .chunks_exact(2)
            .filter_map(|p| pystr::try_str(p[0]).map(str::to_owned))
            .collect();
        for e in entries {
            if !pystr::is_str(e.key) {
                return Err(vm.new_exc_msg(vm.exc.type_error, "keywords must be strings"));
            }
            if pystr::try_str(e.key).is_some_and(|k| seen.contains(k)) {
                return Err(dup_kw_error(vm, e.key));
            }
            crate::runtime::list::list_append(vm, kw_list, e.key)?;
            crate::runtime::list::list_append(vm, kw_list, e.value)?;
        }
        return Ok(());
    }
    // Any mapping: keys() then __getitem__.
    let keys = call_method(vm, m, "keys", &[])?;
    let it = iter::get_iter(vm, keys)?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(k) = iter::iter_next(vm, it)? {
            let v = crate::runtime::subscr::load_subscr(vm, m, k)?;
            push_kw(vm, kw_list, k, v)?;
        }
        Ok(())
    })();
    vm.tmp_roots.pop();
    r
}

/// Calling a type: `type(x)`, built-in constructors, and Python classes.
pub fn type_call(vm: &mut Vm, cls: Obj, args: &[Obj], kw: Kw) -> PyResult {
    if cls == vm.types.type_ {
        if args.len() == 1 && kw.is_empty() {
            return Ok(types::type_of(vm, args[0]));
        }
        if args.len() == 3 {
            return types::type_from_args(vm, args[0], args[1], args[2]);
        }
        return Err(vm.new_exc_msg(vm.exc.type_error, "type() takes 1 or 3 arguments"));
    }
    if let Some(init) = cached_init(vm, cls) {
        return init_instance(vm, cls, init, args, kw);
    }
    let t = types::type_obj(cls);
    let is_python_class = t.flags.get() & tflags::HEAP != 0;
    let new_fn = types::type_lookup(vm, cls, vm.names.__new__);
    if is_python_class && t.native_base.is_null() && t.base_kind == ObjKind::Instance {
        // A plain Python class with the default __new__ and a Python __init__: remember the
        // __init__ until a class changes, and instantiate without the lookups.
        let od = types::type_obj(vm.types.object).dict;
        let obj_new = dict::dict_get_str(vm, od, vm.names.__new__)?;
        let init = types::type_lookup(vm, cls, vm.names.__init__);
        if let (true, Some(init)) = (new_fn.is_some() && new_fn == obj_new, init) {
            if is_kind(init, ObjKind::Function) {
                t.init_fn.set(init);
                t.init_version.set(vm.class_version);
                return init_instance(vm, cls, init, args, kw);
            }
        }
    }
    let obj = match new_fn {
        Some(nf) if is_kind(nf, ObjKind::StaticMethod) => {
            let func = cast::<WrapperObj>(nf).func;
            call_with_self(vm, func, cls, args, kw)?
        }
        Some(nf) if is_kind(nf, ObjKind::BuiltinFn) && !is_python_class => {
            // A built-in type: its __new__ does everything (no separate __init__ call).
            return call_with_self(vm, nf, cls, args, kw);
        }
        Some(nf) if is_kind(nf, ObjKind::BuiltinFn) => {
            let obj = types::alloc_instance(vm, cls)?;
            let nb = t.native_base;
            if !nb.is_null() {
                vm.tmp_roots.push(obj);
                let r = make_native_part(vm, nb, nf, args);
                vm.tmp_roots.pop();
                let native = r?;
                cast_mut::<InstanceObj>(obj).native = native;
            } else if t.base_kind == ObjKind::Exception {
                cast_mut::<ExceptionObj>(obj).args = tuple::tuple_from_slice(vm, args)?;
            }
            obj
        }
        _ => types::alloc_instance(vm, cls)?,
    };
    if !types::is_instance(vm, obj, cls) {
        return Ok(obj);
    }
    if let Some(init) = types::type_lookup(vm, cls, vm.names.__init__) {
        if init != vm.names.object_init_fn {
            vm.tmp_roots.push(obj);
            let r = call_with_self(vm, init, obj, args, kw);
            vm.tmp_roots.pop();
            check_init_result(vm, r?)?;
        } else if (!args.is_empty() || !kw.is_empty())
            && t.native_base.is_null()
            && t.base_kind != ObjKind::Exception
            && {
                let od = types::type_obj(vm.types.object).dict;
                let obj_new = dict::dict_get_str(vm, od, vm.names.__new__)?;
                new_fn.is_none() || new_fn == obj_new
            }
        {
            let msg = format!("{}() takes no arguments", types::type_name(cls));
            return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
        }
    }
    Ok(obj)
}

/// The Python `__init__` `type_call` remembered for `cls` (a type), while no class changed
/// since: `cls` is then a plain Python class with the default `__new__`, and `cls(args)` is
/// `init_instance`.
#[inline]
pub fn cached_init(vm: &Vm, cls: Obj) -> Option<Obj> {
    let t = types::type_obj(cls);
    (t.init_version.get() == vm.class_version && !t.init_fn.get().is_null())
        .then(|| t.init_fn.get())
}

/// `cls(*args, **kw)` for a plain Python class (default `__new__`) whose `__init__` is the
/// Python function `init`.
fn init_instance(vm: &mut Vm, cls: Obj, init: Obj, args: &[Obj], kw: Kw) -> PyResult {
    let obj = types::alloc_instance(vm, cls)?;
    vm.tmp_roots.push(obj);
    let r = call_with_self(vm, init, obj, args, kw);
    vm.tmp_roots.pop();
    check_init_result(vm, r?)?;
    Ok(obj)
}

/// `__init__` must return None.
pub fn check_init_result(vm: &mut Vm, r: Obj) -> PyResult<()> {
    if r.is_none() {
        return Ok(());
    }
    let msg = format!(
        "__init__() should return None, not '{}'",
        types::type_name_of(vm, r)
    );
    Err(vm.new_exc_msg(vm.exc.type_error, &msg))
}

/// The built-in part of an instance of a class deriving from built-in type `nb`: immutable types
/// take their value from the constructor arguments; mutable ones start empty (their __init__
/// fills them).
fn make_native_part(vm: &mut Vm, nb: Obj, _nf: Obj, args: &[Obj]) -> PyResult {
    let t = &vm.types;
    let immutable = [
        t.int,
        t.float,
        t.str_,
        t.tuple,
        t.bytes,
        t.frozenset,
        t.complex,
        t.bool_,
    ]
    .contains(&nb);
    let nb_new = types::type_lookup(vm, nb, vm.names.__new__).unwrap_or(Obj::NULL);
    if immutable {
        call_with_self(vm, nb_new, nb, args, Kw::NONE)
    } else {
        call_with_self(vm, nb_new, nb, &[], Kw::NONE)
    }
}

/// Call machine code compiled for a function (installed by a tier).
pub fn call_native_code(vm: &mut Vm, func: Obj, code: &CodeInfo, args: &[Obj], kw: Kw) -> PyResult {
    crate::runtime::funtable::call_native(vm, func, code, args, kw)
}
