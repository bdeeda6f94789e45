//! Fuzz target: arbitrary bytes through the whole front end (lexer, parser, compiler, .mpy writer);
//! it must never panic. Not a differential test. Run with `cargo +nightly fuzz run front_end`.
#![no_main]

use adder_interp::compile::{compile_bytes, CompileOptions, Mode};
use adder_interp::mpy::write::write_mpy;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (mode, src) = match data.split_first() {
        Some((m, rest)) => (
            match m % 3 {
                0 => Mode::Exec,
                1 => Mode::Eval,
                _ => Mode::Single,
            },
            rest,
        ),
        None => (Mode::Exec, data),
    };
    let opts = CompileOptions { mode, ..CompileOptions::default() };
    if let Ok(m) = compile_bytes(src, "fuzz.py", &opts) {
        let _ = write_mpy(&m);
    }
});
