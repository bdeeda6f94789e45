//! Native code in .mpy files, the jit side: turning a compiled module's functions into adder
//! native blocks (`adder compile -X emit=native`, `@micropython.native`) with per-function size
//! and time statistics, and the machine-code listings of `adder dis`. Not the block layout or the
//! ABI marker (adder-interp mpy/native.rs), nor loading (tier.rs `install`).

use crate::asm::x64::X64Asm;
use crate::native::{compile_unit, OffsetMap, TRAILER};
use crate::tier::is_body_bytecode;
use adder_interp::code::{CodeKind, CompiledModule, EmitKind, RawCode};
use adder_interp::mpy::native::{abi_marker, classify_flags, make_block, split_block, Flags};
use adder_interp::obj::Obj;
use adder_interp::vm::code::{code_info, load_module_code, Backing};
use adder_interp::vm::{Vm, VmOptions};
use std::collections::HashMap;

/// The .mpy architecture number of the code we emit (x64).
pub const NATIVE_ARCH: u8 = 2;

/// One compiled function: name, bytecode bytes (opcodes only), machine-code bytes, compile µs.
#[derive(Clone, Debug)]
pub struct FnStats {
    pub name: String,
    pub bytecode: usize,
    pub machine: usize,
    pub micros: u128,
}

/// The opcodes of a bytecode fun_data (None if the prelude is unreadable).
fn opcodes(fun: &[u8]) -> Option<&[u8]> {
    let p = adder_interp::bytecode::read_prelude(fun).ok()?;
    fun.get(p.code_start..)
}

/// Would this raw code be compiled? Functions that ask for native code (decorator or
/// `-X emit=native`); module and class bodies stay bytecode, as at run time.
fn wants_native(rc: &RawCode) -> bool {
    rc.kind == CodeKind::Bytecode
        && rc.emit == EmitKind::Native
        && opcodes(&rc.fun_data).is_some_and(|bc| !is_body_bytecode(bc))
}

fn any_wanted(rc: &RawCode) -> bool {
    wants_native(rc) || rc.children.iter().any(any_wanted)
}

/// A small VM whose only job is to build code objects (the emitter works on those).
fn tool_vm() -> Result<Box<Vm>, String> {
    let mut vm = Vm::new(VmOptions {
        heap_size: 16 << 20,
        ..VmOptions::default()
    })?;
    vm.stack_base = adder_interp::gc::stack_pointer();
    Ok(vm)
}

/// Build the code objects of `m` and call `f` on each (raw code, code object) pair, pre-order.
fn with_code_objects<T>(
    m: &CompiledModule,
    mut f: impl FnMut(&[usize], &RawCode, Obj) -> Result<(), T>,
) -> Result<(), String>
where
    T: std::fmt::Display,
{
    let mut vm = tool_vm()?;
    let root = load_module_code(&mut vm, m, Backing::Owned)
        .map_err(|_| "cannot build code objects".to_string())?;
    vm.tmp_roots.push(root);
    fn walk<T>(
        path: &mut Vec<usize>,
        rc: &RawCode,
        code: Obj,
        f: &mut impl FnMut(&[usize], &RawCode, Obj) -> Result<(), T>,
    ) -> Result<(), T> {
        f(path, rc, code)?;
        let kids = &code_info(code).children;
        for (i, (c, &k)) in rc.children.iter().zip(kids).enumerate() {
            path.push(i);
            walk(path, c, k, f)?;
            path.pop();
        }
        Ok(())
    }
    let r = walk(&mut Vec::new(), &m.root, root, &mut f).map_err(|e| e.to_string());
    vm.tmp_roots.pop();
    r
}

fn at_path<'a>(rc: &'a mut RawCode, path: &[usize]) -> &'a mut RawCode {
    path.iter().fold(rc, |r, &i| &mut r.children[i])
}

/// Replace every function of `m` that asks for native code with an adder native block (machine
/// code + its bytecode), set the header's arch and ABI marker, and return per-function stats.
/// A function the emitter refuses is an error (as `-X emit=native` raises SyntaxError).
pub fn nativize(m: &mut CompiledModule) -> Result<Vec<FnStats>, String> {
    if !any_wanted(&m.root) {
        return Ok(Vec::new());
    }
    let mut done: Vec<(Vec<usize>, Vec<u8>, FnStats)> = Vec::new();
    with_code_objects(m, |path, rc, code| {
        if !wants_native(rc) {
            return Ok(());
        }
        let info = code_info(code);
        let name = adder_interp::runtime::str::as_rust_str(info.simple_name).to_string();
        let t0 = std::time::Instant::now();
        let (bytes, _) = compile_unit(X64Asm::new(), info)
            .map_err(|r| format!("native code: {r} (function '{name}')"))?;
        let stats = FnStats {
            name,
            bytecode: info.bytecode().len(),
            machine: bytes.len(),
            micros: t0.elapsed().as_micros(),
        };
        done.push((path.to_vec(), bytes, stats));
        Ok::<(), String>(())
    })?;
    let mut stats = Vec::with_capacity(done.len());
    for (path, bytes, st) in done {
        let rc = at_path(&mut m.root, &path);
        let (block, prelude_offset) = make_block(rc.children.len(), &bytes, &rc.fun_data);
        rc.fun_data = block;
        rc.prelude_offset = prelude_offset;
        rc.kind = CodeKind::Native;
        stats.push(st);
    }
    m.arch = NATIVE_ARCH;
    m.arch_flags = Some(abi_marker());
    Ok(stats)
}

/// A raw code's path in the tree (child indices from the root) with its stored machine code.
type StoredCode = (Vec<usize>, Vec<u8>);

/// The module with each of our native blocks replaced by the bytecode function it carries, and
/// the paths of those blocks with their stored machine code.
fn bytecode_view(m: &CompiledModule) -> (CompiledModule, Vec<StoredCode>) {
    let mut out = m.clone();
    let mut blocks = Vec::new();
    fn walk(rc: &mut RawCode, path: &mut Vec<usize>, blocks: &mut Vec<StoredCode>) {
        if rc.kind == CodeKind::Native {
            let n = rc.children.len();
            if let Ok(p) = split_block(&rc.fun_data, rc.prelude_offset as usize, n) {
                blocks.push((path.clone(), rc.fun_data[p.machine_code].to_vec()));
                rc.fun_data = rc.fun_data[p.bytecode].to_vec();
                rc.kind = CodeKind::Bytecode;
                rc.prelude_offset = 0;
            }
        }
        for (i, c) in rc.children.iter_mut().enumerate() {
            path.push(i);
            walk(c, path, blocks);
            path.pop();
        }
    }
    walk(&mut out.root, &mut Vec::new(), &mut blocks);
    (out, blocks)
}

/// Machine-code listings of every adder native block of `m`, by path in the raw-code tree. The
/// bytecode-offset annotations come from re-emitting each function from the bytecode the block
/// carries: they are shown only when that reproduces the stored bytes exactly (same emitter),
/// so they are never wrong; otherwise the listing says so and shows the code without them.
pub fn native_listings(m: &CompiledModule) -> HashMap<Vec<usize>, String> {
    let mut out = HashMap::new();
    if m.arch_flags.map(classify_flags) != Some(Flags::Ours) {
        if m.arch == NATIVE_ARCH && m.arch_flags.is_none() {
            foreign_listings(&m.root, &mut Vec::new(), &mut out);
        }
        return out;
    }
    let (bc_module, blocks) = bytecode_view(m);
    // The emitter expects verified bytecode (the file may be damaged).
    if adder_interp::mpy::verify::verify_module(&bc_module).is_err() {
        return out;
    }
    let stored: HashMap<Vec<usize>, Vec<u8>> = blocks.into_iter().collect();
    let r = with_code_objects(&bc_module, |path, rc, code| {
        let Some(mc) = stored.get(path) else {
            return Ok::<(), String>(());
        };
        let map: Option<OffsetMap> = match compile_unit(X64Asm::new(), code_info(code)) {
            Ok((bytes, map)) if &bytes == mc => Some(map),
            _ => None,
        };
        // The code without its trailer (the direct entry's offset, not instructions).
        let code_bytes = match map {
            Some(_) => &mc[..mc.len() - TRAILER],
            None => &mc[..],
        };
        let labels = adder_interp::dis::bytecode_labels(&bc_module, rc);
        let label = |o: usize| labels.get(&o).cloned().unwrap_or_default();
        let head = if map.is_some() {
            "bytecode offsets from re-emitting the bytecode (identical bytes)"
        } else {
            "this adder's emitter produces different code: no bytecode offsets"
        };
        let text = format!(
            "    machine code: x64, {} bytes; {head}\n{}",
            mc.len(),
            crate::disasm::listing(code_bytes, map.as_deref(), &label, "    ")
        );
        out.insert(path.to_vec(), text);
        Ok(())
    });
    if let Err(e) = r {
        out.insert(Vec::new(), format!("    (cannot list machine code: {e})\n"));
    }
    out
}

/// x64 machine code written by mpy-cross (MicroPython's ABI), listed without bytecode offsets:
/// native blocks from after the prelude index word (and a generator's entry word) to the
/// prelude, viper and asm blocks whole.
fn foreign_listings(rc: &RawCode, path: &mut Vec<usize>, out: &mut HashMap<Vec<usize>, String>) {
    let code = match rc.kind {
        CodeKind::Bytecode => None,
        CodeKind::Native => {
            // A generator's second word is its resume entry offset, not code (mpy-format §6.1).
            let po = rc.prelude_offset as usize;
            let gen = adder_interp::bytecode::read_prelude_at(&rc.fun_data, po)
                .is_ok_and(|p| p.sig.scope_flags & adder_interp::code::scope_flags::GENERATOR != 0);
            rc.fun_data.get(if gen { 16 } else { 8 }..po)
        }
        CodeKind::Viper | CodeKind::Asm => Some(&rc.fun_data[..]),
    };
    if let Some(code) = code {
        let text = format!(
            "    machine code: x64 for MicroPython's ABI, {} bytes\n{}",
            code.len(),
            crate::disasm::listing(code, None, &|_| String::new(), "    ")
        );
        out.insert(path.clone(), text);
    }
    for (i, c) in rc.children.iter().enumerate() {
        path.push(i);
        foreign_listings(c, path, out);
        path.pop();
    }
}
