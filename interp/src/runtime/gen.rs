//! Generators: creation from a generator function, resumption with send/throw, `yield from`
//! delegation, close(). Not the opcode loop they run in (vm/dispatch.rs).

use crate::bytecode::op;
use crate::obj::*;
use crate::runtime::{call, exc, funtable, iter};
use crate::vm::code::code_info;
use crate::vm::dispatch::{run_frame, RunResult};
use crate::vm::frame::{bind, bind_simple, Frame};
use crate::vm::{PyErr, PyResult, Vm};

pub enum Step {
    Yield(Obj),
    Return(Obj),
}

/// Call of a generator function: bind the arguments into a fresh state, run nothing yet. One
/// allocation: the object, its `NativeFrame` when the code is native, then its state slots.
pub fn new_generator(vm: &mut Vm, func: Obj, args: &[Obj], kw: Kw) -> PyResult {
    let code = code_info(cast::<FunctionObj>(func).code);
    let n = code.n_state + 3 * code.n_exc_stack;
    let native = !code.native_entry.get().is_null();
    let frame = if native {
        funtable::GENERATOR_FRAME_SIZE
    } else {
        0
    };
    let ty = vm.types.generator;
    let g = vm.alloc::<GeneratorObj>(ObjKind::Generator, ty, frame + n * size_of::<Obj>())?;
    g.func = func;
    // SAFETY: the allocation holds the object, `frame` bytes, then n slots (zeroed: NULL);
    // every part is 8-aligned (GeneratorObj and NativeFrame sizes are multiples of 8).
    g.state = unsafe {
        (g as *mut GeneratorObj)
            .add(1)
            .cast::<u8>()
            .add(frame)
            .cast::<Obj>()
    };
    g.ip = 0;
    g.sp = -1;
    g.exc_sp = 0;
    g.native = native;
    if native {
        funtable::init_generator_frame(vm, g, code);
    }
    let gobj = Obj::from_ptr(g);
    let state = g.state;
    if bind_simple(func, code, state, args, kw) && code.cells.is_empty() {
        return Ok(gobj);
    }
    // bind_args and the cells allocate: the generator keeps func and the slots alive.
    vm.tmp_roots.push(gobj);
    let r = bind(vm, func, code, state, args, kw);
    vm.tmp_roots.pop();
    r.map(|()| gobj)
}

fn finished(g: &GeneratorObj) -> bool {
    g.ip == usize::MAX
}

/// The generator's state array (n_state slots, then the exception stack).
#[inline(always)]
pub fn state_slots(g: &GeneratorObj) -> *mut Obj {
    g.state
}

/// Resume generator `g` with `send` (or raise `throw` inside it).
#[inline]
pub fn resume(vm: &mut Vm, gobj: Obj, send: Obj, throw: Option<Obj>) -> PyResult<Step> {
    let g = cast::<GeneratorObj>(gobj);
    if throw.is_none() {
        if resumable(g) {
            return resume_started(vm, gobj, send);
        }
        if !g.started && send.is_none() && !g.running && !finished(g) {
            return start(vm, gobj);
        }
    }
    resume_slow(vm, gobj, send, throw)
}

/// The first resume of a generator, with None (what `resume_slow` does in that case).
#[inline(never)]
fn start(vm: &mut Vm, gobj: Obj) -> PyResult<Step> {
    cast_mut::<GeneratorObj>(gobj).started = true;
    run(vm, gobj, None)
}

/// Started, suspended (not running) and not finished: `send` goes to TOS and the frame goes on.
#[inline(always)]
fn resumable(g: &GeneratorObj) -> bool {
    g.started && !g.running && !finished(g)
}

/// The common case (next, send, `yield from`, `for` over a suspended generator): the sent value
/// replaces the yielded one and the frame continues; or, when the generator waits in `yield
/// from` on a sub-generator, what its YIELD_FROM would do, without entering its frame: the
/// sub-generator is resumed directly while this one is marked running. A chain of delegations
/// is walked down in a loop to the innermost resumable generator (each level marked running
/// and counted in `vm.depth`, as its frame would be), which runs. What it yields, every level
/// yields: the levels are walked again and released. When it returns or raises, the level
/// above continues after its YIELD_FROM with the value or the exception
/// (`continue_after_sub`), and so on up while levels return or raise.
#[inline(never)]
fn resume_started(vm: &mut Vm, gobj: Obj, send: Obj) -> PyResult<Step> {
    let mut cur = gobj;
    let mut levels = 0usize;
    // Below the recursion limit only (else the frame runs, and fails, as it would have).
    let room = vm.max_depth.saturating_sub(vm.depth);
    while levels < room {
        let g = cast_mut::<GeneratorObj>(cur);
        let Some(sub) = delegate(g) else {
            break;
        };
        g.running = true;
        levels += 1;
        cur = sub;
    }
    vm.depth += levels;
    let g = cast_mut::<GeneratorObj>(cur);
    // SAFETY: a suspended generator has its yielded value at TOS (0 <= sp < n_state).
    unsafe { *state_slots(g).offset(g.sp) = send };
    let mut r = run(vm, cur, None);
    while levels > 0 {
        if let Ok(Step::Yield(_)) = r {
            release(vm, gobj, levels);
            return r;
        }
        levels -= 1;
        let g = nth_delegate(gobj, levels);
        cast_mut::<GeneratorObj>(g).running = false;
        vm.depth -= 1;
        r = continue_after_sub(vm, g, r);
    }
    r
}

/// The sub-generator a suspended generator waits on in `yield from`, when it can be resumed
/// right now (`resumable`). Resuming the outer generator would only re-execute its YIELD_FROM,
/// which resumes that sub-generator with the sent value.
#[inline(always)]
fn delegate(g: &GeneratorObj) -> Option<Obj> {
    let sub = g.yf;
    (!sub.is_null() && resumable(cast::<GeneratorObj>(sub))).then_some(sub)
}

/// The generator `levels` delegations below `top` in a chain `resume_started` walked down (and
/// marked running, so none of them moved).
#[inline(always)]
fn nth_delegate(top: Obj, levels: usize) -> Obj {
    let mut cur = top;
    for _ in 0..levels {
        // Each level is suspended at YIELD_FROM on its sub-generator `yf`, unchanged while it is
        // marked running.
        cur = cast::<GeneratorObj>(cur).yf;
    }
    cur
}

/// The innermost generator yielded: the `levels` generators from `top` down, which delegated
/// to it, are suspended again (their frames stay at YIELD_FROM).
#[inline(always)]
fn release(vm: &mut Vm, top: Obj, levels: usize) {
    let mut cur = top;
    for _ in 0..levels {
        let g = cast_mut::<GeneratorObj>(cur);
        g.running = false;
        cur = g.yf;
    }
    vm.depth -= levels;
}

/// The sub-generator `g` (which just yielded) waits on when suspended at a YIELD_FROM on a
/// generator, else NULL (`GeneratorObj::yf`).
#[inline(always)]
fn yield_from_sub(g: &GeneratorObj, code: &crate::vm::code::CodeInfo) -> Obj {
    if g.sp < 1 || code.bytecode().get(g.ip) != Some(&op::YIELD_FROM) {
        return Obj::NULL;
    }
    // SAFETY: suspended at YIELD_FROM: [iter, yielded] on the stack, 1 <= sp < n_state.
    let sub = unsafe { *state_slots(g).offset(g.sp - 1) };
    if is_kind(sub, ObjKind::Generator) {
        sub
    } else {
        Obj::NULL
    }
}

/// The outer generator `gobj`, suspended at YIELD_FROM, gets the result of one step of its
/// sub-iterator: a yielded value is yielded again (the frame stays at its YIELD_FROM); a return
/// value replaces [iter, yielded] and the frame continues after YIELD_FROM; an exception is
/// raised there.
#[inline(never)]
fn continue_after_sub(vm: &mut Vm, gobj: Obj, r: PyResult<Step>) -> PyResult<Step> {
    let g = cast_mut::<GeneratorObj>(gobj);
    let state = state_slots(g);
    match r {
        Ok(Step::Yield(v)) => {
            // SAFETY: suspended at YIELD_FROM: [iter, yielded] on the stack, sp >= 1.
            unsafe { *state.offset(g.sp) = v };
            Ok(Step::Yield(v))
        }
        Ok(Step::Return(v)) => {
            g.sp -= 1;
            // SAFETY: as above.
            unsafe { *state.offset(g.sp) = v };
            g.ip += 1;
            run(vm, gobj, None)
        }
        Err(PyErr(e)) => {
            g.ip += 1; // raise at the YIELD_FROM (handler lookup uses ip - 1)
            run(vm, gobj, Some(e))
        }
    }
}

/// `resume` for everything but a plain send into a suspended generator: finished, running,
/// just started, or a throw (which a generator suspended in `yield from` passes down first).
#[inline(never)]
fn resume_slow(vm: &mut Vm, gobj: Obj, send: Obj, throw: Option<Obj>) -> PyResult<Step> {
    let g = cast_mut::<GeneratorObj>(gobj);
    if finished(g) {
        return match throw {
            Some(e) => Err(PyErr(e)),
            None => Ok(Step::Return(Obj::NONE)),
        };
    }
    if g.running {
        return Err(vm.new_exc_msg(vm.exc.value_error, "generator already executing"));
    }
    let code = code_info(cast::<FunctionObj>(g.func).code);
    let state = state_slots(g);
    if !g.started && throw.is_none() && !send.is_none() {
        return Err(vm.new_exc_msg(
            vm.exc.type_error,
            "can't send non-None value to a just-started generator",
        ));
    }
    let mut throw = throw;
    let bc = code.bytecode();
    // A throw into a generator suspended in `yield from` goes to the sub-iterator first.
    if g.started && throw.is_some() && g.sp >= 1 && bc.get(g.ip) == Some(&op::YIELD_FROM) {
        // SAFETY: a suspended YIELD_FROM has [iter, yielded] on the stack, sp >= 1.
        let sub = unsafe { *state.offset(g.sp - 1) };
        let e = throw.take().unwrap_or(Obj::NULL);
        g.running = true;
        let r = throw_into(vm, sub, e);
        cast_mut::<GeneratorObj>(gobj).running = false;
        return continue_after_sub(vm, gobj, r);
    }
    if g.started && throw.is_none() {
        // SAFETY: a suspended generator has its yielded value at TOS (sp >= 0).
        unsafe { *state.offset(g.sp) = send };
    }
    g.started = true;
    run(vm, gobj, throw)
}

/// Run the generator's frame from its saved ip (with `throw` raised there) until it yields,
/// returns or raises, in whichever tier its code has.
#[inline(always)]
fn run(vm: &mut Vm, gobj: Obj, throw: Option<Obj>) -> PyResult<Step> {
    let g = cast_mut::<GeneratorObj>(gobj);
    let f_obj = cast::<FunctionObj>(g.func);
    let code = code_info(f_obj.code);
    g.running = true;
    vm.depth += 1;
    let saved_globals = std::mem::replace(&mut vm.cur_globals, f_obj.globals);
    let r = match vm.check_depth() {
        Err(e) => Err(e),
        Ok(()) if g.native => funtable::run_native_generator(gobj, code, throw),
        Ok(()) => run_bytecode(vm, gobj, code, throw),
    };
    vm.cur_globals = saved_globals;
    vm.depth -= 1;
    let g = cast_mut::<GeneratorObj>(gobj);
    g.running = false;
    match r {
        Ok(Step::Yield(v)) => {
            g.yf = yield_from_sub(g, code);
            Ok(Step::Yield(v))
        }
        Ok(Step::Return(v)) => {
            g.ip = usize::MAX;
            Ok(Step::Return(v))
        }
        Err(e) => {
            g.ip = usize::MAX;
            if exc::exc_matches(vm, e.0, vm.exc.stop_iteration) {
                let err = vm.new_exc_msg(vm.exc.runtime_error, "generator raised StopIteration");
                return Err(err);
            }
            Err(e)
        }
    }
}

/// The interpreter's half of `run`: a `Frame` over the generator's heap state.
fn run_bytecode(
    vm: &mut Vm,
    gobj: Obj,
    code: &'static crate::vm::code::CodeInfo,
    throw: Option<Obj>,
) -> PyResult<Step> {
    let g = cast::<GeneratorObj>(gobj);
    let state = state_slots(g);
    let mut frame = Frame {
        code,
        func: g.func,
        globals: cast::<FunctionObj>(g.func).globals,
        locals: Obj::NULL,
        state,
        // SAFETY: the exception slots follow the n_state slots in the state array.
        exc: unsafe { state.add(code.n_state) },
        ip: g.ip,
        sp: g.sp,
        exc_sp: g.exc_sp as usize,
    };
    let r = run_frame(vm, &mut frame, throw);
    let g = cast_mut::<GeneratorObj>(gobj);
    g.ip = frame.ip;
    g.sp = frame.sp;
    // Lossless: exc_sp <= n_exc_stack, which fits in u32 (a code's stack depth).
    g.exc_sp = frame.exc_sp as u32;
    match r? {
        RunResult::Yield(v) => Ok(Step::Yield(v)),
        RunResult::Return(v) => Ok(Step::Return(v)),
    }
}

/// Throw `e` into an iterator (generator or object with a throw method).
fn throw_into(vm: &mut Vm, it: Obj, e: Obj) -> PyResult<Step> {
    if is_kind(it, ObjKind::Generator) {
        return resume(vm, it, Obj::NONE, Some(e));
    }
    let name = vm.names.throw;
    match crate::runtime::attr::try_load_attr(vm, it, name)? {
        Some(m) => match call::call(vm, m, &[e], Kw::NONE) {
            Ok(v) => Ok(Step::Yield(v)),
            Err(err) => stop_iteration_to_return(vm, err),
        },
        None => Err(PyErr(e)),
    }
}

fn stop_iteration_to_return(vm: &mut Vm, err: PyErr) -> PyResult<Step> {
    if exc::exc_matches(vm, err.0, vm.exc.stop_iteration) {
        let args = exc::exc_args(err.0);
        Ok(Step::Return(args.first().copied().unwrap_or(Obj::NONE)))
    } else {
        Err(err)
    }
}

/// One step of `yield from it` with `send`.
pub fn yield_from_step(vm: &mut Vm, it: Obj, send: Obj) -> PyResult<Step> {
    if is_kind(it, ObjKind::Generator) {
        return resume(vm, it, send, None);
    }
    if send.is_none() {
        let ty = crate::runtime::types::type_of(vm, it);
        if !is_kind(it, ObjKind::Iter) {
            if let Some(m) = crate::runtime::types::type_lookup(vm, ty, vm.names.__next__) {
                return match call::call_with_self(vm, m, it, &[], Kw::NONE) {
                    Ok(v) => Ok(Step::Yield(v)),
                    Err(e) => stop_iteration_to_return(vm, e),
                };
            }
        }
        return Ok(match iter::iter_next(vm, it)? {
            Some(v) => Step::Yield(v),
            None => Step::Return(Obj::NONE),
        });
    }
    match call::call_method(vm, it, "send", &[send]) {
        Ok(v) => Ok(Step::Yield(v)),
        Err(e) => stop_iteration_to_return(vm, e),
    }
}

/// A StopIteration carrying a generator's return value.
pub fn stop_iteration(vm: &mut Vm, value: Obj) -> PyErr {
    let cls = vm.exc.stop_iteration;
    let r = if value.is_none() {
        exc::new_exception(vm, cls, &[])
    } else {
        exc::new_exception(vm, cls, &[value])
    };
    match r {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// generator.send(v)
pub fn gen_send(vm: &mut Vm, g: Obj, v: Obj) -> PyResult {
    match resume(vm, g, v, None)? {
        Step::Yield(x) => Ok(x),
        Step::Return(r) => Err(stop_iteration(vm, r)),
    }
}

/// generator.throw(e)
pub fn gen_throw(vm: &mut Vm, g: Obj, e: Obj) -> PyResult {
    let e = exc::make_raisable(vm, e)?;
    match resume(vm, g, Obj::NONE, Some(e))? {
        Step::Yield(x) => Ok(x),
        Step::Return(r) => Err(stop_iteration(vm, r)),
    }
}

/// generator.close()
pub fn gen_close(vm: &mut Vm, g: Obj) -> PyResult {
    let go = cast::<GeneratorObj>(g);
    if finished(go) || !go.started {
        cast_mut::<GeneratorObj>(g).ip = usize::MAX;
        return Ok(Obj::NONE);
    }
    let e = exc::new_exception(vm, vm.exc.generator_exit, &[])?;
    match resume(vm, g, Obj::NONE, Some(e)) {
        Ok(Step::Yield(_)) => {
            Err(vm.new_exc_msg(vm.exc.runtime_error, "generator ignored GeneratorExit"))
        }
        Ok(Step::Return(_)) => Ok(Obj::NONE),
        Err(err) => {
            if exc::exc_matches(vm, err.0, vm.exc.generator_exit)
                || exc::exc_matches(vm, err.0, vm.exc.stop_iteration)
            {
                Ok(Obj::NONE)
            } else {
                Err(err)
            }
        }
    }
}
