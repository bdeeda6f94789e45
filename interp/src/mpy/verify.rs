//! The bytecode verifier for untrusted .mpy files: preludes, every instruction's operands, jump
//! targets, and stack / exception-stack depths by abstract interpretation over the control flow.
//! Not the reader (read.rs) and not the VM; the VM's rare data-dependent transfers (unwinding
//! through finally, exception handlers) are checked at run time against the `EntryState`s here.

use crate::bytecode::{self, op, Format, Instr, Prelude};
use crate::code::{scope_flags, CodeKind, CompiledModule, RawCode};
use crate::mpy::read::{MpyView, RawCodeRef};

/// Why a file's code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed .mpy file: {what} (function {function}, bytecode offset {offset})")]
pub struct VerifyError {
    pub what: String,
    /// Pre-order index of the raw code in the file's tree (0 = module top level).
    pub function: usize,
    pub offset: usize,
}

/// Largest n_state / n_exc_stack a verified function may declare (the real compiler stays far
/// below; this bounds what a hostile file can make the VM reserve per call).
pub const MAX_STATE: u32 = 1 << 16;
pub const MAX_EXC_STACK: u32 = 1 << 12;

/// The statically known state at an offset where the VM may arrive through a data-dependent
/// transfer (exception handler, finally entered by return/unwind, UNWIND_JUMP destination): the
/// VM checks its actual state against this before continuing there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryState {
    /// Bytecode offset (relative to the first opcode).
    pub offset: u32,
    /// Allowed value-stack depth (number of items), inclusive.
    pub min_depth: u32,
    pub max_depth: u32,
    /// Exact exception-stack depth.
    pub exc_depth: u32,
}

/// Verification result of one function and its children (same tree shape as the raw codes).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verified {
    /// Sorted by offset.
    pub entries: Vec<EntryState>,
    pub children: Vec<Verified>,
}

/// Module-wide limits every function is checked against.
#[derive(Clone, Copy, Debug)]
struct Limits {
    n_qstr: usize,
    n_obj: usize,
}

/// What a parent needs to know about a child to check MAKE_CLOSURE.
#[derive(Clone, Copy, Debug)]
struct ChildSig {
    n_pos_args: u32,
}

/// Verify every raw code of a file view (`data` = the file's bytes).
pub fn verify_view(data: &[u8], view: &MpyView) -> Result<Verified, VerifyError> {
    let lim = Limits {
        n_qstr: view.qstrs.len(),
        n_obj: view.consts.len(),
    };
    let mut counter = 0;
    verify_ref(data, &view.root, lim, &mut counter)
}

/// Verify an owned module (e.g. from our own compiler, in tests).
pub fn verify_module(m: &CompiledModule) -> Result<Verified, VerifyError> {
    let lim = Limits {
        n_qstr: m.qstrs.len(),
        n_obj: m.consts.len(),
    };
    let mut counter = 0;
    verify_owned(&m.root, lim, &mut counter)
}

fn verify_ref(
    data: &[u8],
    rc: &RawCodeRef,
    lim: Limits,
    counter: &mut usize,
) -> Result<Verified, VerifyError> {
    let index = *counter;
    *counter += 1;
    // adder's native blocks are verified through the bytecode function they carry (the
    // machine code was emitted from it and its runtime entries act on it).
    let fun = data.get(rc.bytecode_range()).unwrap_or(&[]);
    let mut sigs = Vec::with_capacity(rc.children.len());
    for c in &rc.children {
        let c_fun = data.get(c.bytecode_range()).unwrap_or(&[]);
        sigs.push(child_sig(c.bytecode_kind(), c_fun, index)?);
    }
    let entries = verify_one(rc.bytecode_kind(), fun, lim, &sigs, index)?;
    let mut children = Vec::with_capacity(rc.children.len());
    for c in &rc.children {
        children.push(verify_ref(data, c, lim, counter)?);
    }
    Ok(Verified { entries, children })
}

fn verify_owned(rc: &RawCode, lim: Limits, counter: &mut usize) -> Result<Verified, VerifyError> {
    let index = *counter;
    *counter += 1;
    let mut sigs = Vec::with_capacity(rc.children.len());
    for c in &rc.children {
        sigs.push(child_sig(c.kind, &c.fun_data, index)?);
    }
    let entries = verify_one(rc.kind, &rc.fun_data, lim, &sigs, index)?;
    let mut children = Vec::with_capacity(rc.children.len());
    for c in &rc.children {
        children.push(verify_owned(c, lim, counter)?);
    }
    Ok(Verified { entries, children })
}

fn child_sig(kind: CodeKind, fun: &[u8], parent: usize) -> Result<ChildSig, VerifyError> {
    if kind != CodeKind::Bytecode {
        return Err(err(parent, 0, "machine code cannot be verified".into()));
    }
    let p = bytecode::read_prelude(fun).map_err(|_| err(parent, 0, "bad child prelude".into()))?;
    Ok(ChildSig {
        n_pos_args: p.sig.n_pos_args,
    })
}

fn err(function: usize, offset: usize, what: String) -> VerifyError {
    VerifyError {
        what,
        function,
        offset,
    }
}

fn verify_one(
    kind: CodeKind,
    fun: &[u8],
    lim: Limits,
    children: &[ChildSig],
    index: usize,
) -> Result<Vec<EntryState>, VerifyError> {
    if kind != CodeKind::Bytecode {
        return Err(err(index, 0, "machine code cannot be verified".into()));
    }
    let p = bytecode::read_prelude(fun).map_err(|e| err(index, 0, format!("bad prelude: {e}")))?;
    let n_locals_min = check_prelude(&p, fun, lim).map_err(|w| err(index, 0, w))?;
    let code = &fun[p.code_start..];
    let f = FnCheck {
        code,
        lim,
        children,
        n_state: p.sig.n_state,
        n_exc_stack: p.sig.n_exc_stack,
    };
    let instrs = f.decode_all().map_err(|(o, w)| err(index, o, w))?;
    let n_locals = n_locals_min.max(locals_named(&instrs));
    if n_locals > p.sig.n_state {
        return Err(err(index, 0, "local number out of range".into()));
    }
    let limit = p.sig.n_state - n_locals;
    f.check_flow(&instrs, limit)
        .map_err(|(o, w)| err(index, o, w))
}

/// Prelude invariants the argument binder and the frame layout rely on. Returns the number of
/// locals the prelude itself implies (parameter slots and cells).
fn check_prelude(p: &Prelude, fun: &[u8], lim: Limits) -> Result<u32, String> {
    let s = p.sig;
    if s.n_state > MAX_STATE {
        return Err(format!("n_state {} too large", s.n_state));
    }
    if s.n_exc_stack > MAX_EXC_STACK {
        return Err(format!("n_exc_stack {} too large", s.n_exc_stack));
    }
    if p.simple_name as usize >= lim.n_qstr {
        return Err("function name qstr index out of range".into());
    }
    if p.arg_names.iter().any(|&a| a as usize >= lim.n_qstr) {
        return Err("argument name qstr index out of range".into());
    }
    if s.n_def_pos_args > s.n_pos_args {
        return Err("more defaults than positional arguments".into());
    }
    let varargs = (s.scope_flags & scope_flags::VARARGS != 0) as u32;
    let varkw = (s.scope_flags & scope_flags::VARKEYWORDS != 0) as u32;
    let arg_slots = s.n_pos_args + s.n_kwonly_args + varargs + varkw;
    if arg_slots > s.n_state {
        return Err("argument slots exceed n_state".into());
    }
    let mut n = arg_slots;
    for &c in &fun[p.cells.clone()] {
        if c as u32 >= s.n_state {
            return Err(format!("cell local {c} out of range"));
        }
        n = n.max(c as u32 + 1);
    }
    if p.code_start >= fun.len() {
        return Err("function has no bytecode".into());
    }
    Ok(n)
}

/// One more than the highest local number any instruction names (0 if none).
fn locals_named(instrs: &[Instr]) -> u32 {
    instrs
        .iter()
        .filter_map(local_of)
        .max()
        .map(|v| v as u32 + 1)
        .unwrap_or(0)
}

/// The local a LOAD/STORE/DELETE_FAST or *_DEREF instruction names.
fn local_of(i: &Instr) -> Option<i64> {
    match i.op {
        op::LOAD_FAST_N
        | op::STORE_FAST_N
        | op::DELETE_FAST
        | op::LOAD_DEREF
        | op::STORE_DEREF
        | op::DELETE_DEREF => Some(i.arg),
        o if (bytecode::LOAD_FAST_MULTI..bytecode::UNARY_OP_MULTI).contains(&o) => {
            Some(((o - bytecode::LOAD_FAST_MULTI) & 0x0f) as i64)
        }
        _ => None,
    }
}

struct FnCheck<'a> {
    code: &'a [u8],
    lim: Limits,
    children: &'a [ChildSig],
    n_state: u32,
    n_exc_stack: u32,
}

type Fail = (usize, String);

/// How an instruction moves the value stack on its fall-through path.
struct Effect {
    /// Items it needs on the stack.
    needs: u32,
    /// Net change (may be negative).
    delta: i64,
}

fn eff(needs: u32, delta: i64) -> Effect {
    Effect { needs, delta }
}

/// Abstract state before an instruction: value-stack depth interval, the stack items that may
/// hold the NULL sentinel, and the exception stack: per entry, the depth interval execution
/// continues at after the END_FINALLY that pops it (the VM checks that fall-through at run
/// time, since a return or break passing through the finally block arrives with extra hidden
/// words and leaves by another path) and the block's saved depth.
#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    lo: i64,
    hi: i64,
    /// Sorted indices from the top (0 = TOS) of the items that may be NULL on some path. They
    /// count from the top because the depth interval comes from hidden words at the bottom of
    /// a finally block's region: the items a block's code pushes sit at the same distance from
    /// the top on every path.
    nulls: Vec<u32>,
    exc: Vec<ExcEntry>,
}

/// One active SETUP_EXCEPT / SETUP_FINALLY / SETUP_WITH block.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ExcEntry {
    /// Depth interval after the END_FINALLY that pops it (also where an UNWIND_JUMP out of
    /// the block continues, less a for loop's iterator buffer).
    lo: i64,
    hi: i64,
    /// The NULL set (from the top) of the stack at that depth, as it was at the SETUP: the
    /// protected code cannot change it (see `floor`), and a finally handler's hidden words
    /// make a top-relative set inexact inside the handler, so continuations use this one.
    nulls: Vec<u32>,
    /// The (smallest) depth the VM resets the stack to when it enters the handler. The code the
    /// block protects may not pop below it: the handler relies on the slots there being as
    /// they were at the SETUP.
    floor: i64,
    /// The handler's offset. Code at or after it is not protected by the block (the VM drops
    /// such blocks when it looks for a handler), so the floor binds only code before it.
    handler: usize,
}

/// Where an instruction's result slot comes from (for NULL tracking).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Src {
    /// A real object.
    Obj,
    /// Possibly the NULL sentinel (LOAD_NULL, the self slot of LOAD_METHOD, iterator buffers).
    Null,
    /// The instruction's input `i` (0 = TOS) moved or copied.
    Keep(usize),
}

/// How an instruction replaces the top `reads` stack items by `out` (bottom to top), and which
/// inputs (index from TOS) may be NULL; every other input is an ordinary operand.
struct NullRule {
    reads: usize,
    nullable: u64,
    out: Vec<Src>,
}

/// Bounds that keep the analysis small on hostile input (compiler output stays far below).
const MAX_DEPTH_SPREAD: i64 = 64;
const MAX_NULL_SLOTS: usize = 256;

/// `set` with every index moved by `by` (entries that fall below 0 are dropped).
fn shifted(set: &[u32], by: i64) -> Vec<u32> {
    set.iter()
        .filter_map(|&i| u32::try_from(i as i64 + by).ok())
        .collect()
}

/// The union of sorted sets.
fn union(mut a: Vec<u32>, b: &[u32]) -> Vec<u32> {
    a.extend_from_slice(b);
    a.sort_unstable();
    a.dedup();
    a
}

impl State {
    fn depth(&self) -> u32 {
        self.exc.len() as u32
    }
    fn with_depth(&self, lo: i64, hi: i64) -> State {
        State {
            lo,
            hi,
            nulls: self.nulls.clone(),
            exc: self.exc.clone(),
        }
    }
    fn popped(&self, n: usize) -> State {
        let mut s = self.clone();
        s.exc.truncate(self.exc.len() - n);
        s
    }
    /// May the item `i` below TOS (0 = TOS) be NULL on some path?
    fn maybe_null(&self, i: usize) -> bool {
        u32::try_from(i).is_ok_and(|i| self.nulls.binary_search(&i).is_ok())
    }
    /// The NULL set after replacing the top `rule.reads` items by `rule.out`.
    fn apply_nulls(&self, rule: &NullRule) -> Vec<u32> {
        let q = rule.out.len();
        let mut out = shifted(&self.nulls, q as i64 - rule.reads as i64);
        out.retain(|&i| i as usize >= q);
        for (j, src) in rule.out.iter().enumerate() {
            let null = match *src {
                Src::Obj => false,
                Src::Null => true,
                Src::Keep(i) => self.maybe_null(i),
            };
            if null {
                out.push((q - 1 - j) as u32);
            }
        }
        out.sort_unstable();
        out
    }
    /// Join with another state reaching the same instruction.
    fn join(&self, other: &State) -> Option<State> {
        if self.exc.len() != other.exc.len()
            || self
                .exc
                .iter()
                .zip(&other.exc)
                .any(|(a, b)| a.handler != b.handler)
        {
            return None;
        }
        let exc = self
            .exc
            .iter()
            .zip(&other.exc)
            .map(|(a, b)| ExcEntry {
                lo: a.lo.min(b.lo),
                hi: a.hi.max(b.hi),
                nulls: union(a.nulls.clone(), &b.nulls),
                floor: a.floor.min(b.floor),
                handler: a.handler,
            })
            .collect();
        Some(State {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
            nulls: union(self.nulls.clone(), &other.nulls),
            exc,
        })
    }
}

impl<'a> FnCheck<'a> {
    /// Walk the opcodes once: decode, check opcodes and operand ranges.
    fn decode_all(&self) -> Result<Vec<Instr>, Fail> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < self.code.len() {
            let i = bytecode::decode_instr(self.code, pos)
                .map_err(|_| (pos, "truncated instruction".to_string()))?;
            self.check_operands(&i).map_err(|w| (pos, w))?;
            pos = i.next;
            out.push(i);
        }
        Ok(out)
    }

    fn check_operands(&self, i: &Instr) -> Result<(), String> {
        let o = i.op;
        if !bytecode::is_valid_opcode(o) {
            return Err(format!("invalid opcode 0x{o:02x}"));
        }
        let arg = i.arg;
        let below = |n: usize, what: &str| {
            if arg < 0 || arg as u64 >= n as u64 {
                Err(format!("{what} index {arg} out of range"))
            } else {
                Ok(())
            }
        };
        match bytecode::format_of(o) {
            Format::Qstr => below(self.lim.n_qstr, "qstr")?,
            Format::Offset if i.target >= self.code.len() => {
                return Err("jump target out of range".into())
            }
            _ => {}
        }
        match o {
            op::LOAD_CONST_OBJ => below(self.lim.n_obj, "constant")?,
            op::MAKE_FUNCTION | op::MAKE_FUNCTION_DEFARGS => below(self.children.len(), "child")?,
            op::MAKE_CLOSURE | op::MAKE_CLOSURE_DEFARGS => {
                below(self.children.len(), "child")?;
                let c = self.children[arg as usize];
                if u32::from(i.extra) > c.n_pos_args {
                    return Err("closure passes more cells than the child has arguments".into());
                }
            }
            op::BUILD_SLICE if arg != 2 && arg != 3 => {
                return Err("BUILD_SLICE needs 2 or 3 items".into())
            }
            op::STORE_COMP if arg & 3 == 3 => return Err("bad STORE_COMP kind".into()),
            op::CALL_FUNCTION
            | op::CALL_FUNCTION_VAR_KW
            | op::CALL_METHOD
            | op::CALL_METHOD_VAR_KW
            | op::UNPACK_EX
                if !(0..=0xffff).contains(&arg) =>
            {
                return Err("argument count out of range".into())
            }
            _ => {}
        }
        if let Some(l) = local_of(i) {
            if l < 0 || l >= self.n_state as i64 {
                return Err(format!("local {l} out of range"));
            }
        }
        if o != op::LOAD_CONST_SMALL_INT && bytecode::format_of(o) == Format::VarUint {
            // Counts used to size stack moves: keep them far from overflow.
            if !(0..=i64::from(u32::MAX >> 1)).contains(&arg) {
                return Err("operand too large".into());
            }
        }
        Ok(())
    }

    /// Fall-through effect of an instruction on the value stack.
    fn effect(&self, i: &Instr) -> Effect {
        let a = i.arg;
        let calls = |extra: i64| {
            let n = (a & 0xff) + 2 * ((a >> 8) & 0xff);
            eff((n + 1 + extra) as u32, -(n + extra))
        };
        match i.op {
            op::LOAD_CONST_STRING | op::LOAD_NAME | op::LOAD_GLOBAL => eff(0, 1),
            op::LOAD_ATTR => eff(1, 0),
            op::LOAD_METHOD => eff(1, 1),
            op::LOAD_SUPER_METHOD => eff(3, -1),
            op::STORE_NAME | op::STORE_GLOBAL => eff(1, -1),
            op::STORE_ATTR => eff(2, -2),
            op::DELETE_NAME | op::DELETE_GLOBAL => eff(0, 0),
            op::IMPORT_NAME => eff(2, -1),
            op::IMPORT_FROM => eff(1, 1),
            op::MAKE_CLOSURE => eff(i.extra as u32, 1 - i.extra as i64),
            op::MAKE_CLOSURE_DEFARGS => eff(i.extra as u32 + 2, -1 - i.extra as i64),
            op::LOAD_CONST_SMALL_INT | op::LOAD_CONST_OBJ | op::LOAD_FAST_N | op::LOAD_DEREF => {
                eff(0, 1)
            }
            op::STORE_FAST_N | op::STORE_DEREF => eff(1, -1),
            op::DELETE_FAST | op::DELETE_DEREF => eff(0, 0),
            op::BUILD_TUPLE | op::BUILD_LIST | op::BUILD_SET | op::BUILD_SLICE => {
                eff(a as u32, 1 - a)
            }
            op::BUILD_MAP => eff(0, 1),
            op::STORE_COMP => {
                let k = (a >> 2) as u32;
                let pops = if a & 3 == 1 { 2 } else { 1 };
                eff((k + 1).max(pops), -(pops as i64))
            }
            op::UNPACK_SEQUENCE => eff(1, a - 1),
            op::UNPACK_EX => eff(1, (a & 0xff) + ((a >> 8) & 0xff)),
            op::MAKE_FUNCTION => eff(0, 1),
            op::MAKE_FUNCTION_DEFARGS => eff(2, -1),
            op::CALL_FUNCTION => calls(0),
            op::CALL_FUNCTION_VAR_KW | op::CALL_METHOD => calls(1),
            op::CALL_METHOD_VAR_KW => calls(2),
            op::UNWIND_JUMP | op::JUMP | op::SETUP_EXCEPT | op::SETUP_FINALLY => eff(0, 0),
            op::POP_EXCEPT_JUMP => eff(0, 0),
            op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => eff(1, -1),
            op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => eff(1, -1),
            op::SETUP_WITH => eff(1, 2),
            op::FOR_ITER => eff(4, 1),
            op::LOAD_CONST_FALSE
            | op::LOAD_CONST_NONE
            | op::LOAD_CONST_TRUE
            | op::LOAD_NULL
            | op::LOAD_BUILD_CLASS => eff(0, 1),
            op::LOAD_SUBSCR => eff(2, -1),
            op::STORE_SUBSCR => eff(3, -3),
            op::DUP_TOP => eff(1, 1),
            op::DUP_TOP_TWO => eff(2, 2),
            op::POP_TOP => eff(1, -1),
            op::ROT_TWO => eff(2, 0),
            op::ROT_THREE => eff(3, 0),
            op::WITH_CLEANUP => eff(3, -2),
            op::END_FINALLY => eff(1, -1),
            op::GET_ITER => eff(1, 0),
            op::GET_ITER_STACK => eff(1, 3),
            op::STORE_MAP => eff(3, -2),
            op::RETURN_VALUE => eff(1, -1),
            op::RAISE_LAST => eff(0, 0),
            op::RAISE_OBJ => eff(1, -1),
            op::RAISE_FROM => eff(2, -2),
            op::YIELD_VALUE => eff(1, 0),
            op::YIELD_FROM => eff(2, -1),
            op::IMPORT_STAR => eff(1, -1),
            o if o < bytecode::STORE_FAST_MULTI => eff(0, 1),
            o if o < bytecode::UNARY_OP_MULTI => eff(1, -1),
            o if o < bytecode::BINARY_OP_MULTI => eff(1, 0),
            _ => eff(2, -1),
        }
    }

    /// How an instruction treats NULL values (see `NullRule`): most take ordinary operands and
    /// push objects; a few move values or accept NULL where the VM gives it a meaning.
    fn null_rule(&self, i: &Instr) -> NullRule {
        use Src::*;
        let all = u64::MAX;
        let rule = |reads: usize, nullable: u64, out: Vec<Src>| NullRule {
            reads,
            nullable,
            out,
        };
        let calls = |a: i64| ((a & 0xff) + 2 * ((a >> 8) & 0xff)) as usize;
        // Keyword names of a *_VAR_KW call, above which sits the star bitmap: pair j from the
        // top has its value at 1 + 2j and its name at 2 + 2j.
        let star_keys = |a: i64| {
            let nkw = ((a >> 8) & 0xff) as usize;
            (0..nkw)
                .map(|j| 2 + 2 * j)
                .filter(|&k| k < 64)
                .fold(0u64, |m, k| m | 1 << k)
        };
        match i.op {
            op::LOAD_NULL => rule(0, 0, vec![Null]),
            op::POP_TOP => rule(1, all, vec![]),
            op::DUP_TOP => rule(1, all, vec![Keep(0), Keep(0)]),
            op::DUP_TOP_TWO => rule(2, all, vec![Keep(1), Keep(0), Keep(1), Keep(0)]),
            op::ROT_TWO => rule(2, all, vec![Keep(0), Keep(1)]),
            op::ROT_THREE => rule(3, all, vec![Keep(0), Keep(2), Keep(1)]),
            // A NULL value means delete.
            op::STORE_ATTR => rule(2, 1 << 1, vec![]),
            op::STORE_SUBSCR => rule(3, 1 << 2, vec![]),
            // NULL defaults mean none.
            op::MAKE_FUNCTION_DEFARGS => rule(2, 0b11, vec![Obj]),
            op::MAKE_CLOSURE_DEFARGS => {
                let n = i.extra as usize;
                rule(n + 2, 0b11 << n, vec![Obj])
            }
            op::LOAD_METHOD => rule(1, 0, vec![Obj, Null]),
            op::LOAD_SUPER_METHOD => rule(3, 0, vec![Obj, Null]),
            // The self slot is NULL for a plain function.
            op::CALL_METHOD => {
                let n = calls(i.arg);
                rule(n + 2, 1 << n.min(63), vec![Obj])
            }
            // A NULL keyword name stands for `**mapping` (the value).
            op::CALL_FUNCTION_VAR_KW => rule(calls(i.arg) + 2, star_keys(i.arg), vec![Obj]),
            op::CALL_METHOD_VAR_KW => {
                let n = calls(i.arg);
                let self_slot = 1u64 << (n + 1).min(63);
                rule(n + 3, star_keys(i.arg) | self_slot, vec![Obj])
            }
            op::GET_ITER_STACK => rule(1, 0, vec![Null, Obj, Null, Null]),
            op::FOR_ITER => rule(4, all, vec![Keep(3), Keep(2), Keep(1), Keep(0), Obj]),
            op::SETUP_WITH => rule(1, 0, vec![Obj, Null, Obj]),
            // Reads the __exit__ pair (self may be NULL) and the unwind words.
            op::WITH_CLEANUP => rule(3, all, vec![Obj]),
            op::STORE_COMP => {
                let k = (i.arg >> 2) as usize;
                let pops = if i.arg & 3 == 1 { 2 } else { 1 };
                let reads = (k + 1).max(pops);
                // Values between the collection and the stored item (a loop's iterator
                // buffer) are carried over; the collection and the stored values are operands.
                let mut nullable = 0u64;
                for j in pops..reads {
                    if j != k && j < 64 {
                        nullable |= 1 << j;
                    }
                }
                rule(reads, nullable, (pops..reads).rev().map(Keep).collect())
            }
            _ => {
                let e = self.effect(i);
                let outs = (e.needs as i64 + e.delta).max(0) as usize;
                rule(e.needs as usize, 0, vec![Obj; outs])
            }
        }
    }

    /// NULL checks of one instruction: no ordinary operand may be NULL, and code protected by
    /// a block may not pop below the block's saved depth (the handler would find the slots
    /// changed). Returns the NULL set after the instruction.
    fn check_nulls(&self, ins: &Instr, st: &State) -> Result<Vec<u32>, Fail> {
        let here = ins.offset;
        let rule = self.null_rule(ins);
        for i in 0..rule.reads {
            let may = i < 64 && rule.nullable & (1 << i) != 0;
            if !may && st.maybe_null(i) {
                return Err((here, "NULL value used as an operand".into()));
            }
        }
        // WITH_CLEANUP (consuming the __exit__ pair of a with block) and END_FINALLY (closing
        // the block) run as the block's own cleanup; what either leaves below a floor is
        // caught by the floor check of the next instruction that pushes.
        if ins.op != op::WITH_CLEANUP && ins.op != op::END_FINALLY {
            // Inputs rewritten with themselves are not changed: DUP_TOP of a value saved below
            // the block (the iterator `async for` keeps under its try block) only reads it.
            let kept = rule
                .out
                .iter()
                .take(rule.reads)
                .enumerate()
                .take_while(|&(j, o)| *o == Src::Keep(rule.reads - 1 - j))
                .count();
            let base = st.lo - rule.reads as i64;
            let changed_from = base + kept as i64;
            let floor_of = |running: bool| {
                st.exc
                    .iter()
                    .filter(|e| (e.handler <= here) == running)
                    .map(|e| e.floor)
                    .max()
                    .unwrap_or(0)
            };
            // Protected code may not leave the stack below its block's floor: the handler
            // resets the stack to that depth and uses what is there.
            let protected = floor_of(false);
            if base + (rule.out.len() as i64) < protected {
                return Err((here, "pops below the stack of an active block".into()));
            }
            // Slots below a floor may be rewritten (MicroPython's `async with` swaps the
            // manager there before leaving the block, and its handler rearranges them) but only
            // with objects: the handler and the code after the block's END_FINALLY rely on the
            // NULL set saved at the SETUP.
            let floor = protected.max(floor_of(true));
            if changed_from < floor {
                for (j, src) in rule.out.iter().enumerate().skip(kept) {
                    let maybe_null = match *src {
                        Src::Obj => false,
                        Src::Null => true,
                        Src::Keep(i) => st.maybe_null(i),
                    };
                    if base + (j as i64) < floor && maybe_null {
                        return Err((here, "NULL value moved below the stack of a block".into()));
                    }
                }
            }
        }
        let nulls = st.apply_nulls(&rule);
        if nulls.len() > MAX_NULL_SLOTS {
            return Err((here, "too many NULL values on the stack".into()));
        }
        Ok(nulls)
    }

    /// Abstract interpretation over the control-flow graph: every reachable instruction gets a
    /// depth interval; pops never underflow, pushes never pass `limit`, and the exception stack
    /// stays within [0, n_exc_stack] with one depth per instruction.
    fn check_flow(&self, instrs: &[Instr], limit: u32) -> Result<Vec<EntryState>, Fail> {
        let mut index_of = vec![u32::MAX; self.code.len()];
        for (k, i) in instrs.iter().enumerate() {
            index_of[i.offset] = k as u32;
        }
        let mut g = Graph {
            index_of,
            states: vec![None; instrs.len()],
            dynamic_entry: vec![false; instrs.len()],
            work: vec![0],
            limit: limit as i64,
        };
        g.states[0] = Some(State {
            lo: 0,
            hi: 0,
            nulls: Vec::new(),
            exc: Vec::new(),
        });
        while let Some(k) = g.work.pop() {
            let Some(st) = g.states[k].clone() else {
                continue;
            };
            self.step(&instrs[k], &st, &mut g)?;
        }
        Ok(instrs
            .iter()
            .zip(&g.states)
            .zip(&g.dynamic_entry)
            .filter(|(_, &d)| d)
            .filter_map(|((i, s), _)| {
                s.as_ref().map(|s| EntryState {
                    offset: i.offset as u32,
                    min_depth: s.lo as u32,
                    max_depth: s.hi as u32,
                    exc_depth: s.depth(),
                })
            })
            .collect())
    }

    /// Transfer function of one instruction: check it against `st` and propagate its successors.
    fn step(&self, ins: &Instr, st: &State, g: &mut Graph) -> Result<(), Fail> {
        let here = ins.offset;
        let e = self.effect(ins);
        if st.lo < e.needs as i64 {
            return Err((here, "stack underflow".into()));
        }
        let mut after = st.with_depth(st.lo + e.delta, st.hi + e.delta);
        if after.hi > g.limit {
            return Err((here, "stack overflow (n_state too small)".into()));
        }
        after.nulls = self.check_nulls(ins, st)?;
        match ins.op {
            op::JUMP => g.flow(here, ins.target, after, false)?,
            op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                g.flow(here, ins.target, after.clone(), false)?;
                self.fall_through(ins, after, g)?;
            }
            op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                g.flow(here, ins.target, st.clone(), false)?;
                self.fall_through(ins, after, g)?;
            }
            op::SETUP_EXCEPT | op::SETUP_FINALLY | op::SETUP_WITH => {
                if st.depth() >= self.n_exc_stack {
                    return Err((here, "exception stack overflow".into()));
                }
                // Entered with the exception pushed at the saved sp (+1), or for a finally by
                // a return or break with a value and a marker (+2). SETUP_WITH saves the sp
                // after pushing the __exit__ pair; its END_FINALLY continues below the manager.
                let with = ins.op == op::SETUP_WITH;
                let saved = if with { 1 } else { 0 };
                let extra = if ins.op == op::SETUP_EXCEPT { 1 } else { 2 };
                let post = if with { 1 } else { 0 };
                let mut exc = st.exc.clone();
                exc.push(ExcEntry {
                    lo: st.lo - post,
                    hi: st.hi - post,
                    nulls: shifted(&st.nulls, -post),
                    floor: st.lo + saved,
                    handler: ins.target,
                });
                // The handler finds the stack as it is at the saved depth (for SETUP_WITH with
                // the __exit__ pair, without the __enter__ result) under one or two words it
                // pushes, which are objects.
                let saved_nulls = if with {
                    shifted(&after.nulls, -1)
                } else {
                    st.nulls.clone()
                };
                let mut nulls = shifted(&saved_nulls, 1);
                if extra == 2 {
                    nulls = union(nulls, &shifted(&saved_nulls, 2));
                }
                let handler = State {
                    lo: st.lo + saved + 1,
                    hi: st.hi + saved + extra,
                    nulls,
                    exc: exc.clone(),
                };
                g.flow(here, ins.target, handler, true)?;
                let inner = State {
                    lo: after.lo,
                    hi: after.hi,
                    nulls: after.nulls.clone(),
                    exc,
                };
                self.fall_through(ins, inner, g)?;
            }
            op::POP_EXCEPT_JUMP => {
                if st.depth() == 0 {
                    return Err((here, "exception stack underflow".into()));
                }
                g.flow(here, ins.target, after.popped(1), false)?;
            }
            op::END_FINALLY => {
                let Some(e) = st.exc.last() else {
                    return Err((here, "exception stack underflow".into()));
                };
                let mut s = after.popped(1).with_depth(e.lo, e.hi);
                s.nulls = e.nulls.clone();
                if ins.next >= self.code.len() {
                    return Err((here, "execution runs off the end of the function".into()));
                }
                g.flow(here, ins.next, s, true)?;
            }
            op::UNWIND_JUMP => {
                let n = usize::from(ins.extra & 0x7f);
                if n > st.exc.len() {
                    return Err((here, "exception stack underflow".into()));
                }
                if st.hi + 1 > g.limit {
                    return Err((here, "stack overflow (n_state too small)".into()));
                }
                let iter = if ins.extra & 0x80 != 0 { 4 } else { 0 };
                // Unwinding ends at the depth where the outermost unwound block began (finally
                // blocks run on the way, active ones are cancelled); the VM checks it on arrival.
                let (lo, hi, nulls) = match n {
                    0 => (st.lo, st.hi, st.nulls.clone()),
                    _ => {
                        let e = &st.exc[st.exc.len() - n];
                        (e.lo, e.hi, e.nulls.clone())
                    }
                };
                let mut s = st.popped(n).with_depth(lo - iter, hi - iter);
                s.nulls = shifted(&nulls, -iter);
                g.flow(here, ins.target, s, true)?;
            }
            op::FOR_ITER => {
                let mut done = st.with_depth(st.lo - 4, st.hi - 4);
                done.nulls = shifted(&st.nulls, -4);
                g.flow(here, ins.target, done, false)?;
                self.fall_through(ins, after, g)?;
            }
            op::RETURN_VALUE | op::RAISE_LAST | op::RAISE_OBJ | op::RAISE_FROM => {}
            _ => self.fall_through(ins, after, g)?,
        }
        Ok(())
    }

    fn fall_through(&self, ins: &Instr, s: State, g: &mut Graph) -> Result<(), Fail> {
        if ins.next >= self.code.len() {
            return Err((
                ins.offset,
                "execution runs off the end of the function".into(),
            ));
        }
        g.flow(ins.offset, ins.next, s, false)
    }
}

/// The analysis state over one function's instructions.
struct Graph {
    /// Instruction index of each byte offset (u32::MAX inside an instruction).
    index_of: Vec<u32>,
    states: Vec<Option<State>>,
    /// Instructions the VM may reach by a data-dependent transfer (checked at run time).
    dynamic_entry: Vec<bool>,
    work: Vec<usize>,
    limit: i64,
}

impl Graph {
    /// Propagate state `s` from the instruction at `from` to the one at `target`.
    fn flow(&mut self, from: usize, target: usize, s: State, dynamic: bool) -> Result<(), Fail> {
        let t = match self.index_of.get(target) {
            Some(&t) if t != u32::MAX => t as usize,
            _ => return Err((from, "jump into the middle of an instruction".into())),
        };
        if s.lo < 0 {
            return Err((from, "stack underflow".into()));
        }
        if s.hi > self.limit {
            return Err((from, "stack overflow (n_state too small)".into()));
        }
        self.dynamic_entry[t] |= dynamic;
        let spread = |s: &State| s.hi - s.lo > MAX_DEPTH_SPREAD;
        let merged = match &self.states[t] {
            None => s,
            Some(old) => old
                .join(&s)
                .ok_or_else(|| (target, "inconsistent exception-stack depth".to_string()))?,
        };
        if spread(&merged) {
            return Err((target, "stack depth differs too much between paths".into()));
        }
        if self.states[t].as_ref() != Some(&merged) {
            self.states[t] = Some(merged);
            self.work.push(t);
        }
        Ok(())
    }
}
