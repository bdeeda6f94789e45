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
use std::collections::HashMap;
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
    // The unit (code + trailer): `point_at` reads the direct entry's offset from the trailer.
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

// ------------------------------------------------------------------------------------------------
// The code cache: machine code is position-independent (it reaches the FunTable, qstrs,
// constants, inline caches and globals through the frame register), so two code objects with
// the same emitter input get the same bytes and can share one executable mapping. Importing a
// module again (or a second module with identical functions) then costs a table look-up per
// function instead of running the emitter and mapping fresh memory.

/// Everything `native::compile` reads from a `CodeInfo`, as bytes: the fun_data (prelude and
/// bytecode: opcodes, operands, jump targets, inline-cache site numbering, cells, argument
/// counts and flags all derive from it), the decoded prelude fields the emitter uses, and the
/// sizes of the tables its operands index (qstrs, constants, children), which decide refusals.
/// Two code objects with equal keys compile to identical machine code. The map compares whole
/// keys, so a hash collision can never hand out another function's code.
fn emit_key(info: &CodeInfo) -> Box<[u8]> {
    let fd = info.fun_data();
    let words = [
        info.code_start,
        info.n_state,
        info.n_exc_stack,
        info.scope_flags as usize,
        info.n_pos_args,
        info.n_kwonly_args,
        info.ctx.qstrs.len(),
        info.ctx.consts.len(),
        info.children.len(),
        info.cells.len(),
        fd.len(),
    ];
    let mut k = Vec::with_capacity(fd.len() + info.cells.len() + 8 * words.len());
    for w in words {
        k.extend_from_slice(&(w as u64).to_le_bytes());
    }
    k.extend_from_slice(&info.cells);
    k.extend_from_slice(fd);
    k.into_boxed_slice()
}

/// A function compiled now: its code object, cache key and machine code.
type Fresh<'a> = (&'a CodeInfo, Box<[u8]>, Vec<u8>);

/// A cached function: its code is `len` bytes at `off` in `mem`.
struct Cached {
    mem: Rc<ExecMem>,
    off: usize,
    len: usize,
}

/// Bound on cached functions; past it the cache starts over (code objects keep their own
/// references, so this only drops the cache's).
const CACHE_MAX: usize = 1024;

thread_local! {
    /// Per thread because `Rc` is (the VM and its code objects live on one thread). The cache
    /// holds a reference to each mapping, so a mapping lives while the cache or any code object
    /// using it does.
    static CACHE: std::cell::RefCell<HashMap<Box<[u8]>, Cached>> = Default::default();
}

/// Point `info` at its machine code: the unit (code and trailer) at `off` in `mem`, whose
/// mapping `owner` keeps alive; the direct entry too when the unit has one.
fn point_at(
    info: &CodeInfo,
    mem: &ExecMem,
    off: usize,
    unit: &[u8],
    owner: Box<dyn std::any::Any>,
) {
    info.native_entry.set(mem.ptr(off));
    if std::env::var_os("ADDER_JIT_MAP").is_some() {
        write_perf_map(info, mem.ptr(off), unit.len());
    }
    if let Some(d) = direct_offset(unit) {
        info.set_direct_entry(mem.ptr(off + d));
    }
    *info.native_owner.borrow_mut() = Some(owner);
}

/// `ADDER_JIT_MAP`: append `start size name` to /tmp/perf-PID.map (the format perf and the
/// profiling scripts read) for each function pointed at its machine code.
fn write_perf_map(info: &CodeInfo, start: *const u8, len: usize) {
    use std::io::Write;
    let path = format!("/tmp/perf-{}.map", std::process::id());
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let name = adder_interp::runtime::str::as_rust_str(info.simple_name);
        let _ = writeln!(f, "{:x} {:x} {}", start as usize, len, name);
    }
}

/// Point `info` at cached code for its key, if any.
fn install_cached(cache: &HashMap<Box<[u8]>, Cached>, key: &[u8], info: &CodeInfo) -> bool {
    let Some(c) = cache.get(key) else {
        return false;
    };
    if cfg!(debug_assertions) {
        // The key must cover every input of the emitter: check it where tests run.
        if let Ok((fresh, _)) = crate::native::compile_unit(X64Asm::new(), info) {
            debug_assert_eq!(&c.mem.bytes()[c.off..c.off + c.len], &fresh[..]);
        }
    }
    if std::env::var_os("ADDER_JIT_STATS").is_some() {
        eprintln!(
            "native-cached {} {} {}",
            adder_interp::runtime::str::as_rust_str(info.simple_name),
            info.bytecode().len(),
            c.len
        );
    }
    let unit = &c.mem.bytes()[c.off..c.off + c.len];
    point_at(info, &c.mem, c.off, unit, Box::new(Rc::clone(&c.mem)));
    true
}

/// Map freshly compiled functions together (one mapping, one mprotect), point each code object
/// at its code and remember them in the cache. Err when the memory cannot be mapped.
fn install_fresh(units: Vec<Fresh<'_>>) -> std::io::Result<()> {
    let mut all = Vec::new();
    let mut offsets = Vec::with_capacity(units.len());
    for (_, _, bytes) in &units {
        all.resize(all.len().next_multiple_of(ALIGN), 0xcc);
        offsets.push(all.len());
        all.extend_from_slice(bytes);
    }
    let mem = Rc::new(ExecMem::new(&all)?);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() + units.len() > CACHE_MAX {
            cache.clear();
        }
        for ((info, key, bytes), off) in units.into_iter().zip(offsets) {
            point_at(info, &mem, off, &bytes, Box::new(Rc::clone(&mem)));
            let len = bytes.len();
            let mem = Rc::clone(&mem);
            cache.insert(key, Cached { mem, off, len });
        }
    });
    Ok(())
}

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
        let key = emit_key(info);
        if CACHE.with(|c| install_cached(&c.borrow(), &key, info)) {
            return Ok(());
        }
        let bytes = compile_one(info)?;
        install_fresh(vec![(info, key, bytes)])
            .map_err(|e| format!("native code: cannot map code: {e}"))
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
        let mem =
            ExecMem::new(machine_code).map_err(|e| format!("native code: cannot map code: {e}"))?;
        let mem = Rc::new(mem);
        point_at(info, &mem, 0, machine_code, Box::new(Rc::clone(&mem)));
        Ok(())
    }

    /// Give every function of the module that wants native code its machine code: from the
    /// code cache when an identical function was compiled before (a module imported again),
    /// else compiled now and mapped together, one mapping (and one mprotect) for the module's
    /// new functions. Mappings are shared (`Rc`) by the code objects and the cache and unmapped
    /// with the last of them.
    fn prepare_module(&self, _vm: &mut Vm, root: Obj) {
        let mut todo = vec![root];
        let mut units: Vec<Fresh<'_>> = Vec::new();
        CACHE.with(|cache| {
            let cache = cache.borrow();
            while let Some(c) = todo.pop() {
                let info = code_info(c);
                todo.extend(info.children.iter().copied());
                if !wants_native(info) {
                    continue;
                }
                let key = emit_key(info);
                if install_cached(&cache, &key, info) {
                    continue;
                }
                if let Ok(bytes) = compile_one(info) {
                    units.push((info, key, bytes));
                }
            }
        });
        if !units.is_empty() {
            // On failure each function is compiled (and the error reported) when it is made.
            let _ = install_fresh(units);
        }
    }
}
