//! adder-interp: everything Python needs without machine code: front end, compiler, v6 bytecode,
//! object model, GC heap, VM and runtime, .mpy reader/writer. Not the JIT tiers (adder-jit).

pub mod ast;
pub mod bytecode;
pub mod code;
pub mod compile;
pub mod dis;
pub mod lex;
pub mod mpy;
pub mod parse;
pub mod qstr;
