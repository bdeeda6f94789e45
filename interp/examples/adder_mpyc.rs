//! Developer tool: compile a .py with adder's front end and write the .mpy (`-o out.mpy`) or print
//! the disassembly (`-d`). Not the adder CLI.
use adder_interp::compile::{compile_source, CompileOptions};
use adder_interp::dis::disassemble;
use adder_interp::mpy::write::write_mpy;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = &args[1];
    let src = std::fs::read_to_string(path).expect("read source");
    let name = path.clone();
    let mut opts = CompileOptions::default();
    for a in &args {
        if let Some(o) = a.strip_prefix("-O") {
            opts.opt_level = o.parse().unwrap_or(1);
        }
        if let Some(b) = a.strip_prefix("-msmall-int-bits=") {
            opts.small_int_bits = b.parse().expect("bits");
        }
    }
    let m = match compile_source(&src, &name, &opts) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    if args.iter().any(|a| a == "-d") {
        print!("{}", disassemble(&m));
    }
    if let Some(i) = args.iter().position(|a| a == "-o") {
        std::fs::write(&args[i + 1], write_mpy(&m)).expect("write");
    }
}
