//! criterion benchmarks of interpreter hot paths (dispatch loop, global and attribute lookup,
//! calls, small-int and float arithmetic) on each in-process tier, and JIT compile time per
//! function. Not the suite (`cargo run --release -p bench`), which times whole processes.
//!
//! Each hot-path benchmark is one call of a `bench()` that loops 1000 times, so time/1000 is the
//! cost of one iteration. Groups: `bytecode/*` (the interpreter), `native/*` (adder-jit's
//! NativeTier), `jit_compile/native/*` (native::compile on `bench`'s code object). viper and
//! cranelift print a skip line until their tiers land.

use adder_bench::inproc::{Snippet, HOT_PATHS};
use adder_interp::code::EmitKind;
use adder_interp::vm::Tier;
use criterion::{black_box, Criterion};

fn tier_for(emit: EmitKind) -> Option<Box<dyn Tier>> {
    match emit {
        EmitKind::Native => Some(Box::new(adder_jit::tier::NativeTier)),
        _ => None,
    }
}

fn hot_paths(c: &mut Criterion, emit: EmitKind) {
    let mut g = c.benchmark_group(emit.name());
    for (name, src) in HOT_PATHS {
        let mut s = match Snippet::with_tier(src, emit, tier_for(emit)) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{}/{name}: skipped, setup failed: {e}", emit.name());
                continue;
            }
        };
        if let Err(e) = s.call() {
            eprintln!("{}/{name}: skipped, bench() raised: {e}", emit.name());
            continue;
        }
        g.bench_function(name, |b| b.iter(|| black_box(s.call().is_ok())));
    }
    g.finish();
}

/// Compile time of `bench()` of each hot path by the native emitter (x64), code object only:
/// no mapping of executable memory.
fn jit_compile_time(c: &mut Criterion) {
    let mut g = c.benchmark_group("jit_compile/native");
    for (name, src) in HOT_PATHS {
        let Ok(mut s) = Snippet::new(src) else {
            continue;
        };
        let Some(code) = s.bench_code() else {
            continue;
        };
        let info = adder_interp::vm::code::code_info(code);
        if let Err(r) = adder_jit::native::compile(adder_jit::asm::x64::X64Asm::new(), info) {
            eprintln!("jit_compile/native/{name}: skipped, refused: {r}");
            continue;
        }
        g.bench_function(name, |b| {
            b.iter(|| {
                let a = adder_jit::asm::x64::X64Asm::new();
                black_box(adder_jit::native::compile(a, info).map(|v| v.len()).ok())
            })
        });
    }
    g.finish();
    for tier in ["viper", "cranelift"] {
        eprintln!("jit_compile/{tier}: skipped (tier not built yet)");
    }
}

fn main() {
    // The VM scans the native stack conservatively up to its recorded base: record it in the
    // outermost frame (Snippet::call also moves it outwards when called from a shallower frame).
    let _base = adder_interp::gc::stack_pointer();
    let mut c = Criterion::default().configure_from_args();
    hot_paths(&mut c, EmitKind::Bytecode);
    hot_paths(&mut c, EmitKind::Native);
    jit_compile_time(&mut c);
    c.final_summary();
}
