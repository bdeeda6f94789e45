//! The bridge from source text to code objects: compile with the front end, load the result.
//! Not the compiler itself (compile/) nor the .mpy reader (mpy/read.rs).

use crate::code::CompiledModule;
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
    let _ = (source, filename, mode);
    Err(vm.new_exc_msg(
        vm.exc.syntax_error,
        "the compiler is not available in this build",
    ))
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
