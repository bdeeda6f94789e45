//! The `sys` module: argv, path, modules, exit, stdout/stderr, implementation, platform facts.
//! Not the command line that fills argv (src/main.rs).

use super::{def_fn, set_attr};
use crate::obj::*;
use crate::runtime::{call, dict, import, str as pystr, tuple};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult {
    let m = import::new_module(vm, "sys")?;
    vm.sys_module = m;
    let argv = vm.sys_argv;
    set_attr(vm, m, "argv", argv)?;
    let path = vm.sys_path;
    set_attr(vm, m, "path", path)?;
    let mods = vm.modules;
    set_attr(vm, m, "modules", mods)?;
    def_fn(vm, m, "exit", sys_exit)?;
    def_fn(vm, m, "getrecursionlimit", getrecursionlimit)?;
    def_fn(vm, m, "setrecursionlimit", setrecursionlimit)?;
    def_fn(vm, m, "print_exception", print_exception)?;
    def_fn(vm, m, "exc_info", exc_info)?;
    let v = pystr::new_str(vm, "3.4.0; adder 0.1.0")?;
    set_attr(vm, m, "version", v)?;
    let vi = tuple::tuple_from_slice(
        vm,
        &[Obj::small_int(3), Obj::small_int(4), Obj::small_int(0)],
    )?;
    set_attr(vm, m, "version_info", vi)?;
    let p = pystr::new_str(vm, std::env::consts::OS)?;
    set_attr(vm, m, "platform", p)?;
    let bo = pystr::new_str(
        vm,
        if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        },
    )?;
    set_attr(vm, m, "byteorder", bo)?;
    let maxsize = crate::runtime::int::int_from_i64(vm, i64::MAX)?;
    set_attr(vm, m, "maxsize", maxsize)?;
    // sys.implementation: a small namespace object (a module serves).
    let imp = import::new_module(vm, "implementation")?;
    let name = pystr::new_str(vm, "adder")?;
    set_attr(vm, imp, "name", name)?;
    let ver = tuple::tuple_from_slice(
        vm,
        &[Obj::small_int(0), Obj::small_int(1), Obj::small_int(0)],
    )?;
    set_attr(vm, imp, "version", ver)?;
    let arch = crate::mpy::read::host_arch() as i64;
    set_attr(
        vm,
        imp,
        "_mpy",
        Obj::small_int(6 | ((3 | (arch << 2)) << 8)),
    )?;
    set_attr(vm, m, "implementation", imp)?;
    let out = crate::modules::make_std_stream(vm, 1)?;
    set_attr(vm, m, "stdout", out)?;
    let err = crate::modules::make_std_stream(vm, 2)?;
    set_attr(vm, m, "stderr", err)?;
    let inp = crate::modules::make_std_stream(vm, 0)?;
    set_attr(vm, m, "stdin", inp)?;
    Ok(m)
}

fn sys_exit(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let cls = vm.exc.system_exit;
    let args = if args.len() == 1 && args[0].is_none() {
        &[]
    } else {
        args
    };
    let e = crate::runtime::exc::new_exception(vm, cls, args)?;
    Err(crate::vm::PyErr(e))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    crate::runtime::int::int_from_i64(vm, vm.max_depth as i64)
}

fn setrecursionlimit(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    if let Some(v) = args.first().and_then(|a| crate::runtime::int::to_i64(*a)) {
        vm.max_depth = v.clamp(10, 100_000) as usize;
    }
    Ok(Obj::NONE)
}

fn print_exception(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    if let Some(&e) = args.first() {
        let s = crate::runtime::exc::format_exception(vm, e);
        match args.get(1) {
            Some(&f) if !f.is_none() => {
                let so = pystr::new_str(vm, &s)?;
                call::call_method(vm, f, "write", &[so])?;
            }
            _ => crate::modules::stdout_write(vm, s.as_bytes()),
        }
    }
    Ok(Obj::NONE)
}

fn exc_info(vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    match vm.handling.last().copied() {
        Some(e) => {
            let t = crate::runtime::types::type_of(vm, e);
            tuple::tuple_from_slice(vm, &[t, e, Obj::NONE])
        }
        None => tuple::tuple_from_slice(vm, &[Obj::NONE, Obj::NONE, Obj::NONE]),
    }
}

#[allow(dead_code)]
fn unused(vm: &mut Vm) -> PyResult<()> {
    let _ = dict::new_dict(vm)?;
    Ok(())
}
