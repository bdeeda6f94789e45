//! Methods of `object`, `type`, `BaseException`, generators, functions, property/classmethod/
//! staticmethod/super, and the attributes built-in objects expose without a dict.
//! Not the container or str methods (their own files).

use super::args::*;
use crate::obj::*;
use crate::runtime::{attr, call, dict, exc, gen, str as pystr, tuple, types};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let o = vm.types.object;
    types::add_method(vm, o, "__init__", object_init);
    let init = dict::dict_get_name(vm, types::type_obj(o).dict, "__init__")
        .ok()
        .flatten()
        .unwrap_or(Obj::NULL);
    vm.names.object_init_fn = init;
    types::add_method(vm, o, "__new__", object_new);
    types::add_method(vm, o, "__repr__", object_repr);
    types::add_method(vm, o, "__str__", object_str);
    types::add_method(vm, o, "__eq__", object_eq);
    types::add_method(vm, o, "__ne__", object_ne);
    types::add_method(vm, o, "__hash__", object_hash);
    types::add_method(vm, o, "__setattr__", object_setattr);
    types::add_method(vm, o, "__delattr__", object_delattr);
    types::add_method(vm, o, "__getattribute__", object_getattribute);

    let t = vm.types.type_;
    types::add_method(vm, t, "__new__", type_new);
    types::add_method(vm, t, "mro", type_mro);

    let be = vm.exc.base_exception;
    types::add_method(vm, be, "__init__", exc_init);
    types::add_method(vm, be, "__new__", exc_new);
    types::add_method(vm, be, "__str__", exc_str_m);
    types::add_method(vm, be, "__repr__", exc_repr_m);
    types::add_method(vm, be, "with_traceback", exc_with_traceback);

    let g = vm.types.generator;
    types::add_method(vm, g, "send", gen_send);
    types::add_method(vm, g, "throw", gen_throw);
    types::add_method(vm, g, "close", gen_close);
    types::add_method(vm, g, "__next__", iter_next_m);
    types::add_method(vm, g, "__iter__", iter_self);
    let it = vm.types.iterator;
    types::add_method(vm, it, "__next__", iter_next_m);
    types::add_method(vm, it, "__iter__", iter_self);
    for (i, name) in crate::vm::ITER_TYPE_NAMES.iter().enumerate() {
        let object = vm.types.object;
        let t = types::new_type(
            vm,
            name,
            &[object],
            Obj::NULL,
            ObjKind::Iter,
            tflags::BUILTIN,
        )
        .expect("heap exhausted at start-up");
        types::add_method(vm, t, "__next__", iter_next_m);
        types::add_method(vm, t, "__iter__", iter_self);
        vm.types.iter_types[i] = t;
    }
    for t in [
        vm.types.enumerate,
        vm.types.zip,
        vm.types.map,
        vm.types.filter,
        vm.types.reversed,
    ] {
        types::add_method(vm, t, "__next__", iter_next_m);
        types::add_method(vm, t, "__iter__", iter_self);
    }

    let p = vm.types.property;
    types::add_method(vm, p, "__new__", property_new);
    types::add_method(vm, p, "getter", property_getter);
    types::add_method(vm, p, "setter", property_setter);
    types::add_method(vm, p, "deleter", property_deleter);
    let cm = vm.types.classmethod;
    types::add_method(vm, cm, "__new__", classmethod_new);
    let sm = vm.types.staticmethod;
    types::add_method(vm, sm, "__new__", staticmethod_new);
    let su = vm.types.super_;
    types::add_method(vm, su, "__new__", super_new);
}

fn object_init(_vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::NONE)
}

fn object_new(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let cls = match args.first() {
        Some(&c) if types::is_type(c) => c,
        _ => return Err(vm.type_error("object.__new__(X): X is not a type object")),
    };
    if cls == vm.types.object {
        return types::alloc_instance(vm, cls);
    }
    let t = types::type_obj(cls);
    let obj = types::alloc_instance(vm, cls)?;
    let nb = t.native_base;
    if !nb.is_null() {
        vm.tmp_roots.push(obj);
        let nb_new = types::type_lookup(vm, nb, vm.names.__new__).unwrap_or(Obj::NULL);
        let r = call::call_with_self(vm, nb_new, nb, &args[1..], Kw::NONE);
        vm.tmp_roots.pop();
        cast_mut::<InstanceObj>(obj).native = r?;
    }
    Ok(obj)
}

fn object_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let s = super::repr::default_repr(vm, args[0]);
    pystr::new_string(vm, s)
}

fn object_str(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let s = super::repr_string(vm, args[0])?;
    pystr::new_string(vm, s)
}

fn object_eq(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__eq__", args, kw, 2, 2)?;
    Ok(if args[0] == args[1] {
        Obj::TRUE
    } else {
        Obj::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__ne__", args, kw, 2, 2)?;
    Ok(if args[0] == args[1] {
        Obj::FALSE
    } else {
        Obj::NOT_IMPLEMENTED
    })
}

fn object_hash(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let h = (args[0].bits() >> 4) as i64;
    crate::runtime::int::int_from_i64(vm, h & 0x7fff_ffff_ffff)
}

fn object_setattr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__setattr__", args, kw, 3, 3)?;
    attr::generic_setattr(vm, args[0], args[1], args[2])?;
    Ok(Obj::NONE)
}

fn object_delattr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__delattr__", args, kw, 2, 2)?;
    attr::generic_delattr(vm, args[0], args[1])?;
    Ok(Obj::NONE)
}

fn object_getattribute(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__getattribute__", args, kw, 2, 2)?;
    attr::load_attr(vm, args[0], args[1])
}

fn type_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    // type.__new__(meta, name, bases, ns) or type(x)
    if args.len() == 2 {
        return Ok(types::type_of(vm, args[1]));
    }
    check_args(vm, "type", args, kw, 4, 4)?;
    let cls = types::type_from_args(vm, args[1], args[2], args[3])?;
    if args[0] != vm.types.type_ && types::is_type(args[0]) {
        crate::vm::header_mut(cls).ty = args[0];
    }
    Ok(cls)
}

fn type_mro(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let items = tuple::tuple_items(types::type_obj(args[0]).mro).to_vec();
    crate::runtime::list::list_from_slice(vm, &items)
}

fn exc_new(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let cls = args[0];
    exc::new_exception(vm, cls, &args[1..])
}

fn exc_init(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let e = args[0];
    if is_kind(e, ObjKind::Exception) {
        let t = tuple::tuple_from_slice(vm, &args[1..])?;
        cast_mut::<ExceptionObj>(e).args = t;
    }
    Ok(Obj::NONE)
}

fn exc_str_m(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let s = exc::exc_str(vm, args[0])?;
    pystr::new_string(vm, s)
}

fn exc_repr_m(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let e = args[0];
    let name = types::type_name_of(vm, e).to_string();
    let a = exc::exc_args(e).to_vec();
    let mut s = format!("{name}(");
    for (i, &x) in a.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&super::repr_string(vm, x)?);
    }
    s.push(')');
    pystr::new_string(vm, s)
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(args[0])
}

fn gen_send(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "send", args, kw, 2, 2)?;
    gen::gen_send(vm, args[0], args[1])
}

fn gen_throw(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "throw", args, kw, 2, 4)?;
    let mut e = args[1];
    if args.len() >= 3 && types::is_type(e) && !args[2].is_none() {
        let v = args[2];
        e = if exc::is_exception_instance(v) {
            v
        } else {
            call::call(vm, e, &[v], Kw::NONE)?
        };
    }
    gen::gen_throw(vm, args[0], e)
}

fn gen_close(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "close", args, kw, 1, 1)?;
    gen::gen_close(vm, args[0])
}

fn iter_next_m(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let it = args[0];
    if is_kind(it, ObjKind::Generator) {
        return gen::gen_send(vm, it, Obj::NONE);
    }
    match crate::runtime::iter::iter_next(vm, it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exc(vm.exc.stop_iteration)),
    }
}

fn iter_self(_vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(args[0])
}

fn new_property(vm: &mut Vm, fget: Obj, fset: Obj, fdel: Obj, doc: Obj) -> PyResult {
    let ty = vm.types.property;
    let p = vm.alloc::<PropertyObj>(ObjKind::Property, ty, 0)?;
    p.fget = fget;
    p.fset = fset;
    p.fdel = fdel;
    p.doc = doc;
    Ok(Obj::from_ptr(p))
}

fn property_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "property", kw, &["fget", "fset", "fdel", "doc"])?;
    let g = |i: usize, n: &str| arg_or_kw(&args[1..], kw, i, n).unwrap_or(Obj::NONE);
    new_property(vm, g(0, "fget"), g(1, "fset"), g(2, "fdel"), g(3, "doc"))
}

fn property_getter(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let p = cast::<PropertyObj>(args[0]);
    new_property(vm, args[1], p.fset, p.fdel, p.doc)
}

fn property_setter(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let p = cast::<PropertyObj>(args[0]);
    new_property(vm, p.fget, args[1], p.fdel, p.doc)
}

fn property_deleter(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let p = cast::<PropertyObj>(args[0]);
    new_property(vm, p.fget, p.fset, args[1], p.doc)
}

fn wrapper(vm: &mut Vm, kind: ObjKind, ty: Obj, f: Obj) -> PyResult {
    let w = vm.alloc::<WrapperObj>(kind, ty, 0)?;
    w.func = f;
    Ok(Obj::from_ptr(w))
}

fn classmethod_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "classmethod", args, kw, 2, 2)?;
    let ty = vm.types.classmethod;
    wrapper(vm, ObjKind::ClassMethod, ty, args[1])
}

fn staticmethod_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "staticmethod", args, kw, 2, 2)?;
    let ty = vm.types.staticmethod;
    wrapper(vm, ObjKind::StaticMethod, ty, args[1])
}

fn super_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "super", args, kw, 1, 3)?;
    if args.len() != 3 {
        return Err(vm.new_exc_msg(vm.exc.runtime_error, "super(): no arguments"));
    }
    let ty = vm.types.super_;
    let s = vm.alloc::<SuperObj>(ObjKind::Super, ty, 0)?;
    s.ty = args[1];
    s.obj = args[2];
    Ok(Obj::from_ptr(s))
}

/// Attributes of built-in objects that live outside any dict.
pub fn special_attr(vm: &mut Vm, o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let n = pystr::as_rust_str(name);
    if n == "__class__" {
        return Ok(Some(types::type_of(vm, o)));
    }
    if n.starts_with("__") {
        if let Some(f) = super::dunders::dunder_attr(vm, o, n)? {
            return Ok(Some(f));
        }
    }
    if o.is_float() {
        return Ok(match n {
            "real" => Some(o),
            "imag" => Some(Obj::float(0.0)),
            _ => None,
        });
    }
    if crate::runtime::int::is_int(o) {
        return Ok(match n {
            "real" | "numerator" => Some(if o.is_bool() {
                Obj::small_int((o == Obj::TRUE) as i64)
            } else {
                o
            }),
            "imag" => Some(Obj::small_int(0)),
            "denominator" => Some(Obj::small_int(1)),
            _ => None,
        });
    }
    if !o.is_ptr() {
        return Ok(None);
    }
    let k = header(o).kind;
    Ok(match (k, n) {
        (ObjKind::Type, "__name__") => Some(types::type_obj(o).name),
        (ObjKind::Type, "__qualname__") => Some(types::type_qualname(vm, o)),
        (ObjKind::Type, "__bases__") => Some(types::type_obj(o).bases),
        (ObjKind::Type, "__mro__") => Some(types::type_obj(o).mro),
        (ObjKind::Type, "__dict__") => Some(types::type_obj(o).dict),
        (ObjKind::Type, "__base__") => tuple::tuple_items(types::type_obj(o).bases)
            .first()
            .copied()
            .or(Some(Obj::NONE)),
        (ObjKind::Type, "__module__") => Some(vm.intern("builtins")),
        (ObjKind::Type, "__doc__") => Some(Obj::NONE),
        (ObjKind::Module, "__dict__") => Some(cast::<ModuleObj>(o).dict),
        (ObjKind::Instance, "__dict__") if header(o).ty != vm.types.object => {
            Some(crate::runtime::instance::materialize(vm, o)?)
        }
        (ObjKind::Function, "__name__") => {
            Some(crate::vm::code::code_info(cast::<FunctionObj>(o).code).simple_name)
        }
        (ObjKind::Function, "__qualname__") => Some(
            crate::vm::code::code_info(cast::<FunctionObj>(o).code)
                .qualname
                .get(),
        ),
        (ObjKind::Function, "__module__") => {
            let g = cast::<FunctionObj>(o).globals;
            dict::dict_get_str(vm, g, vm.names.__name__)?
        }
        (ObjKind::Function, "__globals__") => Some(cast::<FunctionObj>(o).globals),
        (ObjKind::Function, "__doc__") => Some(Obj::NONE),
        (ObjKind::Function, "__dict__") => {
            if cast::<FunctionObj>(o).dict.is_null() {
                let d = dict::new_dict(vm)?;
                cast_mut::<FunctionObj>(o).dict = d;
            }
            Some(cast::<FunctionObj>(o).dict)
        }
        (ObjKind::Function, "__closure__") => {
            let c = cast::<FunctionObj>(o).closure;
            Some(if c.is_null() { Obj::NONE } else { c })
        }
        (ObjKind::Function, "__defaults__") => {
            let d = cast::<FunctionObj>(o).defaults;
            Some(if d.is_null() { Obj::NONE } else { d })
        }
        (ObjKind::BuiltinFn, "__name__") | (ObjKind::BuiltinFn, "__qualname__") => {
            let s = cast::<BuiltinFnObj>(o).name;
            Some(vm.intern(s))
        }
        (ObjKind::BoundMethod, "__self__") => Some(cast::<BoundMethodObj>(o).self_),
        (ObjKind::BoundMethod, "__func__") => Some(cast::<BoundMethodObj>(o).func),
        (ObjKind::BoundMethod, "__name__") => {
            let f = cast::<BoundMethodObj>(o).func;
            return special_attr(vm, f, name);
        }
        (ObjKind::Exception, "args") => Some(cast::<ExceptionObj>(o).args),
        (ObjKind::Exception, "__cause__") => {
            let c = cast::<ExceptionObj>(o).cause;
            Some(if c.is_null() { Obj::NONE } else { c })
        }
        (ObjKind::Exception, "__context__") => {
            let c = cast::<ExceptionObj>(o).context;
            Some(if c.is_null() { Obj::NONE } else { c })
        }
        (ObjKind::Exception, "__traceback__") => Some(Obj::NONE),
        (ObjKind::Exception, "__suppress_context__") => {
            Some(Obj::from_bool(cast::<ExceptionObj>(o).suppress_context))
        }
        (ObjKind::Exception, "value") if types::is_instance(vm, o, vm.exc.stop_iteration) => {
            Some(exc::exc_args(o).first().copied().unwrap_or(Obj::NONE))
        }
        (ObjKind::Exception, "code") if types::is_instance(vm, o, vm.exc.system_exit) => {
            Some(exc::exc_args(o).first().copied().unwrap_or(Obj::NONE))
        }
        (ObjKind::Exception, "errno") if types::is_instance(vm, o, vm.exc.os_error) => {
            Some(exc::exc_args(o).first().copied().unwrap_or(Obj::NONE))
        }
        (ObjKind::Complex, "real") => Some(Obj::float(cast::<ComplexObj>(o).re)),
        (ObjKind::Complex, "imag") => Some(Obj::float(cast::<ComplexObj>(o).im)),
        (ObjKind::Property, "fget") => Some(cast::<PropertyObj>(o).fget),
        (ObjKind::Property, "fset") => Some(cast::<PropertyObj>(o).fset),
        (ObjKind::Property, "fdel") => Some(cast::<PropertyObj>(o).fdel),
        (ObjKind::Property, "__doc__") => Some(cast::<PropertyObj>(o).doc),
        (ObjKind::ClassMethod, "__func__") | (ObjKind::StaticMethod, "__func__") => {
            Some(cast::<WrapperObj>(o).func)
        }
        (ObjKind::Range, "start") => Some(Obj::small_int(cast::<RangeObj>(o).start)),
        (ObjKind::Range, "stop") => Some(Obj::small_int(cast::<RangeObj>(o).stop)),
        (ObjKind::Range, "step") => Some(Obj::small_int(cast::<RangeObj>(o).step)),
        (ObjKind::Slice, "start") => Some(cast::<SliceObj>(o).start),
        (ObjKind::Slice, "stop") => Some(cast::<SliceObj>(o).stop),
        (ObjKind::Slice, "step") => Some(cast::<SliceObj>(o).step),
        (ObjKind::Cell, "cell_contents") => Some(cast::<CellObj>(o).value),
        (ObjKind::Generator, "__name__") => {
            let f = cast::<GeneratorObj>(o).func;
            Some(crate::vm::code::code_info(cast::<FunctionObj>(f).code).simple_name)
        }
        (ObjKind::Generator, "__qualname__") => {
            let f = cast::<GeneratorObj>(o).func;
            Some(
                crate::vm::code::code_info(cast::<FunctionObj>(f).code)
                    .qualname
                    .get(),
            )
        }
        _ => None,
    })
}
