//! Running a program: the __main__ module from a file, a -c string, a -m module or the REPL;
//! uncaught exceptions printed as CPython tracebacks; SystemExit turned into an exit status.
//! Not command-line parsing (src/main.rs).

use crate::frontend::{self, SourceMode};
use crate::obj::*;
use crate::runtime::{dict, exc, import, int, list, str as pystr, types};
use crate::vm::{PyErr, PyResult, Vm};

/// What to run.
pub enum Program {
    File(String),
    Command(String),
    Module(String),
    Repl,
}

/// Exit status for an uncaught exception (printing it), or for SystemExit.
pub fn exit_status_for(vm: &mut Vm, e: PyErr) -> i32 {
    let e = e.0;
    if types::is_instance(vm, e, vm.exc.system_exit) {
        let args = exc::exc_args(e).to_vec();
        let code = args.first().copied().unwrap_or(Obj::NONE);
        if code.is_none() {
            return 0;
        }
        if let Some(v) = int::to_i64(code) {
            return v as i32;
        }
        let s = crate::builtins::str_string(vm, code).unwrap_or_default();
        crate::modules::stderr_write(format!("{s}\n").as_bytes());
        return 1;
    }
    let text = exc::format_exception(vm, e);
    crate::modules::stderr_write(text.as_bytes());
    1
}

fn new_main_module(vm: &mut Vm, file: Option<&str>) -> PyResult {
    let m = import::new_module(vm, "__main__")?;
    vm.main_module = m;
    let d = import::module_dict(m);
    let k = vm.names.__builtins__;
    let b = vm.builtins_module;
    dict::dict_store(vm, d, k, b)?;
    if let Some(f) = file {
        let fo = pystr::new_str(vm, f)?;
        let k = vm.names.__file__;
        dict::dict_store(vm, d, k, fo)?;
    }
    let key = pystr::new_str(vm, "__main__")?;
    let mods = vm.modules;
    dict::dict_store(vm, mods, key, m)?;
    Ok(m)
}

/// Set sys.argv and sys.path[0] (the script's directory, "" for -c and the REPL).
pub fn set_argv_and_path(
    vm: &mut Vm,
    argv: &[String],
    script_dir: &str,
    extra_paths: &[String],
) -> PyResult<()> {
    let a = vm.sys_argv;
    for s in argv {
        let o = pystr::new_str(vm, s)?;
        list::list_append(vm, a, o)?;
    }
    let p = vm.sys_path;
    let d = pystr::new_str(vm, script_dir)?;
    list::list_append(vm, p, d)?;
    for s in extra_paths {
        let o = pystr::new_str(vm, s)?;
        list::list_append(vm, p, o)?;
    }
    // sys must exist as a module so that `import sys` shares these lists.
    crate::runtime::import::import_module(vm, "sys")?;
    Ok(())
}

fn run_source_as_main(vm: &mut Vm, src: &str, filename: &str) -> PyResult<()> {
    let m = new_main_module(vm, Some(filename))?;
    let code = frontend::compile_to_code(vm, src, filename, SourceMode::Exec)?;
    let d = import::module_dict(m);
    crate::vm::frame::run_code_with_locals(vm, code, d, d, Obj::NULL)?;
    Ok(())
}

fn run_mpy_as_main(vm: &mut Vm, src: frontend::MpySource, filename: &str) -> PyResult<()> {
    let m = new_main_module(vm, Some(filename))?;
    let code = frontend::load_mpy_source(vm, src)?;
    let d = import::module_dict(m);
    crate::vm::frame::run_code_with_locals(vm, code, d, d, Obj::NULL)?;
    Ok(())
}

fn cannot_open(path: &str, e: &std::io::Error) -> i32 {
    let msg = format!(
        "adder: can't open file '{}': [Errno {}] {}\n",
        path,
        e.raw_os_error().unwrap_or(2),
        // Rust appends " (os error N)" to the strerror text; the errno is printed already.
        e.to_string().split(" (os error").next().unwrap_or("")
    );
    crate::modules::stderr_write(msg.as_bytes());
    2
}

/// `-m NAME`: find the module on sys.path (a package runs its `__main__`) and run it with
/// `__name__ == "__main__"`; built-in and frozen modules are imported normally.
fn run_module_as_main(vm: &mut Vm, name: &str) -> PyResult<()> {
    // `-m /tmp`, `-m ''`, `-m a..b`: not module names (they would be joined into paths).
    let is_ident = |c: &str| {
        c.chars()
            .next()
            .is_some_and(|f| f == '_' || f.is_alphabetic())
            && c.chars().all(|ch| ch == '_' || ch.is_alphanumeric())
    };
    if !name.split('.').all(is_ident) {
        let msg = format!("No module named '{name}'");
        return Err(vm.new_exc_msg(vm.exc.module_not_found_error, &msg));
    }
    let rel = name.replace('.', "/");
    let dirs: Vec<String> = list::list_items(vm.sys_path)
        .iter()
        .filter_map(|&p| pystr::try_str(p).map(|s| s.to_string()))
        .collect();
    // Parent packages are imported first, as Python does.
    if let Some((parent, _)) = name.rsplit_once('.') {
        import::import_module(vm, parent)?;
    }
    for dir in dirs {
        let base = if dir.is_empty() {
            rel.clone()
        } else {
            format!("{dir}/{rel}")
        };
        for cand in [
            format!("{base}.py"),
            format!("{base}.mpy"),
            format!("{base}/__main__.py"),
            format!("{base}/__main__.mpy"),
        ] {
            if std::path::Path::new(&cand).is_file() {
                let cannot_read = |vm: &mut Vm, e: std::io::Error| {
                    vm.new_exc_msg(vm.exc.import_error, &format!("cannot read {cand}: {e}"))
                };
                if cand.ends_with(".mpy") {
                    return match frontend::MpySource::open(&cand, vm.opts.mpy_in_place) {
                        Ok(src) => run_mpy_as_main(vm, src, &cand),
                        Err(e) => Err(cannot_read(vm, e)),
                    };
                }
                let data = match std::fs::read(&cand) {
                    Ok(d) => d,
                    Err(e) => return Err(cannot_read(vm, e)),
                };
                return match String::from_utf8(data) {
                    Ok(src) => run_source_as_main(vm, &src, &cand),
                    Err(_) => {
                        Err(vm.new_exc_msg(vm.exc.syntax_error, "invalid UTF-8 in source file"))
                    }
                };
            }
        }
    }
    new_main_module(vm, None)?;
    import::import_module(vm, name).map(|_| ())
}

/// Run a program; returns the process exit status.
pub fn run_program(vm: &mut Vm, prog: &Program) -> i32 {
    let r = match prog {
        Program::File(path) if path.ends_with(".mpy") => {
            match frontend::MpySource::open(path, vm.opts.mpy_in_place) {
                Err(e) => return cannot_open(path, &e),
                Ok(src) => run_mpy_as_main(vm, src, path),
            }
        }
        Program::File(path) => match std::fs::read(path) {
            Err(e) => return cannot_open(path, &e),
            Ok(data) => match String::from_utf8(data) {
                Ok(src) => run_source_as_main(vm, &src, path),
                Err(_) => Err(vm.new_exc_msg(vm.exc.syntax_error, "invalid UTF-8 in source file")),
            },
        },
        Program::Command(src) => run_source_as_main(vm, src, "<stdin>"),
        Program::Module(name) => run_module_as_main(vm, name),
        Program::Repl => return crate::repl::run_repl(vm),
    };
    let status = match r {
        Ok(()) => 0,
        Err(e) => exit_status_for(vm, e),
    };
    crate::modules::stdout_flush();
    status
}
