//! adder-jit: the machine-code tiers (native emitter over per-architecture assemblers, Cranelift).
//! Not the runtime: everything generated code calls lives in adder-interp's FunTable.

pub mod asm;
pub mod disasm;
pub mod exec_mem;
pub mod native;
pub mod native_mpy;
pub mod tier;
