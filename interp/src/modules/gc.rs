//! The `gc` module: collect, enable/disable, mem_alloc/mem_free and threshold over `vm.heap`.
//! Not the collector itself (gc.rs at the crate root).

use super::def_fn;
use crate::builtins::args::check_args;
use crate::obj::*;
use crate::runtime::int;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

thread_local! {
    /// The threshold (in granules) saved by gc.disable(), restored by gc.enable().
    static SAVED_THRESHOLD: Cell<Option<usize>> = const { Cell::new(None) };
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "gc")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("mem_alloc", mem_alloc),
        ("mem_free", mem_free),
        ("threshold", threshold),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    Ok(m)
}

fn collect(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "collect", args, kw, 0, 1)?;
    vm.collect();
    Ok(Obj::small_int(0))
}

fn enable(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "enable", args, kw, 0, 0)?;
    if let Some(t) = SAVED_THRESHOLD.with(|s| s.take()) {
        vm.heap.threshold = t;
    }
    Ok(Obj::NONE)
}

fn disable(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "disable", args, kw, 0, 0)?;
    let t = vm.heap.threshold;
    SAVED_THRESHOLD.with(|s| {
        if s.get().is_none() {
            s.set(Some(t));
        }
    });
    // With no threshold the heap collects only when it is full (as MicroPython when disabled).
    vm.heap.threshold = 0;
    Ok(Obj::NONE)
}

fn isenabled(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "isenabled", args, kw, 0, 0)?;
    Ok(Obj::from_bool(SAVED_THRESHOLD.with(|s| s.get().is_none())))
}

fn mem_alloc(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "mem_alloc", args, kw, 0, 0)?;
    int::int_from_i64(vm, vm.heap.used_bytes() as i64)
}

fn mem_free(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "mem_free", args, kw, 0, 0)?;
    int::int_from_i64(vm, vm.heap.free_bytes() as i64)
}

fn threshold(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "threshold", args, kw, 0, 1)?;
    match args.first() {
        None => {
            let t = SAVED_THRESHOLD
                .with(|s| s.get())
                .unwrap_or(vm.heap.threshold);
            Ok(Obj::small_int(if t == 0 {
                -1
            } else {
                (t * crate::gc::GRANULE) as i64
            }))
        }
        Some(&v) => {
            let b = crate::builtins::arg_i64(vm, v, "threshold")?;
            let g = if b < 0 {
                0
            } else {
                (b as usize).div_ceil(crate::gc::GRANULE)
            };
            if SAVED_THRESHOLD.with(|s| s.get().is_some()) {
                SAVED_THRESHOLD.with(|s| s.set(Some(g)));
            } else {
                vm.heap.threshold = g;
            }
            Ok(Obj::NONE)
        }
    }
}
