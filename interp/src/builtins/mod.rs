//! The `builtins` namespace: registration of every built-in function, type and method, plus the
//! conversions the runtime needs everywhere (repr, str, operators on built-in sequences).
//! Not the VM or the object layouts.

pub mod args;
pub mod bytes_methods;
pub mod dict_methods;
pub mod dunders;
pub mod functions;
pub mod list_methods;
pub mod memoryview;
pub mod num_methods;
pub mod object;
pub mod repr;
pub mod seqops;
pub mod set_methods;
pub mod str_methods;
pub mod unicode_tables;

pub use args::*;
pub use repr::{repr_obj, repr_string, str_obj, str_string};
pub use seqops::builtin_binary_op;

use crate::obj::*;
use crate::runtime::{call, dict, int, tuple};
use crate::vm::{PyResult, Vm};

/// Register everything in vm.builtins and the built-in types' dicts.
pub fn init_builtins(vm: &mut Vm) {
    object::register(vm);
    functions::register(vm);
    for r in crate::builtins::registry() {
        r(vm);
    }
    // Types and exceptions by name.
    let t = &vm.types;
    let named = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("float", t.float),
        ("complex", t.complex),
        ("bool", t.bool_),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("memoryview", t.memoryview),
    ];
    for (n, o) in named {
        set_builtin(vm, n, o);
    }
    let e = &vm.exc;
    let excs = [
        ("BaseException", e.base_exception),
        ("Exception", e.exception),
        ("SystemExit", e.system_exit),
        ("KeyboardInterrupt", e.keyboard_interrupt),
        ("GeneratorExit", e.generator_exit),
        ("StopIteration", e.stop_iteration),
        ("ArithmeticError", e.arithmetic_error),
        ("OverflowError", e.overflow_error),
        ("ZeroDivisionError", e.zero_division_error),
        ("AssertionError", e.assertion_error),
        ("AttributeError", e.attribute_error),
        ("EOFError", e.eof_error),
        ("ImportError", e.import_error),
        ("ModuleNotFoundError", e.module_not_found_error),
        ("LookupError", e.lookup_error),
        ("IndexError", e.index_error),
        ("KeyError", e.key_error),
        ("MemoryError", e.memory_error),
        ("NameError", e.name_error),
        ("UnboundLocalError", e.unbound_local_error),
        ("OSError", e.os_error),
        ("RuntimeError", e.runtime_error),
        ("NotImplementedError", e.not_implemented_error),
        ("RecursionError", e.recursion_error),
        ("SyntaxError", e.syntax_error),
        ("IndentationError", e.indentation_error),
        ("TypeError", e.type_error),
        ("ValueError", e.value_error),
        ("UnicodeError", e.unicode_error),
    ];
    for (n, o) in excs {
        set_builtin(vm, n, o);
    }
    set_builtin(vm, "EnvironmentError", vm.exc.os_error);
    set_builtin(vm, "IOError", vm.exc.os_error);
    let extra = crate::runtime::init::extra_exceptions(vm);
    for &(n, o) in &extra {
        set_builtin(vm, n, o);
    }
    let keep = vm.tmp_roots.len() - extra.len();
    vm.tmp_roots.truncate(keep);
    set_builtin(vm, "None", Obj::NONE);
    set_builtin(vm, "True", Obj::TRUE);
    set_builtin(vm, "False", Obj::FALSE);
    set_builtin(vm, "Ellipsis", Obj::ELLIPSIS);
    set_builtin(vm, "NotImplemented", Obj::NOT_IMPLEMENTED);
    set_builtin(vm, "__debug__", Obj::from_bool(vm.opts.opt_level == 0));
}

/// The registration functions of the built-in method files (one per type family).
fn registry() -> Vec<fn(&mut Vm)> {
    vec![
        str_methods::register,
        bytes_methods::register,
        list_methods::register,
        dict_methods::register,
        set_methods::register,
        num_methods::register,
        memoryview::register,
        dunders::register,
    ]
}

/// Bind `name` in builtins.
pub fn set_builtin(vm: &mut Vm, name: &str, v: Obj) {
    let k = vm.intern(name);
    let b = vm.builtins;
    dict::dict_store(vm, b, k, v).expect("heap exhausted at start-up");
}

/// Register a built-in function in builtins.
pub fn def_fn(vm: &mut Vm, name: &'static str, f: NativeFn) -> Obj {
    let o = call::new_builtin(vm, name, f, Obj::NULL).expect("heap exhausted at start-up");
    set_builtin(vm, name, o);
    o
}

/// Built-in attributes that are not in any dict (e.g. `__class__`, `__name__` of functions,
/// `.real` of numbers). None if `name` is not one of them for `o`.
pub fn special_attr(vm: &mut Vm, o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    object::special_attr(vm, o, name)
}

/// Built-in attributes that can be set without an instance dict. Returns false if not handled.
pub fn special_setattr(vm: &mut Vm, o: Obj, name: Obj, v: Obj) -> PyResult<bool> {
    let _ = (vm, o, name, v);
    Ok(false)
}

/// tuple(o) for any iterable.
pub fn to_tuple(vm: &mut Vm, o: Obj) -> PyResult {
    if tuple::is_tuple(o) {
        return Ok(o);
    }
    let l = crate::runtime::iter::collect_list(vm, o)?;
    let items = crate::runtime::list::list_items(l).to_vec();
    tuple::tuple_from_slice(vm, &items)
}

pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && stop > start {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as usize
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as usize
    } else {
        0
    }
}

pub fn range_contains(start: i64, stop: i64, step: i64, v: i64) -> bool {
    if step > 0 {
        v >= start && v < stop && (v - start) % step == 0
    } else {
        v <= start && v > stop && (start - v) % (-step) == 0
    }
}

pub fn new_range(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult {
    let ty = vm.types.range;
    let r = vm.alloc::<RangeObj>(ObjKind::Range, ty, 0)?;
    r.start = start;
    r.stop = stop;
    r.step = step;
    Ok(Obj::from_ptr(r))
}

/// An int argument as i64 (TypeError otherwise).
pub fn arg_i64(vm: &mut Vm, o: Obj, what: &str) -> PyResult<i64> {
    match int::to_i64(o) {
        Some(v) => Ok(v),
        None => {
            if int::is_bigint(o) {
                return Err(vm.new_exc_msg(
                    vm.exc.overflow_error,
                    "Python int too large to convert to C long",
                ));
            }
            crate::runtime::ops::index_value(vm, o).map_err(|_| {
                let msg = format!(
                    "{what}: '{}' object cannot be interpreted as an integer",
                    crate::runtime::types::type_name_of(vm, o)
                );
                vm.new_exc_msg(vm.exc.type_error, &msg)
            })
        }
    }
}
