//! The bridge from source text to code objects: compile with the front end, load the result.
//! Not the compiler itself (compile/) nor the .mpy reader (mpy/read.rs).

use crate::code::CompiledModule;
use crate::compile::{compile_source, CompileError, CompileOptions, Mode};
use crate::obj::Obj;
use crate::vm::{PyResult, Vm};

/// How source is compiled: a whole module, a single expression (eval), or REPL input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceMode {
    Exec,
    Eval,
    Single,
}

/// Compile source text to a CompiledModule, raising SyntaxError on failure.
pub fn compile_to_module(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: SourceMode,
) -> PyResult<CompiledModule> {
    let opts = CompileOptions {
        mode: match mode {
            SourceMode::Exec => Mode::Exec,
            SourceMode::Eval => Mode::Eval,
            SourceMode::Single => Mode::Single,
        },
        emit: vm.opts.emit,
        opt_level: vm.opts.opt_level,
        small_int_bits: crate::obj::SMALL_INT_BITS,
    };
    compile_source(source, filename, &opts).map_err(|e| compile_error_to_exception(vm, &e))
}

/// Turn a compile error into the Python exception it stands for (SyntaxError with filename and
/// line in its args, like CPython's `(msg, (filename, lineno, offset, text))`).
fn compile_error_to_exception(vm: &mut Vm, e: &CompileError) -> crate::vm::PyErr {
    let cls = match e.kind {
        "IndentationError" => vm.exc.indentation_error,
        "RuntimeError" | "RecursionError" => vm.exc.recursion_error,
        "MemoryError" => vm.exc.memory_error,
        _ => vm.exc.syntax_error,
    };
    let build = |vm: &mut Vm| -> PyResult<Obj> {
        let msg = crate::runtime::str::new_str(vm, &e.msg)?;
        vm.tmp_roots.push(msg);
        let file = crate::runtime::str::new_str(vm, &e.filename)?;
        vm.tmp_roots.push(file);
        let loc = crate::runtime::tuple::tuple_from_slice(
            vm,
            &[
                file,
                Obj::small_int(e.line as i64),
                Obj::small_int(e.col as i64),
                Obj::NONE,
            ],
        );
        vm.tmp_roots.truncate(vm.tmp_roots.len() - 2);
        let loc = loc?;
        let exc = crate::runtime::exc::new_exception(vm, cls, &[msg, loc])?;
        let tb_name = vm.intern("<module>");
        crate::runtime::exc::add_traceback(vm, exc, file, e.line, tb_name);
        Ok(exc)
    };
    match build(vm) {
        Ok(exc) => crate::vm::PyErr(exc),
        Err(err) => err,
    }
}

/// Compile source text and build its top-level Code object.
pub fn compile_to_code(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: SourceMode,
) -> PyResult<Obj> {
    let m = compile_to_module(vm, source, filename, mode)?;
    crate::vm::code::load_module_code(vm, &m, crate::vm::code::Backing::Owned)
}

/// Load a .mpy file's bytes into a top-level Code object.
pub fn load_mpy_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<Obj> {
    let bits = crate::obj::SMALL_INT_BITS;
    match crate::mpy::read::read_mpy(data, bits) {
        Ok(m) => crate::vm::code::load_module_code(vm, &m, crate::vm::code::Backing::Owned),
        Err(e) => Err(vm.new_exc_msg(vm.exc.value_error, &e.message)),
    }
}
