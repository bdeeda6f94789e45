//! Pre-interned names the runtime uses, and name lookup (LOAD_NAME / LOAD_GLOBAL / DELETE_*).
//! Not attribute lookup (runtime/attr.rs).

use crate::obj::*;
use crate::runtime::dict;
use crate::vm::{PyResult, Vm};

macro_rules! names {
    ($($field:ident = $text:expr,)*) => {
        /// Interned str objects for names the runtime looks up, plus a few shared objects.
        #[derive(Default)]
        pub struct Names {
            $(pub $field: Obj,)*
            /// The `__build_class__` builtin.
            pub build_class_fn: Obj,
            /// The empty tuple.
            pub empty_tuple: Obj,
            /// `object.__init__` (skipped when a class does not override it).
            pub object_init_fn: Obj,
            /// Tuple of the 128 one-character ASCII strings.
            pub ascii_chars: Obj,
        }
        impl Names {
            pub fn init(vm: &mut Vm) {
                $(vm.names.$field = vm.intern($text);)*
            }
            pub fn all(&self) -> Vec<Obj> {
                vec![$(self.$field,)* self.build_class_fn, self.empty_tuple, self.ascii_chars, self.object_init_fn]
            }
        }
    };
}

names! {
    __init__ = "__init__",
    __new__ = "__new__",
    __call__ = "__call__",
    __class__ = "__class__",
    __dict__ = "__dict__",
    __name__ = "__name__",
    __qualname__ = "__qualname__",
    __module__ = "__module__",
    __doc__ = "__doc__",
    __file__ = "__file__",
    __path__ = "__path__",
    __main__ = "__main__",
    __bases__ = "__bases__",
    __mro__ = "__mro__",
    __repr__ = "__repr__",
    __str__ = "__str__",
    __hash__ = "__hash__",
    __eq__ = "__eq__",
    __ne__ = "__ne__",
    __lt__ = "__lt__",
    __le__ = "__le__",
    __gt__ = "__gt__",
    __ge__ = "__ge__",
    __bool__ = "__bool__",
    __len__ = "__len__",
    __iter__ = "__iter__",
    __next__ = "__next__",
    __getitem__ = "__getitem__",
    __setitem__ = "__setitem__",
    __delitem__ = "__delitem__",
    __contains__ = "__contains__",
    __getattr__ = "__getattr__",
    __getattribute__ = "__getattribute__",
    __setattr__ = "__setattr__",
    __delattr__ = "__delattr__",
    __enter__ = "__enter__",
    __exit__ = "__exit__",
    __index__ = "__index__",
    __int__ = "__int__",
    __float__ = "__float__",
    __complex__ = "__complex__",
    __neg__ = "__neg__",
    __pos__ = "__pos__",
    __abs__ = "__abs__",
    __invert__ = "__invert__",
    __reversed__ = "__reversed__",
    __add__ = "__add__",
    __radd__ = "__radd__",
    __iadd__ = "__iadd__",
    __sub__ = "__sub__",
    __rsub__ = "__rsub__",
    __isub__ = "__isub__",
    __mul__ = "__mul__",
    __rmul__ = "__rmul__",
    __imul__ = "__imul__",
    __matmul__ = "__matmul__",
    __rmatmul__ = "__rmatmul__",
    __imatmul__ = "__imatmul__",
    __truediv__ = "__truediv__",
    __rtruediv__ = "__rtruediv__",
    __itruediv__ = "__itruediv__",
    __floordiv__ = "__floordiv__",
    __rfloordiv__ = "__rfloordiv__",
    __ifloordiv__ = "__ifloordiv__",
    __mod__ = "__mod__",
    __rmod__ = "__rmod__",
    __imod__ = "__imod__",
    __pow__ = "__pow__",
    __rpow__ = "__rpow__",
    __ipow__ = "__ipow__",
    __lshift__ = "__lshift__",
    __rlshift__ = "__rlshift__",
    __ilshift__ = "__ilshift__",
    __rshift__ = "__rshift__",
    __rrshift__ = "__rrshift__",
    __irshift__ = "__irshift__",
    __and__ = "__and__",
    __rand__ = "__rand__",
    __iand__ = "__iand__",
    __or__ = "__or__",
    __ror__ = "__ror__",
    __ior__ = "__ior__",
    __xor__ = "__xor__",
    __rxor__ = "__rxor__",
    __ixor__ = "__ixor__",
    __format__ = "__format__",
    __set_name__ = "__set_name__",
    __get__ = "__get__",
    __set__ = "__set__",
    __delete__ = "__delete__",
    __import__ = "__import__",
    __build_class__ = "__build_class__",
    __builtins__ = "__builtins__",
    __all__ = "__all__",
    __round__ = "__round__",
    __aiter__ = "__aiter__",
    __anext__ = "__anext__",
    __await__ = "__await__",
    __aenter__ = "__aenter__",
    __aexit__ = "__aexit__",
    __init_subclass__ = "__init_subclass__",
    __slots__ = "__slots__",
    args = "args",
    value = "value",
    send = "send",
    throw = "throw",
    close = "close",
    self_ = "self",
    keys = "keys",
    errno = "errno",
    code = "code",
}

fn name_error(vm: &mut Vm, name: Obj) -> crate::vm::PyErr {
    let n = crate::runtime::str::as_rust_str(name);
    vm.new_exc_msg(vm.exc.name_error, &format!("name '{n}' is not defined"))
}

/// LOAD_GLOBAL: globals, then builtins.
#[inline]
pub fn load_global(vm: &mut Vm, globals: Obj, name: Obj) -> PyResult {
    if let Some(v) = dict::dict_get_str(vm, globals, name)? {
        return Ok(v);
    }
    let b = vm.builtins;
    if let Some(v) = dict::dict_get_str(vm, b, name)? {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

/// LOAD_NAME: locals, then globals, then builtins.
pub fn load_name(vm: &mut Vm, locals: Obj, globals: Obj, name: Obj) -> PyResult {
    if !locals.is_null() && locals != globals {
        if let Some(v) = dict_get_any(vm, locals, name)? {
            return Ok(v);
        }
    }
    load_global(vm, globals, name)
}

fn dict_get_any(vm: &mut Vm, d: Obj, name: Obj) -> PyResult<Option<Obj>> {
    if is_kind(d, ObjKind::Dict) {
        dict::dict_get_str(vm, d, name)
    } else {
        // A mapping passed to exec(): use its __getitem__.
        match crate::runtime::subscr::load_subscr(vm, d, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if crate::runtime::exc::exc_matches(vm, e.0, vm.exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

pub fn delete_name(vm: &mut Vm, d: Obj, name: Obj) -> PyResult<()> {
    let found = if is_kind(d, ObjKind::Dict) {
        dict::dict_delete(vm, d, name)?.is_some()
    } else {
        // A mapping given as a class body's or exec's locals.
        crate::runtime::subscr::delete_subscr(vm, d, name).is_ok()
    };
    if found {
        Ok(())
    } else {
        Err(name_error(vm, name))
    }
}

/// The namespace STORE_NAME / DELETE_NAME / IMPORT_STAR act on: the frame's locals, or its
/// globals in a function frame, which has none (only bytecode from a file puts these opcodes
/// in a function).
#[inline]
pub fn name_space(locals: Obj, globals: Obj) -> Obj {
    if locals.is_null() {
        globals
    } else {
        locals
    }
}

/// `ns[name] = v` for a namespace that is a dict or another mapping.
pub fn store_name(vm: &mut Vm, ns: Obj, name: Obj, v: Obj) -> PyResult<()> {
    if is_kind(ns, ObjKind::Dict) {
        dict::dict_store(vm, ns, name, v)
    } else {
        crate::runtime::subscr::store_subscr(vm, ns, name, v)
    }
}
