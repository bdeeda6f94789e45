//! The native tier as the interpreter sees it: `Tier::compile` runs the native emitter on a code
//! object and installs the machine code (entry + owner). Not the emitter (native.rs).

use crate::asm::x64::X64Asm;
use crate::exec_mem::ExecMem;
use crate::native::direct_offset;
use adder_interp::bytecode::{decode_instr, op};
use adder_interp::code::EmitKind;
use adder_interp::obj::Obj;
use adder_interp::vm::code::{code_info, CodeInfo};
use adder_interp::vm::{Tier, Vm};
use std::rc::Rc;

/// Compiles functions marked `@micropython.native` (or all, under `-X emit=native`) for the host.
#[derive(Default)]
pub struct NativeTier;

/// Module and class bodies use the *_NAME opcodes and run through the interpreter's code path for
/// bodies (run once); they stay bytecode.
pub(crate) fn is_body(code: &CodeInfo) -> bool {
    is_body_bytecode(code.bytecode())
}

/// `is_body` on the opcodes of a function.
pub(crate) fn is_body_bytecode(bc: &[u8]) -> bool {
    let mut pos = 0;
    while pos < bc.len() {
        let Ok(i) = decode_instr(bc, pos) else {
            return false;
        };
        if matches!(i.op, op::LOAD_NAME | op::STORE_NAME | op::DELETE_NAME) {
            return true;
        }
        pos = i.next;
    }
    false
}

/// Compile one function, with the statistics line of `ADDER_JIT_STATS`.
fn compile_one(info: &CodeInfo) -> Result<Vec<u8>, String> {
    let t0 = std::time::Instant::now();
    let (bytes, _) = crate::native::compile_unit(X64Asm::new(), info)
        .map_err(|r| format!("native code: {r}"))?;
    if std::env::var_os("ADDER_JIT_STATS").is_some() {
        // name, bytecode bytes, machine-code bytes, compile time (for the report).
        eprintln!(
            "native-stats {} {} {} {}",
            adder_interp::runtime::str::as_rust_str(info.simple_name),
            info.bytecode().len(),
            bytes.len(),
            t0.elapsed().as_micros()
        );
    }
    Ok(bytes)
}

/// Functions the native tier would compile when they are made.
fn wants_native(info: &CodeInfo) -> bool {
    info.emit == EmitKind::Native && info.native_entry.get().is_null() && !is_body(info)
}

/// Functions start on 16-byte boundaries inside a shared mapping.
const ALIGN: usize = 16;

impl Tier for NativeTier {
    fn compile(&self, _vm: &mut Vm, code: Obj, emit: EmitKind) -> Result<(), String> {
        if emit != EmitKind::Native {
            // Other emitters (viper, cranelift) are not built yet: such functions stay bytecode,
            // exactly as when no tier is registered.
            return Ok(());
        }
        let info = code_info(code);
        if !wants_native(info) {
            return Ok(());
        }
        let bytes = compile_one(info)?;
        install_code(info, &bytes)
    }

    /// Machine code from one of our native .mpy blocks: the reader has checked the block's
    /// layout and the ABI marker, the verifier the bytecode it was emitted from. The bytes are
    /// copied into fresh memory that is never writable and executable at once.
    fn install(&self, _vm: &mut Vm, code: Obj, machine_code: &[u8]) -> Result<(), String> {
        if !cfg!(target_arch = "x86_64") {
            return Err("incompatible .mpy arch".into());
        }
        let info = code_info(code);
        if machine_code.is_empty() || is_body(info) {
            return Err("malformed .mpy file: native code for a module or class body".into());
        }
        if std::env::var_os("ADDER_JIT_STATS").is_some() {
            eprintln!(
                "native-loaded {} {} {}",
                adder_interp::runtime::str::as_rust_str(info.simple_name),
                info.bytecode().len(),
                machine_code.len()
            );
        }
        install_code(info, machine_code)
    }

    /// Compile every function of the module that wants native code and map them all at once:
    /// one mapping (and one mprotect) per module instead of one per function. The mapping is
    /// shared (`Rc`) by the code objects and unmapped with the last of them.
    fn prepare_module(&self, _vm: &mut Vm, root: Obj) {
        let mut todo = vec![root];
        let mut units: Vec<(&CodeInfo, Vec<u8>)> = Vec::new();
        while let Some(c) = todo.pop() {
            let info = code_info(c);
            todo.extend(info.children.iter().copied());
            if wants_native(info) {
                if let Ok(bytes) = compile_one(info) {
                    units.push((info, bytes));
                }
            }
        }
        if units.is_empty() {
            return;
        }
        let mut all = Vec::new();
        let mut offsets = Vec::with_capacity(units.len());
        for (_, bytes) in &units {
            all.resize(all.len().next_multiple_of(ALIGN), 0xcc);
            offsets.push(all.len());
            all.extend_from_slice(bytes);
        }
        let Ok(mem) = ExecMem::new(&all) else {
            return; // each function is compiled (and the error reported) when it is made
        };
        let mem = Rc::new(mem);
        for ((info, bytes), off) in units.iter().zip(offsets) {
            info.native_entry.set(mem.ptr(off));
            if let Some(d) = direct_offset(bytes) {
                info.set_direct_entry(mem.ptr(off + d));
            }
            *info.native_owner.borrow_mut() = Some(Box::new(Rc::clone(&mem)));
        }
    }
}

fn install_code(info: &CodeInfo, bytes: &[u8]) -> Result<(), String> {
    let mem = ExecMem::new(bytes).map_err(|e| format!("native code: cannot map code: {e}"))?;
    info.native_entry.set(mem.ptr(0));
    if let Some(d) = direct_offset(bytes) {
        info.set_direct_entry(mem.ptr(d));
    }
    *info.native_owner.borrow_mut() = Some(Box::new(mem));
    Ok(())
}
