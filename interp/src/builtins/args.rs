//! Argument checking helpers for built-in functions and methods.
//! Not argument binding of Python functions (vm/frame.rs).

use crate::obj::*;
use crate::runtime::{str as pystr, types};
use crate::vm::{PyResult, Vm};

/// Check the positional count and that no keywords were given.
#[inline]
pub fn check_args(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    // (Inline: every builtin call runs this; the errors are built out of line.)
    if kw.is_empty() && (min..=max).contains(&args.len()) {
        return Ok(());
    }
    args_error(vm, name, args.len(), !kw.is_empty(), min, max)
}

/// Check the positional count only.
#[inline]
pub fn check_count(vm: &mut Vm, name: &str, args: &[Obj], min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&args.len()) {
        return Ok(());
    }
    args_error(vm, name, args.len(), false, min, max)
}

#[cold]
#[inline(never)]
fn args_error(
    vm: &mut Vm,
    name: &str,
    n: usize,
    has_kw: bool,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if has_kw {
        let msg = format!("{name}() takes no keyword arguments");
        return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
    }
    if n < min || n > max {
        let msg = if min == max {
            format!(
                "{name}() takes exactly {min} argument{} ({n} given)",
                if min == 1 { "" } else { "s" }
            )
        } else if n < min {
            format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
    }
    Ok(())
}

/// Check that every keyword is one of `allowed`.
pub fn check_kw(vm: &mut Vm, name: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw.iter() {
        let ks = pystr::try_str(k).unwrap_or("");
        if !allowed.contains(&ks) {
            let msg = format!("{name}() got an unexpected keyword argument '{ks}'");
            return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
        }
    }
    Ok(())
}

/// A str argument (TypeError otherwise).
pub fn arg_str(vm: &mut Vm, o: Obj, what: &str) -> PyResult<&'static str> {
    match pystr::try_str(o) {
        Some(s) => Ok(s),
        None => {
            let msg = format!("{what} must be str, not {}", types::type_name_of(vm, o));
            Err(vm.new_exc_msg(vm.exc.type_error, &msg))
        }
    }
}

/// Positional arg `i`, or keyword `name`, or None.
pub fn arg_or_kw(args: &[Obj], kw: Kw, i: usize, name: &str) -> Option<Obj> {
    args.get(i).copied().or_else(|| kw.get(name))
}
