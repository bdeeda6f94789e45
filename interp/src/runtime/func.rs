//! Function objects and cells: MAKE_FUNCTION/MAKE_CLOSURE.
//! Not calling them (vm/frame.rs, runtime/call.rs).

use crate::obj::*;
use crate::runtime::tuple;
use crate::vm::{PyResult, Vm};

pub fn new_cell(vm: &mut Vm, v: Obj) -> PyResult {
    let ty = vm.types.cell;
    let c = vm.alloc::<CellObj>(ObjKind::Cell, ty, 0)?;
    c.value = v;
    Ok(Obj::from_ptr(c))
}

/// A function object for Code `code` in `globals`, with optional defaults and closure cells.
pub fn make_function(
    vm: &mut Vm,
    code: Obj,
    globals: Obj,
    defaults: Obj,
    kwdefaults: Obj,
    cells: &[Obj],
) -> PyResult {
    // Bytecode supplies these (MAKE_FUNCTION_DEFARGS); a malformed .mpy could pass anything, and
    // argument binding reads them as a tuple and a dict.
    let absent = |o: Obj| o.is_null() || o.is_none();
    if !(absent(defaults) || tuple::is_tuple(defaults))
        || !(absent(kwdefaults) || is_kind(kwdefaults, ObjKind::Dict))
    {
        return Err(vm.type_error("malformed bytecode: bad function defaults"));
    }
    let closure = if cells.is_empty() {
        Obj::NULL
    } else {
        tuple::tuple_from_slice(vm, cells)?
    };
    vm.tmp_roots.push(closure);
    let ty = vm.types.function;
    let r = vm.alloc::<FunctionObj>(ObjKind::Function, ty, 0);
    vm.tmp_roots.pop();
    let f = r?;
    f.code = code;
    f.globals = globals;
    f.defaults = if defaults.is_none() {
        Obj::NULL
    } else {
        defaults
    };
    f.kwdefaults = if kwdefaults.is_none() {
        Obj::NULL
    } else {
        kwdefaults
    };
    f.closure = closure;
    let fo = Obj::from_ptr(f);
    // A tier may compile the function now (decorator or -X emit=).
    let info = crate::vm::code::code_info(code);
    if info.emit != crate::code::EmitKind::Bytecode && info.native_entry.get().is_null() {
        if let Some(tier) = vm.tier.take() {
            let r = tier.compile(vm, code, info.emit);
            vm.tier = Some(tier);
            if let Err(msg) = r {
                return Err(vm.new_exc_msg(vm.exc.syntax_error, &msg));
            }
        }
    }
    Ok(fo)
}
