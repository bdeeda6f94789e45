//! The bytecode interpreter loop: one `match` on the opcode byte, operands decoded inline, values
//! on the frame's contiguous state array. Not argument binding (frame.rs) nor the semantics of
//! the operations it calls (runtime/).

use super::frame::Frame;
use super::icache;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{op, BinaryOp, UnaryOp};
use crate::bytecode::{BINARY_OP_MULTI, LOAD_FAST_MULTI, STORE_FAST_MULTI, UNARY_OP_MULTI};
use crate::obj::*;
use crate::runtime as rt;

pub enum RunResult {
    Return(Obj),
    Yield(Obj),
}

const EXC_FINALLY: i64 = 1;

/// Markers in the first slot of a GET_ITER_STACK area for iteration without an iterator object
/// (small ints: never an iterator, and safe for the GC).
#[inline(always)]
fn stack_iter_seq() -> Obj {
    Obj::small_int(-1)
}
#[inline(always)]
fn stack_iter_range() -> Obj {
    Obj::small_int(-2)
}

/// The bytecode byte at `i`, unchecked.
///
/// SAFETY (for every caller in this file): the interpreter runs only code that is well formed:
/// compiled by our own compiler, or loaded from a .mpy file and accepted by the verifier
/// (mpy/verify.rs), which decodes every reachable instruction in full, checks that every jump
/// and handler target is an instruction boundary and that no path runs off the end. So every
/// opcode and operand byte the loop reads lies inside the bytecode.
#[inline(always)]
fn byte(bc: &[u8], i: usize) -> u8 {
    debug_assert!(i < bc.len());
    // SAFETY: see above: `i` is inside well-formed bytecode.
    unsafe { *bc.get_unchecked(i) }
}

#[inline(always)]
fn read_uint(bc: &[u8], ip: &mut usize) -> usize {
    let mut acc = 0usize;
    loop {
        let b = byte(bc, *ip);
        *ip += 1;
        acc = (acc << 7) | (b & 0x7f) as usize;
        if b & 0x80 == 0 {
            return acc;
        }
    }
}

#[inline(always)]
fn read_sint(bc: &[u8], ip: &mut usize) -> i64 {
    let mut acc: i64 = if byte(bc, *ip) & 0x40 != 0 { -1 } else { 0 };
    loop {
        let b = byte(bc, *ip);
        *ip += 1;
        acc = (acc << 7) | (b & 0x7f) as i64;
        if b & 0x80 == 0 {
            return acc;
        }
    }
}

/// Read a jump offset; returns the absolute target.
#[inline(always)]
fn read_jump(bc: &[u8], ip: &mut usize, signed: bool) -> usize {
    let b0 = byte(bc, *ip);
    let v = if b0 & 0x80 == 0 {
        *ip += 1;
        if signed {
            b0 as isize - 0x40
        } else {
            b0 as isize
        }
    } else {
        let b1 = byte(bc, *ip + 1);
        *ip += 2;
        let v = (b0 & 0x7f) as isize | (b1 as isize) << 7;
        if signed {
            v - 0x4000
        } else {
            v
        }
    };
    (*ip as isize + v) as usize
}

/// Run (or resume) a frame until it returns, yields, or raises.
/// `throw`: an exception to raise at the current ip (generator.throw) — or, for a resumed
/// generator, None with the sent value already on TOS.
pub fn run_frame(vm: &mut Vm, f: &mut Frame, throw: Option<Obj>) -> PyResult<RunResult> {
    let code = f.code;
    let bc: &[u8] = code.bytecode();
    let qstrs: &[Obj] = &code.ctx.qstrs;
    let st = f.state;
    // Local i lives at state[n_state - 1 - i] (bytecode.md): keep the address of local 0.
    let locals_top = st.wrapping_add(code.n_state).wrapping_sub(1);
    let ex = f.exc;
    let mut ip = f.ip;
    let mut sp = f.sp;
    let mut exc_sp = f.exc_sp;
    // Offset of the opcode being executed (for exception handling and tracebacks).
    let mut op_ip;
    let mut pending: Option<Obj> = throw;

    // SAFETY (applies to every use of these macros): `sp` indexes the frame's state array of
    // n_state slots; the compiler sizes n_state for the maximum stack depth (bytecode.md §12), and
    // loaded .mpy code is verified before it runs, so every access stays in bounds.
    macro_rules! slot {
        ($i:expr) => {
            *st.offset($i)
        };
    }
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            sp += 1;
            unsafe { *st.offset(sp) = v };
        }};
    }
    macro_rules! pop {
        () => {{
            let v = unsafe { *st.offset(sp) };
            sp -= 1;
            v
        }};
    }
    macro_rules! top {
        () => {
            unsafe { *st.offset(sp) }
        };
    }
    macro_rules! set_top {
        ($v:expr) => {{
            let v = $v;
            unsafe { *st.offset(sp) = v };
        }};
    }
    macro_rules! local {
        ($i:expr) => {
            unsafe { &mut *locals_top.sub($i) }
        };
    }
    macro_rules! exc_entry {
        ($i:expr) => {
            unsafe { std::slice::from_raw_parts_mut(ex.add(3 * $i), 3) }
        };
    }
    // Calls a helper that moves the stack pointers. The helper gets copies: were `&mut sp` taken
    // directly, `sp` would escape and live in memory for the whole loop (a load and a store on
    // every push and pop) instead of in a register.
    macro_rules! stack_call {
        ($f:ident($($a:expr),*)) => {{
            let (mut sp_t, mut exc_sp_t) = (sp, exc_sp);
            let r = $f($($a,)* &mut sp_t, &mut exc_sp_t);
            sp = sp_t;
            exc_sp = exc_sp_t;
            r
        }};
    }
    macro_rules! qstr {
        ($i:expr) => {
            qstrs[$i]
        };
    }

    'outer: loop {
        // Raise a pending exception (from `throw` or from an operation below).
        if let Some(exc) = pending.take() {
            op_ip = ip.saturating_sub(1).min(bc.len().saturating_sub(1));
            match stack_call!(handle_exception(vm, f, exc, op_ip)) {
                Some(handler) => {
                    ip = handler;
                }
                None => {
                    f.ip = usize::MAX;
                    return Err(PyErr(exc));
                }
            }
        }
        loop {
            op_ip = ip;
            let opcode = byte(bc, ip);
            ip += 1;
            // The result of an operation that may fail: on error, raise it.
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(PyErr(e)) => {
                            pending = Some(e);
                            ip = op_ip + 1;
                            continue 'outer;
                        }
                    }
                };
            }
            // Truth value, with the bools (what comparisons push) decided inline.
            macro_rules! truthy {
                ($v:expr) => {{
                    let v = $v;
                    if v == Obj::TRUE {
                        true
                    } else if v == Obj::FALSE {
                        false
                    } else {
                        tri!(rt::ops::is_true(vm, v))
                    }
                }};
            }
            macro_rules! bad_opcode {
                () => {{
                    let msg = format!("opcode 0x{opcode:02x} not implemented");
                    tri!(Err(vm.new_exc_msg(vm.exc.not_implemented_error, &msg)))
                }};
            }
            // The "multi" opcodes (0x70 and up: an operand folded into the opcode) are the most
            // frequent; they get their own dense match on the high nibble. In one match with the
            // other opcodes, LLVM splits the jump table and reaches them through a chain of
            // range compares.
            if opcode >= 0x70 {
                match opcode >> 4 {
                    0x7..=0xa => push!(Obj::small_int(opcode as i64 - 0x80)),
                    0xb => {
                        let i = (opcode - LOAD_FAST_MULTI) as usize;
                        let v = *local!(i);
                        if v.is_null() {
                            tri!(Err(unbound_local(vm, code, i)));
                        }
                        push!(v);
                    }
                    0xc => {
                        let i = (opcode - STORE_FAST_MULTI) as usize;
                        *local!(i) = pop!();
                    }
                    _ if opcode <= 0xd3 => {
                        let uop = UnaryOp::from_u8(opcode - UNARY_OP_MULTI).unwrap_or(UnaryOp::Not);
                        let o = top!();
                        set_top!(tri!(rt::ops::unary_op(vm, uop, o)));
                    }
                    _ if (0xd7..=0xf9).contains(&opcode) => {
                        let bop =
                            BinaryOp::from_u8(opcode - BINARY_OP_MULTI).unwrap_or(BinaryOp::Add);
                        let rhs = pop!();
                        let lhs = top!();
                        // Fast paths for small ints and floats.
                        if lhs.is_small_int() && rhs.is_small_int() {
                            if let Some(r) = small_int_fast(bop, lhs, rhs) {
                                set_top!(r);
                                continue;
                            }
                        }
                        if lhs.is_float() || rhs.is_float() {
                            if let Some(r) = float_fast(bop, lhs, rhs) {
                                set_top!(r);
                                continue;
                            }
                        }
                        set_top!(tri!(rt::ops::binary_op(vm, bop, lhs, rhs)));
                    }
                    _ => bad_opcode!(),
                }
                continue;
            }
            match opcode {
                op::LOAD_CONST_FALSE => push!(Obj::FALSE),
                op::LOAD_CONST_NONE => push!(Obj::NONE),
                op::LOAD_CONST_TRUE => push!(Obj::TRUE),
                op::LOAD_NULL => push!(Obj::NULL),
                op::LOAD_CONST_SMALL_INT => {
                    let v = read_sint(bc, &mut ip);
                    push!(tri!(rt::int::int_from_i64(vm, v)));
                }
                op::LOAD_CONST_STRING => {
                    let q = read_uint(bc, &mut ip);
                    push!(qstr!(q));
                }
                op::LOAD_CONST_OBJ => {
                    let i = read_uint(bc, &mut ip);
                    push!(code.ctx.consts[i]);
                }
                op::LOAD_FAST_N => {
                    let i = read_uint(bc, &mut ip);
                    let v = *local!(i);
                    if v.is_null() {
                        tri!(Err(unbound_local(vm, code, i)));
                    }
                    push!(v);
                }
                op::STORE_FAST_N => {
                    let i = read_uint(bc, &mut ip);
                    *local!(i) = pop!();
                }
                op::DELETE_FAST => {
                    let i = read_uint(bc, &mut ip);
                    if local!(i).is_null() {
                        tri!(Err(unbound_local(vm, code, i)));
                    }
                    *local!(i) = Obj::NULL;
                }
                op::LOAD_DEREF => {
                    let i = read_uint(bc, &mut ip);
                    let c = tri!(cell_at(vm, *local!(i)));
                    let v = cast::<CellObj>(c).value;
                    if v.is_null() {
                        tri!(Err(unbound_free(vm, code, i)));
                    }
                    push!(v);
                }
                op::STORE_DEREF => {
                    let i = read_uint(bc, &mut ip);
                    let c = tri!(cell_at(vm, *local!(i)));
                    cast_mut::<CellObj>(c).value = pop!();
                }
                op::DELETE_DEREF => {
                    let i = read_uint(bc, &mut ip);
                    let c = cast_mut::<CellObj>(tri!(cell_at(vm, *local!(i))));
                    if c.value.is_null() {
                        tri!(Err(unbound_free(vm, code, i)));
                    }
                    c.value = Obj::NULL;
                }
                op::LOAD_NAME => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    push!(tri!(rt::names::load_name(vm, f.locals, f.globals, name)));
                }
                op::LOAD_GLOBAL => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    if let Some(v) = icache::load_global(vm, &code.caches, op_ip, f.globals, name) {
                        push!(v);
                        continue;
                    }
                    let v = tri!(rt::names::load_global(vm, f.globals, name));
                    icache::fill_global(vm, &code.caches, op_ip, f.globals, name);
                    push!(v);
                }
                op::STORE_NAME => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    let v = pop!();
                    let ns = rt::names::name_space(f.locals, f.globals);
                    tri!(rt::names::store_name(vm, ns, name, v));
                }
                op::STORE_GLOBAL => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    let v = pop!();
                    tri!(rt::dict::dict_store(vm, f.globals, name, v));
                }
                op::DELETE_NAME => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    let ns = rt::names::name_space(f.locals, f.globals);
                    tri!(rt::names::delete_name(vm, ns, name));
                }
                op::DELETE_GLOBAL => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    tri!(rt::names::delete_name(vm, f.globals, name));
                }
                op::LOAD_ATTR => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    let o = top!();
                    if let Some(v) = icache::load_attr(vm, &code.caches, op_ip, o) {
                        set_top!(v);
                        continue;
                    }
                    let v = tri!(rt::attr::load_attr(vm, o, name));
                    icache::fill(vm, &code.caches, op_ip, o, name, false);
                    set_top!(v);
                }
                op::LOAD_METHOD => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    let o = top!();
                    if let Some((m, s)) = icache::load_method(vm, &code.caches, op_ip, o) {
                        set_top!(m);
                        push!(s);
                        continue;
                    }
                    let (m, s) = tri!(rt::attr::load_method(vm, o, name));
                    icache::fill(vm, &code.caches, op_ip, o, name, true);
                    set_top!(m);
                    push!(s);
                }
                op::LOAD_SUPER_METHOD => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    // [super, cls, self] -> [meth, self]
                    let self_ = pop!();
                    let cls = top!();
                    let (m, s) = tri!(rt::attr::load_super_method(vm, cls, self_, name));
                    sp -= 1;
                    set_top!(m);
                    push!(s);
                }
                op::STORE_ATTR => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    let o = pop!();
                    let v = pop!();
                    if v.is_null() {
                        tri!(rt::attr::delete_attr(vm, o, name));
                    } else if !icache::store_attr(vm, &code.caches, op_ip, o, v) {
                        tri!(rt::attr::store_attr(vm, o, name, v));
                        icache::fill(vm, &code.caches, op_ip, o, name, false);
                    }
                }
                op::IMPORT_NAME => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    let fromlist = pop!();
                    let level = top!();
                    set_top!(tri!(rt::import::import_name(
                        vm, f.globals, name, fromlist, level
                    )));
                }
                op::IMPORT_FROM => {
                    let name = qstr!(read_uint(bc, &mut ip));
                    let m = top!();
                    push!(tri!(rt::import::import_from(vm, m, name)));
                }
                op::IMPORT_STAR => {
                    let m = pop!();
                    let ns = rt::names::name_space(f.locals, f.globals);
                    tri!(rt::import::import_star(vm, m, ns));
                }
                op::LOAD_SUBSCR => {
                    let idx = pop!();
                    let o = top!();
                    if let Some(v) = rt::subscr::load_index_fast(o, idx) {
                        set_top!(v);
                        continue;
                    }
                    set_top!(tri!(rt::subscr::load_subscr(vm, o, idx)));
                }
                op::STORE_SUBSCR => {
                    let idx = pop!();
                    let o = pop!();
                    let v = pop!();
                    if v.is_null() {
                        tri!(rt::subscr::delete_subscr(vm, o, idx));
                    } else if !rt::subscr::store_index_fast(o, idx, v) {
                        tri!(rt::subscr::store_subscr(vm, o, idx, v));
                    }
                }
                op::DUP_TOP => {
                    let v = top!();
                    push!(v);
                }
                op::DUP_TOP_TWO => {
                    let a = unsafe { slot!(sp - 1) };
                    let b = top!();
                    push!(a);
                    push!(b);
                }
                op::POP_TOP => sp -= 1,
                op::ROT_TWO => unsafe {
                    let a = slot!(sp);
                    slot!(sp) = slot!(sp - 1);
                    slot!(sp - 1) = a;
                },
                op::ROT_THREE => unsafe {
                    // [a, b, c] -> [c, a, b]
                    let c = slot!(sp);
                    slot!(sp) = slot!(sp - 1);
                    slot!(sp - 1) = slot!(sp - 2);
                    slot!(sp - 2) = c;
                },
                op::BUILD_TUPLE => {
                    let n = read_uint(bc, &mut ip);
                    sp -= n as isize;
                    let items = unsafe { std::slice::from_raw_parts(st.offset(sp + 1), n) };
                    let t = tri!(rt::tuple::tuple_from_slice(vm, items));
                    push!(t);
                }
                op::BUILD_LIST => {
                    let n = read_uint(bc, &mut ip);
                    sp -= n as isize;
                    let items = unsafe { std::slice::from_raw_parts(st.offset(sp + 1), n) };
                    let l = tri!(rt::list::list_from_slice(vm, items));
                    push!(l);
                }
                op::BUILD_MAP => {
                    let n = read_uint(bc, &mut ip);
                    let d = tri!(rt::dict::new_dict_with_capacity(vm, n));
                    push!(d);
                }
                op::STORE_MAP => {
                    let k = pop!();
                    let v = pop!();
                    let d = top!();
                    tri!(rt::seq::store_map(vm, d, k, v));
                }
                op::BUILD_SET => {
                    let n = read_uint(bc, &mut ip);
                    sp -= n as isize;
                    let items = unsafe { std::slice::from_raw_parts(st.offset(sp + 1), n) };
                    let s = tri!(rt::set::set_from_literal(vm, items));
                    push!(s);
                }
                op::BUILD_SLICE => {
                    let n = read_uint(bc, &mut ip);
                    let step = if n == 3 { pop!() } else { Obj::NONE };
                    let stop = pop!();
                    let start = top!();
                    set_top!(tri!(rt::slice::new_slice(vm, start, stop, step)));
                }
                op::STORE_COMP => {
                    let n = read_uint(bc, &mut ip);
                    let coll = unsafe { slot!(sp - (n >> 2) as isize) };
                    let a = pop!();
                    let b = if n & 3 == 1 { pop!() } else { Obj::NULL };
                    tri!(rt::seq::store_comp(vm, n & 3, coll, a, b));
                }
                op::UNPACK_SEQUENCE => {
                    let n = read_uint(bc, &mut ip);
                    let seq = pop!();
                    let dest = unsafe { std::slice::from_raw_parts_mut(st.offset(sp + 1), n) };
                    tri!(rt::seq::unpack_sequence(vm, seq, dest));
                    sp += n as isize;
                }
                op::UNPACK_EX => {
                    let n = read_uint(bc, &mut ip);
                    let (left, right) = (n & 0xff, (n >> 8) & 0xff);
                    let seq = pop!();
                    let total = left + right + 1;
                    let dest = unsafe { std::slice::from_raw_parts_mut(st.offset(sp + 1), total) };
                    tri!(rt::seq::unpack_ex(vm, seq, left, right, dest));
                    sp += total as isize;
                }
                op::MAKE_FUNCTION => {
                    let c = code.children[read_uint(bc, &mut ip)];
                    push!(tri!(rt::func::make_function(
                        vm,
                        c,
                        f.globals,
                        Obj::NULL,
                        Obj::NULL,
                        &[]
                    )));
                }
                op::MAKE_FUNCTION_DEFARGS => {
                    let c = code.children[read_uint(bc, &mut ip)];
                    let kwd = pop!();
                    let pos = top!();
                    set_top!(tri!(rt::func::make_function(
                        vm,
                        c,
                        f.globals,
                        pos,
                        kwd,
                        &[]
                    )));
                }
                op::MAKE_CLOSURE => {
                    let c = code.children[read_uint(bc, &mut ip)];
                    let n = byte(bc, ip) as usize;
                    ip += 1;
                    sp -= n as isize;
                    let cells = unsafe { std::slice::from_raw_parts(st.offset(sp + 1), n) };
                    let fun = tri!(rt::func::make_function(
                        vm,
                        c,
                        f.globals,
                        Obj::NULL,
                        Obj::NULL,
                        cells
                    ));
                    push!(fun);
                }
                op::MAKE_CLOSURE_DEFARGS => {
                    let c = code.children[read_uint(bc, &mut ip)];
                    let n = byte(bc, ip) as usize;
                    ip += 1;
                    sp -= n as isize;
                    let cells = unsafe { std::slice::from_raw_parts(st.offset(sp + 1), n) };
                    let kwd = unsafe { slot!(sp) };
                    let pos = unsafe { slot!(sp - 1) };
                    let fun = tri!(rt::func::make_function(vm, c, f.globals, pos, kwd, cells));
                    sp -= 1;
                    set_top!(fun);
                }
                op::CALL_FUNCTION => {
                    let n = read_uint(bc, &mut ip);
                    let (npos, nkw) = (n & 0xff, (n >> 8) & 0xff);
                    sp -= (npos + 2 * nkw) as isize;
                    let fun = top!();
                    let args = unsafe { std::slice::from_raw_parts(st.offset(sp + 1), npos) };
                    let kw = unsafe {
                        std::slice::from_raw_parts(st.offset(sp + 1 + npos as isize), 2 * nkw)
                    };
                    f.ip = ip;
                    let r = tri!(rt::call::call(vm, fun, args, Kw(kw)));
                    set_top!(r);
                }
                op::CALL_METHOD => {
                    let n = read_uint(bc, &mut ip);
                    let (npos, nkw) = (n & 0xff, (n >> 8) & 0xff);
                    sp -= (npos + 2 * nkw) as isize + 1;
                    let fun = top!();
                    let self_ = unsafe { slot!(sp + 1) };
                    let r = if self_.is_null() {
                        let args = unsafe { std::slice::from_raw_parts(st.offset(sp + 2), npos) };
                        let kw = unsafe {
                            std::slice::from_raw_parts(st.offset(sp + 2 + npos as isize), 2 * nkw)
                        };
                        tri!(rt::call::call(vm, fun, args, Kw(kw)))
                    } else {
                        let args =
                            unsafe { std::slice::from_raw_parts(st.offset(sp + 1), npos + 1) };
                        let kw = unsafe {
                            std::slice::from_raw_parts(st.offset(sp + 2 + npos as isize), 2 * nkw)
                        };
                        tri!(rt::call::call(vm, fun, args, Kw(kw)))
                    };
                    set_top!(r);
                }
                op::CALL_FUNCTION_VAR_KW | op::CALL_METHOD_VAR_KW => {
                    let n = read_uint(bc, &mut ip);
                    let (npos, nkw) = (n & 0xff, (n >> 8) & 0xff);
                    let is_method = opcode == op::CALL_METHOD_VAR_KW;
                    let bitmap = pop!();
                    sp -= (npos + 2 * nkw) as isize;
                    let args = unsafe { std::slice::from_raw_parts(st.offset(sp + 1), npos) };
                    let kw = unsafe {
                        std::slice::from_raw_parts(st.offset(sp + 1 + npos as isize), 2 * nkw)
                    };
                    let (fun, self_) = if is_method {
                        sp -= 1;
                        (top!(), unsafe { slot!(sp + 1) })
                    } else {
                        (top!(), Obj::NULL)
                    };
                    let r = tri!(rt::call::call_var_kw(vm, fun, self_, args, kw, bitmap));
                    set_top!(r);
                }
                op::JUMP => {
                    ip = read_jump(bc, &mut ip, true);
                }
                op::POP_JUMP_IF_TRUE => {
                    let t = read_jump(bc, &mut ip, true);
                    let v = pop!();
                    if truthy!(v) {
                        ip = t;
                    }
                }
                op::POP_JUMP_IF_FALSE => {
                    let t = read_jump(bc, &mut ip, true);
                    let v = pop!();
                    if !truthy!(v) {
                        ip = t;
                    }
                }
                op::JUMP_IF_TRUE_OR_POP => {
                    let t = read_jump(bc, &mut ip, false);
                    if truthy!(top!()) {
                        ip = t;
                    } else {
                        sp -= 1;
                    }
                }
                op::JUMP_IF_FALSE_OR_POP => {
                    let t = read_jump(bc, &mut ip, false);
                    if !truthy!(top!()) {
                        ip = t;
                    } else {
                        sp -= 1;
                    }
                }
                op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                    let t = read_jump(bc, &mut ip, false);
                    let e = exc_entry!(exc_sp);
                    let fin = if opcode == op::SETUP_FINALLY {
                        EXC_FINALLY
                    } else {
                        0
                    };
                    e[0] = Obj::small_int(((t as i64) << 1) | fin);
                    e[1] = Obj::small_int(sp as i64);
                    e[2] = Obj::NULL;
                    exc_sp += 1;
                }
                op::SETUP_WITH => {
                    let t = read_jump(bc, &mut ip, false);
                    // stack: (..., ctx_mgr) -> (..., __exit__, ctx_mgr, enter_result)
                    let mgr = top!();
                    let (exit_m, exit_s) = tri!(rt::attr::load_method(vm, mgr, vm.names.__exit__));
                    set_top!(exit_m);
                    push!(exit_s);
                    let (enter_m, enter_s) =
                        tri!(rt::attr::load_method(vm, mgr, vm.names.__enter__));
                    let r = tri!(rt::call::call_method_obj(vm, enter_m, enter_s, &[]));
                    let e = exc_entry!(exc_sp);
                    e[0] = Obj::small_int(((t as i64) << 1) | EXC_FINALLY);
                    e[1] = Obj::small_int(sp as i64);
                    e[2] = Obj::NULL;
                    exc_sp += 1;
                    push!(r);
                }
                op::WITH_CLEANUP => {
                    let t = top!();
                    if t.is_none() {
                        // (..., __exit__, ctx_mgr, None)
                        let exit_m = unsafe { slot!(sp - 2) };
                        let exit_s = unsafe { slot!(sp - 1) };
                        tri!(rt::call::call_method_obj(
                            vm,
                            exit_m,
                            exit_s,
                            &[Obj::NONE, Obj::NONE, Obj::NONE]
                        ));
                        sp -= 2;
                        set_top!(Obj::NONE);
                    } else if t.is_small_int() {
                        // (..., __exit__, ctx_mgr, data, cause)
                        if sp < 3 {
                            tri!(Err(malformed(vm)));
                        }
                        let data = unsafe { slot!(sp - 1) };
                        let exit_m = unsafe { slot!(sp - 3) };
                        let exit_s = unsafe { slot!(sp - 2) };
                        tri!(rt::call::call_method_obj(
                            vm,
                            exit_m,
                            exit_s,
                            &[Obj::NONE, Obj::NONE, Obj::NONE]
                        ));
                        unsafe {
                            slot!(sp - 3) = data;
                            slot!(sp - 2) = t;
                        }
                        sp -= 2;
                    } else {
                        // (..., __exit__, ctx_mgr, exc)
                        let exit_m = unsafe { slot!(sp - 2) };
                        let exit_s = unsafe { slot!(sp - 1) };
                        let ty = rt::types::type_of(vm, t);
                        let r = tri!(rt::call::call_method_obj(
                            vm,
                            exit_m,
                            exit_s,
                            &[ty, t, Obj::NONE]
                        ));
                        let swallow = tri!(rt::ops::is_true(vm, r));
                        sp -= 2;
                        set_top!(if swallow { Obj::NONE } else { t });
                    }
                }
                op::END_FINALLY => {
                    exc_sp -= 1;
                    let t = top!();
                    if t.is_none() {
                        sp -= 1;
                        if !code.transfer_ok(ip, sp, exc_sp) {
                            tri!(Err(malformed(vm)));
                        }
                    } else if t.is_small_int() {
                        sp -= 1;
                        let cause = t.small_int_value();
                        if cause < 0 {
                            // Continue an unwinding return.
                            match tri!(
                                stack_call!(unwind_return(f, op_ip, st)).map_err(|_| malformed(vm))
                            ) {
                                Some(h) => ip = h,
                                None => {
                                    let v = top!();
                                    f.ip = usize::MAX;
                                    f.sp = sp;
                                    return Ok(RunResult::Return(v));
                                }
                            }
                        } else {
                            let u = cause as usize;
                            ip = tri!(stack_call!(unwind_jump(code, st, ex, op_ip, u))
                                .map_err(|_| malformed(vm)));
                        }
                    } else {
                        // Re-raise (no new traceback entry). Only malformed bytecode leaves
                        // anything but an exception here.
                        if !rt::exc::is_exception_instance(t) {
                            tri!(Err(malformed(vm)));
                        }
                        f.ip = ip;
                        f.sp = sp;
                        f.exc_sp = exc_sp;
                        pending = Some(t);
                        ip = op_ip + 1;
                        continue 'outer;
                    }
                }
                op::UNWIND_JUMP => {
                    let dest = read_jump(bc, &mut ip, true);
                    let u = byte(bc, ip) as usize;
                    push!(Obj::small_int(dest as i64));
                    ip =
                        tri!(stack_call!(unwind_jump(code, st, ex, op_ip, u))
                            .map_err(|_| malformed(vm)));
                }
                op::POP_EXCEPT_JUMP => {
                    let t = read_jump(bc, &mut ip, false);
                    exc_sp -= 1;
                    ip = t;
                }
                op::GET_ITER => {
                    let o = top!();
                    set_top!(tri!(rt::iter::get_iter(vm, o)));
                }
                op::GET_ITER_STACK => {
                    // Replace TOS by a 4-slot iterator area. Lists, tuples and small-int ranges
                    // iterate in the slots themselves, with no iterator object:
                    // [STACK_ITER_SEQ, seq, index, NULL] or [STACK_ITER_RANGE, stop, next, step].
                    // Anything else: [NULL, iterator, NULL, NULL].
                    let o = top!();
                    if o.is_ptr() {
                        match header(o).kind {
                            ObjKind::List | ObjKind::Tuple => {
                                set_top!(stack_iter_seq());
                                push!(o);
                                push!(Obj::small_int(0));
                                push!(Obj::NULL);
                                continue;
                            }
                            ObjKind::Range => {
                                let r = cast::<RangeObj>(o);
                                if let (Some(start), Some(stop), Some(step)) = (
                                    Obj::try_small_int(r.start),
                                    Obj::try_small_int(r.stop),
                                    Obj::try_small_int(r.step),
                                ) {
                                    set_top!(stack_iter_range());
                                    push!(stop);
                                    push!(start);
                                    push!(step);
                                    continue;
                                }
                            }
                            _ => {}
                        }
                    }
                    let it = tri!(rt::iter::get_iter(vm, o));
                    set_top!(Obj::NULL);
                    push!(it);
                    push!(Obj::NULL);
                    push!(Obj::NULL);
                }
                op::FOR_ITER => {
                    let t = read_jump(bc, &mut ip, false);
                    let mark = unsafe { slot!(sp - 3) };
                    if mark == stack_iter_seq() {
                        let seq = unsafe { slot!(sp - 2) };
                        let pos = unsafe { slot!(sp - 1) }.small_int_value() as usize;
                        let items: Option<&[Obj]> = if is_kind(seq, ObjKind::List) {
                            Some(rt::list::list_items(seq))
                        } else if is_kind(seq, ObjKind::Tuple) {
                            Some(rt::tuple::tuple_items(seq))
                        } else {
                            None // not an area GET_ITER_STACK made (hostile bytecode)
                        };
                        if let Some(items) = items {
                            if let Some(&v) = items.get(pos) {
                                unsafe { slot!(sp - 1) = Obj::small_int(pos as i64 + 1) };
                                push!(v);
                            } else {
                                sp -= 4;
                                ip = t;
                            }
                            continue;
                        }
                    }
                    if mark == stack_iter_range() {
                        let stop = unsafe { slot!(sp - 2) }.small_int_value();
                        let pos = unsafe { slot!(sp - 1) }.small_int_value();
                        let step = top!().small_int_value();
                        if (step > 0 && pos < stop) || (step < 0 && pos > stop) {
                            // Past the small-int range the next step would end the loop anyway.
                            let next =
                                Obj::try_small_int(pos + step).unwrap_or(unsafe { slot!(sp - 2) });
                            unsafe { slot!(sp - 1) = next };
                            push!(Obj::small_int(pos));
                        } else {
                            sp -= 4;
                            ip = t;
                        }
                        continue;
                    }
                    let it = unsafe {
                        let s0 = slot!(sp - 3);
                        if s0.is_null() {
                            slot!(sp - 2)
                        } else {
                            s0
                        }
                    };
                    if let Some(v) = rt::iter::iter_next_fast(it) {
                        push!(v);
                        continue;
                    }
                    match tri!(rt::iter::iter_next(vm, it)) {
                        Some(v) => push!(v),
                        None => {
                            sp -= 4;
                            ip = t;
                        }
                    }
                }
                op::RETURN_VALUE => {
                    if exc_sp > 0 {
                        let r = stack_call!(unwind_return(f, op_ip, st));
                        if let Some(h) = tri!(r.map_err(|_| malformed(vm))) {
                            ip = h;
                            continue;
                        }
                    }
                    let v = top!();
                    f.ip = usize::MAX;
                    f.sp = sp;
                    return Ok(RunResult::Return(v));
                }
                op::RAISE_LAST => {
                    let mut e = Obj::NULL;
                    for i in (0..exc_sp).rev() {
                        let x = exc_entry!(i)[2];
                        if !x.is_null() {
                            e = x;
                            break;
                        }
                    }
                    if e.is_null() {
                        e = vm.handling.last().copied().unwrap_or(Obj::NULL);
                    }
                    if e.is_null() {
                        let err =
                            vm.new_exc_msg(vm.exc.runtime_error, "No active exception to reraise");
                        tri!(Err(err));
                    }
                    pending = Some(e);
                    ip = op_ip + 1;
                    continue 'outer;
                }
                op::RAISE_OBJ => {
                    let o = pop!();
                    let e = tri!(rt::exc::make_raisable(vm, o));
                    tri!(Err(PyErr(e)));
                }
                op::RAISE_FROM => {
                    let cause = pop!();
                    let o = pop!();
                    let e = tri!(rt::exc::make_raisable(vm, o));
                    tri!(rt::exc::set_cause(vm, e, cause));
                    tri!(Err(PyErr(e)));
                }
                op::YIELD_VALUE => {
                    let v = top!();
                    f.ip = ip;
                    f.sp = sp;
                    f.exc_sp = exc_sp;
                    return Ok(RunResult::Yield(v));
                }
                op::YIELD_FROM => {
                    // [iter, send] -> yield what iter yields, or replace by its return value.
                    let send = pop!();
                    let it = top!();
                    match tri!(rt::gen::yield_from_step(vm, it, send)) {
                        rt::gen::Step::Yield(v) => {
                            push!(v);
                            f.ip = op_ip; // re-execute YIELD_FROM on resume
                            f.sp = sp;
                            f.exc_sp = exc_sp;
                            return Ok(RunResult::Yield(v));
                        }
                        rt::gen::Step::Return(v) => set_top!(v),
                    }
                }
                op::LOAD_BUILD_CLASS => push!(vm.names.build_class_fn),
                _ => bad_opcode!(),
            }
        }
    }
}

/// Small-int arithmetic and comparisons whose result is a small int (None: take the general
/// path). Both operands must be small ints. Shared with the native tier's FunTable.
#[inline(always)]
pub fn small_int_fast(bop: BinaryOp, lhs: Obj, rhs: Obj) -> Option<Obj> {
    let (a, b) = (lhs.small_int_value(), rhs.small_int_value());
    match bop {
        BinaryOp::Add | BinaryOp::InplaceAdd => Obj::try_small_int(a + b),
        BinaryOp::Subtract | BinaryOp::InplaceSubtract => Obj::try_small_int(a - b),
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => {
            a.checked_mul(b).and_then(Obj::try_small_int)
        }
        BinaryOp::FloorDivide | BinaryOp::InplaceFloorDivide if b != 0 => {
            Obj::try_small_int(rt::int::floor_divmod_i64(a, b).0)
        }
        BinaryOp::Modulo | BinaryOp::InplaceModulo if b != 0 => {
            Obj::try_small_int(rt::int::floor_divmod_i64(a, b).1)
        }
        BinaryOp::And | BinaryOp::InplaceAnd => Some(Obj::small_int(a & b)),
        BinaryOp::Or | BinaryOp::InplaceOr => Some(Obj::small_int(a | b)),
        BinaryOp::Xor | BinaryOp::InplaceXor => Some(Obj::small_int(a ^ b)),
        BinaryOp::Rshift | BinaryOp::InplaceRshift if b >= 0 => {
            Some(Obj::small_int(a >> b.min(63)))
        }
        BinaryOp::Lshift | BinaryOp::InplaceLshift if (0..48).contains(&b) => a
            .checked_shl(b as u32)
            .filter(|r| r >> b == a)
            .and_then(Obj::try_small_int),
        BinaryOp::Less => Some(Obj::from_bool(a < b)),
        BinaryOp::More => Some(Obj::from_bool(a > b)),
        BinaryOp::LessEqual => Some(Obj::from_bool(a <= b)),
        BinaryOp::MoreEqual => Some(Obj::from_bool(a >= b)),
        BinaryOp::Equal => Some(Obj::from_bool(a == b)),
        BinaryOp::NotEqual => Some(Obj::from_bool(a != b)),
        _ => None,
    }
}

/// Float arithmetic and comparisons without leaving the loop (float with float or small int).
#[inline(always)]
pub fn float_fast(op: BinaryOp, lhs: Obj, rhs: Obj) -> Option<Obj> {
    let a = if lhs.is_float() {
        lhs.float_value()
    } else if lhs.is_small_int() {
        lhs.small_int_value() as f64
    } else {
        return None;
    };
    let b = if rhs.is_float() {
        rhs.float_value()
    } else if rhs.is_small_int() {
        rhs.small_int_value() as f64
    } else {
        return None;
    };
    Some(match op {
        BinaryOp::Add | BinaryOp::InplaceAdd => Obj::float(a + b),
        BinaryOp::Subtract | BinaryOp::InplaceSubtract => Obj::float(a - b),
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => Obj::float(a * b),
        BinaryOp::TrueDivide | BinaryOp::InplaceTrueDivide if b != 0.0 => Obj::float(a / b),
        BinaryOp::Less => Obj::from_bool(a < b),
        BinaryOp::More => Obj::from_bool(a > b),
        BinaryOp::LessEqual => Obj::from_bool(a <= b),
        BinaryOp::MoreEqual => Obj::from_bool(a >= b),
        BinaryOp::Equal => Obj::from_bool(a == b),
        BinaryOp::NotEqual => Obj::from_bool(a != b),
        _ => return None,
    })
}

fn unbound_local(vm: &mut Vm, code: &super::code::CodeInfo, i: usize) -> PyErr {
    let _ = (code, i);
    vm.new_exc_msg(
        vm.exc.unbound_local_error,
        "local variable referenced before assignment",
    )
}

fn unbound_free(vm: &mut Vm, code: &super::code::CodeInfo, i: usize) -> PyErr {
    let _ = (code, i);
    vm.new_exc_msg(
        vm.exc.name_error,
        "free variable referenced before assignment",
    )
}

/// Handle a raised exception at opcode offset `op_ip`: add a traceback entry, find a handler.
/// Returns the handler offset (with the stack set up) or None if the frame must exit.
fn handle_exception(
    vm: &mut Vm,
    f: &mut Frame,
    exc: Obj,
    op_ip: usize,
    sp: &mut isize,
    exc_sp: &mut usize,
) -> Option<usize> {
    let code = f.code;
    let bc = code.bytecode();
    let opcode = bc.get(op_ip).copied().unwrap_or(0);
    if opcode != op::END_FINALLY && opcode != op::RAISE_LAST {
        rt::exc::add_traceback(
            vm,
            exc,
            code.ctx.filename,
            code.line_of(op_ip),
            code.simple_name,
        );
    }
    // SAFETY: entries 0..exc_sp are initialised slots of this frame's exception stack.
    let entry = |i: usize| unsafe { std::slice::from_raw_parts_mut(f.exc.add(3 * i), 3) };
    if let Some(handled) = (0..*exc_sp)
        .rev()
        .map(|i| entry(i)[2])
        .find(|x| !x.is_null())
    {
        rt::exc::set_implicit_context(exc, handled);
    }
    while *exc_sp > 0 {
        let handler = (entry(*exc_sp - 1)[0].small_int_value() >> 1) as usize;
        if handler <= op_ip {
            *exc_sp -= 1;
        } else {
            break;
        }
    }
    if *exc_sp == 0 {
        return None;
    }
    let e = entry(*exc_sp - 1);
    let handler = (e[0].small_int_value() >> 1) as usize;
    let new_sp = e[1].small_int_value() as isize + 1;
    if !code.transfer_ok(handler, new_sp, *exc_sp) {
        // Only malformed .mpy code gets here: leave the frame with the exception.
        *exc_sp = 0;
        return None;
    }
    *sp = new_sp;
    e[2] = exc;
    // SAFETY: the handler's stack slot is within n_state (compiler reserves +4 at handlers).
    unsafe { *f.state.offset(*sp) = exc };
    Some(handler)
}

/// Marks a state that verified (.mpy) code must never reach: the caller raises an error.
struct Malformed;

fn malformed(vm: &mut Vm) -> PyErr {
    vm.new_exc_msg(
        vm.exc.runtime_error,
        "malformed bytecode: inconsistent stack during unwinding",
    )
}

/// The cell in a local slot (LOAD_DEREF and friends). Verified code is only guaranteed to name a
/// local in range, so check the kind instead of trusting it.
#[inline(always)]
fn cell_at(vm: &mut Vm, o: Obj) -> PyResult<Obj> {
    if is_kind(o, ObjKind::Cell) {
        Ok(o)
    } else {
        Err(vm.new_exc_msg(
            vm.exc.runtime_error,
            "malformed bytecode: local is not a cell",
        ))
    }
}

/// Run pending finally handlers for a return. Returns the handler to jump to, or None when the
/// function can return TOS now.
fn unwind_return(
    f: &mut Frame,
    op_ip: usize,
    st: *mut Obj,
    sp: &mut isize,
    exc_sp: &mut usize,
) -> Result<Option<usize>, Malformed> {
    let n_state = f.code.n_state as isize;
    if *sp < 0 || *sp >= n_state {
        return Err(Malformed);
    }
    while *exc_sp > 0 {
        // SAFETY: entry exc_sp-1 is an initialised exception-stack entry of this frame.
        let e = unsafe { std::slice::from_raw_parts_mut(f.exc.add(3 * (*exc_sp - 1)), 3) };
        let h = e[0].small_int_value();
        if h & EXC_FINALLY != 0 {
            let handler = (h >> 1) as usize;
            if handler > op_ip {
                let fin_sp = e[1].small_int_value() as isize;
                if fin_sp + 2 >= n_state || !f.code.transfer_ok(handler, fin_sp + 2, *exc_sp) {
                    return Err(Malformed);
                }
                // SAFETY: fin_sp+1 and fin_sp+2 are in the state array (checked above).
                unsafe {
                    *st.offset(fin_sp + 1) = *st.offset(*sp);
                    *sp = fin_sp + 1;
                    *sp += 1;
                    *st.offset(*sp) = Obj::small_int(-1);
                }
                return Ok(Some(handler));
            } else {
                cancel_active_finally(st, sp)?;
            }
        }
        *exc_sp -= 1;
    }
    Ok(None)
}

fn cancel_active_finally(st: *mut Obj, sp: &mut isize) -> Result<(), Malformed> {
    if *sp < 1 {
        return Err(Malformed);
    }
    // SAFETY: an active finally left 1 or 2 words below the value being carried; sp >= 1 (and
    // sp >= 2 before reading two words below) is checked, and sp never exceeds the state array.
    unsafe {
        if (*st.offset(*sp - 1)).is_small_int() {
            if *sp < 2 {
                return Err(Malformed);
            }
            *st.offset(*sp - 2) = *st.offset(*sp);
            *sp -= 2;
        } else {
            *st.offset(*sp - 1) = *st.offset(*sp);
            *sp -= 1;
        }
    }
    Ok(())
}

/// Continue an UNWIND_JUMP with `u` entries to unwind (bit 7: pop a for-iterator at the end).
/// The destination is on TOS. Returns the next ip.
fn unwind_jump(
    code: &super::code::CodeInfo,
    st: *mut Obj,
    ex: *mut Obj,
    op_ip: usize,
    mut u: usize,
    sp: &mut isize,
    exc_sp: &mut usize,
) -> Result<usize, Malformed> {
    let n_state = code.n_state as isize;
    while u & 0x7f > 0 {
        u -= 1;
        if *exc_sp == 0 {
            return Err(Malformed);
        }
        // SAFETY: entry exc_sp-1 exists (checked above).
        let e = unsafe { std::slice::from_raw_parts_mut(ex.add(3 * (*exc_sp - 1)), 3) };
        let h = e[0].small_int_value();
        if h & EXC_FINALLY != 0 {
            let handler = (h >> 1) as usize;
            if handler > op_ip {
                if *sp + 1 >= n_state || !code.transfer_ok(handler, *sp + 1, *exc_sp) {
                    return Err(Malformed);
                }
                *sp += 1;
                // SAFETY: sp is inside the state array (checked above).
                unsafe { *st.offset(*sp) = Obj::small_int(u as i64) };
                return Ok(handler);
            } else {
                cancel_active_finally(st, sp)?;
            }
        }
        *exc_sp -= 1;
    }
    if *sp < 0 || *sp >= n_state {
        return Err(Malformed);
    }
    // SAFETY: sp is inside the state array (checked above); TOS is the destination.
    let top = unsafe { *st.offset(*sp) };
    if !top.is_small_int() || top.small_int_value() < 0 {
        return Err(Malformed);
    }
    let dest = top.small_int_value() as usize;
    *sp -= 1;
    if u != 0 {
        *sp -= 4;
    }
    if !code.transfer_ok(dest, *sp, *exc_sp) || *sp < -1 {
        return Err(Malformed);
    }
    Ok(dest)
}
