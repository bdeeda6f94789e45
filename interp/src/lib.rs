//! adder-interp: everything Python needs without machine code: front end, compiler, v6 bytecode,
//! object model, GC heap, VM and runtime, .mpy reader/writer. Not the JIT tiers (adder-jit).

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod code;
pub mod compile;
pub mod dis;
pub mod frontend;
pub mod gc;
pub mod lex;
pub mod modules;
pub mod mpy;
pub mod obj;
pub mod parse;
pub mod qstr;
pub mod repl;
pub mod runner;
pub mod runtime;
pub mod vm;
