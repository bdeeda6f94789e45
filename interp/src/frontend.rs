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

/// Load a .mpy file's bytes into a top-level Code object, copying each function's bytecode
/// (`-X mpy=copy`). The file is read and verified first (mpy/verify.rs).
pub fn load_mpy_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<Obj> {
    load_mpy_with(vm, data, crate::vm::code::Backing::Owned)
}

/// Load a read-only mapped .mpy file and run its bytecode where it lies (execute in place). The
/// mapping stays alive as long as any code object of the module.
pub fn load_mpy_mapped(vm: &mut Vm, map: std::sync::Arc<memmap2::Mmap>) -> PyResult<Obj> {
    let data: &[u8] = &map;
    // SAFETY: the slice points into the mapping, which the module context keeps alive (the
    // Arc is moved into Backing::Mapped) for as long as code objects point into it.
    let data: &[u8] = unsafe { std::slice::from_raw_parts(data.as_ptr(), data.len()) };
    load_mpy_with(vm, data, crate::vm::code::Backing::Mapped(map))
}

/// Load a .mpy image from the binary's read-only data (a frozen module), in place.
pub fn load_mpy_static(vm: &mut Vm, data: &'static [u8]) -> PyResult<Obj> {
    load_mpy_with(vm, data, crate::vm::code::Backing::Static)
}

fn load_mpy_with(vm: &mut Vm, data: &[u8], backing: crate::vm::code::Backing) -> PyResult<Obj> {
    let bits = crate::obj::SMALL_INT_BITS;
    let opts = crate::mpy::read::ReadOptions::execute(bits);
    let view = match crate::mpy::read::read_view(data, opts) {
        Ok(v) => v,
        Err(e) => return Err(vm.new_exc_msg(vm.exc.value_error, &e.message)),
    };
    let verified = match crate::mpy::verify::verify_view(data, &view) {
        Ok(v) => v,
        Err(e) => return Err(vm.new_exc_msg(vm.exc.value_error, &e.to_string())),
    };
    crate::vm::code::load_view_code(vm, data, &view, &verified, backing)
}

/// Where a .mpy image comes from: bytes read into RAM, a read-only file mapping, or the binary's
/// read-only data (frozen).
pub enum MpySource {
    Bytes(Vec<u8>),
    Mapped(std::sync::Arc<memmap2::Mmap>),
    Static(&'static [u8]),
}

impl MpySource {
    /// Open a .mpy file: mapped read-only when `in_place` (`-X mpy=inplace`, the default), else
    /// read into RAM (`-X mpy=copy`).
    pub fn open(path: &str, in_place: bool) -> std::io::Result<MpySource> {
        let file = std::fs::File::open(path)?;
        if in_place {
            // SAFETY: the mapping is read-only and private to this process; like MicroPython
            // running from flash, we rely on the file not being truncated while it is imported
            // (a concurrent truncation would fault, not corrupt memory silently).
            let map = unsafe { memmap2::Mmap::map(&file) };
            // Empty files cannot be mapped: fall back to reading them (they fail verification).
            if let Ok(map) = map {
                return Ok(MpySource::Mapped(std::sync::Arc::new(map)));
            }
        }
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut &file, &mut data)?;
        Ok(MpySource::Bytes(data))
    }
}

/// Load a .mpy image (verified first) into a top-level Code object.
pub fn load_mpy_source(vm: &mut Vm, src: MpySource) -> PyResult<Obj> {
    match src {
        MpySource::Bytes(b) => load_mpy_bytes(vm, &b),
        MpySource::Mapped(m) => load_mpy_mapped(vm, m),
        MpySource::Static(s) => load_mpy_static(vm, s),
    }
}

/// Read and verify .mpy bytes without a VM (for tools, tests and the fuzzer).
pub fn check_mpy_bytes(data: &[u8]) -> Result<(), String> {
    let opts = crate::mpy::read::ReadOptions::execute(crate::obj::SMALL_INT_BITS);
    let view = crate::mpy::read::read_view(data, opts).map_err(|e| e.message)?;
    crate::mpy::verify::verify_view(data, &view).map_err(|e| e.to_string())?;
    Ok(())
}
