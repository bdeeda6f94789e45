//! Attribute access: load/store/delete attributes and methods on instances, classes, modules and
//! built-in objects, descriptors (property, classmethod, staticmethod), super(), __getattr__.
//! Not the lookup along the MRO itself (runtime/types.rs).

use crate::obj::*;
use crate::runtime::{call, dict, str as pystr, types};
use crate::vm::{PyErr, PyResult, Vm};

/// The attribute dict of an object, materialising an instance's slots into a dict if needed
/// (for `__dict__`, vars(), dir()).
pub fn attr_dict(vm: &mut Vm, o: Obj) -> PyResult<Option<Obj>> {
    if is_kind(o, ObjKind::Instance) {
        return crate::runtime::instance::materialize(vm, o).map(Some);
    }
    Ok(instance_dict(o))
}

/// The attribute dict of an object, if it has one (instances: only once materialised).
#[inline]
pub fn instance_dict(o: Obj) -> Option<Obj> {
    if !o.is_ptr() {
        return None;
    }
    let d = match header(o).kind {
        ObjKind::Instance => cast::<InstanceObj>(o).dict,
        ObjKind::Exception => cast::<ExceptionObj>(o).dict,
        ObjKind::Function => cast::<FunctionObj>(o).dict,
        ObjKind::Module => cast::<ModuleObj>(o).dict,
        ObjKind::Native => cast::<NativeObj>(o).dict,
        ObjKind::Type => cast::<TypeObj>(o).dict,
        _ => return None,
    };
    if d.is_null() {
        None
    } else {
        Some(d)
    }
}

pub fn attr_error(vm: &mut Vm, o: Obj, name: Obj) -> PyErr {
    let n = pystr::as_rust_str(name);
    let msg = if types::is_type(o) {
        format!(
            "type object '{}' has no attribute '{}'",
            types::type_name(o),
            n
        )
    } else if is_kind(o, ObjKind::Module) {
        let m = pystr::try_str(cast::<ModuleObj>(o).name).unwrap_or("?");
        format!("module '{m}' has no attribute '{n}'")
    } else {
        format!(
            "'{}' object has no attribute '{}'",
            types::type_name_of(vm, o),
            n
        )
    };
    vm.new_exc_msg(vm.exc.attribute_error, &msg)
}

/// Bind a class attribute found on the type of `o` (descriptor protocol for the kinds we have).
fn bind(vm: &mut Vm, attr: Obj, o: Obj, ty: Obj) -> PyResult {
    if !attr.is_ptr() {
        return Ok(attr);
    }
    match header(attr).kind {
        ObjKind::Function | ObjKind::BuiltinFn => call::new_bound_method(vm, attr, o),
        ObjKind::ClassMethod => call::new_bound_method(vm, cast::<WrapperObj>(attr).func, ty),
        ObjKind::StaticMethod => Ok(cast::<WrapperObj>(attr).func),
        ObjKind::Property => {
            let g = cast::<PropertyObj>(attr).fget;
            if g.is_null() || g.is_none() {
                return Err(vm.new_exc_msg(vm.exc.attribute_error, "unreadable attribute"));
            }
            call::call(vm, g, &[o], Kw::NONE)
        }
        _ => match user_descriptor_method(vm, attr, vm.names.__get__) {
            Some(get) => call::call(vm, get, &[attr, o, ty], Kw::NONE),
            None => Ok(attr),
        },
    }
}

/// Method `name` (`__get__`, `__set__`) of a class attribute that is an instance of a
/// user-defined class: the descriptor protocol for user descriptors.
fn user_descriptor_method(vm: &mut Vm, attr: Obj, name: Obj) -> Option<Obj> {
    if !is_kind(attr, ObjKind::Instance) {
        return None;
    }
    let aty = types::type_of(vm, attr);
    if types::type_obj(aty).flags.get() & tflags::HEAP == 0 {
        return None;
    }
    types::type_lookup(vm, aty, name)
}

/// A data descriptor (a property, or a user descriptor with `__set__`) takes precedence over
/// the instance's own attributes.
fn is_data_descriptor(vm: &mut Vm, attr: Obj) -> bool {
    is_kind(attr, ObjKind::Property) || user_descriptor_method(vm, attr, vm.names.__set__).is_some()
}

/// Attribute lookup on a class object (`C.x`).
fn load_type_attr(vm: &mut Vm, t: Obj, name: Obj) -> PyResult<Option<Obj>> {
    if let Some(v) = types::type_lookup(vm, t, name) {
        if v.is_ptr() {
            match header(v).kind {
                ObjKind::ClassMethod => {
                    return call::new_bound_method(vm, cast::<WrapperObj>(v).func, t).map(Some)
                }
                ObjKind::StaticMethod => return Ok(Some(cast::<WrapperObj>(v).func)),
                _ => {
                    if let Some(get) = user_descriptor_method(vm, v, vm.names.__get__) {
                        return call::call(vm, get, &[v, Obj::NONE, t], Kw::NONE).map(Some);
                    }
                }
            }
        }
        return Ok(Some(v));
    }
    crate::builtins::special_attr(vm, t, name)
}

/// `o.name`.
pub fn load_attr(vm: &mut Vm, o: Obj, name: Obj) -> PyResult {
    match try_load_attr(vm, o, name)? {
        Some(v) => Ok(v),
        None => Err(attr_error(vm, o, name)),
    }
}

/// `o.name`, or None when there is no such attribute (no exception object is made).
pub fn try_load_attr(vm: &mut Vm, o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    if o.is_ptr() {
        match header(o).kind {
            ObjKind::Type => {
                if let Some(v) = load_type_attr(vm, o, name)? {
                    return Ok(Some(v));
                }
                // Attributes of the metaclass (type): e.g. mro.
                return Ok(None);
            }
            ObjKind::Module => {
                let d = cast::<ModuleObj>(o).dict;
                if let Some(v) = dict::dict_get_str(vm, d, name)? {
                    return Ok(Some(v));
                }
                return crate::builtins::special_attr(vm, o, name);
            }
            ObjKind::Super => return super_attr(vm, o, name),
            _ => {}
        }
    }
    let ty = types::type_of(vm, o);
    let cls_attr = types::type_lookup(vm, ty, name);
    if let Some(a) = cls_attr {
        if is_data_descriptor(vm, a) {
            return bind(vm, a, o, ty).map(Some);
        }
    }
    if is_kind(o, ObjKind::Instance) {
        if let Some(v) = crate::runtime::instance::inst_get(vm, o, name)? {
            return Ok(Some(v));
        }
    } else if let Some(d) = instance_dict(o) {
        if let Some(v) = dict::dict_get_str(vm, d, name)? {
            return Ok(Some(v));
        }
    }
    if let Some(a) = cls_attr {
        return bind(vm, a, o, ty).map(Some);
    }
    if let Some(v) = crate::builtins::special_attr(vm, o, name)? {
        return Ok(Some(v));
    }
    if types::type_obj(ty).flags.get() & tflags::HAS_GETATTR != 0 {
        if let Some(ga) = types::type_lookup(vm, ty, vm.names.__getattr__) {
            match call::call(vm, ga, &[o, name], Kw::NONE) {
                Ok(v) => return Ok(Some(v)),
                Err(e) if crate::runtime::exc::exc_matches(vm, e.0, vm.exc.attribute_error) => {
                    return Err(e)
                }
                Err(e) => return Err(e),
            }
        }
    }
    Ok(None)
}

/// LOAD_METHOD: (method, self) when the attribute is a plain method of the type, else
/// (attribute, NULL).
#[inline]
pub fn load_method(vm: &mut Vm, o: Obj, name: Obj) -> PyResult<(Obj, Obj)> {
    if !o.is_ptr()
        || !matches!(
            header(o).kind,
            ObjKind::Type | ObjKind::Module | ObjKind::Super
        )
    {
        let ty = types::type_of(vm, o);
        if let Some(a) = types::type_lookup(vm, ty, name) {
            if is_kind(a, ObjKind::Function) || is_kind(a, ObjKind::BuiltinFn) {
                let shadowed = if is_kind(o, ObjKind::Instance) {
                    crate::runtime::instance::inst_get(vm, o, name)?
                } else {
                    match instance_dict(o) {
                        Some(d) => dict::dict_get_str(vm, d, name)?,
                        None => None,
                    }
                };
                return Ok(match shadowed {
                    Some(v) => (v, Obj::NULL),
                    None => (a, o),
                });
            }
        }
    }
    Ok((load_attr(vm, o, name)?, Obj::NULL))
}

/// Find `name` in the MRO of `obj_type` after `cls`.
fn super_lookup(vm: &mut Vm, cls: Obj, obj_type: Obj, name: Obj) -> Option<Obj> {
    let mro = crate::runtime::tuple::tuple_items(types::type_obj(obj_type).mro);
    let start = mro
        .iter()
        .position(|&c| c == cls)
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for &c in &mro[start..] {
        let d = types::type_obj(c).dict;
        if let Ok(Some(v)) = dict::dict_get_str(vm, d, name) {
            return Some(v);
        }
    }
    None
}

/// LOAD_SUPER_METHOD: `super().name` for a call.
pub fn load_super_method(vm: &mut Vm, cls: Obj, self_: Obj, name: Obj) -> PyResult<(Obj, Obj)> {
    let obj_type = if types::is_type(self_) && types::is_subclass(self_, cls) {
        self_
    } else {
        types::type_of(vm, self_)
    };
    match super_lookup(vm, cls, obj_type, name) {
        Some(a) if is_kind(a, ObjKind::Function) || is_kind(a, ObjKind::BuiltinFn) => {
            if types::is_type(self_) && name == vm.names.__new__ {
                return Ok((a, Obj::NULL));
            }
            Ok((a, self_))
        }
        Some(a) if is_kind(a, ObjKind::StaticMethod) => Ok((cast::<WrapperObj>(a).func, Obj::NULL)),
        Some(a) if is_kind(a, ObjKind::ClassMethod) => Ok((cast::<WrapperObj>(a).func, obj_type)),
        Some(a) => Ok((bind(vm, a, self_, obj_type)?, Obj::NULL)),
        None => {
            let msg = format!(
                "'super' object has no attribute '{}'",
                pystr::as_rust_str(name)
            );
            Err(vm.new_exc_msg(vm.exc.attribute_error, &msg))
        }
    }
}

fn super_attr(vm: &mut Vm, s: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let so = cast::<SuperObj>(s);
    let (cls, obj) = (so.ty, so.obj);
    let obj_type = if types::is_type(obj) && types::is_subclass(obj, cls) {
        obj
    } else {
        types::type_of(vm, obj)
    };
    match super_lookup(vm, cls, obj_type, name) {
        Some(a) => {
            if types::is_type(obj) && is_kind(a, ObjKind::Function) {
                return Ok(Some(a));
            }
            bind(vm, a, obj, obj_type).map(Some)
        }
        None => Ok(None),
    }
}

/// `o.name = v`.
pub fn store_attr(vm: &mut Vm, o: Obj, name: Obj, v: Obj) -> PyResult<()> {
    let ty = types::type_of(vm, o);
    if types::type_obj(ty).flags.get() & tflags::HAS_SETATTR != 0 {
        if let Some(sa) = types::type_lookup(vm, ty, vm.names.__setattr__) {
            call::call(vm, sa, &[o, name, v], Kw::NONE)?;
            return Ok(());
        }
    }
    generic_setattr(vm, o, name, v)
}

/// object.__setattr__: properties, then the instance dict.
pub fn generic_setattr(vm: &mut Vm, o: Obj, name: Obj, v: Obj) -> PyResult<()> {
    let ty = types::type_of(vm, o);
    if !types::is_type(o) {
        if let Some(a) = types::type_lookup(vm, ty, name) {
            if is_kind(a, ObjKind::Property) {
                let s = cast::<PropertyObj>(a).fset;
                if s.is_null() || s.is_none() {
                    return Err(vm.new_exc_msg(vm.exc.attribute_error, "can't set attribute"));
                }
                call::call(vm, s, &[o, v], Kw::NONE)?;
                return Ok(());
            }
            let aty = types::type_of(vm, a);
            if types::type_obj(aty).flags.get() & tflags::HEAP != 0 {
                if let Some(set) = types::type_lookup(vm, aty, vm.names.__set__) {
                    call::call(vm, set, &[a, o, v], Kw::NONE)?;
                    return Ok(());
                }
            }
        }
    }
    if is_kind(o, ObjKind::Type) {
        if types::type_obj(o).flags.get() & tflags::HEAP == 0 {
            let msg = format!(
                "can't set attributes of built-in/extension type '{}'",
                types::type_name(o)
            );
            return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
        }
        vm.class_version += 1;
        let d = types::type_obj(o).dict;
        if name == vm.names.__getattr__ {
            let t = types::type_obj(o);
            t.flags.set(t.flags.get() | tflags::HAS_GETATTR);
        }
        return dict::dict_store(vm, d, name, v);
    }
    if is_kind(o, ObjKind::Function) && cast::<FunctionObj>(o).dict.is_null() {
        let d = dict::new_dict(vm)?;
        cast_mut::<FunctionObj>(o).dict = d;
    }
    if is_kind(o, ObjKind::Exception) && cast::<ExceptionObj>(o).dict.is_null() {
        let d = dict::new_dict(vm)?;
        cast_mut::<ExceptionObj>(o).dict = d;
    }
    if is_kind(o, ObjKind::Exception) && name == vm.names.args {
        let t = crate::builtins::to_tuple(vm, v)?;
        cast_mut::<ExceptionObj>(o).args = t;
        return Ok(());
    }
    if is_kind(o, ObjKind::Instance) {
        return crate::runtime::instance::inst_set(vm, o, name, v);
    }
    match instance_dict(o) {
        Some(d) => dict::dict_store(vm, d, name, v),
        None => {
            if crate::builtins::special_setattr(vm, o, name, v)? {
                return Ok(());
            }
            Err(attr_error(vm, o, name))
        }
    }
}

/// `del o.name`.
pub fn delete_attr(vm: &mut Vm, o: Obj, name: Obj) -> PyResult<()> {
    let ty = types::type_of(vm, o);
    if types::type_obj(ty).flags.get() & tflags::HAS_SETATTR != 0 {
        if let Some(da) = types::type_lookup(vm, ty, vm.names.__delattr__) {
            call::call(vm, da, &[o, name], Kw::NONE)?;
            return Ok(());
        }
    }
    generic_delattr(vm, o, name)
}

pub fn generic_delattr(vm: &mut Vm, o: Obj, name: Obj) -> PyResult<()> {
    let ty = types::type_of(vm, o);
    if let Some(a) = types::type_lookup(vm, ty, name) {
        if is_kind(a, ObjKind::Property) {
            let d = cast::<PropertyObj>(a).fdel;
            if d.is_null() || d.is_none() {
                return Err(vm.new_exc_msg(vm.exc.attribute_error, "can't delete attribute"));
            }
            call::call(vm, d, &[o], Kw::NONE)?;
            return Ok(());
        }
    }
    if is_kind(o, ObjKind::Type) {
        vm.class_version += 1;
    }
    if is_kind(o, ObjKind::Instance) {
        return if crate::runtime::instance::inst_del(vm, o, name)? {
            Ok(())
        } else {
            Err(attr_error(vm, o, name))
        };
    }
    match instance_dict(o) {
        Some(d) => match dict::dict_delete(vm, d, name)? {
            Some(_) => Ok(()),
            None => Err(attr_error(vm, o, name)),
        },
        None => Err(attr_error(vm, o, name)),
    }
}

/// getattr(o, name) with a Rust name.
pub fn getattr_str(vm: &mut Vm, o: Obj, name: &str) -> PyResult {
    let n = vm.intern(name);
    load_attr(vm, o, n)
}
