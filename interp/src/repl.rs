//! The interactive prompt: `>>> ` / `... ` with continuation lines, expression results echoed;
//! when stdin is not a terminal the whole input runs as a script, as the unix micropython does.
//! Not the compiler's single-input mode (compile/).

use crate::frontend::{self, SourceMode};
use crate::obj::*;
use crate::runtime::import;
use crate::vm::Vm;
use std::io::{BufRead, IsTerminal, Read, Write};

fn is_incomplete(vm: &mut Vm, e: crate::vm::PyErr) -> bool {
    let msg = crate::runtime::exc::exc_str(vm, e.0).unwrap_or_default();
    crate::runtime::types::is_instance(vm, e.0, vm.exc.syntax_error)
        && (msg.contains("unexpected EOF")
            || msg.contains("incomplete input")
            || msg.contains("expected an indented block"))
}

pub fn run_repl(vm: &mut Vm) -> i32 {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut src = String::new();
        if stdin.lock().read_to_string(&mut src).is_err() {
            return 1;
        }
        return crate::runner::run_program(vm, &crate::runner::Program::Command(src));
    }
    let m = match import::new_module(vm, "__main__") {
        Ok(m) => m,
        Err(_) => return 1,
    };
    vm.main_module = m;
    println!(
        "adder {} (MicroPython-compatible); type Ctrl-D to exit",
        env!("CARGO_PKG_VERSION")
    );
    let mut lines = stdin.lock().lines();
    loop {
        print!(">>> ");
        let _ = std::io::stdout().flush();
        let mut src = match lines.next() {
            Some(Ok(l)) => l,
            _ => {
                println!();
                return 0;
            }
        };
        loop {
            let needs_more =
                src.trim_end().ends_with(':') || (src.contains('\n') && !src.ends_with('\n'));
            if !needs_more {
                break;
            }
            print!("... ");
            let _ = std::io::stdout().flush();
            match lines.next() {
                Some(Ok(l)) if !l.trim().is_empty() => {
                    src.push('\n');
                    src.push_str(&l);
                }
                _ => {
                    src.push('\n');
                    break;
                }
            }
        }
        let d = import::module_dict(m);
        let r = frontend::compile_to_code(vm, &src, "<stdin>", SourceMode::Single)
            .and_then(|code| crate::vm::frame::run_code_with_locals(vm, code, d, d, Obj::NULL));
        if let Err(e) = r {
            if is_incomplete(vm, e) {
                continue;
            }
            if crate::runtime::types::is_instance(vm, e.0, vm.exc.system_exit) {
                return crate::runner::exit_status_for(vm, e);
            }
            let text = crate::runtime::exc::format_exception(vm, e.0);
            crate::modules::stderr_write(text.as_bytes());
        }
        crate::modules::stdout_flush();
    }
}
