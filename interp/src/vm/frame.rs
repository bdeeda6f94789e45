//! Activation records of bytecode functions: where the state lives, argument binding (prelude
//! section 6 of bytecode.md), and calling a function object. Not the opcode loop (dispatch.rs).

use super::code::{code_info, CodeInfo};
use super::dispatch::{run_frame, RunResult};
use super::{PyResult, Vm};
use crate::code::scope_flags;
use crate::obj::*;
use crate::runtime as rt;

/// The resumable state of one bytecode activation.
pub struct Frame {
    pub code: &'static CodeInfo,
    /// The Function object (NULL for module code run directly).
    pub func: Obj,
    pub globals: Obj,
    /// Dict for *_NAME opcodes (module and class bodies), else NULL.
    pub locals: Obj,
    /// n_state slots: locals at the top in reverse order, value stack from slot 0.
    pub state: *mut Obj,
    /// 3 slots per exception-stack entry: handler (small int, bit 0 = finally), saved sp, prev exc.
    pub exc: *mut Obj,
    /// Offset of the next opcode in the bytecode.
    pub ip: usize,
    /// Index of TOS in state (-1 when empty).
    pub sp: isize,
    /// Number of active exception-stack entries.
    pub exc_sp: usize,
}

impl Frame {
    #[inline(always)]
    pub fn local(&self, i: usize) -> *mut Obj {
        // SAFETY: local i lives at state[n_state-1-i]; the compiler only emits i < n_state.
        unsafe { self.state.add(self.code.n_state - 1 - i) }
    }
}

/// Slots a frame of `code` needs on the value stack.
#[inline(always)]
pub fn frame_slots(code: &CodeInfo) -> usize {
    code.n_state + 3 * code.n_exc_stack
}

/// Reserve and clear `n` slots on the VM's value stack; returns the base pointer.
#[inline(always)]
pub fn push_slots(vm: &mut Vm, n: usize) -> PyResult<*mut Obj> {
    let base = vm.stack_top;
    if base + n > vm.stack.len() {
        return Err(vm.new_exc_msg(vm.exc.recursion_error, "maximum recursion depth exceeded"));
    }
    vm.stack[base..base + n].fill(Obj::NULL);
    vm.stack_top = base + n;
    // SAFETY: base < stack.len() (checked above), and the stack Vec is never reallocated.
    Ok(unsafe { vm.stack.as_mut_ptr().add(base) })
}

/// CPython's message for the missing positional arguments `missing` (local indices):
/// `f() missing 2 required positional arguments: 'a' and 'b'`.
fn missing_args_err(vm: &mut Vm, code: &CodeInfo, missing: &[usize]) -> super::PyErr {
    let names: Vec<String> = missing
        .iter()
        .map(|&i| format!("'{}'", rt::str::as_rust_str(code.arg_names[i])))
        .collect();
    let list = match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, [one])) => format!("{one} and {last}"),
        Some((last, rest)) => format!("{}, and {last}", rest.join(", ")),
        None => String::new(),
    };
    let fname = rt::str::as_rust_str(code.qualname.get()).to_string();
    let n = missing.len();
    let s = if n == 1 { "" } else { "s" };
    vm.new_exc_msg(
        vm.exc.type_error,
        &format!("{fname}() missing {n} required positional argument{s}: {list}"),
    )
}

/// Bind `args` (positional) and `kw` (flat key/value pairs) into the locals of a fresh frame for
/// `func`, per bytecode.md section 6. `state` always points at the n_state slots of a frame
/// being set up (reserved by push_slots, or a generator's state array), which is what makes the
/// raw-pointer writes below sound.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn bind_args(
    vm: &mut Vm,
    func: Obj,
    code: &CodeInfo,
    state: *mut Obj,
    args: &[Obj],
    kw: Kw,
) -> PyResult<()> {
    let f = cast::<FunctionObj>(func);
    let n_state = code.n_state;
    // SAFETY: every local index used below is < n_pos + n_kwonly + 2 <= n_state (prelude invariant).
    let local = |i: usize| unsafe { state.add(n_state - 1 - i) };
    let closure: &[Obj] = if f.closure.is_null() {
        &[]
    } else {
        cast::<TupleObj>(f.closure).items()
    };
    let n_free = closure.len();
    let n_pos = code.n_pos_args;
    let n_kwonly = code.n_kwonly_args;
    let varargs = code.scope_flags & scope_flags::VARARGS != 0;
    let varkw = code.scope_flags & scope_flags::VARKEYWORDS != 0;
    let fname = || rt::str::as_rust_str(code.qualname.get()).to_string();

    // Closed-over cells come first.
    for (i, &c) in closure.iter().enumerate() {
        // SAFETY: see `local`.
        unsafe { *local(i) = c };
    }
    let n_user_pos = n_pos - n_free.min(n_pos);
    let mut extra: Vec<Obj> = Vec::new();
    for (i, &a) in args.iter().enumerate() {
        if i < n_user_pos {
            // SAFETY: see `local`.
            unsafe { *local(n_free + i) = a };
        } else if varargs {
            extra.push(a);
        } else {
            // CPython's wording: "takes 1 positional argument", "takes from 1 to 2
            // positional arguments", "but 1 was given" / "but 3 were given".
            let given = args.len();
            let n_def = if f.defaults.is_null() {
                0
            } else {
                cast::<TupleObj>(f.defaults).items().len().min(n_user_pos)
            };
            let takes = if n_def > 0 {
                format!("from {} to {n_user_pos}", n_user_pos - n_def)
            } else {
                n_user_pos.to_string()
            };
            let s = if n_user_pos == 1 && n_def == 0 {
                ""
            } else {
                "s"
            };
            let was = if given == 1 { "was" } else { "were" };
            let msg = format!(
                "{}() takes {takes} positional argument{s} but {given} {was} given",
                fname()
            );
            return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
        }
    }
    let mut kwdict = Obj::NULL;
    if varkw {
        kwdict = rt::dict::new_dict(vm)?;
        // SAFETY: see `local`.
        unsafe { *local(n_pos + n_kwonly + varargs as usize) = kwdict };
    }
    if varargs {
        let t = rt::tuple::tuple_from_slice(vm, &extra)?;
        // SAFETY: see `local`.
        unsafe { *local(n_pos + n_kwonly) = t };
    }
    for (k, v) in kw.iter() {
        let mut found = false;
        for (i, &name) in code.arg_names.iter().enumerate().skip(n_free) {
            if name == k || rt::str::str_eq(name, k) {
                // SAFETY: see `local`.
                let slot = local(i);
                // SAFETY: slot is a valid local.
                if unsafe { !(*slot).is_null() } {
                    let msg = format!(
                        "{}() got multiple values for argument '{}'",
                        fname(),
                        rt::str::try_str(k).unwrap_or("?")
                    );
                    return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
                }
                // SAFETY: as above.
                unsafe { *slot = v };
                found = true;
                break;
            }
        }
        if !found {
            if varkw {
                rt::dict::dict_store(vm, kwdict, k, v)?;
            } else {
                let msg = format!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname(),
                    rt::str::try_str(k).unwrap_or("?")
                );
                return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
            }
        }
    }
    // Defaults for the last n_def positional slots still empty.
    if n_user_pos > args.len() {
        let defaults: &[Obj] = if f.defaults.is_null() {
            &[]
        } else {
            cast::<TupleObj>(f.defaults).items()
        };
        let n_def = defaults.len();
        for i in args.len()..n_user_pos {
            let slot = local(n_free + i);
            // SAFETY: valid local.
            if unsafe { (*slot).is_null() } {
                let di = i as isize - (n_user_pos - n_def) as isize;
                if di >= 0 {
                    // SAFETY: valid local.
                    unsafe { *slot = defaults[di as usize] };
                } else {
                    let first_default = n_user_pos - n_def;
                    let missing: Vec<usize> = (i..first_default)
                        .map(|j| n_free + j)
                        // SAFETY: valid locals (j < n_user_pos).
                        .filter(|&l| unsafe { (*local(l)).is_null() })
                        .collect();
                    return Err(missing_args_err(vm, code, &missing));
                }
            }
        }
    }
    // Keyword-only arguments.
    for i in n_pos..n_pos + n_kwonly {
        let slot = local(i);
        // SAFETY: valid local.
        if unsafe { (*slot).is_null() } {
            let name = code.arg_names[i];
            let mut v = None;
            if !f.kwdefaults.is_null() {
                v = rt::dict::dict_get_str(vm, f.kwdefaults, name)?;
            }
            match v {
                // SAFETY: valid local.
                Some(v) => unsafe { *slot = v },
                None => {
                    let msg = format!(
                        "{}() missing required keyword argument: '{}'",
                        fname(),
                        rt::str::as_rust_str(name)
                    );
                    return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
                }
            }
        }
    }
    make_cells(vm, code, state)
}

/// `bind_args` with its common case done inline (`bind_simple`).
#[inline(always)]
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn bind(
    vm: &mut Vm,
    func: Obj,
    code: &CodeInfo,
    state: *mut Obj,
    args: &[Obj],
    kw: Kw,
) -> PyResult<()> {
    if !bind_simple(func, code, state, args, kw) {
        return bind_args(vm, func, code, state, args, kw);
    }
    if code.cells.is_empty() {
        return Ok(());
    }
    make_cells(vm, code, state)
}

/// The common case of `bind_args`, which allocates nothing: positional arguments only, exactly
/// the positional parameters (after the closed-over cells, which come first), no *args,
/// **kwargs or keyword-only parameters. The closure and the arguments go to their locals and
/// the result is true; otherwise nothing is written and the result is false. The caller still
/// has to `make_cells`.
#[inline(always)]
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn bind_simple(func: Obj, code: &CodeInfo, state: *mut Obj, args: &[Obj], kw: Kw) -> bool {
    let f = cast::<FunctionObj>(func);
    let closure: &[Obj] = if f.closure.is_null() {
        &[]
    } else {
        cast::<TupleObj>(f.closure).items()
    };
    let simple = kw.is_empty()
        && args.len() + closure.len() == code.n_pos_args
        && code.scope_flags & (scope_flags::VARARGS | scope_flags::VARKEYWORDS) == 0
        && code.n_kwonly_args == 0;
    if simple {
        for (i, &a) in closure.iter().chain(args).enumerate() {
            // SAFETY: i < n_pos_args <= n_state.
            unsafe { *state.add(code.n_state - 1 - i) = a };
        }
    }
    simple
}

/// Replace the locals listed in the prelude's cell section by cells holding their value.
/// `state`: as for `bind_args`.
#[inline]
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn make_cells(vm: &mut Vm, code: &CodeInfo, state: *mut Obj) -> PyResult<()> {
    for &c in &code.cells {
        // SAFETY: cell indices are locals < n_state (prelude invariant).
        let slot = unsafe { state.add(code.n_state - 1 - c as usize) };
        // SAFETY: as above.
        let cell = rt::func::new_cell(vm, unsafe { *slot })?;
        // SAFETY: as above.
        unsafe { *slot = cell };
    }
    Ok(())
}

/// Call a bytecode function object with the given arguments.
pub fn call_function(vm: &mut Vm, func: Obj, args: &[Obj], kw: Kw) -> PyResult {
    let f = cast::<FunctionObj>(func);
    let code = code_info(f.code);
    if !code.native_entry.get().is_null() {
        return rt::call::call_native_code(vm, func, code, args, kw);
    }
    if code.is_generator() {
        return rt::gen::new_generator(vm, func, args, kw);
    }
    let saved_top = vm.stack_top;
    let state = push_slots(vm, frame_slots(code))?;
    let n_state = code.n_state;
    if let Err(e) = bind(vm, func, code, state, args, kw) {
        vm.stack_top = saved_top;
        return Err(e);
    }
    let mut frame = Frame {
        code,
        func,
        globals: f.globals,
        locals: Obj::NULL,
        state,
        // SAFETY: the exc slots follow the n_state slots inside the reserved area.
        exc: unsafe { state.add(n_state) },
        ip: 0,
        sp: -1,
        exc_sp: 0,
    };
    vm.depth += 1;
    let saved_globals = std::mem::replace(&mut vm.cur_globals, f.globals);
    let r = vm
        .check_depth()
        .and_then(|_| run_frame(vm, &mut frame, None));
    vm.depth -= 1;
    vm.cur_globals = saved_globals;
    vm.stack_top = saved_top;
    match r? {
        RunResult::Return(v) => Ok(v),
        RunResult::Yield(_) => {
            Err(vm.new_exc_msg(vm.exc.runtime_error, "yield from a non-generator"))
        }
    }
}

/// Run module-level (or class-body, exec) code with `locals` as the name dict.
pub fn run_code_with_locals(
    vm: &mut Vm,
    code_obj: Obj,
    globals: Obj,
    locals: Obj,
    func: Obj,
) -> PyResult {
    // The frame keeps only the CodeInfo: root the code object itself while it runs (nothing else
    // may reference a module's top-level code, and the conservative scan cannot see an Obj the
    // optimiser no longer keeps).
    vm.tmp_roots.push(code_obj);
    let r = run_code_rooted(vm, code_obj, globals, locals, func);
    vm.tmp_roots.pop();
    r
}

fn run_code_rooted(vm: &mut Vm, code_obj: Obj, globals: Obj, locals: Obj, func: Obj) -> PyResult {
    let code = code_info(code_obj);
    let saved_top = vm.stack_top;
    let state = push_slots(vm, frame_slots(code))?;
    // A class body nested in a function is a closure: bind its cells like arguments.
    let r = if !func.is_null() && !cast::<FunctionObj>(func).closure.is_null() {
        bind_args(vm, func, code, state, &[], Kw::NONE)
    } else {
        make_cells(vm, code, state)
    };
    if let Err(e) = r {
        vm.stack_top = saved_top;
        return Err(e);
    }
    let mut frame = Frame {
        code,
        func,
        globals,
        locals,
        state,
        // SAFETY: the exc slots follow the n_state slots.
        exc: unsafe { state.add(code.n_state) },
        ip: 0,
        sp: -1,
        exc_sp: 0,
    };
    vm.depth += 1;
    let saved_globals = std::mem::replace(&mut vm.cur_globals, globals);
    let r = vm
        .check_stack()
        .and_then(|_| run_frame(vm, &mut frame, None));
    vm.cur_globals = saved_globals;
    vm.depth -= 1;
    vm.stack_top = saved_top;
    match r? {
        RunResult::Return(v) => Ok(v),
        RunResult::Yield(_) => Err(vm.new_exc_msg(vm.exc.syntax_error, "'yield' outside function")),
    }
}
