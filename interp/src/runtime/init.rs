//! VM start-up: the built-in type objects, the exception hierarchy, the builtins dict, sys.
//! Not the behaviour of the types (builtins/) or modules (modules/).

use crate::obj::*;
use crate::runtime::{dict, names::Names, str as pystr, tuple, types};
use crate::vm::Vm;

/// An empty type object whose fields are filled by `fill`.
fn shell(vm: &mut Vm) -> Obj {
    let t = vm
        .alloc::<TypeObj>(ObjKind::Type, Obj::NULL, 0)
        .expect("heap too small for start-up");
    Obj::from_ptr(t)
}

fn fill(vm: &mut Vm, t: Obj, name: &str, bases: &[Obj], base_kind: ObjKind, flags: u32) {
    let name_o = vm.intern(name);
    let bases_t = tuple::tuple_from_slice(vm, bases).expect("start-up");
    let d = dict::new_dict(vm).expect("start-up");
    let mut mro = vec![t];
    if let Some(&b) = bases.first() {
        mro.extend_from_slice(tuple::tuple_items(types::type_obj(b).mro));
    }
    let mro_t = tuple::tuple_from_slice(vm, &mro).expect("start-up");
    let to = cast_mut::<TypeObj>(t);
    to.name = name_o;
    to.bases = bases_t;
    to.dict = d;
    to.mro = mro_t;
    to.base_kind = base_kind;
    let inherited = bases
        .first()
        .map(|&b| types::type_obj(b).flags.get() & tflags::EXCEPTION)
        .unwrap_or(0);
    to.flags.set(flags | inherited | tflags::BUILTIN);
}

/// Initialise every built-in object of a fresh VM.
pub fn init_vm(vm: &mut Vm) {
    // Core type shells first so that later allocations get proper type pointers.
    let object = shell(vm);
    let type_ = shell(vm);
    let str_ = shell(vm);
    let tuple_ = shell(vm);
    let dict_ = shell(vm);
    let raw = shell(vm);
    vm.types.object = object;
    vm.types.type_ = type_;
    vm.types.str_ = str_;
    vm.types.tuple = tuple_;
    vm.types.dict = dict_;
    vm.types.raw = raw;
    for t in [object, type_, str_, tuple_, dict_, raw] {
        crate::vm::header_mut(t).ty = type_;
    }
    let empty = tuple::new_tuple(vm, 0).expect("start-up");
    vm.names.empty_tuple = empty;
    let base = tflags::BASETYPE;
    fill(vm, object, "object", &[], ObjKind::Instance, base);
    fill(vm, type_, "type", &[object], ObjKind::Type, base);
    fill(vm, str_, "str", &[object], ObjKind::Str, base);
    fill(vm, tuple_, "tuple", &[object], ObjKind::Tuple, base);
    fill(vm, dict_, "dict", &[object], ObjKind::Dict, base);
    fill(vm, raw, "storage", &[object], ObjKind::RawData, 0);

    macro_rules! builtin_type {
        ($field:ident, $name:expr, $kind:expr, $flags:expr) => {{
            let t = shell(vm);
            crate::vm::header_mut(t).ty = type_;
            fill(vm, t, $name, &[object], $kind, $flags);
            vm.types.$field = t;
        }};
    }
    builtin_type!(none, "NoneType", ObjKind::Instance, 0);
    builtin_type!(int, "int", ObjKind::BigInt, base);
    builtin_type!(float, "float", ObjKind::Instance, base);
    builtin_type!(complex, "complex", ObjKind::Complex, base);
    builtin_type!(bytes, "bytes", ObjKind::Bytes, base);
    builtin_type!(bytearray, "bytearray", ObjKind::ByteArray, base);
    builtin_type!(list, "list", ObjKind::List, base);
    builtin_type!(set, "set", ObjKind::Set, base);
    builtin_type!(frozenset, "frozenset", ObjKind::FrozenSet, base);
    builtin_type!(range, "range", ObjKind::Range, 0);
    builtin_type!(slice, "slice", ObjKind::Slice, 0);
    builtin_type!(function, "function", ObjKind::Function, 0);
    builtin_type!(bound_method, "bound_method", ObjKind::BoundMethod, 0);
    builtin_type!(
        builtin_function,
        "builtin_function_or_method",
        ObjKind::BuiltinFn,
        0
    );
    builtin_type!(code, "code", ObjKind::Code, 0);
    builtin_type!(module, "module", ObjKind::Module, 0);
    builtin_type!(cell, "cell", ObjKind::Cell, 0);
    builtin_type!(generator, "generator", ObjKind::Generator, 0);
    builtin_type!(iterator, "iterator", ObjKind::Iter, 0);
    builtin_type!(property, "property", ObjKind::Property, base);
    builtin_type!(classmethod, "classmethod", ObjKind::ClassMethod, base);
    builtin_type!(staticmethod, "staticmethod", ObjKind::StaticMethod, base);
    builtin_type!(super_, "super", ObjKind::Super, 0);
    builtin_type!(ellipsis, "ellipsis", ObjKind::Instance, 0);
    builtin_type!(not_implemented, "NotImplementedType", ObjKind::Instance, 0);
    builtin_type!(memoryview, "memoryview", ObjKind::Native, 0);
    builtin_type!(dict_keys, "dict_keys", ObjKind::Native, 0);
    builtin_type!(dict_values, "dict_values", ObjKind::Native, 0);
    builtin_type!(dict_items, "dict_items", ObjKind::Native, 0);
    builtin_type!(enumerate, "enumerate", ObjKind::Iter, base);
    builtin_type!(zip, "zip", ObjKind::Iter, 0);
    builtin_type!(map, "map", ObjKind::Iter, 0);
    builtin_type!(filter, "filter", ObjKind::Iter, 0);
    builtin_type!(reversed, "reversed", ObjKind::Iter, 0);
    // bool derives from int.
    {
        let t = shell(vm);
        crate::vm::header_mut(t).ty = type_;
        let int_t = vm.types.int;
        fill(vm, t, "bool", &[int_t], ObjKind::Instance, 0);
        vm.types.bool_ = t;
    }
    Names::init(vm);
    let chars = tuple::new_tuple(vm, 128).expect("start-up");
    for c in 0..128u8 {
        let s = [c];
        let o = vm.intern(std::str::from_utf8(&s).unwrap_or("?"));
        cast::<TupleObj>(chars).items_mut()[c as usize] = o;
    }
    vm.names.ascii_chars = chars;
    init_exceptions(vm);
    let mem = crate::runtime::exc::new_exception(vm, vm.exc.memory_error, &[]).expect("start-up");
    vm.memory_error_instance = mem;

    vm.builtins = dict::new_dict(vm).expect("start-up");
    vm.modules = dict::new_dict(vm).expect("start-up");
    vm.sys_path = crate::runtime::list::new_list(vm, 4).expect("start-up");
    vm.sys_argv = crate::runtime::list::new_list(vm, 4).expect("start-up");
    crate::builtins::init_builtins(vm);
    crate::modules::init_builtins(vm);
    let bm = crate::runtime::import::new_module(vm, "builtins").expect("start-up");
    let bd = vm.builtins;
    cast_mut::<ModuleObj>(bm).dict = bd;
    vm.builtins_module = bm;
    let k = pystr::new_str(vm, "builtins").expect("start-up");
    let mods = vm.modules;
    dict::dict_store(vm, mods, k, bm).expect("start-up");
}

/// A built-in exception class `name` deriving from `base`.
fn new_exception_class(vm: &mut Vm, name: &str, base: Obj) -> Obj {
    let t = shell(vm);
    crate::vm::header_mut(t).ty = vm.types.type_;
    fill(
        vm,
        t,
        name,
        &[base],
        ObjKind::Exception,
        tflags::EXCEPTION | tflags::BASETYPE,
    );
    t
}

fn init_exceptions(vm: &mut Vm) {
    let object = vm.types.object;
    let mk = new_exception_class;
    let base_exc = mk(vm, "BaseException", object);
    let e = &mut vm.exc;
    e.base_exception = base_exc;
    let exc = mk(vm, "Exception", base_exc);
    vm.exc.exception = exc;
    vm.exc.system_exit = mk(vm, "SystemExit", base_exc);
    vm.exc.keyboard_interrupt = mk(vm, "KeyboardInterrupt", base_exc);
    vm.exc.generator_exit = mk(vm, "GeneratorExit", base_exc);
    vm.exc.stop_iteration = mk(vm, "StopIteration", exc);
    vm.exc.arithmetic_error = mk(vm, "ArithmeticError", exc);
    let ar = vm.exc.arithmetic_error;
    vm.exc.overflow_error = mk(vm, "OverflowError", ar);
    vm.exc.zero_division_error = mk(vm, "ZeroDivisionError", ar);
    vm.exc.assertion_error = mk(vm, "AssertionError", exc);
    vm.exc.attribute_error = mk(vm, "AttributeError", exc);
    vm.exc.eof_error = mk(vm, "EOFError", exc);
    vm.exc.import_error = mk(vm, "ImportError", exc);
    let ie = vm.exc.import_error;
    vm.exc.module_not_found_error = mk(vm, "ModuleNotFoundError", ie);
    vm.exc.lookup_error = mk(vm, "LookupError", exc);
    let le = vm.exc.lookup_error;
    vm.exc.index_error = mk(vm, "IndexError", le);
    vm.exc.key_error = mk(vm, "KeyError", le);
    vm.exc.memory_error = mk(vm, "MemoryError", exc);
    vm.exc.name_error = mk(vm, "NameError", exc);
    let ne = vm.exc.name_error;
    vm.exc.unbound_local_error = mk(vm, "UnboundLocalError", ne);
    vm.exc.os_error = mk(vm, "OSError", exc);
    vm.exc.runtime_error = mk(vm, "RuntimeError", exc);
    let re = vm.exc.runtime_error;
    vm.exc.not_implemented_error = mk(vm, "NotImplementedError", re);
    vm.exc.recursion_error = mk(vm, "RecursionError", re);
    vm.exc.syntax_error = mk(vm, "SyntaxError", exc);
    let se = vm.exc.syntax_error;
    vm.exc.indentation_error = mk(vm, "IndentationError", se);
    vm.exc.type_error = mk(vm, "TypeError", exc);
    vm.exc.value_error = mk(vm, "ValueError", exc);
    let ve = vm.exc.value_error;
    vm.exc.unicode_error = mk(vm, "UnicodeError", ve);
    // Less common classes live only in builtins (created in init_builtins via extra_exceptions).
}

/// Exceptions that exist only as names in builtins: (name, class). Each class is also pushed on
/// `vm.tmp_roots`; the caller stores them and pops as many roots as classes returned.
pub fn extra_exceptions(vm: &mut Vm) -> Vec<(&'static str, Obj)> {
    let mk = |vm: &mut Vm, name: &'static str, base: Obj| -> (&'static str, Obj) {
        let t = new_exception_class(vm, name, base);
        // Keep it alive until the caller has stored it in builtins (the caller pops).
        vm.tmp_roots.push(t);
        (name, t)
    };
    let e = (
        vm.exc.exception,
        vm.exc.os_error,
        vm.exc.unicode_error,
        vm.exc.indentation_error,
        vm.exc.arithmetic_error,
    );
    let mut v = vec![
        mk(vm, "StopAsyncIteration", e.0),
        mk(vm, "BufferError", e.0),
        mk(vm, "ReferenceError", e.0),
        mk(vm, "SystemError", e.0),
        mk(vm, "FloatingPointError", e.4),
        mk(vm, "FileNotFoundError", e.1),
        mk(vm, "FileExistsError", e.1),
        mk(vm, "PermissionError", e.1),
        mk(vm, "IsADirectoryError", e.1),
        mk(vm, "NotADirectoryError", e.1),
        mk(vm, "TimeoutError", e.1),
        mk(vm, "ConnectionError", e.1),
        mk(vm, "UnicodeDecodeError", e.2),
        mk(vm, "UnicodeEncodeError", e.2),
        mk(vm, "TabError", e.3),
    ];
    let warning = mk(vm, "Warning", e.0);
    v.push(warning);
    for n in [
        "UserWarning",
        "DeprecationWarning",
        "RuntimeWarning",
        "SyntaxWarning",
    ] {
        v.push(mk(vm, n, warning.1));
    }
    v
}
