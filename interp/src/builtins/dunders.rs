//! The operator dunders of built-in types as attributes (`int.__add__(a, b)`, `(5).__mul__(2)`,
//! `super().__lt__(o)` in a subclass of str): they apply the built-in operator to the built-in
//! values. Not operator dispatch (runtime/ops.rs), which never looks these up.

use super::args::check_args;
use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::runtime::{call, exc, ops, types};
use crate::vm::{PyResult, Vm};

macro_rules! dunders {
    ($(($name:literal, $f:ident, $op:ident, $reflected:expr)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
                apply(vm, $name, args, kw, BinaryOp::$op, $reflected)
            }
        )*
        /// The native function implementing dunder `name`, if it is an operator dunder.
        fn dunder_fn(name: &str) -> Option<(&'static str, NativeFn)> {
            match name {
                $($name => Some(($name, $f as NativeFn)),)*
                _ => None,
            }
        }
    };
}

dunders! {
    ("__add__", add, Add, false), ("__radd__", radd, Add, true),
    ("__sub__", sub, Subtract, false), ("__rsub__", rsub, Subtract, true),
    ("__mul__", mul, Multiply, false), ("__rmul__", rmul, Multiply, true),
    ("__truediv__", truediv, TrueDivide, false), ("__rtruediv__", rtruediv, TrueDivide, true),
    ("__floordiv__", floordiv, FloorDivide, false), ("__rfloordiv__", rfloordiv, FloorDivide, true),
    ("__mod__", mod_, Modulo, false), ("__rmod__", rmod, Modulo, true),
    ("__pow__", pow, Power, false), ("__rpow__", rpow, Power, true),
    ("__lshift__", lshift, Lshift, false), ("__rlshift__", rlshift, Lshift, true),
    ("__rshift__", rshift, Rshift, false), ("__rrshift__", rrshift, Rshift, true),
    ("__and__", and, And, false), ("__rand__", rand, And, true),
    ("__or__", or, Or, false), ("__ror__", ror, Or, true),
    ("__xor__", xor, Xor, false), ("__rxor__", rxor, Xor, true),
    ("__lt__", lt, Less, false), ("__le__", le, LessEqual, false),
    ("__gt__", gt, More, false), ("__ge__", ge, MoreEqual, false),
    ("__eq__", eq, Equal, false), ("__ne__", ne, NotEqual, false),
}

/// The built-in types whose operators and repr are exposed as dunder attributes.
fn exposed_types(vm: &Vm) -> [Obj; 12] {
    let t = &vm.types;
    [
        t.int,
        t.bool_,
        t.float,
        t.complex,
        t.str_,
        t.bytes,
        t.bytearray,
        t.tuple,
        t.list,
        t.dict,
        t.set,
        t.frozenset,
    ]
}

/// `list.__repr__(x)`, `tuple.__hash__(x)` and the like: the repr (hash) of the built-in value,
/// also for an instance of a subclass (whose own `__repr__` may call it). `repr()` and `hash()`
/// of a built-in value never call these.
pub fn register(vm: &mut Vm) {
    for ty in exposed_types(vm) {
        types::add_method(vm, ty, "__repr__", builtin_repr);
    }
    let t = &vm.types;
    let mutable = [t.bytearray, t.list, t.dict, t.set];
    let hashable: Vec<Obj> = exposed_types(vm)
        .into_iter()
        .filter(|ty| !mutable.contains(ty))
        .collect();
    for ty in hashable {
        types::add_method(vm, ty, "__hash__", builtin_hash);
    }
}

fn builtin_hash(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__hash__", args, kw, 1, 1)?;
    super::functions::hash(vm, &[ops::native_of(args[0])], Kw::NONE)
}

fn builtin_repr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__repr__", args, kw, 1, 1)?;
    let s = super::repr_string(vm, ops::native_of(args[0]))?;
    crate::runtime::str::new_string(vm, s)
}

/// `self op other` on the built-in values; NotImplemented where the built-in operator does not
/// apply (as CPython's slot wrappers return it).
fn apply(vm: &mut Vm, name: &str, args: &[Obj], kw: Kw, op: BinaryOp, reflected: bool) -> PyResult {
    check_args(vm, name, args, kw, 2, 2)?;
    let (a, b) = (ops::native_of(args[0]), ops::native_of(args[1]));
    if is_kind(a, ObjKind::Instance) {
        let msg = format!("descriptor '{name}' requires a built-in value");
        return Err(vm.type_error(&msg));
    }
    if is_kind(b, ObjKind::Instance) {
        return Ok(Obj::NOT_IMPLEMENTED);
    }
    // int's methods do not take floats, float's do not take complex numbers (CPython's slots).
    if let (Some(ra), Some(rb)) = (numeric_rank(a), numeric_rank(b)) {
        if rb > ra {
            return Ok(Obj::NOT_IMPLEMENTED);
        }
    }
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    match ops::binary_op(vm, op, a, b) {
        Err(e) if exc::exc_matches(vm, e.0, vm.exc.type_error) => Ok(Obj::NOT_IMPLEMENTED),
        r => r,
    }
}

/// 0 for ints (and bools), 1 for floats, 2 for complex numbers, None for anything else.
fn numeric_rank(o: Obj) -> Option<u8> {
    if o.is_float() {
        Some(1)
    } else if crate::runtime::int::is_int(o) {
        Some(0)
    } else if crate::runtime::complex::is_complex(o) {
        Some(2)
    } else {
        None
    }
}

/// The built-in type (int, str, list, ...) that `ty` is or derives from, if it is one whose
/// operators these dunders expose.
fn builtin_base(vm: &Vm, ty: Obj) -> Option<Obj> {
    let exposed = exposed_types(vm);
    let mro = crate::runtime::tuple::tuple_items(types::type_obj(ty).mro);
    let mut chain = std::iter::once(ty).chain(mro.iter().copied());
    chain.find(|c| exposed.contains(c))
}

/// `T.__add__` (a function) or `x.__add__` (bound to x) for a built-in T, or an instance of a
/// built-in type or of a subclass of one; None if `name` is no operator dunder or `o` is none of
/// these.
pub fn dunder_attr(vm: &mut Vm, o: Obj, name: &str) -> PyResult<Option<Obj>> {
    let Some((name, f)) = dunder_fn(name) else {
        return Ok(None);
    };
    let is_type = types::is_type(o);
    let ty = if is_type { o } else { types::type_of(vm, o) };
    if builtin_base(vm, ty).is_none() {
        return Ok(None);
    }
    let func = call::new_builtin(vm, name, f, Obj::NULL)?;
    if is_type {
        return Ok(Some(func));
    }
    vm.tmp_roots.push(func);
    let m = call::new_bound_method(vm, func, o);
    vm.tmp_roots.pop();
    m.map(Some)
}
