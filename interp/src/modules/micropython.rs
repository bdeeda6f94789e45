//! The `micropython` module: const, native/viper decorators (identity at run time), opt_level,
//! mem_info, qstr_info, stack_use, heap_lock/unlock, schedule. Not the emitters themselves.

use super::def_fn;
use crate::builtins::args::check_args;
use crate::obj::*;
use crate::runtime::call;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "micropython")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("const", identity),
        ("native", identity),
        ("viper", identity),
        ("asm_thumb", identity),
        ("opt_level", opt_level),
        ("mem_info", mem_info),
        ("qstr_info", qstr_info),
        ("stack_use", stack_use),
        ("heap_lock", heap_lock),
        ("heap_unlock", heap_unlock),
        ("heap_locked", heap_locked),
        ("kbd_intr", ignore),
        ("alloc_emergency_exception_buf", ignore),
        ("schedule", schedule),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    Ok(m)
}

fn identity(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "const", args, kw, 1, 1)?;
    Ok(args[0])
}

fn ignore(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "kbd_intr", args, kw, 1, 1)?;
    Ok(Obj::NONE)
}

fn opt_level(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "opt_level", args, kw, 0, 1)?;
    match args.first() {
        None => Ok(Obj::small_int(vm.opts.opt_level as i64)),
        Some(&v) => {
            let l = crate::builtins::arg_i64(vm, v, "opt_level")?;
            vm.opts.opt_level = l.clamp(0, 3) as u8;
            Ok(Obj::NONE)
        }
    }
}

fn stack_used(vm: &Vm) -> usize {
    vm.stack_base.saturating_sub(crate::gc::stack_pointer())
}

/// `mem_info([verbose])`: MicroPython's three lines (stack, GC totals, block figures), then
/// where function code lives: bytes of fun_data (preludes + bytecode) copied into the GC heap
/// (compiled from .py, or a .mpy loaded with a copy) and bytes run in place (mapped or frozen).
fn mem_info(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "mem_info", args, kw, 0, 1)?;
    let total = vm.heap.total_bytes();
    let used = vm.heap.used_bytes();
    let b = vm.heap.block_stats();
    let c = code_stats(vm);
    let s = format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n No. of 1-blocks: {}, 2-blocks: {}, max blk sz: {}, max free sz: {}\n code: {} functions, fun_data in GC heap: {}, in place (mapped/frozen): {}\n",
        stack_used(vm),
        vm.opts.stack_limit,
        total,
        used,
        total - used,
        b.one_blocks,
        b.two_blocks,
        b.max_block,
        b.max_free,
        c.functions,
        c.heap_bytes,
        c.in_place_bytes,
    );
    super::stdout_write(vm, s.as_bytes());
    Ok(Obj::NONE)
}

/// Function code currently allocated (live or not yet collected).
struct CodeStats {
    functions: usize,
    heap_bytes: usize,
    in_place_bytes: usize,
}

fn code_stats(vm: &Vm) -> CodeStats {
    let mut c = CodeStats {
        functions: 0,
        heap_bytes: 0,
        in_place_bytes: 0,
    };
    for h in vm.heap.objects() {
        // SAFETY: `objects` yields headers of allocated heap objects.
        if unsafe { (*h).kind } != ObjKind::Code {
            continue;
        }
        let info = crate::vm::code::code_info(Obj::from_ptr(h));
        c.functions += 1;
        if info.fun_in_heap() {
            c.heap_bytes += info.fun_data().len();
        } else {
            c.in_place_bytes += info.fun_data().len();
        }
    }
    c
}

fn qstr_info(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "qstr_info", args, kw, 0, 1)?;
    super::stdout_write(
        vm,
        b"qstr pool: n_pool=1, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n",
    );
    Ok(Obj::NONE)
}

fn stack_use(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "stack_use", args, kw, 0, 0)?;
    Ok(Obj::small_int(stack_used(vm) as i64))
}

fn heap_lock(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "heap_lock", args, kw, 0, 0)?;
    vm.heap_lock += 1;
    Ok(Obj::NONE)
}

fn heap_unlock(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "heap_unlock", args, kw, 0, 0)?;
    vm.heap_lock = vm.heap_lock.saturating_sub(1);
    Ok(Obj::small_int(vm.heap_lock as i64))
}

fn heap_locked(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "heap_locked", args, kw, 0, 0)?;
    Ok(Obj::small_int(vm.heap_lock as i64))
}

/// schedule(f, arg): run the callback right away (there are no interrupts to defer to).
fn schedule(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "schedule", args, kw, 2, 2)?;
    call::call(vm, args[0], &[args[1]], Kw::NONE)?;
    Ok(Obj::NONE)
}
