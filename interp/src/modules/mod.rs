//! Built-in modules (sys, math, time, ...): the registry `import` consults, and the process's
//! buffered standard output. Not the import machinery (runtime/import.rs).

pub mod array;
pub mod binascii;
pub mod cmath;
pub mod collections;
pub mod gc;
pub mod hashlib;
pub mod heapq;
pub mod io;
pub mod json;
pub mod math;
pub mod micropython;
pub mod os;
pub mod random;
pub mod re;
pub mod re_engine;
pub mod structmod;
pub mod sys;
pub mod time;

use crate::obj::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::io::Write;

thread_local! {
    static STDOUT_BUF: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Write to standard output (buffered; flushed at exit, on input and when large).
pub fn stdout_write(_vm: &mut Vm, b: &[u8]) {
    STDOUT_BUF.with(|buf| {
        let mut buf = buf.borrow_mut();
        buf.extend_from_slice(b);
        if buf.len() > 1 << 14 {
            let _ = std::io::stdout().write_all(&buf);
            buf.clear();
        }
    });
}

pub fn stdout_flush() {
    STDOUT_BUF.with(|buf| {
        let mut buf = buf.borrow_mut();
        let mut out = std::io::stdout();
        let _ = out.write_all(&buf);
        let _ = out.flush();
        buf.clear();
    });
}

/// Write to standard error (unbuffered; flushes stdout first to keep the order).
pub fn stderr_write(b: &[u8]) {
    stdout_flush();
    let _ = std::io::stderr().write_all(b);
}

/// A constructor for each built-in module, by name.
type ModuleInit = fn(&mut Vm) -> PyResult;

fn registry() -> Vec<(&'static str, ModuleInit)> {
    vec![
        ("sys", sys::init),
        ("math", math::init),
        ("cmath", cmath::init),
        ("time", time::init),
        ("gc", gc::init),
        ("micropython", micropython::init),
        ("struct", structmod::init),
        ("array", array::init),
        ("collections", collections::init),
        ("io", io::init),
        ("json", json::init),
        ("random", random::init),
        ("re", re::init),
        ("heapq", heapq::init),
        ("binascii", binascii::init),
        ("hashlib", hashlib::init),
        ("os", os::init),
        ("errno", os::init_errno),
    ]
}

/// Builtins that modules provide (`open`); called once at start-up after the core builtins.
pub fn init_builtins(vm: &mut Vm) {
    io::register_open(vm);
}

/// Create built-in module `name` if there is one.
pub fn make_builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Obj>> {
    if name == "sys" && !vm.sys_module.is_null() {
        return Ok(Some(vm.sys_module));
    }
    for (n, init) in registry() {
        if n == name {
            return init(vm).map(Some);
        }
    }
    Ok(None)
}

/// Names of all built-in modules (for help('modules') and tests).
pub fn builtin_module_names() -> Vec<&'static str> {
    registry().into_iter().map(|(n, _)| n).collect()
}

/// Helper for module init functions: set `name` = `v` in module `m`.
pub fn set_attr(vm: &mut Vm, m: Obj, name: &str, v: Obj) -> PyResult<()> {
    let k = vm.intern(name);
    let d = crate::runtime::import::module_dict(m);
    crate::runtime::dict::dict_store(vm, d, k, v)
}

/// Helper for module init functions: add a built-in function to module `m`.
pub fn def_fn(vm: &mut Vm, m: Obj, name: &'static str, f: NativeFn) -> PyResult<()> {
    let o = crate::runtime::call::new_builtin(vm, name, f, Obj::NULL)?;
    set_attr(vm, m, name, o)
}

/// A stream object for fd 0, 1 or 2 (sys.stdin/stdout/stderr).
struct StdStream {
    fd: i32,
}

impl NativeData for StdStream {
    fn trace(&self, _heap: &mut crate::gc::Heap) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// Get or create a type for a built-in module, with the given methods.
pub fn module_type(
    vm: &mut Vm,
    name: &'static str,
    methods: &[(&'static str, NativeFn)],
) -> PyResult {
    if let Some(&t) = vm.module_types.get(name) {
        return Ok(t);
    }
    let object = vm.types.object;
    let t = crate::runtime::types::new_type(
        vm,
        name,
        &[object],
        Obj::NULL,
        ObjKind::Native,
        tflags::BUILTIN,
    )?;
    vm.module_types.insert(name, t);
    for &(n, f) in methods {
        crate::runtime::types::add_method(vm, t, n, f);
    }
    Ok(t)
}

/// Wrap a Rust value as an object of type `ty`.
pub fn new_native(vm: &mut Vm, ty: Obj, data: Box<dyn NativeData>) -> PyResult {
    let o = vm.alloc::<NativeObj>(ObjKind::Native, ty, 0)?;
    // SAFETY: the field is zeroed memory, not a valid Box: write without dropping.
    unsafe { std::ptr::write(&mut o.data, data) };
    Ok(Obj::from_ptr(o))
}

/// The Rust value inside a native object, if it is a `T`.
pub fn native_ref<T: 'static>(o: Obj) -> Option<&'static mut T> {
    if !is_kind(o, ObjKind::Native) {
        return None;
    }
    cast_mut::<NativeObj>(o)
        .data
        .as_any_mut()
        .downcast_mut::<T>()
}

pub fn make_std_stream(vm: &mut Vm, fd: i32) -> PyResult {
    let ty = module_type(
        vm,
        "TextIOWrapper",
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stream_readline),
            ("read", stream_read),
        ],
    )?;
    new_native(vm, ty, Box::new(StdStream { fd }))
}

fn stream_write(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "stream_write", args, 2, usize::MAX)?;
    let fd = native_ref::<StdStream>(args[0]).map(|s| s.fd).unwrap_or(1);
    let data: Vec<u8> = match args.get(1) {
        Some(&o) => match crate::runtime::str::try_str(o) {
            Some(s) => s.as_bytes().to_vec(),
            None => match crate::runtime::bytes::try_bytes(o) {
                Some(b) => b.to_vec(),
                None => return Err(vm.type_error("write() argument must be str")),
            },
        },
        None => vec![],
    };
    if fd == 2 {
        stderr_write(&data);
    } else {
        stdout_write(vm, &data);
    }
    let n = crate::runtime::str::try_str(args[1])
        .map(|s| s.chars().count())
        .unwrap_or(data.len());
    Ok(Obj::small_int(n as i64))
}

fn stream_flush(_vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    stdout_flush();
    Ok(Obj::NONE)
}

fn stream_readline(vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    stdout_flush();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    crate::runtime::str::new_string(vm, line)
}

fn stream_read(vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    use std::io::Read;
    stdout_flush();
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    crate::runtime::str::new_string(vm, s)
}

/// Get or create an exception class for a built-in module (e.g. `struct.error`), kept alive in
/// `vm.module_types` under `key`.
pub fn module_exception(vm: &mut Vm, key: &'static str, name: &str, base: Obj) -> PyResult {
    if let Some(&t) = vm.module_types.get(key) {
        return Ok(t);
    }
    let flags = tflags::EXCEPTION | tflags::BASETYPE;
    let t =
        crate::runtime::types::new_type(vm, name, &[base], Obj::NULL, ObjKind::Exception, flags)?;
    vm.module_types.insert(key, t);
    Ok(t)
}

/// A bytes-like argument's contents (bytes, bytearray, or a native buffer such as array).
pub fn buffer_bytes(vm: &mut Vm, o: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::runtime::bytes::try_bytes(o) {
        return Ok(b.to_vec());
    }
    if let Some(a) = native_ref::<array::Array>(o) {
        return Ok(a.data.clone());
    }
    let msg = format!(
        "a bytes-like object is required, not '{}'",
        crate::runtime::types::type_name_of(vm, o)
    );
    Err(vm.type_error(&msg))
}

/// Add a read-only property computed by `f(self)` to a module type.
pub fn add_property(vm: &mut Vm, ty: Obj, name: &'static str, f: NativeFn) -> PyResult<()> {
    let getter = crate::runtime::call::new_builtin(vm, name, f, Obj::NULL)?;
    vm.tmp_roots.push(getter);
    let pty = vm.types.property;
    let p = vm.alloc::<PropertyObj>(ObjKind::Property, pty, 0);
    vm.tmp_roots.pop();
    let p = p?;
    p.fget = getter;
    p.fset = Obj::NONE;
    p.fdel = Obj::NONE;
    p.doc = Obj::NONE;
    crate::runtime::types::add_attr(vm, ty, name, Obj::from_ptr(p));
    Ok(())
}

/// A native object's value of type T, or TypeError naming the expected type.
pub fn native_arg<T: 'static>(vm: &mut Vm, o: Obj, what: &str) -> PyResult<&'static mut T> {
    match native_ref::<T>(o) {
        Some(v) => Ok(v),
        None => {
            let msg = format!("descriptor requires a '{what}' object");
            Err(vm.type_error(&msg))
        }
    }
}

/// Implement the boilerplate of `NativeData` for a type holding no Objs.
#[macro_export]
macro_rules! native_no_trace {
    ($t:ty) => {
        impl $crate::obj::NativeData for $t {
            fn trace(&self, _heap: &mut $crate::gc::Heap) {}
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
                self
            }
        }
    };
}

/// The first argument (self of a method), or NULL when a method was called unbound without one
/// (the native accessors then raise TypeError instead of panicking).
pub fn arg0(args: &[Obj]) -> Obj {
    args.first().copied().unwrap_or(Obj::NULL)
}
