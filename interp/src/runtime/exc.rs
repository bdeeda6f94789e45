//! Exceptions: creating instances, raising classes or instances, matching `except` clauses,
//! tracebacks and their CPython-style printing. Not the class hierarchy's construction
//! (runtime/init.rs) nor the exception-stack mechanics of the VM (vm/dispatch.rs).

use crate::obj::*;
use crate::runtime::{call, list, str as pystr, tuple, types};
use crate::vm::{PyErr, PyResult, Vm};

/// A new exception instance of class `cls` with `args`.
pub fn new_exception(vm: &mut Vm, cls: Obj, args: &[Obj]) -> PyResult {
    let a = tuple::tuple_from_slice(vm, args)?;
    vm.tmp_roots.push(a);
    let r = vm.alloc::<ExceptionObj>(ObjKind::Exception, cls, 0);
    vm.tmp_roots.pop();
    let e = r?;
    e.args = a;
    Ok(Obj::from_ptr(e))
}

impl Vm {
    /// An exception of class `cls` with a message, ready to return as Err.
    pub fn new_exc_msg(&mut self, cls: Obj, msg: &str) -> PyErr {
        let s = match pystr::new_str(self, msg) {
            Ok(s) => s,
            Err(e) => return e,
        };
        self.tmp_roots.push(s);
        let r = new_exception(self, cls, &[s]);
        self.tmp_roots.pop();
        match r {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }

    /// An exception of class `cls` with no arguments.
    pub fn new_exc(&mut self, cls: Obj) -> PyErr {
        match new_exception(self, cls, &[]) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }

    pub fn type_error(&mut self, msg: &str) -> PyErr {
        self.new_exc_msg(self.exc.type_error, msg)
    }
    pub fn value_error(&mut self, msg: &str) -> PyErr {
        self.new_exc_msg(self.exc.value_error, msg)
    }
}

pub fn is_exception_instance(o: Obj) -> bool {
    is_kind(o, ObjKind::Exception)
}

/// The `raise X` operand as an exception instance.
pub fn make_raisable(vm: &mut Vm, o: Obj) -> PyResult {
    if is_exception_instance(o) {
        return Ok(o);
    }
    if types::is_type(o) && types::type_obj(o).flags.get() & tflags::EXCEPTION != 0 {
        let e = call::call(vm, o, &[], Kw::NONE)?;
        if is_exception_instance(e) {
            return Ok(e);
        }
    }
    Err(vm.new_exc_msg(
        vm.exc.type_error,
        "exceptions must derive from BaseException",
    ))
}

pub fn set_cause(vm: &mut Vm, e: Obj, cause: Obj) -> PyResult<()> {
    let c = if cause.is_none() {
        Obj::NONE
    } else {
        make_raisable(vm, cause)?
    };
    let eo = cast_mut::<ExceptionObj>(e);
    eo.cause = c;
    eo.suppress_context = true;
    Ok(())
}

/// Implicit chaining: `exc` was raised while `handled` was being handled (in an except or
/// finally block of the same frame), so `exc.__context__` becomes `handled`, unless `exc` already
/// has a context or the link would close a cycle.
pub fn set_implicit_context(exc: Obj, handled: Obj) {
    if exc == handled || !is_exception_instance(exc) || !is_exception_instance(handled) {
        return;
    }
    if !cast::<ExceptionObj>(exc).context.is_null() {
        return;
    }
    let mut c = handled;
    while is_exception_instance(c) {
        if c == exc {
            return;
        }
        c = cast::<ExceptionObj>(c).context;
    }
    cast_mut::<ExceptionObj>(exc).context = handled;
}

/// True if exception instance `e` is an instance of class `cls`.
#[inline]
pub fn exc_matches(vm: &Vm, e: Obj, cls: Obj) -> bool {
    types::is_instance(vm, e, cls)
}

/// The exception-match binary op: `exc` against a class or tuple of classes.
pub fn exception_match(vm: &mut Vm, exc: Obj, t: Obj) -> PyResult<bool> {
    if let Some(items) = tuple::try_tuple(t) {
        for &c in items {
            if exception_match(vm, exc, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !types::is_type(t) || types::type_obj(t).flags.get() & tflags::EXCEPTION == 0 {
        return Err(vm.new_exc_msg(
            vm.exc.type_error,
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(types::is_instance(vm, exc, t))
}

/// Append a (file, line, function) entry to an exception's traceback.
pub fn add_traceback(vm: &mut Vm, exc: Obj, file: Obj, line: u32, name: Obj) {
    if !is_exception_instance(exc) || exc == vm.memory_error_instance {
        return;
    }
    let entry = match tuple::tuple_from_slice(vm, &[file, Obj::small_int(line as i64), name]) {
        Ok(t) => t,
        Err(_) => return,
    };
    vm.tmp_roots.push(entry);
    let e = cast_mut::<ExceptionObj>(exc);
    if e.traceback.is_null() {
        if let Ok(l) = list::new_list(vm, 4) {
            cast_mut::<ExceptionObj>(exc).traceback = l;
        }
    }
    let tb = cast::<ExceptionObj>(exc).traceback;
    if !tb.is_null() {
        let _ = list::list_append(vm, tb, entry);
    }
    vm.tmp_roots.pop();
}

/// The args tuple of an exception instance.
pub fn exc_args(e: Obj) -> &'static [Obj] {
    let a = cast::<ExceptionObj>(e).args;
    if a.is_null() {
        &[]
    } else {
        tuple::tuple_items(a)
    }
}

/// str(exception) as Python computes it.
pub fn exc_str(vm: &mut Vm, e: Obj) -> PyResult<String> {
    let args = exc_args(e);
    match args.len() {
        0 => Ok(String::new()),
        2 if types::is_instance(vm, e, vm.exc.syntax_error) && tuple::is_tuple(args[1]) => {
            // SyntaxError(msg, (filename, lineno, offset, text)) prints as "msg (file, line N)".
            let msg = crate::builtins::str_string(vm, args[0])?;
            let loc = tuple::tuple_items(args[1]);
            let file = loc.first().and_then(|f| pystr::try_str(*f)).unwrap_or("?");
            let line = loc.get(1).and_then(|l| l.as_small_int()).unwrap_or(0);
            Ok(format!("{msg} ({file}, line {line})"))
        }
        1 => {
            if types::is_instance(vm, e, vm.exc.key_error) {
                crate::builtins::repr_string(vm, args[0])
            } else {
                crate::builtins::str_string(vm, args[0])
            }
        }
        _ => {
            let t = cast::<ExceptionObj>(e).args;
            crate::builtins::repr_string(vm, t)
        }
    }
}

/// The CPython-style traceback text of an uncaught exception.
pub fn format_exception(vm: &mut Vm, e: Obj) -> String {
    let mut out = String::new();
    if !is_exception_instance(e) {
        return "Exception: <not an exception>\n".into();
    }
    let eo = cast::<ExceptionObj>(e);
    if !eo.cause.is_null() && !eo.cause.is_none() && is_exception_instance(eo.cause) {
        out.push_str(&format_exception(vm, eo.cause));
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    }
    let tb = eo.traceback;
    out.push_str("Traceback (most recent call last):\n");
    if !tb.is_null() {
        let entries = list::list_items(tb).to_vec();
        for t in entries.iter().rev() {
            let it = tuple::tuple_items(*t);
            let file = pystr::try_str(it[0]).unwrap_or("?");
            let line = it[1].as_small_int().unwrap_or(0);
            let name = pystr::try_str(it[2]).unwrap_or("?");
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
        }
    }
    let ty = types::type_of(vm, e);
    let tname = types::type_name(ty);
    let args = exc_args(e);
    let msg = if args.len() == 2 && types::is_instance(vm, e, vm.exc.syntax_error) {
        crate::builtins::str_string(vm, args[0]).unwrap_or_default()
    } else {
        exc_str(vm, e).unwrap_or_default()
    };
    if msg.is_empty() {
        out.push_str(&format!("{tname}\n"));
    } else {
        out.push_str(&format!("{tname}: {msg}\n"));
    }
    out
}
