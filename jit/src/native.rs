//! The native emitter: translates one function's bytecode into machine code over any `Asm`, with
//! a compile-time value stack, locals in callee-saved registers, inline small-int fast paths and
//! FunTable calls for everything else. Not an assembler, and not the runtime it calls.
//!
//! Model: the Python state array (locals and value stack) lives where the interpreter keeps it;
//! the value stack depth is static at every instruction (a pre-scan records it, with the static
//! exception-stack shape, for every reachable offset). Entries stay immediates, lazy local reads
//! or the RET register until something needs them in memory. Every fallible call is followed by
//! a test that branches to a stub which records the traceback and dispatches to the handler.

use crate::asm::{AluOp, Asm, Cond, FAluOp, FReg, Label, Reg, ShiftOp};
use adder_interp::bytecode::{decode_instr, op, BinaryOp, Instr, UnaryOp};
use adder_interp::bytecode::{
    BINARY_OP_MULTI, LOAD_CONST_SMALL_INT_MULTI, LOAD_FAST_MULTI, STORE_FAST_MULTI, UNARY_OP_MULTI,
};
use adder_interp::code::scope_flags;
use adder_interp::obj::Obj;
use adder_interp::runtime::funtable::{
    Fun, BA_LEN, BA_STORAGE, BYTES_DATA, BYTES_LEN, CELL_VALUE, DE_KEY, DE_VALUE, DICT_TABLE,
    DT_CAP, DT_DATA, DT_N_INDEX, DT_USED, EXIT_ERR, EXIT_RET, FALL_THROUGH, HDR_KIND, HDR_TY,
    INST_DICT, INST_SLOTS, INST_USED, ITER_END, ITER_KIND, ITER_KIND_LIST, ITER_KIND_RANGE,
    ITER_KIND_TUPLE, ITER_LIST_DONE, ITER_POS, ITER_SEQ, ITER_STEP, ITER_STOP, KIND_BYTEARRAY,
    KIND_BYTES, KIND_ITER, KIND_LIST, KIND_TUPLE, LIST_LEN, LIST_STORAGE, NF_BUILTINS,
    NF_CLASS_VERSION, NF_CONSTS, NF_FUN_TABLE, NF_GEN_IP, NF_GEN_SP, NF_GLOBALS, NF_PENDING,
    NF_QSTRS, NF_RET_VAL, NF_SITES, NF_STATE, RAW_BYTES, TUPLE_ITEMS, TUPLE_LEN, VALUES_CAP,
    VALUES_ITEMS,
};
use adder_interp::runtime::funtable::{
    CI_DIRECT_CONSTS, CI_DIRECT_ENTRY, CI_DIRECT_QSTRS, CI_DIRECT_SITES, CI_PLAIN_ARGS,
    CODEOBJ_INFO, FUN_CLOSURE, FUN_CODE, FUN_GLOBALS, KIND_BUILTIN_FN, KIND_DICT, KIND_FUNCTION,
    KIND_GENERATOR, KIND_INSTANCE, KIND_MODULE, KIND_TYPE, MODULE_DICT, NF_CODE, NF_EXC, NF_EXC_SP,
    NF_FUNC, NF_VM, NF_WORDS, VM_CUR_GLOBALS, VM_DEPTH, VM_MAX_DEPTH, VM_STACK_BASE,
    VM_STACK_LIMIT, VM_STACK_RAW, VM_STACK_SLOTS, VM_STACK_TOP,
};
use adder_interp::vm::code::CodeInfo;
use adder_interp::vm::icache::{
    BUILTIN_RECV, SITE_BIDX, SITE_BTABLE, SITE_GIDX, SITE_GTABLE, SITE_GUSED, SITE_METHOD,
    SITE_SIZE, SITE_SLOT, SITE_TY, SITE_VERSION,
};
use std::collections::{BTreeMap, BTreeSet};

/// Why a function cannot be compiled (shown as `SyntaxError: native code: <reason>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn refuse<T>(msg: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal(msg.into()))
}

const INT_TAG: u64 = 0xFFFF_0000_0000_0000;
/// A float object word is the double's bits plus this (obj/value.rs).
const FLOAT_OFFSET: u64 = 1 << 48;

/// A small-int operation done inline.
#[derive(Clone, Copy, Debug)]
enum IntOp {
    /// Add or Sub with an overflow check.
    Alu(AluOp),
    Mul,
    /// And, Or, Xor (cannot overflow).
    Bit(AluOp),
    /// Floor division (true) or modulo (false), Python's rounding.
    DivMod(bool),
    /// `<<` (Shl, checked) or `>>` (Sar) by a constant count 0..=63.
    Shift(ShiftOp, u8),
}

/// A binary operand for the inline paths: the register holding it, or a small-int constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Src {
    R(Reg),
    Int(u64),
    /// A float constant (its object word).
    F(u64),
}

impl Src {
    /// The constant's value shifted left 16 when it fits a sign-extended 32-bit immediate.
    fn shifted_imm(self) -> Option<i32> {
        match self {
            Src::Int(x) => i32::try_from(Obj(x).small_int_value() << 16).ok(),
            Src::R(_) | Src::F(_) => None,
        }
    }
    /// The register of an operand the caller materialized (`d` otherwise).
    fn reg(self, d: Reg) -> Reg {
        match self {
            Src::R(r) => r,
            Src::Int(_) | Src::F(_) => d,
        }
    }
}

/// An operand of the inline float path that is not a float: converted out of line when it is
/// a small int (`Emitter::float_int_operands`).
struct IntToFloat {
    src: Reg,
    fd: FReg,
    not_float: Label,
    back: Label,
}

/// How an inline small-int result is held before tagging.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// The value shifted left 16.
    Shifted,
    /// The value (sign-extended).
    Plain,
    /// Already a tagged small int.
    Tagged,
}

/// One instruction with the multi-opcodes unpacked.
#[derive(Clone, Copy, Debug)]
struct Ins {
    offset: usize,
    next: usize,
    kind: Kind,
    arg: i64,
    target: usize,
    extra: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Op(u8),
    SmallInt,
    LoadFast,
    StoreFast,
    Unary(u8),
    Binary(u8),
}

fn decode_all(bc: &[u8]) -> Result<Vec<Ins>, Refusal> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bc.len() {
        let i: Instr = decode_instr(bc, pos).map_err(|_| Refusal("malformed bytecode".into()))?;
        let o = i.op;
        let (kind, arg) = if (LOAD_CONST_SMALL_INT_MULTI..LOAD_FAST_MULTI).contains(&o) {
            (Kind::SmallInt, o as i64 - 0x80)
        } else if (LOAD_FAST_MULTI..STORE_FAST_MULTI).contains(&o) {
            (Kind::LoadFast, (o - LOAD_FAST_MULTI) as i64)
        } else if (STORE_FAST_MULTI..UNARY_OP_MULTI).contains(&o) {
            (Kind::StoreFast, (o - STORE_FAST_MULTI) as i64)
        } else if (UNARY_OP_MULTI..UNARY_OP_MULTI + 4).contains(&o) {
            (Kind::Unary(o - UNARY_OP_MULTI), 0)
        } else if (BINARY_OP_MULTI..BINARY_OP_MULTI + 35).contains(&o) {
            (Kind::Binary(o - BINARY_OP_MULTI), 0)
        } else if o == op::LOAD_CONST_SMALL_INT {
            (Kind::SmallInt, i.arg)
        } else if o == op::LOAD_FAST_N {
            (Kind::LoadFast, i.arg)
        } else if o == op::STORE_FAST_N {
            (Kind::StoreFast, i.arg)
        } else {
            (Kind::Op(o), i.arg)
        };
        if i.next <= pos {
            return refuse("malformed bytecode");
        }
        out.push(Ins {
            offset: pos,
            next: i.next,
            kind,
            arg,
            target: i.target,
            extra: i.extra,
        });
        pos = i.next;
    }
    Ok(out)
}

/// A static exception-stack entry: handler offset, finally-type, depth to unwind to.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ExcEntry {
    handler: usize,
    finally: bool,
    base: usize,
}

/// The static state before an instruction: value-stack depth and exception-stack shape.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Shape {
    depth: usize,
    exc: Vec<ExcEntry>,
}

/// A map keyed by bytecode offset, stored densely (compiling is on the import path: no hashing).
struct ByOffset<T> {
    v: Vec<Option<T>>,
}

impl<T> ByOffset<T> {
    fn new(len: usize) -> Self {
        ByOffset {
            v: std::iter::repeat_with(|| None).take(len).collect(),
        }
    }
    fn get(&self, off: &usize) -> Option<&T> {
        self.v.get(*off).and_then(|x| x.as_ref())
    }
    fn contains_key(&self, off: &usize) -> bool {
        self.get(off).is_some()
    }
    fn insert(&mut self, off: usize, x: T) {
        if let Some(slot) = self.v.get_mut(off) {
            *slot = Some(x);
        }
    }
}

/// The pre-scan: shapes of every reachable instruction, jump targets, dynamic targets.
struct Scan {
    shapes: ByOffset<Shape>,
    targets: BTreeSet<usize>,
    dynamic: BTreeSet<usize>,
    /// Generators: the offsets a resumed generator continues at (see `Emitter::resume_dispatch`).
    resumes: BTreeSet<usize>,
    /// Every control edge found (from offset, to offset), fall-through included.
    edges: Vec<(usize, usize)>,
}

fn call_items(arg: i64) -> usize {
    let n = arg as usize;
    (n & 0xff) + 2 * ((n >> 8) & 0xff)
}

/// Whether qstr `idx` of the code's module is `name`.
fn is_qstr(code: &CodeInfo, idx: i64, name: &str) -> bool {
    usize::try_from(idx)
        .ok()
        .and_then(|k| code.ctx.qstrs.get(k))
        .and_then(|&q| adder_interp::runtime::str::try_str(q))
        == Some(name)
}

/// The pre-scan's worklist state: shapes found so far, offsets to visit, edges seen.
struct Walk {
    shapes: ByOffset<Shape>,
    work: Vec<usize>,
    edges: Vec<(usize, usize)>,
}

fn scan(ins: &[Ins], code: &CodeInfo) -> Result<Scan, Refusal> {
    let end = ins.last().map(|l| l.next).unwrap_or(0);
    let mut at: ByOffset<usize> = ByOffset::new(end);
    for (k, i) in ins.iter().enumerate() {
        at.insert(i.offset, k);
    }
    let mut w = Walk {
        shapes: ByOffset::new(end),
        work: vec![0],
        edges: Vec::new(),
    };
    let mut targets = BTreeSet::new();
    let mut dynamic = BTreeSet::new();
    let mut resumes = BTreeSet::new();
    if ins.is_empty() {
        return refuse("empty function");
    }
    w.shapes.insert(
        0,
        Shape {
            depth: 0,
            exc: vec![],
        },
    );
    let limit = code.n_state;
    let edge = |w: &mut Walk, from: usize, to: usize, s: Shape| -> Result<(), Refusal> {
        w.edges.push((from, to));
        if !at.contains_key(&to) {
            return refuse("jump into the middle of an instruction");
        }
        if s.depth + 4 > limit + 4 || s.exc.len() > code.n_exc_stack {
            return refuse("stack deeper than the function's state");
        }
        match w.shapes.get(&to) {
            Some(old) if *old == s => Ok(()),
            Some(_) => refuse("inconsistent stack depth at a join"),
            None => {
                w.shapes.insert(to, s);
                w.work.push(to);
                Ok(())
            }
        }
    };
    while let Some(off) = w.work.pop() {
        let Some(&k) = at.get(&off) else {
            return refuse("bad offset");
        };
        let i = ins[k];
        let Some(sh) = w.shapes.get(&off).cloned() else {
            return refuse("bad offset");
        };
        let d = sh.depth as i64;
        let need = |n: i64| -> Result<(), Refusal> {
            if d < n {
                refuse("stack underflow")
            } else {
                Ok(())
            }
        };
        let mut fall: Option<Shape> = None;
        let with_depth = |s: &Shape, nd: i64| Shape {
            depth: nd as usize,
            exc: s.exc.clone(),
        };
        let simple = |pops: i64, pushes: i64| -> Result<Option<Shape>, Refusal> {
            need(pops)?;
            Ok(Some(with_depth(&sh, d - pops + pushes)))
        };
        match i.kind {
            Kind::SmallInt | Kind::LoadFast => fall = simple(0, 1)?,
            Kind::StoreFast => fall = simple(1, 0)?,
            Kind::Unary(_) => fall = simple(1, 1)?,
            Kind::Binary(_) => fall = simple(2, 1)?,
            Kind::Op(o) => match o {
                op::LOAD_CONST_FALSE
                | op::LOAD_CONST_NONE
                | op::LOAD_CONST_TRUE
                | op::LOAD_NULL
                | op::LOAD_CONST_STRING
                | op::LOAD_CONST_OBJ
                | op::LOAD_DEREF
                | op::LOAD_GLOBAL
                | op::LOAD_BUILD_CLASS
                | op::MAKE_FUNCTION => fall = simple(0, 1)?,
                op::LOAD_ATTR | op::GET_ITER => fall = simple(1, 1)?,
                op::LOAD_METHOD => {
                    // `async with` leaves a finally handler whose unwind path (return/break
                    // through the block) has one more stack slot than its exception path: no
                    // static stack shape fits, and MicroPython's native emitter does not take
                    // it either. Refuse it by name rather than by a stack-depth symptom.
                    if code.is_generator() && is_qstr(code, i.arg, "__aexit__") {
                        return refuse("async with is not supported");
                    }
                    fall = simple(1, 2)?
                }
                op::LOAD_SUPER_METHOD => fall = simple(3, 2)?,
                op::STORE_DEREF | op::STORE_GLOBAL | op::POP_TOP | op::IMPORT_STAR => {
                    fall = simple(1, 0)?
                }
                op::DELETE_FAST | op::DELETE_DEREF | op::DELETE_GLOBAL => fall = simple(0, 0)?,
                op::STORE_ATTR => fall = simple(2, 0)?,
                op::STORE_SUBSCR => fall = simple(3, 0)?,
                op::LOAD_SUBSCR => fall = simple(2, 1)?,
                op::IMPORT_NAME => fall = simple(2, 1)?,
                op::IMPORT_FROM => fall = simple(1, 2)?,
                op::DUP_TOP => fall = simple(1, 2)?,
                op::DUP_TOP_TWO => fall = simple(2, 4)?,
                op::ROT_TWO => fall = simple(2, 2)?,
                op::ROT_THREE => fall = simple(3, 3)?,
                op::BUILD_TUPLE | op::BUILD_LIST | op::BUILD_SET => fall = simple(i.arg, 1)?,
                op::BUILD_MAP => fall = simple(0, 1)?,
                op::STORE_MAP => fall = simple(3, 1)?,
                op::BUILD_SLICE => fall = simple(i.arg, 1)?,
                op::STORE_COMP => {
                    let pops = if i.arg & 3 == 1 { 2 } else { 1 };
                    need((i.arg >> 2) + 1)?;
                    fall = simple(pops, 0)?
                }
                op::UNPACK_SEQUENCE => fall = simple(1, i.arg)?,
                op::UNPACK_EX => fall = simple(1, (i.arg & 0xff) + ((i.arg >> 8) & 0xff) + 1)?,
                op::MAKE_FUNCTION_DEFARGS => fall = simple(2, 1)?,
                op::MAKE_CLOSURE => fall = simple(i.extra as i64, 1)?,
                op::MAKE_CLOSURE_DEFARGS => fall = simple(i.extra as i64 + 2, 1)?,
                op::CALL_FUNCTION => fall = simple(call_items(i.arg) as i64 + 1, 1)?,
                op::CALL_METHOD => fall = simple(call_items(i.arg) as i64 + 2, 1)?,
                op::CALL_FUNCTION_VAR_KW => fall = simple(call_items(i.arg) as i64 + 2, 1)?,
                op::CALL_METHOD_VAR_KW => fall = simple(call_items(i.arg) as i64 + 3, 1)?,
                op::GET_ITER_STACK => fall = simple(1, 4)?,
                op::FOR_ITER => {
                    need(4)?;
                    targets.insert(i.target);
                    edge(&mut w, off, i.target, with_depth(&sh, d - 4))?;
                    fall = Some(with_depth(&sh, d + 1));
                }
                op::JUMP => {
                    targets.insert(i.target);
                    edge(&mut w, off, i.target, sh.clone())?;
                }
                op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                    need(1)?;
                    targets.insert(i.target);
                    let s = with_depth(&sh, d - 1);
                    edge(&mut w, off, i.target, s.clone())?;
                    fall = Some(s);
                }
                op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                    need(1)?;
                    targets.insert(i.target);
                    edge(&mut w, off, i.target, sh.clone())?;
                    fall = Some(with_depth(&sh, d - 1));
                }
                op::SETUP_EXCEPT | op::SETUP_FINALLY | op::SETUP_WITH => {
                    let with = o == op::SETUP_WITH;
                    if with {
                        need(1)?;
                    }
                    let base = if with { sh.depth - 1 } else { sh.depth };
                    let saved = if with { sh.depth + 1 } else { sh.depth };
                    let mut exc = sh.exc.clone();
                    exc.push(ExcEntry {
                        handler: i.target,
                        finally: o != op::SETUP_EXCEPT,
                        base,
                    });
                    targets.insert(i.target);
                    dynamic.insert(i.target);
                    let hs = Shape {
                        depth: saved + 1,
                        exc: exc.clone(),
                    };
                    edge(&mut w, off, i.target, hs)?;
                    let nd = if with { d + 2 } else { d };
                    fall = Some(Shape {
                        depth: nd as usize,
                        exc,
                    });
                }
                op::WITH_CLEANUP => {
                    need(3)?;
                    fall = simple(3, 1)?;
                }
                op::END_FINALLY => {
                    need(1)?;
                    let mut exc = sh.exc.clone();
                    if exc.pop().is_none() {
                        return refuse("END_FINALLY without an exception block");
                    }
                    fall = Some(Shape {
                        depth: sh.depth - 1,
                        exc,
                    });
                }
                op::POP_EXCEPT_JUMP => {
                    let mut exc = sh.exc.clone();
                    if exc.pop().is_none() {
                        return refuse("POP_EXCEPT_JUMP without an exception block");
                    }
                    targets.insert(i.target);
                    let s = Shape {
                        depth: sh.depth,
                        exc,
                    };
                    edge(&mut w, off, i.target, s)?;
                }
                op::UNWIND_JUMP => {
                    let n = (i.extra & 0x7f) as usize;
                    if n == 0 || n > sh.exc.len() {
                        return refuse("UNWIND_JUMP across missing blocks");
                    }
                    let outer = &sh.exc[sh.exc.len() - n];
                    let pop_iter = if i.extra & 0x80 != 0 { 4 } else { 0 };
                    if outer.base < pop_iter {
                        return refuse("UNWIND_JUMP stack underflow");
                    }
                    let s = Shape {
                        depth: outer.base - pop_iter,
                        exc: sh.exc[..sh.exc.len() - n].to_vec(),
                    };
                    targets.insert(i.target);
                    dynamic.insert(i.target);
                    edge(&mut w, off, i.target, s)?;
                }
                op::RETURN_VALUE | op::RAISE_OBJ => need(1)?,
                op::RAISE_FROM => need(2)?,
                op::RAISE_LAST => {}
                op::YIELD_VALUE | op::YIELD_FROM if !code.is_generator() => {
                    return refuse("yield outside a generator");
                }
                op::YIELD_VALUE => {
                    // Resumes after the yield with the sent value in place of the yielded one.
                    targets.insert(i.next);
                    resumes.insert(i.next);
                    fall = simple(1, 1)?;
                }
                op::YIELD_FROM => {
                    // [iter, send]: resumes at itself (re-executed with the next send), or, after
                    // a throw that ended the sub-iterator, after it with its value ([value]).
                    need(2)?;
                    targets.insert(i.offset);
                    resumes.insert(i.offset);
                    targets.insert(i.next);
                    resumes.insert(i.next);
                    fall = simple(2, 1)?;
                }
                op::LOAD_NAME | op::STORE_NAME | op::DELETE_NAME => {
                    return refuse("name access outside a function");
                }
                _ => return refuse(format!("unsupported opcode 0x{o:02x}")),
            },
        }
        if let Some(s) = fall {
            if i.next >= ins.last().map(|l| l.next).unwrap_or(0) {
                return refuse("code falls off the end");
            }
            edge(&mut w, off, i.next, s)?;
        }
    }
    Ok(Scan {
        shapes: w.shapes,
        targets,
        dynamic,
        resumes,
        edges: w.edges,
    })
}

/// Locals `0..128` as a bit set.
type LocalSet = u128;

fn local_bit(l: usize) -> LocalSet {
    if l < 128 {
        1 << l
    } else {
        0
    }
}

/// Definite assignment: for every reachable offset, the locals bound on every path reaching it
/// (LOAD_FAST of one of them needs no unbound check). `args` are bound at entry; handlers,
/// unwind destinations and generator resume points (reached through the runtime's dispatch)
/// get only `args`, which is sound because stores only add bindings and DELETE_FAST is the
/// one instruction that removes one.
fn bound_locals(ins: &[Ins], sc: &Scan, args: LocalSet) -> ByOffset<LocalSet> {
    let end = ins.last().map(|l| l.next).unwrap_or(0);
    let mut preds: ByOffset<Vec<usize>> = ByOffset::new(end);
    for &(from, to) in &sc.edges {
        match preds.v.get_mut(to) {
            Some(Some(p)) => p.push(from),
            Some(slot) => *slot = Some(vec![from]),
            None => {}
        }
    }
    let forced = |off: usize| off == 0 || sc.dynamic.contains(&off) || sc.resumes.contains(&off);
    // out[offset]: the set after the instruction; unvisited = everything (the meet's identity).
    let mut out: ByOffset<LocalSet> = ByOffset::new(end);
    let mut before: ByOffset<LocalSet> = ByOffset::new(end);
    let mut changed = true;
    while changed {
        changed = false;
        for i in ins {
            if !sc.shapes.contains_key(&i.offset) {
                continue;
            }
            let mut set = if forced(i.offset) {
                args
            } else {
                let mut m = LocalSet::MAX;
                for p in preds.get(&i.offset).map(|v| v.as_slice()).unwrap_or(&[]) {
                    m &= out.get(p).copied().unwrap_or(LocalSet::MAX);
                }
                m
            };
            before.insert(i.offset, set);
            match i.kind {
                // After a LOAD_FAST the local is bound (or the load raised).
                Kind::StoreFast | Kind::LoadFast => set |= local_bit(i.arg as usize),
                Kind::Op(op::DELETE_FAST) => set &= !local_bit(i.arg as usize),
                _ => {}
            }
            if out.get(&i.offset) != Some(&set) {
                out.insert(i.offset, set);
                changed = true;
            }
        }
    }
    before
}

/// What a local probably holds, for the order of an arithmetic op's inline paths (never for
/// correctness: every path checks or falls back).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hint {
    /// Nothing stored yet (the inference's bottom).
    None,
    Int,
    Float,
    Unknown,
}

impl Hint {
    fn join(self, o: Hint) -> Hint {
        match (self, o) {
            (Hint::None, x) | (x, Hint::None) => x,
            (x, y) if x == y => x,
            _ => Hint::Unknown,
        }
    }
}

/// Per-local hints from the stores of the code, read in order with a simple stack model (reset
/// at jump targets and after ops it does not model), to a fixpoint; and whether the code looks
/// like float code (a float constant or a true division).
fn local_hints(ins: &[Ins], sc: &Scan, code: &CodeInfo) -> (Vec<Hint>, bool) {
    use BinaryOp as B;
    let mut hints = vec![Hint::None; code.n_state];
    let mut float_code = false;
    let is_float_const = |i: &Ins| {
        i.kind == Kind::Op(op::LOAD_CONST_OBJ)
            && code
                .ctx
                .consts
                .get(i.arg as usize)
                .is_some_and(|c| c.is_float())
    };
    // Per instruction: the stack depth (None: unreachable), and whether it is a jump target.
    let at: Vec<(Option<usize>, bool)> = ins
        .iter()
        .map(|i| {
            (
                sc.shapes.get(&i.offset).map(|s| s.depth),
                sc.targets.contains(&i.offset),
            )
        })
        .collect();
    let mut st: Vec<Hint> = Vec::new();
    for _ in 0..4 {
        let mut changed = false;
        st.clear();
        for (k, i) in ins.iter().enumerate() {
            let Some(depth) = at[k].0 else {
                continue;
            };
            if at[k].1 || st.len() != depth {
                st.clear();
                st.resize(depth, Hint::Unknown);
            }
            let pop = |st: &mut Vec<Hint>| st.pop().unwrap_or(Hint::Unknown);
            match i.kind {
                Kind::SmallInt => st.push(Hint::Int),
                Kind::LoadFast => {
                    let h = hints.get(i.arg as usize).copied().unwrap_or(Hint::Unknown);
                    st.push(if h == Hint::None { Hint::Unknown } else { h });
                }
                Kind::StoreFast => {
                    let v = pop(&mut st);
                    if let Some(h) = hints.get_mut(i.arg as usize) {
                        let j = h.join(v);
                        changed |= j != *h;
                        *h = j;
                    }
                }
                Kind::Op(_) if is_float_const(i) => {
                    float_code = true;
                    st.push(Hint::Float);
                }
                Kind::Op(op::DUP_TOP) => {
                    let v = st.last().copied().unwrap_or(Hint::Unknown);
                    st.push(v);
                }
                Kind::Unary(_) => {
                    let v = pop(&mut st);
                    st.push(v);
                }
                Kind::Binary(b) => {
                    let (r, l) = (pop(&mut st), pop(&mut st));
                    let h = match BinaryOp::from_u8(b) {
                        Some(B::TrueDivide | B::InplaceTrueDivide) => {
                            float_code = true;
                            Hint::Float
                        }
                        Some(
                            B::Add
                            | B::InplaceAdd
                            | B::Subtract
                            | B::InplaceSubtract
                            | B::Multiply
                            | B::InplaceMultiply
                            | B::FloorDivide
                            | B::InplaceFloorDivide
                            | B::Modulo
                            | B::InplaceModulo,
                        ) => match (l, r) {
                            (Hint::Float, _) | (_, Hint::Float) => Hint::Float,
                            (Hint::Int, Hint::Int) => Hint::Int,
                            _ => Hint::Unknown,
                        },
                        Some(
                            B::And
                            | B::InplaceAnd
                            | B::Or
                            | B::InplaceOr
                            | B::Xor
                            | B::InplaceXor
                            | B::Lshift
                            | B::InplaceLshift
                            | B::Rshift
                            | B::InplaceRshift,
                        ) => Hint::Int,
                        _ => Hint::Unknown,
                    };
                    st.push(h);
                }
                _ => {
                    // Not modelled: whatever the next instruction finds is unknown.
                    let depth = at.get(k + 1).and_then(|a| a.0).unwrap_or(0);
                    st.clear();
                    st.resize(depth, Hint::Unknown);
                }
            }
        }
        if !changed {
            break;
        }
    }
    (hints, float_code)
}

/// A compile-time value-stack entry. Its stack slot is its position in the vector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum V {
    /// In the state array at its slot.
    Stacked,
    /// A constant object word.
    Imm(u64),
    /// The current value of local i (read lazily).
    Local(usize),
    /// In the RET register.
    Ret,
    /// A copy of the value in stack slot j, which is below this entry: slot j stays Stacked and
    /// unwritten while this entry exists (nothing writes a slot under the top in place, and a
    /// rotation or a window settles the copies first). DUP_TOP/DUP_TOP_TWO of stored entries.
    Slot(usize),
}

/// A pending error exit: the label the fast path jumps to, where the error happened, and an
/// entry to call first that sets the exception (for errors detected by machine code itself).
struct ErrStub {
    label: Label,
    op_ip: usize,
    pre: Option<(Fun, u64)>,
}

/// Compile `code` (a function's code object) to position-independent machine code with entry at
/// offset 0 and signature `NativeEntry`.
pub fn compile<A: Asm>(a: A, code: &CodeInfo) -> Result<Vec<u8>, Refusal> {
    compile_mapped(a, code).map(|(bytes, _)| bytes)
}

/// Where the machine code of each bytecode instruction starts: (bytecode offset, code offset)
/// in code order; `OUT_OF_LINE` marks the start of the shared tail (error stubs, dispatch,
/// epilogue). Used by the disassembler (jit/src/disasm.rs).
pub type OffsetMap = Vec<(usize, usize)>;
pub const OUT_OF_LINE: usize = usize::MAX;

/// `compile`, also returning the bytecode-offset -> code-offset map.
pub fn compile_mapped<A: Asm>(a: A, code: &CodeInfo) -> Result<(Vec<u8>, OffsetMap), Refusal> {
    compile_full(a, code).map(|(bytes, map, _)| (bytes, map))
}

/// `compile_mapped`, also returning the offset of the direct entry (0 = none).
fn compile_full<A: Asm>(mut a: A, code: &CodeInfo) -> Result<(Vec<u8>, OffsetMap, usize), Refusal> {
    let bc = code.bytecode();
    let ins = decode_all(bc)?;
    let sc = scan(&ins, code)?;
    let mut e = Emitter::new(&mut a, code, &ins, &sc)?;
    e.emit_all()?;
    let map = std::mem::take(&mut e.offsets);
    let direct = e.direct_off;
    drop(e);
    let bytes = a.finish().map_err(|err| Refusal(err.to_string()))?;
    Ok((bytes, map, direct))
}

/// Bytes of the trailer `compile_unit` appends: the direct entry's offset (u32 LE, 0 = none).
pub const TRAILER: usize = 4;

/// The machine code of a function as the tier installs it and native .mpy files carry it: the
/// code (entry at offset 0) followed by the trailer.
pub fn compile_unit<A: Asm>(a: A, code: &CodeInfo) -> Result<(Vec<u8>, OffsetMap), Refusal> {
    let (mut bytes, map, direct) = compile_full(a, code)?;
    let direct = u32::try_from(direct).map_err(|_| Refusal("code too large".into()))?;
    bytes.extend_from_slice(&direct.to_le_bytes());
    Ok((bytes, map))
}

/// The direct entry offset recorded by `compile_unit` in `unit`, when it is inside the code.
pub fn direct_offset(unit: &[u8]) -> Option<usize> {
    let code_len = unit.len().checked_sub(TRAILER)?;
    let t: [u8; TRAILER] = unit.get(code_len..)?.try_into().ok()?;
    let off = u32::from_le_bytes(t) as usize;
    (off != 0 && off < code_len).then_some(off)
}

/// Largest frame (state + exception words) the direct entry clears with unrolled stores.
const DIRECT_MAX_SLOTS: usize = 96;

struct Emitter<'a, A: Asm> {
    a: &'a mut A,
    code: &'a CodeInfo,
    ins: &'a [Ins],
    sc: &'a Scan,
    vs: Vec<V>,
    labels: BTreeMap<usize, Label>,
    stubs: Vec<ErrStub>,
    /// Locals kept in callee-saved registers.
    local_reg: BTreeMap<usize, Reg>,
    /// Locals that are always bound (arguments never deleted): no unbound check.
    always_bound: BTreeSet<usize>,
    /// The locals bound on every path to each offset (`bound_locals`): no unbound check either.
    bound: ByOffset<LocalSet>,
    epilogue: Label,
    err_exit: Label,
    ret_exit: Label,
    dispatch: Label,
    raise: Label,
    /// Calls `bad_dispatch` and leaves with its exception.
    bad: Label,
    /// Generators: the out-of-line stub for each resume offset (raise a thrown exception there,
    /// or jump to the offset).
    resume_stubs: Vec<(usize, Label)>,
    /// Skip the next instruction (fused into this one).
    skip_next: bool,
    /// The offset map (see `compile_mapped`).
    offsets: OffsetMap,
    /// Bound at the ordinary entry (offset 0), called by the direct entry.
    start: Label,
    /// Where the direct entry starts (0 = none).
    direct_off: usize,
    /// Out-of-line code (slow paths), emitted after the body by `emit_tail`: the hot path
    /// falls through its fast cases and these jump back. They run with an empty stack model:
    /// whatever they call was spilled before the paths split.
    deferred: Vec<Deferred<'a, A>>,
    /// The kind of the value the last op left in RET (see `Known`).
    known: Option<Known>,
    /// `local_hints`: what each local probably holds, and whether this is float code.
    hints: Vec<Hint>,
    float_code: bool,
    /// The BINARY_OP + of a `[x] + rhs` whose BUILD_LIST 1 was left out (`prepend_add`).
    prepend_at: Option<usize>,
}

/// A kind of value known on an inline path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kn {
    /// A small int.
    Int,
    /// A float object word (its double also in FTEMPS[0]).
    Float,
}

/// The value in RET that the last op left at code offset `at`: of kind `kind` when its inline
/// path ran; its other paths jump to `generic`. The next op may claim it (no code emitted
/// since, the value still in RET): it then skips the check and binds `generic` to a path of
/// its own that checks. Otherwise `generic` leads back to `done`, where the code that follows
/// checks as usual (`Emitter::resolve_known`).
#[derive(Clone, Copy, Debug)]
struct Known {
    kind: Kn,
    at: usize,
    generic: Label,
    done: Label,
}

/// A piece of out-of-line code (`Emitter::deferred`).
type Deferred<'a, A> = Box<dyn FnOnce(&mut Emitter<'a, A>) + 'a>;

impl<'a, A: Asm> Emitter<'a, A> {
    fn new(
        a: &'a mut A,
        code: &'a CodeInfo,
        ins: &'a [Ins],
        sc: &'a Scan,
    ) -> Result<Self, Refusal> {
        let mut labels = BTreeMap::new();
        for &t in &sc.targets {
            labels.insert(t, a.new_label());
        }
        // Locals: usage counts, a use inside n loops weighing 8**n (loops: the spans of the
        // backward jumps); the busiest get callee-saved registers.
        let loops: Vec<(usize, usize)> = ins
            .iter()
            .filter(|i| Self::jumps(i) && i.target <= i.offset)
            .map(|i| (i.target, i.offset))
            .collect();
        let weight = |off: usize| {
            let depth = loops.iter().filter(|&&(a, b)| a <= off && off <= b).count();
            1usize << (3 * depth.min(5))
        };
        let mut uses: BTreeMap<usize, usize> = BTreeMap::new();
        let mut deleted = BTreeSet::new();
        for i in ins {
            match i.kind {
                Kind::LoadFast | Kind::StoreFast => {
                    if i.arg < 0 || i.arg as usize >= code.n_state {
                        return refuse("local index out of range");
                    }
                    *uses.entry(i.arg as usize).or_default() += weight(i.offset);
                }
                Kind::Op(op::DELETE_FAST) => {
                    deleted.insert(i.arg as usize);
                }
                Kind::Op(op::LOAD_DEREF | op::STORE_DEREF | op::DELETE_DEREF)
                    if i.arg < 0 || i.arg as usize >= code.n_state =>
                {
                    return refuse("local index out of range");
                }
                _ => {}
            }
        }
        let cells: BTreeSet<usize> = code.cells.iter().map(|&c| c as usize).collect();
        let mut by_use: Vec<(usize, usize)> = uses
            .iter()
            .filter(|(l, &n)| n >= 2 && !cells.contains(l))
            .map(|(&l, &n)| (n, l))
            .collect();
        by_use.sort_by(|x, y| y.cmp(x));
        let mut local_reg = BTreeMap::new();
        // A generator's locals live only in its heap state array (they survive a yield, and the
        // collector sees them there).
        let n_regs = if code.is_generator() {
            0
        } else {
            A::LOCAL_REGS.len()
        };
        for (k, &(_, l)) in by_use.iter().take(n_regs).enumerate() {
            local_reg.insert(l, A::LOCAL_REGS[k]);
        }
        let n_args = code.n_pos_args
            + code.n_kwonly_args
            + (code.scope_flags & scope_flags::VARARGS != 0) as usize
            + (code.scope_flags & scope_flags::VARKEYWORDS != 0) as usize;
        let always_bound: BTreeSet<usize> = (0..n_args).filter(|l| !deleted.contains(l)).collect();
        let args = always_bound.iter().fold(0, |m, &l| m | local_bit(l));
        let bound = bound_locals(ins, sc, args);
        let (hints, float_code) = local_hints(ins, sc, code);
        let start = a.new_label();
        Ok(Emitter {
            epilogue: a.new_label(),
            err_exit: a.new_label(),
            ret_exit: a.new_label(),
            dispatch: a.new_label(),
            raise: a.new_label(),
            bad: a.new_label(),
            resume_stubs: Vec::new(),
            a,
            code,
            ins,
            sc,
            vs: Vec::new(),
            labels,
            stubs: Vec::new(),
            local_reg,
            always_bound,
            bound,
            skip_next: false,
            offsets: Vec::new(),
            start,
            direct_off: 0,
            deferred: Vec::new(),
            known: None,
            hints,
            float_code,
            prepend_at: None,
        })
    }

    /// Whether `i` is a jump to `i.target` (for the loop spans of the register allocation).
    fn jumps(i: &Ins) -> bool {
        matches!(
            i.kind,
            Kind::Op(
                op::JUMP
                    | op::POP_JUMP_IF_TRUE
                    | op::POP_JUMP_IF_FALSE
                    | op::JUMP_IF_TRUE_OR_POP
                    | op::JUMP_IF_FALSE_OR_POP
            )
        )
    }

    // --- registers and slots -------------------------------------------------------------------

    fn arg(&self, k: usize) -> Reg {
        A::ARGS[k]
    }
    fn slot_off(k: usize) -> i32 {
        (k as i32) * A::WORD
    }
    fn local_off(&self, i: usize) -> i32 {
        Self::slot_off(self.code.n_state - 1 - i)
    }

    /// Put entry `k` of the value stack into register `d` (which is never RET or a temp that
    /// holds another entry).
    fn load_entry(&mut self, v: V, k: usize, d: Reg) {
        match v {
            V::Stacked => self.a.load(d, A::STATE, Self::slot_off(k)),
            V::Slot(j) => self.a.load(d, A::STATE, Self::slot_off(j)),
            V::Imm(x) => self.a.mov_imm(d, x),
            V::Local(i) => match self.local_reg.get(&i) {
                Some(&r) => self.a.mov(d, r),
                None => {
                    let off = self.local_off(i);
                    self.a.load(d, A::STATE, off)
                }
            },
            V::Ret => {
                if d != A::RET {
                    self.a.mov(d, A::RET)
                }
            }
        }
    }

    /// Write entry k to its slot (it becomes Stacked). Clobbers TEMPS[1].
    fn settle_one(&mut self, k: usize) {
        let v = self.vs[k];
        let off = Self::slot_off(k);
        match v {
            V::Stacked => return,
            V::Ret => self.a.store(A::RET, A::STATE, off),
            V::Local(i) if self.local_reg.contains_key(&i) => {
                let r = self.local_reg[&i];
                self.a.store(r, A::STATE, off)
            }
            _ => {
                let t = A::TEMPS[1];
                self.load_entry(v, k, t);
                self.a.store(t, A::STATE, off);
            }
        }
        self.vs[k] = V::Stacked;
    }

    fn settle_from(&mut self, from: usize) {
        for k in from..self.vs.len() {
            self.settle_one(k);
        }
    }

    fn settle_all(&mut self) {
        self.settle_from(0);
    }

    /// Store every entry held in RET (before RET is overwritten).
    fn spill_ret(&mut self) {
        for k in 0..self.vs.len() {
            if self.vs[k] == V::Ret {
                self.settle_one(k);
            }
        }
    }

    /// Store entries reading local i (before local i changes).
    fn flush_local(&mut self, i: usize) {
        for k in 0..self.vs.len() {
            if self.vs[k] == V::Local(i) {
                self.settle_one(k);
            }
        }
    }

    /// The index of the entry `n - 1` below the top (n = 1: the top), or a refusal.
    fn below_top(&self, n: usize) -> Result<usize, Refusal> {
        self.vs
            .len()
            .checked_sub(n)
            .ok_or(Refusal("stack underflow".into()))
    }

    fn pop_to(&mut self, d: Reg) -> Result<V, Refusal> {
        let k = self.below_top(1)?;
        let v = self.vs[k];
        self.load_entry(v, k, d);
        self.vs.pop();
        Ok(v)
    }

    fn peek_to(&mut self, depth_from_top: usize, d: Reg) -> Result<(), Refusal> {
        let k = self.below_top(1 + depth_from_top)?;
        let v = self.vs[k];
        self.load_entry(v, k, d);
        Ok(())
    }

    fn drop_n(&mut self, n: usize) -> Result<(), Refusal> {
        let len = self.below_top(n)?;
        self.vs.truncate(len);
        Ok(())
    }

    fn push(&mut self, v: V) {
        self.vs.push(v);
    }

    fn label(&self, off: usize) -> Result<Label, Refusal> {
        self.labels
            .get(&off)
            .copied()
            .ok_or(Refusal("jump to an unknown target".into()))
    }

    // --- calls and errors -----------------------------------------------------------------------

    /// Call entry `f`; the caller has put arguments 1.. in ARGS already. RET is clobbered, so
    /// entries held there are stored first.
    fn call(&mut self, f: Fun) {
        self.spill_ret();
        let (d, c) = (self.arg(0), A::CTX);
        self.a.mov(d, c);
        self.a.call_ind(f as u32);
    }

    /// Take the pending `Known` if it still describes RET (no code emitted since).
    fn claim(&mut self) -> Option<Known> {
        match self.known {
            Some(k) if k.at == self.a.offset() => self.known.take(),
            _ => None,
        }
    }

    /// Give up the pending `Known`: its other paths rejoin the ordinary path at `done`.
    fn resolve_known(&mut self) {
        if let Some(k) = self.known.take() {
            if k.at == self.a.offset() {
                self.a.bind(k.generic);
            } else {
                self.deferred.push(Box::new(move |e: &mut Self| {
                    e.a.bind(k.generic);
                    e.a.jump(k.done);
                }));
            }
        }
    }

    fn err_label(&mut self, op_ip: usize, pre: Option<(Fun, u64)>) -> Label {
        let label = self.a.new_label();
        self.stubs.push(ErrStub { label, op_ip, pre });
        label
    }

    /// After a fallible call: RET == NULL means an exception is pending.
    fn check(&mut self, op_ip: usize) {
        let l = self.err_label(op_ip, None);
        self.a.cmp_imm_jump(Cond::Eq, A::RET, 0, l);
    }

    /// Jump to `l` unless `o` holds a heap pointer (top 16 bits and low 3 bits clear; NULL
    /// passes: callers that may see NULL check it first). Clobbers `t`.
    fn jump_unless_ptr(&mut self, t: Reg, o: Reg, l: Label) {
        self.a.mov_imm(t, 0xFFFF_0000_0000_0007);
        self.a.alu(AluOp::And, t, o);
        self.a.cmp_imm_jump(Cond::Ne, t, 0, l);
    }

    fn call_checked(&mut self, f: Fun, op_ip: usize) {
        self.call(f);
        self.check(op_ip);
    }

    fn imm_arg(&mut self, k: usize, v: u64) {
        let r = self.arg(k);
        self.a.mov_imm(r, v);
    }

    // --- the walk -------------------------------------------------------------------------------

    fn emit_all(&mut self) -> Result<(), Refusal> {
        // Prologue: registers for hot locals come from the state array (filled by binding).
        self.a.bind(self.start);
        self.a.entry(0, NF_FUN_TABLE, NF_STATE);
        let regs: Vec<(usize, Reg)> = self.local_reg.iter().map(|(&l, &r)| (l, r)).collect();
        for (l, r) in regs {
            let off = self.local_off(l);
            self.a.load(r, A::STATE, off);
        }
        if self.code.is_generator() {
            self.resume_dispatch();
        }
        let ins = self.ins;
        let trace = std::env::var_os("ADDER_JIT_TRACE").is_some();
        for (k, i) in ins.iter().enumerate() {
            if self.skip_next {
                self.skip_next = false;
                continue;
            }
            let Some(shape) = self.sc.shapes.get(&i.offset) else {
                continue; // unreachable
            };
            // Another path may reach a jump target: nothing known there.
            let target = self.labels.contains_key(&i.offset);
            if target || self.known.is_some_and(|k| k.at != self.a.offset()) {
                self.resolve_known();
            }
            if let Some(&l) = self.labels.get(&i.offset) {
                // Predecessors settle before jumping or falling in here.
                self.a.bind(l);
                self.vs = vec![V::Stacked; shape.depth];
            } else if self.vs.len() != shape.depth {
                return refuse("internal: stack model out of step");
            }
            let next = ins.get(k + 1).copied();
            if trace {
                eprintln!(
                    "native {:4} {:?} arg={} stack={:?}",
                    i.offset, i.kind, i.arg, self.vs
                );
            }
            self.offsets.push((i.offset, self.a.offset()));
            self.emit_ins(*i, next, shape.exc.len())?;
            // Falling into a label: everything must be in memory.
            if let Some(n) = next {
                let n = if self.skip_next {
                    ins.get(k + 2).copied()
                } else {
                    Some(n)
                };
                if let Some(n) = n {
                    if self.labels.contains_key(&n.offset) && self.sc.shapes.contains_key(&n.offset)
                    {
                        self.settle_all();
                    }
                }
            }
        }
        self.emit_tail()
    }

    /// Generators: the machine code is entered with `gen_ip` = the offset to resume at (0 at the
    /// start) and `pending` = an exception thrown in (or NULL). Marks the activation as not
    /// yielded (`gen_ip` = MAX) and goes to the resume point; a thrown exception is raised there
    /// at the previous offset, as the interpreter does (the yield that suspended it).
    fn resume_dispatch(&mut self) {
        let [t0, t1] = A::TEMPS;
        self.a.load(t0, A::CTX, NF_GEN_IP);
        self.a.mov_imm(t1, u64::MAX);
        self.a.store(t1, A::CTX, NF_GEN_IP);
        let resumes: Vec<usize> = self.sc.resumes.iter().copied().collect();
        for r in resumes {
            let l = self.a.new_label();
            self.resume_stubs.push((r, l));
            self.a.cmp_imm_jump(Cond::Eq, t0, r as i32, l);
        }
        self.a.cmp_imm_jump(Cond::Ne, t0, 0, self.bad);
        self.a.load(t1, A::CTX, NF_PENDING);
        let l = self.err_label(0, None);
        self.a.cmp_imm_jump(Cond::Ne, t1, 0, l);
    }

    fn emit_tail(&mut self) -> Result<(), Refusal> {
        self.resolve_known();
        self.offsets.push((OUT_OF_LINE, self.a.offset()));
        // Slow paths (they may add error stubs, so first).
        self.vs.clear();
        while !self.deferred.is_empty() {
            let pieces = std::mem::take(&mut self.deferred);
            for d in pieces {
                d(self);
            }
        }
        let resume_stubs = std::mem::take(&mut self.resume_stubs);
        for (r, l) in resume_stubs {
            self.a.bind(l);
            let t1 = A::TEMPS[1];
            self.a.load(t1, A::CTX, NF_PENDING);
            let err = self.err_label(r.saturating_sub(1), None);
            self.a.cmp_imm_jump(Cond::Ne, t1, 0, err);
            let target = self.label(r)?;
            self.a.jump(target);
        }
        // Error stubs: set the exception if machine code found the error, then dispatch.
        let stubs = std::mem::take(&mut self.stubs);
        for s in &stubs {
            self.a.bind(s.label);
            if let Some((f, v)) = s.pre {
                self.imm_arg(1, v);
                let (d, c) = (self.arg(0), A::CTX);
                self.a.mov(d, c);
                self.a.call_ind(f as u32);
            }
            self.imm_arg(1, s.op_ip as u64);
            self.a.jump(self.raise);
        }
        // raise: find the handler (or leave).
        self.a.bind(self.raise);
        let (d, c) = (self.arg(0), A::CTX);
        self.a.mov(d, c);
        self.a.call_ind(Fun::raise_dispatch as u32);
        // dispatch: RET holds a control result.
        self.a.bind(self.dispatch);
        self.a
            .cmp_imm_jump(Cond::Eq, A::RET, EXIT_ERR as i32, self.err_exit);
        self.a
            .cmp_imm_jump(Cond::Eq, A::RET, EXIT_RET as i32, self.ret_exit);
        let dynamic: Vec<usize> = self.sc.dynamic.iter().copied().collect();
        for t in dynamic {
            if self.sc.shapes.contains_key(&t) {
                let l = self.label(t)?;
                self.a.cmp_imm_jump(Cond::Eq, A::RET, t as i32, l);
            }
        }
        self.a.bind(self.bad);
        let (d, c) = (self.arg(0), A::CTX);
        self.a.mov(d, c);
        self.a.call_ind(Fun::bad_dispatch as u32);
        self.a.bind(self.err_exit);
        self.a.mov_imm(A::RET, 0);
        self.a.jump(self.epilogue);
        self.a.bind(self.ret_exit);
        self.a.load(A::RET, A::CTX, NF_RET_VAL);
        self.a.bind(self.epilogue);
        self.a.exit();
        self.direct_entry();
        Ok(())
    }

    /// The direct entry of a plain call (`CodeInfo::plain_args`), called by `direct_call` in
    /// machine code: `fn(caller: &mut NativeFrame, fun, args: *const Obj) -> Obj`. It does what
    /// `funtable::call_plain_native` + `run_native` do, with this code's sizes known: the
    /// recursion-depth, native-stack and value-stack checks, the frame area reserved on the Vm
    /// stack (non-argument slots cleared, arguments copied into their locals), the NativeFrame
    /// built in its own stack slots (the caller's constant fields, the callee's tables from its
    /// CodeInfo), cur_globals saved and set, then a call to the ordinary entry and the restores.
    /// An exception is copied to the caller's `pending`. When a check fails nothing is changed
    /// and it returns NULL with the caller's `pending` NULL: the caller then takes the FunTable
    /// call, which raises (or, being deeper on the native stack, decides) as before.
    fn direct_entry(&mut self) {
        let code = self.code;
        let (s, p) = (code.n_state, code.plain_args);
        let n = s + 3 * code.n_exc_stack;
        if p > s || n > DIRECT_MAX_SLOTS || code.is_generator() {
            return;
        }
        let w = A::WORD;
        let nf = |off: i32| (off / w) as u32;
        let (saved_caller, saved_globals, saved_top) = (NF_WORDS, NF_WORDS + 1, NF_WORDS + 2);
        let k = NF_WORDS + 3;
        let (caller, fun, args, x, vm, info) = (
            self.arg(0),
            self.arg(1),
            self.arg(2),
            self.arg(3),
            self.arg(4),
            self.arg(5),
        );
        let [t0, t1] = A::TEMPS;
        let ret = A::RET;
        let bail = self.a.new_label();
        let done = self.a.new_label();
        self.direct_off = self.a.offset();
        self.a.entry_stub(k);
        self.a.load(vm, caller, NF_VM);
        // depth + 1 > max_depth?
        self.a.load(ret, vm, VM_DEPTH);
        self.a.alu_imm(AluOp::Add, ret, 1);
        self.a.load(t0, vm, VM_MAX_DEPTH);
        self.a.cmp_jump(Cond::Gt, ret, t0, bail);
        // The native stack: sp < stack_base - stack_limit?
        self.a.load(t0, vm, VM_STACK_BASE);
        self.a.load(t1, vm, VM_STACK_LIMIT);
        self.a.alu(AluOp::Sub, t0, t1);
        self.a.slot_addr(t1, 0);
        self.a.cmp_jump(Cond::Below, t1, t0, bail);
        // The value stack: stack_top + n > stack_slots?
        self.a.load(t0, vm, VM_STACK_TOP);
        self.a.mov(x, t0);
        self.a.alu_imm(AluOp::Add, x, n as i32);
        self.a.load(t1, vm, VM_STACK_SLOTS);
        self.a.cmp_jump(Cond::Below, t1, x, bail);
        // Commit: depth, stack_top; state = stack_raw + old top.
        self.a.store(ret, vm, VM_DEPTH);
        self.a.store(x, vm, VM_STACK_TOP);
        self.a.store_slot(caller, saved_caller);
        self.a.store_slot(t0, saved_top);
        self.a.shift_imm(ShiftOp::Shl, t0, 3);
        self.a.load(t1, vm, VM_STACK_RAW);
        self.a.alu(AluOp::Add, t1, t0);
        // Locals are stored top-down: argument i at state[s - 1 - i]; clear the rest.
        self.a.mov_imm(t0, 0);
        for j in (0..s - p).chain(s..n) {
            self.a.store(t0, t1, j as i32 * w);
        }
        for i in 0..p {
            self.a.load(x, args, i as i32 * w);
            self.a.store(x, t1, (s - 1 - i) as i32 * w);
        }
        // The NativeFrame in slots 0..NF_WORDS.
        self.a.store_slot(t1, nf(NF_STATE));
        self.a.alu_imm(AluOp::Add, t1, s as i32 * w);
        self.a.store_slot(t1, nf(NF_EXC));
        for off in [NF_PENDING, NF_RET_VAL, NF_EXC_SP, NF_GEN_IP, NF_GEN_SP] {
            self.a.store_slot(t0, nf(off));
        }
        for off in [NF_FUN_TABLE, NF_CLASS_VERSION, NF_BUILTINS] {
            self.a.load(x, caller, off);
            self.a.store_slot(x, nf(off));
        }
        self.a.store_slot(vm, nf(NF_VM));
        self.a.store_slot(fun, nf(NF_FUNC));
        self.a.load(info, fun, FUN_CODE);
        self.a.load(info, info, CODEOBJ_INFO);
        self.a.store_slot(info, nf(NF_CODE));
        for (from, to) in [
            (CI_DIRECT_QSTRS, NF_QSTRS),
            (CI_DIRECT_CONSTS, NF_CONSTS),
            (CI_DIRECT_SITES, NF_SITES),
        ] {
            self.a.load(x, info, from);
            self.a.store_slot(x, nf(to));
        }
        self.a.load(x, fun, FUN_GLOBALS);
        self.a.store_slot(x, nf(NF_GLOBALS));
        self.a.load(t0, vm, VM_CUR_GLOBALS);
        self.a.store_slot(t0, saved_globals);
        self.a.store(x, vm, VM_CUR_GLOBALS);
        self.a.slot_addr(caller, 0);
        self.a.call_label(self.start);
        // Restore (RET holds the result).
        self.a.load_slot(caller, saved_caller);
        self.a.load(vm, caller, NF_VM);
        self.a.load(t0, vm, VM_DEPTH);
        self.a.alu_imm(AluOp::Sub, t0, 1);
        self.a.store(t0, vm, VM_DEPTH);
        self.a.load_slot(t0, saved_globals);
        self.a.store(t0, vm, VM_CUR_GLOBALS);
        self.a.load_slot(t0, saved_top);
        self.a.store(t0, vm, VM_STACK_TOP);
        self.a.cmp_imm_jump(Cond::Ne, ret, 0, done);
        self.a.load_slot(t0, nf(NF_PENDING));
        self.a.store(t0, caller, NF_PENDING);
        self.a.bind(done);
        self.a.exit_stub(k);
        self.a.bind(bail);
        self.a.mov_imm(ret, 0);
        self.a.store(ret, caller, NF_PENDING);
        self.a.exit_stub(k);
    }

    /// CALL_FUNCTION / CALL_METHOD with `npos` positional arguments and no keywords on the
    /// window at `base` (settled): when the callee is a function without closure whose code
    /// takes exactly this many arguments by plain binding and has a direct entry, call that
    /// entry (`direct_entry`); otherwise, or when it declines, the FunTable entry `f`.
    fn direct_call(&mut self, f: Fun, method: bool, packed: u64, base: usize, ip: usize) {
        let npos = (packed & 0xff) as usize;
        self.spill_ret();
        let (fun, args) = (self.arg(1), self.arg(2));
        let [t0, t1] = A::TEMPS;
        let slow = self.a.new_label();
        let done = self.a.new_label();
        let w = A::WORD;
        self.a.load(fun, A::STATE, Self::slot_off(base));
        // A non-NULL pointer to a Function without closure.
        self.a.cmp_imm_jump(Cond::Eq, fun, 0, slow);
        self.jump_unless_ptr(t0, fun, slow);
        self.a.load32(t0, fun, HDR_KIND);
        self.a.alu_imm(AluOp::And, t0, 0xff);
        // A builtin function or method: `call_builtin` (after the general call).
        let builtin = self.a.new_label();
        self.a
            .cmp_imm_jump(Cond::Eq, t0, KIND_BUILTIN_FN as i32, builtin);
        // CALL_FUNCTION of a class: `class_call` (after the general call).
        let class = (!method).then(|| self.a.new_label());
        self.a
            .cmp_imm_jump(Cond::Ne, t0, KIND_FUNCTION as i32, class.unwrap_or(slow));
        self.a.load(t0, fun, FUN_CLOSURE);
        self.a.cmp_imm_jump(Cond::Ne, t0, 0, slow);
        self.a.load(t0, fun, FUN_CODE);
        self.a.load(t0, t0, CODEOBJ_INFO);
        self.a.load(t1, t0, CI_PLAIN_ARGS);
        let first = base + 1;
        if method {
            // [meth, self_or_NULL, args..]: self is the first argument when present.
            let bound = self.a.new_label();
            let have = self.a.new_label();
            self.a.load(args, A::STATE, Self::slot_off(base + 1));
            self.a.cmp_imm_jump(Cond::Ne, args, 0, bound);
            self.a.cmp_imm_jump(Cond::Ne, t1, npos as i32, slow);
            self.a.mov(args, A::STATE);
            self.a.alu_imm(AluOp::Add, args, (first + 1) as i32 * w);
            self.a.jump(have);
            self.a.bind(bound);
            self.a.cmp_imm_jump(Cond::Ne, t1, npos as i32 + 1, slow);
            self.a.mov(args, A::STATE);
            self.a.alu_imm(AluOp::Add, args, first as i32 * w);
            self.a.bind(have);
        } else {
            self.a.cmp_imm_jump(Cond::Ne, t1, npos as i32, slow);
            self.a.mov(args, A::STATE);
            self.a.alu_imm(AluOp::Add, args, first as i32 * w);
        }
        self.a.load(t0, t0, CI_DIRECT_ENTRY);
        self.a.cmp_imm_jump(Cond::Eq, t0, 0, slow);
        let (d, c) = (self.arg(0), A::CTX);
        self.a.mov(d, c);
        self.a.call_reg(t0);
        self.a.cmp_imm_jump(Cond::Ne, A::RET, 0, done);
        // NULL: an exception (pending set) or the entry declined (pending NULL).
        self.a.load(t0, A::CTX, NF_PENDING);
        let err = self.err_label(ip, None);
        self.a.cmp_imm_jump(Cond::Ne, t0, 0, err);
        self.a.bind(slow);
        self.imm_arg(1, packed);
        self.imm_arg(2, base as u64);
        self.call_checked(f, ip);
        self.a.jump(done);
        if let Some(class) = class {
            self.a.bind(class);
            self.class_call(npos, base, ip, slow, done);
        }
        // A builtin function or method: its Rust function on the arguments in place
        // (`call_builtin`), without the generic call's dispatch.
        self.a.bind(builtin);
        self.a.mov(args, A::STATE);
        if method {
            let (bound, have) = (self.a.new_label(), self.a.new_label());
            self.a.load(t0, A::STATE, Self::slot_off(base + 1));
            self.a.cmp_imm_jump(Cond::Ne, t0, 0, bound);
            self.a.alu_imm(AluOp::Add, args, (first + 1) as i32 * w);
            self.imm_arg(3, npos as u64);
            self.a.jump(have);
            self.a.bind(bound);
            self.a.alu_imm(AluOp::Add, args, first as i32 * w);
            self.imm_arg(3, npos as u64 + 1);
            self.a.bind(have);
        } else {
            self.a.alu_imm(AluOp::Add, args, first as i32 * w);
            self.imm_arg(3, npos as u64);
        }
        self.call_checked(Fun::call_builtin, ip);
        self.a.bind(done);
    }

    /// Call the direct entry of the function in RET (a runtime entry checked it has one) with
    /// the arguments from state slot `slot` on (`direct_entry`'s signature).
    fn call_direct_ret(&mut self, slot: usize) {
        let (fun, args, t0) = (self.arg(1), self.arg(2), A::TEMPS[0]);
        self.a.mov(fun, A::RET);
        self.a.load(t0, fun, FUN_CODE);
        self.a.load(t0, t0, CODEOBJ_INFO);
        self.a.load(t0, t0, CI_DIRECT_ENTRY);
        self.a.mov(args, A::STATE);
        self.a.alu_imm(AluOp::Add, args, slot as i32 * A::WORD);
        let (d, c) = (self.arg(0), A::CTX);
        self.a.mov(d, c);
        self.a.call_reg(t0);
    }

    /// CALL_FUNCTION of an object whose kind (in TEMPS[0]) is not Function, with `npos`
    /// positional arguments on the window at `base`: for a plain Python class with a plain
    /// native `__init__`, `new_instance` allocates the instance into state[base] and returns
    /// the `__init__`, which is called through its direct entry with state[base..] (the instance
    /// and the arguments) as arguments; a None result leaves the instance as the result, any
    /// other result (or the entry declining) goes to `init_finish`. Everything else goes to
    /// `slow` (the general call) with nothing changed.
    fn class_call(&mut self, npos: usize, base: usize, ip: usize, slow: Label, done: Label) {
        let t0 = A::TEMPS[0];
        let err = self.err_label(ip, None);
        let (not_class, not_none, finish) =
            (self.a.new_label(), self.a.new_label(), self.a.new_label());
        self.a.cmp_imm_jump(Cond::Ne, t0, KIND_TYPE as i32, slow);
        self.imm_arg(1, npos as u64);
        self.imm_arg(2, base as u64);
        self.call(Fun::new_instance);
        self.a.cmp_imm_jump(Cond::Eq, A::RET, 0, not_class);
        // RET: the __init__ (new_instance checked it has a direct entry).
        self.call_direct_ret(base);
        self.a
            .cmp_imm_jump(Cond::Ne, A::RET, Obj::NONE.bits() as i32, not_none);
        self.a.load(A::RET, A::STATE, Self::slot_off(base));
        self.a.jump(done);
        self.a.bind(not_none);
        // NULL: an exception (pending set) or the entry declined (pending NULL).
        self.a.cmp_imm_jump(Cond::Ne, A::RET, 0, finish);
        self.a.load(t0, A::CTX, NF_PENDING);
        self.a.cmp_imm_jump(Cond::Ne, t0, 0, err);
        self.a.bind(finish);
        let r = self.arg(3);
        self.a.mov(r, A::RET);
        self.imm_arg(1, npos as u64);
        self.imm_arg(2, base as u64);
        self.call_checked(Fun::init_finish, ip);
        self.a.jump(done);
        // Not such a class (pending NULL: the general call) or no memory (pending set).
        self.a.bind(not_class);
        self.a.load(t0, A::CTX, NF_PENDING);
        self.a.cmp_imm_jump(Cond::Ne, t0, 0, err);
        self.a.jump(slow);
    }

    fn emit_ins(&mut self, i: Ins, next: Option<Ins>, exc_depth: usize) -> Result<(), Refusal> {
        let ip = i.offset;
        match i.kind {
            Kind::SmallInt if self.range_tail(i)? => {}
            Kind::SmallInt => {
                if let Some(o) = Obj::try_small_int(i.arg) {
                    self.push(V::Imm(o.bits()));
                } else {
                    self.imm_arg(1, i.arg as u64);
                    self.call_checked(Fun::int_from_i64, ip);
                    self.push(V::Ret);
                }
            }
            Kind::LoadFast => self.load_fast(i.arg as usize, ip),
            Kind::StoreFast => self.store_fast(i.arg as usize)?,
            Kind::Unary(u) => {
                let r = self.arg(2);
                self.pop_to(r)?;
                self.spill_ret();
                let (slow, done) = (self.a.new_label(), self.a.new_label());
                self.unary_fast(u, r, slow, done);
                self.a.bind(slow);
                self.imm_arg(1, u as u64);
                self.call_checked(Fun::unary_op, ip);
                self.a.bind(done);
                self.push(V::Ret);
            }
            Kind::Binary(_) if self.prepend_at == Some(ip) => {
                // `[x] + rhs`: x is still the entry BUILD_LIST 1 would have taken.
                self.prepend_at = None;
                let (a1, a2) = (self.arg(1), self.arg(2));
                self.pop_to(a2)?;
                self.pop_to(a1)?;
                self.call_checked(Fun::list_prepend, ip);
                self.push(V::Ret);
            }
            Kind::Binary(b) => self.binary(b, i, next)?,
            // `x[a:b]`: BUILD_SLICE 2 + LOAD_SUBSCR (not a jump target) in one entry, which needs
            // no slice object for a str, list or tuple with int or None bounds.
            Kind::Op(op::BUILD_SLICE)
                if i.arg == 2
                    && next.is_some_and(|n| {
                        n.kind == Kind::Op(op::LOAD_SUBSCR) && !self.labels.contains_key(&n.offset)
                    }) =>
            {
                let sub_ip = next.map_or(ip, |n| n.offset);
                let (a1, a2, a3) = (self.arg(1), self.arg(2), self.arg(3));
                self.pop_to(a3)?;
                self.pop_to(a2)?;
                self.pop_to(a1)?;
                self.call_checked(Fun::load_slice, sub_ip);
                self.push(V::Ret);
                self.skip_next = true;
            }
            Kind::Op(o) => self.op(o, i, exc_depth)?,
        }
        Ok(())
    }

    /// The end of a `for x in range(..)` loop's body: `LOAD_CONST_SMALL_INT step; BINARY_OP +=`
    /// on the counter (the top entry) followed by the loop's header at a jump target,
    /// `DUP_TOP_TWO; ROT_TWO; BINARY_OP <; POP_JUMP_IF_TRUE body` (stop a stack entry below
    /// the counter) or `DUP_TOP; LOAD_CONST_SMALL_INT stop; BINARY_OP <; POP_JUMP_IF_TRUE
    /// body` (`>` for a negative step). When counter and stop are small ints the increment and
    /// the test are done here on the shifted words: the counter stored back and a jump to the
    /// body while the test holds; otherwise (the loop ends, or an operand is not a small int,
    /// or the sum overflows) it falls into the header, which tests again (the runtime's
    /// `+=` first, out of line, when the fast path does not apply). Returns false (nothing
    /// emitted) when the code is not that shape.
    fn range_tail(&mut self, i: Ins) -> Result<bool, Refusal> {
        if !A::HAS_OVERFLOW_BRANCH {
            return Ok(false);
        }
        let Ok(k) = self.ins.binary_search_by_key(&i.offset, |x| x.offset) else {
            return Ok(false);
        };
        let Some(w) = self.ins.get(k..k + 6) else {
            return Ok(false);
        };
        let step = i.arg;
        let (less, more) = (
            Kind::Binary(BinaryOp::Less as u8),
            Kind::Binary(BinaryOp::More as u8),
        );
        let cmp = if step > 0 { less } else { more };
        if step == 0
            || step.unsigned_abs() >= 1 << 15
            || w[1].kind != Kind::Binary(BinaryOp::InplaceAdd as u8)
            || self.labels.contains_key(&w[1].offset)
            || !self.labels.contains_key(&w[2].offset)
        {
            return Ok(false);
        }
        // The stop: a stack entry (its slot below the counter's) or a constant (shifted).
        let stop = match (w[2].kind, w[3].kind, w[4].kind, w[5].kind) {
            (
                Kind::Op(op::DUP_TOP_TWO),
                Kind::Op(op::ROT_TWO),
                c,
                Kind::Op(op::POP_JUMP_IF_TRUE),
            ) if c == cmp => None,
            (Kind::Op(op::DUP_TOP), Kind::SmallInt, c, Kind::Op(op::POP_JUMP_IF_TRUE))
                if c == cmp && w[3].arg.unsigned_abs() < 1 << 15 =>
            {
                Some(w[3].arg)
            }
            _ => return Ok(false),
        };
        let body = w[5].target;
        if body > i.offset || !self.labels.contains_key(&body) {
            return Ok(false);
        }
        let n = self.vs.len();
        let need = if stop.is_some() { 1 } else { 2 };
        if n < need {
            return Ok(false);
        }
        // The header is a jump target: everything in memory before the jump to the body.
        self.settle_all();
        self.skip_next = true;
        let (cnt_off, stop_off) = (Self::slot_off(n - 1), Self::slot_off(n.wrapping_sub(2)));
        let (lhs, rhs) = (self.arg(2), self.arg(3));
        let [t0, t1] = A::TEMPS;
        let (slow, header, body) = (
            self.a.new_label(),
            self.label(w[2].offset)?,
            self.label(body)?,
        );
        self.a.load(lhs, A::STATE, cnt_off);
        match stop {
            None => {
                self.a.load(rhs, A::STATE, stop_off);
                self.a.mov(t0, lhs);
                self.a.alu(AluOp::And, t0, rhs);
                self.a.shift_imm(ShiftOp::Shr, t0, 48);
                self.a.cmp_imm_jump(Cond::Ne, t0, 0xFFFF, slow);
                self.a.shift_imm(ShiftOp::Shl, rhs, 16);
            }
            Some(_) => {
                self.a.mov_imm(t0, INT_TAG);
                self.a.cmp_jump(Cond::Below, lhs, t0, slow);
            }
        }
        self.a.shift_imm(ShiftOp::Shl, lhs, 16);
        self.a
            .alu_imm_jump_overflow(AluOp::Add, lhs, (step << 16) as i32, slow);
        // The new counter, tagged: (v << 16 | 0xFFFF) rotated right 16.
        self.a.mov(t1, lhs);
        self.a.alu_imm(AluOp::Or, t1, 0xFFFF);
        self.a.shift_imm(ShiftOp::Ror, t1, 16);
        self.a.store(t1, A::STATE, cnt_off);
        let c = if step > 0 { Cond::Lt } else { Cond::Gt };
        match stop {
            None => self.a.cmp_jump(c, lhs, rhs, body),
            Some(s) => self.a.cmp_imm_jump(c, lhs, (s << 16) as i32, body),
        }
        // The generic `+=`, then the header's generic test.
        let (b, ip) = (BinaryOp::InplaceAdd as u64, w[1].offset);
        let step_obj = Obj::try_small_int(step).map_or(0, |o| o.bits());
        self.deferred.push(Box::new(move |e: &mut Self| {
            e.a.bind(slow);
            e.a.load(lhs, A::STATE, cnt_off);
            e.a.mov_imm(rhs, step_obj);
            e.imm_arg(1, b);
            e.call_checked(Fun::binary_op, ip);
            e.a.store(A::RET, A::STATE, cnt_off);
            e.a.jump(header);
        }));
        Ok(true)
    }

    /// `[x] + rhs` where rhs is a short straight run of loads, attribute loads and subscripts
    /// that leaves the list's entry alone, ending at the BINARY_OP +: its offset. Then the list
    /// need not be built on its own (nothing can see it before the +). Not in generators.
    fn prepend_add(&self, i: Ins) -> Option<usize> {
        if self.code.is_generator() {
            return None;
        }
        let k = self
            .ins
            .binary_search_by_key(&i.offset, |x| x.offset)
            .ok()?;
        let rest = self.ins.get(k + 1..)?;
        // The depth with the list pushed (its entry is the one just below d1).
        let d1 = self.sc.shapes.get(&rest.first()?.offset)?.depth;
        let mut d = d1;
        for j in rest.iter().take(8) {
            if self.labels.contains_key(&j.offset) {
                return None;
            }
            let (pops, pushes) = match j.kind {
                Kind::LoadFast | Kind::SmallInt => (0, 1),
                Kind::Op(
                    op::LOAD_CONST_FALSE
                    | op::LOAD_CONST_NONE
                    | op::LOAD_CONST_TRUE
                    | op::LOAD_CONST_STRING
                    | op::LOAD_CONST_OBJ
                    | op::LOAD_DEREF
                    | op::LOAD_GLOBAL,
                ) => (0, 1),
                Kind::Op(op::LOAD_ATTR) => (1, 1),
                Kind::Op(op::LOAD_SUBSCR) => (2, 1),
                Kind::Binary(b) if b == BinaryOp::Add as u8 && d == d1 + 1 => {
                    return Some(j.offset)
                }
                _ => return None,
            };
            if d < d1 + pops {
                return None;
            }
            d = d - pops + pushes;
        }
        None
    }

    /// `not` on a bool or None and `-` on a small int in machine code: RET and a jump to
    /// `done`, or fall through to the runtime call (placed at `slow`).
    fn unary_fast(&mut self, u: u8, v: Reg, slow: Label, done: Label) {
        let [t0, t1] = A::TEMPS;
        match UnaryOp::from_u8(u) {
            Some(UnaryOp::Not) => {
                let yes = self.a.new_label();
                self.a.mov_imm(A::RET, Obj::FALSE.bits());
                self.a
                    .cmp_imm_jump(Cond::Eq, v, Obj::TRUE.bits() as i32, done);
                self.a
                    .cmp_imm_jump(Cond::Eq, v, Obj::FALSE.bits() as i32, yes);
                self.a
                    .cmp_imm_jump(Cond::Ne, v, Obj::NONE.bits() as i32, slow);
                self.a.bind(yes);
                self.a.mov_imm(A::RET, Obj::TRUE.bits());
                self.a.jump(done);
            }
            Some(UnaryOp::Negative) if A::HAS_OVERFLOW_BRANCH => {
                let not_int = if A::HAS_FLOAT {
                    self.a.new_label()
                } else {
                    slow
                };
                self.a.mov(t0, v);
                self.a.shift_imm(ShiftOp::Shr, t0, 48);
                self.a.cmp_imm_jump(Cond::Ne, t0, 0xFFFF, not_int);
                self.a.mov(t1, v);
                self.a.shift_imm(ShiftOp::Shl, t1, 16);
                self.a.mov_imm(t0, 0);
                self.a.alu_jump_overflow(AluOp::Sub, t0, t1, slow);
                self.a.shift_imm(ShiftOp::Sar, t0, 16);
                self.a.mov_imm(t1, INT_TAG);
                self.a.alu(AluOp::Or, t0, t1);
                self.a.mov(A::RET, t0);
                self.a.jump(done);
                if A::HAS_FLOAT {
                    // A float: its bits with the sign flipped. A NaN (whose negation is not
                    // the canonical NaN) goes to the runtime.
                    let (off, lim) = (self.arg(4), self.arg(5));
                    self.a.bind(not_int);
                    self.a.mov_imm(off, FLOAT_OFFSET);
                    self.a.mov_imm(lim, 0xFFF1 << 48);
                    self.a.mov(t1, v);
                    self.a.alu(AluOp::Sub, t1, off);
                    self.a.cmp_jump(Cond::AboveEq, t1, lim, slow);
                    self.a.mov_imm(t0, 1 << 63);
                    self.a.alu(AluOp::Xor, t1, t0);
                    self.a.cmp_jump(Cond::AboveEq, t1, lim, slow);
                    self.a.alu(AluOp::Add, t1, off);
                    self.a.mov(A::RET, t1);
                    self.a.jump(done);
                }
            }
            _ => {}
        }
    }

    fn load_fast(&mut self, l: usize, ip: usize) {
        let known = self.bound.get(&ip).is_some_and(|&m| m & local_bit(l) != 0);
        if !known && !self.always_bound.contains(&l) {
            let stub = self.err_label(ip, Some((Fun::unbound_local, l as u64)));
            match self.local_reg.get(&l) {
                Some(&r) => self.a.cmp_imm_jump(Cond::Eq, r, 0, stub),
                None => {
                    let (t, off) = (A::TEMPS[0], self.local_off(l));
                    self.a.load(t, A::STATE, off);
                    self.a.cmp_imm_jump(Cond::Eq, t, 0, stub);
                }
            }
        }
        self.push(V::Local(l));
    }

    fn store_fast(&mut self, l: usize) -> Result<(), Refusal> {
        let k = self.below_top(1)?;
        let v = self.vs[k];
        if v == V::Local(l) {
            self.vs.pop();
            return Ok(());
        }
        self.vs.pop();
        self.flush_local(l);
        match self.local_reg.get(&l).copied() {
            Some(r) => self.load_entry(v, k, r),
            None => {
                let off = self.local_off(l);
                let src = match v {
                    V::Ret => A::RET,
                    V::Local(j) if self.local_reg.contains_key(&j) => self.local_reg[&j],
                    _ => {
                        let t = A::TEMPS[1];
                        self.load_entry(v, k, t);
                        t
                    }
                };
                self.a.store(src, A::STATE, off);
            }
        }
        Ok(())
    }

    /// Jump to `target` when the truth of the value in register `v` equals `when`; otherwise fall
    /// through. The stack is settled by the caller.
    fn truth_branch(&mut self, v: Reg, when: bool, target: Label, ip: usize) {
        let cont = self.a.new_label();
        let (hit, miss) = if when {
            (Obj::TRUE.bits(), Obj::FALSE.bits())
        } else {
            (Obj::FALSE.bits(), Obj::TRUE.bits())
        };
        self.a.cmp_imm_jump(Cond::Eq, v, hit as i32, target);
        self.a.cmp_imm_jump(Cond::Eq, v, miss as i32, cont);
        // Small ints: 0 (the word INT_TAG) is false, every word above it a true int. None is
        // false.
        let (on_false, on_true) = if when { (cont, target) } else { (target, cont) };
        let t0 = A::TEMPS[0];
        self.a.mov_imm(t0, INT_TAG);
        self.a.cmp_jump(Cond::Eq, v, t0, on_false);
        self.a.cmp_jump(Cond::AboveEq, v, t0, on_true);
        self.a
            .cmp_imm_jump(Cond::Eq, v, Obj::NONE.bits() as i32, on_false);
        let a1 = self.arg(1);
        if v != a1 {
            self.a.mov(a1, v);
        }
        self.call_checked(Fun::is_true, ip);
        self.a.cmp_imm_jump(Cond::Eq, A::RET, hit as i32, target);
        self.a.bind(cont);
    }

    fn binary(&mut self, b: u8, i: Ins, next: Option<Ins>) -> Result<(), Refusal> {
        use BinaryOp as B;
        let ip = i.offset;
        let Some(bop) = BinaryOp::from_u8(b) else {
            return refuse("bad binary op");
        };
        let cond = match bop {
            B::Less => Some(Cond::Lt),
            B::More => Some(Cond::Gt),
            B::LessEqual => Some(Cond::Le),
            B::MoreEqual => Some(Cond::Ge),
            B::Equal => Some(Cond::Eq),
            B::NotEqual => Some(Cond::Ne),
            _ => None,
        };
        // A constant shift count (the right operand is a small-int immediate).
        let count = match self.vs.last() {
            Some(&V::Imm(x)) if x >> 48 == 0xFFFF => Some(Obj(x).small_int_value())
                .filter(|k| (0..64).contains(k))
                .map(|k| k as u8),
            _ => None,
        };
        // Small ints: inline on the tagged words (both operands checked first).
        let int_op = match bop {
            B::Lshift | B::InplaceLshift => count.map(|k| IntOp::Shift(ShiftOp::Shl, k)),
            B::Rshift | B::InplaceRshift => count.map(|k| IntOp::Shift(ShiftOp::Sar, k)),
            B::Add | B::InplaceAdd => Some(IntOp::Alu(AluOp::Add)),
            B::Subtract | B::InplaceSubtract => Some(IntOp::Alu(AluOp::Sub)),
            B::Multiply | B::InplaceMultiply => Some(IntOp::Mul),
            B::And | B::InplaceAnd => Some(IntOp::Bit(AluOp::And)),
            B::Or | B::InplaceOr => Some(IntOp::Bit(AluOp::Or)),
            B::Xor | B::InplaceXor => Some(IntOp::Bit(AluOp::Xor)),
            B::FloorDivide | B::InplaceFloorDivide => Some(IntOp::DivMod(true)),
            B::Modulo | B::InplaceModulo => Some(IntOp::DivMod(false)),
            _ => None,
        };
        // Floats (or a float with a small int): inline on doubles.
        let float_op = match bop {
            B::Add | B::InplaceAdd => Some(FAluOp::Add),
            B::Subtract | B::InplaceSubtract => Some(FAluOp::Sub),
            B::Multiply | B::InplaceMultiply => Some(FAluOp::Mul),
            B::TrueDivide | B::InplaceTrueDivide => Some(FAluOp::Div),
            _ => None,
        };
        if bop == B::Is {
            return self.identity(next);
        }
        let do_int = A::HAS_OVERFLOW_BRANCH && (cond.is_some() || int_op.is_some());
        let do_float = A::HAS_FLOAT && (cond.is_some() || float_op.is_some());
        let (lhs, rhs) = (self.arg(2), self.arg(3));
        // The operands stay where they live (a local's register, RET, a constant) for the fast
        // paths; the slow path moves them into the argument registers.
        let local_hint = |e: &Self, k: usize| match e.vs.get(k) {
            Some(&V::Local(l)) => e.hints.get(l).copied().unwrap_or(Hint::Unknown),
            _ => Hint::Unknown,
        };
        let top = self.below_top(1)?;
        // (rhs, lhs) hints of operands that are locals.
        let popped_hint = (local_hint(self, top), local_hint(self, top.wrapping_sub(1)));
        let rs0 = self.pop_src(rhs)?;
        let ls0 = self.pop_src(lhs)?;
        // A float constant operand: the small-int path cannot apply.
        let do_int = do_int && !matches!(ls0, Src::F(_)) && !matches!(rs0, Src::F(_));
        // The operands' slots (free once popped), for the direct dunder call.
        let k = self.vs.len();
        if !do_int && !do_float {
            self.materialize(ls0, lhs);
            self.materialize(rs0, rhs);
            self.binary_call(bop, k, ip, ls0);
            self.push(V::Ret);
            return Ok(());
        }
        // A compare followed by a conditional jump (not itself a jump target) becomes one branch.
        let fused = match (cond, next) {
            (Some(_), Some(n))
                if matches!(
                    n.kind,
                    Kind::Op(op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE)
                ) && !self.labels.contains_key(&n.offset) =>
            {
                Some(n)
            }
            _ => None,
        };
        // Model changes (stores) happen before the paths split, so both paths agree.
        self.spill_ret();
        if fused.is_some() {
            self.settle_all();
        }
        // Where a fused compare goes: (label, jump when the comparison holds).
        let branch = match fused {
            Some(n) => {
                let jump_when = n.kind == Kind::Op(op::POP_JUMP_IF_TRUE);
                Some((self.label(n.target)?, jump_when))
            }
            None => None,
        };
        // An operand the previous op computed, of a kind known on its inline path.
        let claim = if ls0 == Src::R(A::RET) || rs0 == Src::R(A::RET) {
            self.claim()
        } else {
            None
        };
        let known = claim.map(|k| k.kind);
        // A float operand: straight to the float path.
        let do_int = do_int && !(known == Some(Kn::Float) && do_float);
        let slow_pre = self.a.new_label();
        let slow = self.a.new_label();
        let done = self.a.new_label();
        let not_ints = if do_float {
            self.a.new_label()
        } else {
            slow_pre
        };
        // The claimed operand's other paths: an int goes back to the inline path (the checks of
        // the other operand), anything else to the float path or the runtime.
        if let Some(k) = claim {
            let entry = self.a.new_label();
            self.a.bind(entry);
            self.deferred.push(Box::new(move |e: &mut Self| {
                e.a.bind(k.generic);
                match k.kind {
                    // The int check skipped: ints go back in, the rest to the float path (or
                    // the runtime).
                    Kn::Int if do_int => {
                        let t0 = A::TEMPS[0];
                        e.a.mov_imm(t0, INT_TAG);
                        e.a.cmp_jump(Cond::AboveEq, A::RET, t0, entry);
                        e.a.jump(not_ints);
                    }
                    // The float check skipped: the runtime.
                    Kn::Float if do_float => e.a.jump(slow_pre),
                    // Not used: the inline code checks.
                    _ => e.a.jump(entry),
                }
            }));
        }
        let [t0, t1] = A::TEMPS;
        // The result's kind on the inline path (for the next op).
        let mut produced = None;
        // The small-int path.
        let int_path = move |e: &mut Self| {
            // Where the int op's own failures (overflow, division by zero) go.
            let mut int_fail = slow_pre;
            // Both small ints? (An immediate operand is known to be one, and so is the claimed
            // one.)
            let checked = |s: Src| match s {
                Src::R(r) => !(r == A::RET && known == Some(Kn::Int)),
                _ => false,
            };
            match (checked(ls0), checked(rs0)) {
                (true, true) => {
                    // Tags 0xFFFF in the top 16 bits of both.
                    e.a.mov(t0, ls0.reg(lhs));
                    e.a.alu(AluOp::And, t0, rs0.reg(rhs));
                    e.a.shift_imm(ShiftOp::Shr, t0, 48);
                    e.a.cmp_imm_jump(Cond::Ne, t0, 0xFFFF, not_ints);
                }
                (true, false) | (false, true) => {
                    // Small ints are exactly the words >= INT_TAG (unsigned).
                    let x = if checked(ls0) { ls0 } else { rs0 };
                    e.a.mov_imm(t0, INT_TAG);
                    e.a.cmp_jump(Cond::Below, x.reg(lhs), t0, not_ints);
                }
                (false, false) => {}
            }
            // Mul, DivMod and the shifts work on the argument registers (div_rem clobbers RET).
            let (mut ls, mut rs) = (ls0, rs0);
            if matches!(
                int_op,
                Some(IntOp::Mul | IntOp::DivMod(_) | IntOp::Shift(..))
            ) && cond.is_none()
            {
                ls = e.materialize(ls, lhs);
                rs = e.materialize(rs, rhs);
                int_fail = slow;
            }
            // Where the result is computed: RET unless an operand lives there.
            let dst = if ls == Src::R(A::RET) || rs == Src::R(A::RET) {
                t0
            } else {
                A::RET
            };
            if let Some(c) = cond {
                e.shifted_to(t0, ls);
                let c = match branch {
                    Some((_, false)) => c.negate(),
                    _ => c,
                };
                match (branch, rs.shifted_imm()) {
                    (Some((target, _)), Some(k)) => e.a.cmp_imm_jump(c, t0, k, target),
                    (Some((target, _)), None) => {
                        e.shifted_to(t1, rs);
                        e.a.cmp_jump(c, t0, t1, target);
                    }
                    (None, _) => {
                        e.shifted_to(t1, rs);
                        e.a.set_cond(c, A::RET, t0, t1);
                        // FALSE = 0x0a, TRUE = 0x12: 0x0a + 8 * flag.
                        e.a.shift_imm(ShiftOp::Shl, A::RET, 3);
                        e.a.alu_imm(AluOp::Add, A::RET, Obj::FALSE.bits() as i32);
                    }
                }
            } else if let Some(iop) = int_op {
                // The result: a value shifted left 16 (`tag_shifted`), a plain value, or a
                // tagged word, in `res`.
                let (lhs, rhs) = (ls.reg(lhs), rs.reg(rhs));
                let (res, form) = match iop {
                    IntOp::Alu(op) => {
                        e.shifted_to(dst, ls);
                        match rs.shifted_imm() {
                            Some(k) => e.a.alu_imm_jump_overflow(op, dst, k, int_fail),
                            None => {
                                e.shifted_to(t1, rs);
                                e.a.alu_jump_overflow(op, dst, t1, int_fail);
                            }
                        }
                        (dst, Form::Shifted)
                    }
                    IntOp::Mul => {
                        // (a << 16) * b fits a word exactly when a * b fits 48 bits.
                        e.a.mov(t0, lhs);
                        e.a.shift_imm(ShiftOp::Shl, t0, 16);
                        e.a.mov(t1, rhs);
                        e.a.shift_imm(ShiftOp::Shl, t1, 16);
                        e.a.shift_imm(ShiftOp::Sar, t1, 16);
                        e.a.mul_jump_overflow(t0, t1, int_fail);
                        (t0, Form::Shifted)
                    }
                    IntOp::Bit(op) => {
                        // The tags survive and/or; xor clears them.
                        e.src_to(dst, ls);
                        let r = match rs {
                            Src::R(r) => r,
                            Src::Int(x) | Src::F(x) => {
                                e.a.mov_imm(t1, x);
                                t1
                            }
                        };
                        e.a.alu(op, dst, r);
                        let form = if op == AluOp::Xor {
                            Form::Plain
                        } else {
                            Form::Tagged
                        };
                        (dst, form)
                    }
                    IntOp::DivMod(floor) => {
                        e.int_divmod(floor, lhs, rhs, int_fail);
                        (t0, Form::Plain)
                    }
                    IntOp::Shift(ShiftOp::Shl, k) => {
                        // value << 16 << k must shift back unchanged (fits 48 bits).
                        let x = e.arg(4);
                        e.a.mov(t1, lhs);
                        e.a.shift_imm(ShiftOp::Shl, t1, 16);
                        e.a.mov(t0, t1);
                        e.a.shift_imm(ShiftOp::Shl, t0, k);
                        e.a.mov(x, t0);
                        e.a.shift_imm(ShiftOp::Sar, x, k);
                        e.a.cmp_jump(Cond::Ne, x, t1, int_fail);
                        (t0, Form::Shifted)
                    }
                    IntOp::Shift(op, k) => {
                        e.a.mov(t0, lhs);
                        e.a.shift_imm(ShiftOp::Shl, t0, 16);
                        e.a.shift_imm(ShiftOp::Sar, t0, 16);
                        e.a.shift_imm(op, t0, k);
                        (t0, Form::Plain)
                    }
                };
                match form {
                    Form::Shifted => {
                        // v << 16 -> 0xFFFF << 48 | (v & (2**48 - 1)).
                        e.a.alu_imm(AluOp::Or, res, 0xFFFF);
                        e.a.shift_imm(ShiftOp::Ror, res, 16);
                    }
                    Form::Plain => {
                        e.a.mov_imm(t1, INT_TAG);
                        e.a.alu(AluOp::Or, res, t1);
                    }
                    Form::Tagged => {}
                }
                if res != A::RET {
                    e.a.mov(A::RET, res);
                }
            }
        };
        // The float path: inline when it is the only fast path, else out of line. Its result
        // is not the inline kind when the int path is (`generic`).
        let (ls, rs) = (ls0, rs0);
        let known_float = known == Some(Kn::Float);
        let generic = self.a.new_label();
        // Float code: arithmetic on operands that look like floats tries the float path first
        // (inline) and the small-int path out of line.
        let hint = |e: &Self, v: Src| match v {
            Src::Int(_) => Hint::Int,
            Src::F(_) => Hint::Float,
            Src::R(r) if r == A::RET => match known {
                Some(Kn::Int) => Hint::Int,
                Some(Kn::Float) => Hint::Float,
                None => Hint::Unknown,
            },
            Src::R(r) => e
                .local_reg
                .iter()
                .find(|&(_, &lr)| lr == r)
                .and_then(|(&l, _)| e.hints.get(l).copied())
                .unwrap_or(Hint::Unknown),
        };
        let (hl, hr) = (hint(self, ls0), hint(self, rs0));
        // (An operand popped into an argument register: the local it came from.)
        let hl = if hl == Hint::Unknown {
            popped_hint.1
        } else {
            hl
        };
        let hr = if hr == Hint::Unknown {
            popped_hint.0
        } else {
            hr
        };
        let arith =
            matches!(float_op, Some(FAluOp::Add | FAluOp::Sub | FAluOp::Mul)) && cond.is_none();
        let float_first = do_int
            && do_float
            && arith
            && !matches!((ls0, rs0), (Src::Int(_), Src::Int(_)))
            && hl != Hint::Int
            && hr != Hint::Int
            && (hl == Hint::Float
                || hr == Hint::Float
                || (self.float_code && hl == Hint::Unknown && hr == Hint::Unknown));
        let produced_int = do_int && !float_first && cond.is_none() && int_op.is_some();
        let float_exit = if produced_int { generic } else { done };
        let float_path = move |e: &mut Self, inline: bool| {
            e.a.bind(not_ints);
            let [x0, x1] = A::FTEMPS;
            let (off, lim) = (e.arg(4), e.arg(5));
            e.a.mov_imm(off, FLOAT_OFFSET);
            e.a.mov_imm(lim, 0xFFF1 << 48);
            let mut ints = Vec::new();
            for (s, fd) in [(ls, x0), (rs, x1)] {
                if known_float && s == Src::R(A::RET) {
                    // The claimed float: its double is the word minus FLOAT_OFFSET.
                    e.a.mov(t1, A::RET);
                    e.a.alu(AluOp::Sub, t1, off);
                    e.a.fmov_from(fd, t1);
                } else {
                    e.float_src(s, fd, off, lim, &mut ints);
                }
            }
            if let Some(c) = cond {
                match branch {
                    Some((target, when)) => {
                        let c = if when { c } else { c.negate() };
                        e.a.fcmp_jump(c, x0, x1, target, slow_pre);
                    }
                    None => {
                        let yes = e.a.new_label();
                        e.a.fcmp_jump(c, x0, x1, yes, slow_pre);
                        e.a.mov_imm(A::RET, Obj::FALSE.bits());
                        e.a.jump(done);
                        e.a.bind(yes);
                        e.a.mov_imm(A::RET, Obj::TRUE.bits());
                    }
                }
            } else if let Some(fop) = float_op {
                if fop == FAluOp::Div {
                    // Division by (either) zero raises: the runtime does it.
                    e.a.fmov_to(t0, x1);
                    e.a.shift_imm(ShiftOp::Shl, t0, 1);
                    e.a.cmp_imm_jump(Cond::Eq, t0, 0, slow_pre);
                }
                e.a.falu(fop, x0, x1);
                // A NaN result must be canonicalised: the runtime does it.
                e.a.fjump_nan(x0, slow_pre);
                e.a.fmov_to(A::RET, x0);
                e.a.alu(AluOp::Add, A::RET, off);
            }
            if inline {
                e.deferred.push(Box::new(move |e: &mut Self| {
                    e.float_int_operands(ints, slow_pre)
                }));
            } else {
                e.a.jump(float_exit);
                e.float_int_operands(ints, slow_pre);
            }
        };
        if float_first {
            // Both operands floats (a constant may be an int): inline; else the int path, then
            // the float path with conversions, out of line.
            let [x0, x1] = A::FTEMPS;
            let (off, lim) = (self.arg(4), self.arg(5));
            let int_entry = self.a.new_label();
            self.a.mov_imm(off, FLOAT_OFFSET);
            self.a.mov_imm(lim, 0xFFF1 << 48);
            let mut none = Vec::new();
            for (s, fd) in [(ls0, x0), (rs0, x1)] {
                match s {
                    Src::R(r) => {
                        self.a.mov(t1, r);
                        self.a.alu(AluOp::Sub, t1, off);
                        if !(known == Some(Kn::Float) && r == A::RET) {
                            self.a.cmp_jump(Cond::AboveEq, t1, lim, int_entry);
                        }
                        self.a.fmov_from(fd, t1);
                    }
                    s => self.float_src(s, fd, off, lim, &mut none),
                }
            }
            if let Some(fop) = float_op {
                self.a.falu(fop, x0, x1);
                self.a.fjump_nan(x0, slow_pre);
                self.a.fmov_to(A::RET, x0);
                self.a.alu(AluOp::Add, A::RET, off);
            }
            self.deferred.push(Box::new(move |e: &mut Self| {
                e.a.bind(int_entry);
                int_path(e);
                e.a.jump(generic);
            }));
            self.deferred
                .push(Box::new(move |e: &mut Self| float_path(e, false)));
            produced = Some(Kn::Float);
        } else if do_int {
            int_path(self);
            if produced_int {
                produced = Some(Kn::Int);
            }
            if do_float {
                self.deferred
                    .push(Box::new(move |e: &mut Self| float_path(e, false)));
            }
        } else if do_float {
            float_path(self, true);
            if cond.is_none() {
                produced = Some(Kn::Float);
            }
        }
        // The generic path (out of line): an instance's operator method directly, else the
        // runtime's binary_op.
        let after = if produced.is_some() { generic } else { done };
        self.deferred.push(Box::new(move |e: &mut Self| {
            e.a.bind(slow_pre);
            e.materialize(ls0, lhs);
            e.materialize(rs0, rhs);
            e.a.bind(slow);
            e.binary_call_code(bop, k, ip, ls0);
            if let Some((target, when)) = branch {
                e.truth_branch(A::RET, when, target, ip);
            }
            e.a.jump(after);
        }));
        self.a.bind(done);
        if branch.is_some() {
            self.skip_next = true;
            return Ok(());
        }
        self.push(V::Ret);
        if let Some(kind) = produced {
            self.resolve_known();
            self.known = Some(Known {
                kind,
                at: self.a.offset(),
                generic,
                done,
            });
        }
        Ok(())
    }

    /// `a op b` in the runtime, with a and b in ARGS[2] and ARGS[3]; the result in RET. When a is
    /// an instance, `binary_dunder` may return the Python method to call first (`a.__add__(b)`
    /// & co.), which is called through its direct entry with a and b from slots k and k + 1;
    /// NotImplemented from it continues in `binary_after_lhs`. Otherwise `binary_op`. No
    /// dunder path when the left operand (`ls`) is a constant (never an instance).
    fn binary_call(&mut self, bop: BinaryOp, k: usize, ip: usize, ls: Src) {
        // Entries held in RET are stored before the paths split (the calls below would store
        // them on one path only).
        self.spill_ret();
        self.binary_call_code(bop, k, ip, ls);
    }

    /// `binary_call`'s code, for a slow path emitted out of line (RET already spilled where
    /// the paths split).
    fn binary_call_code(&mut self, bop: BinaryOp, k: usize, ip: usize, ls: Src) {
        let (lhs, rhs) = (self.arg(2), self.arg(3));
        let generic = self.a.new_label();
        let done = self.a.new_label();
        if !matches!(bop, BinaryOp::In | BinaryOp::Is | BinaryOp::ExceptionMatch)
            && matches!(ls, Src::R(_))
        {
            let t0 = A::TEMPS[0];
            let (reload, not_impl) = (self.a.new_label(), self.a.new_label());
            let err = self.err_label(ip, None);
            // A heap object (no tag bits; NULL never reaches here) of kind Instance?
            self.a.mov_imm(t0, 0xFFFF_0000_0000_0007);
            self.a.alu(AluOp::And, t0, lhs);
            self.a.cmp_imm_jump(Cond::Ne, t0, 0, generic);
            self.a.load32(t0, lhs, HDR_KIND);
            self.a.alu_imm(AluOp::And, t0, 0xff);
            self.a
                .cmp_imm_jump(Cond::Ne, t0, KIND_INSTANCE as i32, generic);
            self.imm_arg(1, bop as u64);
            self.imm_arg(4, k as u64);
            self.call(Fun::binary_dunder);
            self.a.cmp_imm_jump(Cond::Eq, A::RET, 0, reload);
            self.call_direct_ret(k);
            self.a.cmp_imm_jump(
                Cond::Eq,
                A::RET,
                Obj::NOT_IMPLEMENTED.bits() as i32,
                not_impl,
            );
            self.a.cmp_imm_jump(Cond::Ne, A::RET, 0, done);
            // NULL: an exception (pending set) or the entry declined (pending NULL).
            self.a.load(t0, A::CTX, NF_PENDING);
            self.a.cmp_imm_jump(Cond::Ne, t0, 0, err);
            self.a.bind(reload);
            self.a.load(lhs, A::STATE, Self::slot_off(k));
            self.a.load(rhs, A::STATE, Self::slot_off(k + 1));
            self.a.jump(generic);
            self.a.bind(not_impl);
            self.a.load(lhs, A::STATE, Self::slot_off(k));
            self.a.load(rhs, A::STATE, Self::slot_off(k + 1));
            self.imm_arg(1, bop as u64);
            self.call_checked(Fun::binary_after_lhs, ip);
            self.a.jump(done);
        }
        self.a.bind(generic);
        self.imm_arg(1, bop as u64);
        self.call_checked(Fun::binary_op, ip);
        self.a.bind(done);
    }

    /// Pop the top entry as a fast-path operand: the register it lives in (a local's register,
    /// RET), a small-int constant, or else loaded into `d`.
    fn pop_src(&mut self, d: Reg) -> Result<Src, Refusal> {
        let k = self.below_top(1)?;
        let v = self.vs[k];
        let src = match v {
            V::Local(l) if self.local_reg.contains_key(&l) => Src::R(self.local_reg[&l]),
            V::Ret => Src::R(A::RET),
            V::Imm(x) if x >> 48 == 0xFFFF => Src::Int(x),
            V::Imm(x) if Obj(x).is_float() => Src::F(x),
            _ => {
                self.load_entry(v, k, d);
                Src::R(d)
            }
        };
        self.vs.pop();
        Ok(src)
    }

    /// `pop_src` of an operand used as an object (a subscript's container): a register.
    fn pop_obj(&mut self, d: Reg) -> Result<Reg, Refusal> {
        match self.pop_src(d)? {
            Src::R(r) => Ok(r),
            s => {
                self.materialize(s, d);
                Ok(d)
            }
        }
    }

    /// Put operand `s` into register `d` (the slow path's argument); returns `Src::R(d)`.
    fn materialize(&mut self, s: Src, d: Reg) -> Src {
        self.src_to(d, s);
        Src::R(d)
    }

    fn src_to(&mut self, d: Reg, s: Src) {
        match s {
            Src::R(r) if r == d => {}
            Src::R(r) => self.a.mov(d, r),
            Src::Int(x) | Src::F(x) => self.a.mov_imm(d, x),
        }
    }

    /// d = the small int `s` shifted left 16 (its value in the top 48 bits).
    fn shifted_to(&mut self, d: Reg, s: Src) {
        match s {
            Src::R(r) => {
                self.a.mov(d, r);
                self.a.shift_imm(ShiftOp::Shl, d, 16);
            }
            Src::Int(x) | Src::F(x) => self.a.mov_imm(d, x << 16),
        }
    }

    /// fd = operand `s` as a double: a float's bits (`off` holds FLOAT_OFFSET and `lim` the
    /// first word above the floats, minus FLOAT_OFFSET), or, out of line (emitted by
    /// `float_int_operands` after the fast path), a small int converted; anything else jumps to
    /// `slow`. Constants convert at compile time. Clobbers TEMPS[1].
    fn float_src(&mut self, s: Src, fd: FReg, off: Reg, lim: Reg, ints: &mut Vec<IntToFloat>) {
        let t1 = A::TEMPS[1];
        match s {
            Src::R(r) => {
                let (not_float, back) = (self.a.new_label(), self.a.new_label());
                self.a.mov(t1, r);
                self.a.alu(AluOp::Sub, t1, off);
                self.a.cmp_jump(Cond::AboveEq, t1, lim, not_float);
                self.a.fmov_from(fd, t1);
                self.a.bind(back);
                ints.push(IntToFloat {
                    src: r,
                    fd,
                    not_float,
                    back,
                });
            }
            Src::Int(x) => {
                self.a
                    .mov_imm(t1, (Obj(x).small_int_value() as f64).to_bits());
                self.a.fmov_from(fd, t1);
            }
            Src::F(x) => {
                self.a.mov_imm(t1, x.wrapping_sub(FLOAT_OFFSET));
                self.a.fmov_from(fd, t1);
            }
        }
    }

    /// The out-of-line halves of `float_src`: a small int converted to a double (and back into
    /// the fast path), anything else to `slow`.
    fn float_int_operands(&mut self, ints: Vec<IntToFloat>, slow: Label) {
        let [t0, t1] = A::TEMPS;
        for it in ints {
            self.a.bind(it.not_float);
            self.a.mov_imm(t0, INT_TAG);
            self.a.cmp_jump(Cond::Below, it.src, t0, slow);
            self.a.mov(t1, it.src);
            self.a.shift_imm(ShiftOp::Shl, t1, 16);
            self.a.shift_imm(ShiftOp::Sar, t1, 16);
            self.a.int_to_float(it.fd, t1);
            self.a.jump(it.back);
        }
    }

    /// Small-int `//` (floor) or `%` of the tagged words in `lhs`, `rhs` (both small ints):
    /// TEMPS[0] = the untagged result, or a jump to `slow` (division by zero, a quotient that
    /// does not fit). `div_rem` clobbers RET (spilled by the caller) and DIV_REM, which may be
    /// an operand register: the operands are copied first and put back on the slow path.
    fn int_divmod(&mut self, floor: bool, lhs: Reg, rhs: Reg, slow: Label) {
        let [t0, t1] = A::TEMPS;
        let (save_l, save_r) = (self.arg(4), self.arg(5));
        let (fix, done, slow_restore) =
            (self.a.new_label(), self.a.new_label(), self.a.new_label());
        self.a.mov(save_l, lhs);
        self.a.mov(save_r, rhs);
        self.a.mov(t0, lhs);
        self.a.shift_imm(ShiftOp::Shl, t0, 16);
        self.a.shift_imm(ShiftOp::Sar, t0, 16);
        self.a.mov(t1, rhs);
        self.a.shift_imm(ShiftOp::Shl, t1, 16);
        self.a.shift_imm(ShiftOp::Sar, t1, 16);
        self.a.cmp_imm_jump(Cond::Eq, t1, 0, slow);
        // 48-bit operands: the 64-bit division cannot overflow.
        self.a.div_rem(t0, t1);
        // Python rounds toward -inf: when the remainder is non-zero and its sign differs from
        // the divisor's, q -= 1 and r += b.
        let (q, r) = (A::RET, A::DIV_REM);
        self.a.cmp_imm_jump(Cond::Eq, r, 0, done);
        self.a.mov(t0, r);
        self.a.alu(AluOp::Xor, t0, t1);
        self.a.cmp_imm_jump(Cond::Lt, t0, 0, fix);
        self.a.jump(done);
        self.a.bind(fix);
        self.a.alu_imm(AluOp::Sub, q, 1);
        self.a.alu(AluOp::Add, r, t1);
        self.a.bind(done);
        self.a.mov(t0, if floor { q } else { r });
        // Only -2**47 // -1 leaves the small-int range.
        self.a.mov(t1, t0);
        self.a.shift_imm(ShiftOp::Shl, t1, 16);
        self.a.shift_imm(ShiftOp::Sar, t1, 16);
        self.a.cmp_jump(Cond::Ne, t1, t0, slow_restore);
        let cont = self.a.new_label();
        self.a.jump(cont);
        self.a.bind(slow_restore);
        self.a.mov(lhs, save_l);
        self.a.mov(rhs, save_r);
        self.a.jump(slow);
        self.a.bind(cont);
    }

    /// `a is b`: the words are equal (floats are immediates with one NaN: equal bits is what
    /// the runtime checks too). Fused with a following conditional jump like compares.
    fn identity(&mut self, next: Option<Ins>) -> Result<(), Refusal> {
        let (lhs, rhs) = (self.arg(2), self.arg(3));
        self.pop_to(rhs)?;
        self.pop_to(lhs)?;
        self.spill_ret();
        let fused = next.filter(|n| {
            matches!(
                n.kind,
                Kind::Op(op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE)
            ) && !self.labels.contains_key(&n.offset)
        });
        if let Some(n) = fused {
            self.settle_all();
            let target = self.label(n.target)?;
            let c = if n.kind == Kind::Op(op::POP_JUMP_IF_TRUE) {
                Cond::Eq
            } else {
                Cond::Ne
            };
            self.a.cmp_jump(c, lhs, rhs, target);
            self.skip_next = true;
            return Ok(());
        }
        self.a.set_cond(Cond::Eq, A::RET, lhs, rhs);
        self.a.shift_imm(ShiftOp::Shl, A::RET, 3);
        self.a.alu_imm(AluOp::Add, A::RET, Obj::FALSE.bits() as i32);
        self.push(V::Ret);
        Ok(())
    }

    /// Leave the machine code yielding state[tos], to be resumed at offset `resume`.
    fn suspend(&mut self, resume: usize, tos: usize) {
        let t = A::TEMPS[0];
        self.a.mov_imm(t, resume as u64);
        self.a.store(t, A::CTX, NF_GEN_IP);
        self.a.mov_imm(t, tos as u64);
        self.a.store(t, A::CTX, NF_GEN_SP);
        self.a.load(A::RET, A::STATE, Self::slot_off(tos));
        self.a.jump(self.epilogue);
    }

    /// FOR_ITER over a built-in range (positive step), list or tuple iterator, in machine code:
    /// the next item in RET, or a jump to `exit` when it is exhausted (a list iterator's
    /// position set as the runtime sets it), or to `slow` (any other iterator, a value that is
    /// not a small int) where the runtime does the step. Clobbers the temps and ARGS[1..=3].
    fn for_iter_fast(&mut self, base: usize, slow: Label, exit: Label) {
        let [t0, t1] = A::TEMPS;
        let (it, pos, x) = (self.arg(1), self.arg(2), self.arg(3));
        let (is_list, is_tuple, list_end) =
            (self.a.new_label(), self.a.new_label(), self.a.new_label());
        let (seq_list, seq_tuple) = (self.a.new_label(), self.a.new_label());
        let done = self.a.new_label();
        // The 4-slot area is [NULL, iter, NULL, NULL] or [NULL, list or tuple, position, NULL]
        // (get_iter_stack).
        self.a.load(t0, A::STATE, Self::slot_off(base));
        self.a.cmp_imm_jump(Cond::Ne, t0, 0, slow);
        self.a.load(it, A::STATE, Self::slot_off(base + 1));
        self.jump_unless_ptr(t0, it, slow);
        self.a.load8(t0, it, HDR_KIND);
        self.a
            .cmp_imm_jump(Cond::Eq, t0, KIND_LIST as i32, seq_list);
        self.a
            .cmp_imm_jump(Cond::Eq, t0, KIND_TUPLE as i32, seq_tuple);
        self.a.cmp_imm_jump(Cond::Ne, t0, KIND_ITER as i32, slow);
        self.a.load8(t0, it, ITER_KIND);
        self.a.load(pos, it, ITER_POS);
        self.a
            .cmp_imm_jump(Cond::Eq, t0, ITER_KIND_LIST as i32, is_list);
        self.a
            .cmp_imm_jump(Cond::Eq, t0, ITER_KIND_TUPLE as i32, is_tuple);
        self.a
            .cmp_imm_jump(Cond::Ne, t0, ITER_KIND_RANGE as i32, slow);
        // range: pos < end with step > 0 (else exhausted), pos a small int.
        self.a.load(t0, it, ITER_STEP);
        self.a.cmp_imm_jump(Cond::Le, t0, 0, slow);
        self.a.load(t1, it, ITER_END);
        self.a.cmp_jump(Cond::Ge, pos, t1, exit);
        self.a.mov(t1, pos);
        self.a.shift_imm(ShiftOp::Shl, t1, 16);
        self.a.mov(x, t1);
        self.a.shift_imm(ShiftOp::Sar, x, 16);
        self.a.cmp_jump(Cond::Ne, x, pos, slow);
        self.a.mov(x, pos);
        self.a.alu_jump_overflow(AluOp::Add, x, t0, slow);
        self.a.store(x, it, ITER_POS);
        self.a.alu_imm(AluOp::Or, t1, 0xFFFF);
        self.a.shift_imm(ShiftOp::Ror, t1, 16);
        self.a.mov(A::RET, t1);
        self.a.jump(done);
        // tuple: pos < len (unsigned), the item inline.
        self.a.bind(is_tuple);
        self.a.load(t1, it, ITER_SEQ);
        self.a.load(t0, t1, TUPLE_LEN);
        self.a.cmp_jump(Cond::AboveEq, pos, t0, exit);
        let iter_item = self.a.new_label();
        self.a.alu_imm(AluOp::Add, t1, TUPLE_ITEMS - VALUES_ITEMS);
        self.a.jump(iter_item);
        // list: pos < len (unsigned), the item from the storage array.
        self.a.bind(is_list);
        self.a.load(t1, it, ITER_SEQ);
        self.a.load(t0, t1, LIST_LEN);
        self.a.cmp_jump(Cond::AboveEq, pos, t0, list_end);
        self.a.load(t1, t1, LIST_STORAGE);
        self.a.bind(iter_item);
        self.a.mov(x, pos);
        self.a.shift_imm(ShiftOp::Shl, x, 3);
        self.a.alu(AluOp::Add, t1, x);
        self.a.load(A::RET, t1, VALUES_ITEMS);
        self.a.alu_imm(AluOp::Add, pos, 1);
        self.a.store(pos, it, ITER_POS);
        self.a.jump(done);
        self.a.bind(list_end);
        self.a.mov_imm(t0, ITER_LIST_DONE as u64);
        self.a.store(t0, it, ITER_POS);
        self.a.jump(exit);
        // A list or tuple stepped in place: the position (a small int) in the third slot.
        let item = self.a.new_label();
        let pos_slot = Self::slot_off(base + 2);
        // x = the tagged position, pos = its value; leave when pos >= the length at `len_off`.
        let position = |e: &mut Self, len_off: i32| {
            e.a.load(x, A::STATE, pos_slot);
            e.a.mov(pos, x);
            e.a.shift_imm(ShiftOp::Shl, pos, 16);
            e.a.shift_imm(ShiftOp::Shr, pos, 16);
            e.a.load(t0, it, len_off);
            e.a.cmp_jump(Cond::AboveEq, pos, t0, exit);
        };
        self.a.bind(seq_tuple);
        position(self, TUPLE_LEN);
        self.a.mov(t1, it);
        self.a.alu_imm(AluOp::Add, t1, TUPLE_ITEMS - VALUES_ITEMS);
        self.a.jump(item);
        self.a.bind(seq_list);
        position(self, LIST_LEN);
        self.a.load(t1, it, LIST_STORAGE);
        self.a.bind(item);
        self.a.shift_imm(ShiftOp::Shl, pos, 3);
        self.a.alu(AluOp::Add, t1, pos);
        self.a.load(A::RET, t1, VALUES_ITEMS);
        // position + 1 on the tagged word (below 2**47: no overflow).
        self.a.alu_imm(AluOp::Add, x, 1);
        self.a.store(x, A::STATE, pos_slot);
        self.a.bind(done);
    }

    /// LOAD_GLOBAL's inline cache (vm/icache.rs `load_global`) in machine code: RET = the value
    /// at the cached entry of the globals' table (or, for a name found in builtins, of the
    /// builtins' table while globals has gained no entries) when the tables are the cached ones
    /// and the entry still holds the name; otherwise jump to `miss`. Clobbers the temps and
    /// ARGS[1..=3].
    fn global_probe(&mut self, site: usize, q: usize, miss: Label) {
        let [t0, t1] = A::TEMPS;
        let (x, y, z) = (self.arg(1), self.arg(2), self.arg(3));
        let (in_globals, lookup) = (self.a.new_label(), self.a.new_label());
        self.a.load(t1, A::CTX, NF_SITES);
        self.a.alu_imm(AluOp::Add, t1, site as i32 * SITE_SIZE);
        self.a.load(x, t1, SITE_GTABLE);
        self.a.cmp_imm_jump(Cond::Eq, x, 0, miss);
        self.a.load(t0, A::CTX, NF_GLOBALS);
        self.a.load(t0, t0, DICT_TABLE);
        self.a.cmp_jump(Cond::Ne, t0, x, miss);
        self.a.load(x, t1, SITE_BTABLE);
        self.a.cmp_imm_jump(Cond::Eq, x, 0, in_globals);
        // A builtin: globals still has the fill count it had, and builtins the same table.
        self.a.load(y, t0, DT_USED);
        self.a.load(z, t1, SITE_GUSED);
        self.a.cmp_jump(Cond::Ne, y, z, miss);
        self.a.load(t0, A::CTX, NF_BUILTINS);
        self.a.load(t0, t0, DICT_TABLE);
        self.a.cmp_jump(Cond::Ne, t0, x, miss);
        self.a.load32(x, t1, SITE_BIDX);
        self.a.jump(lookup);
        self.a.bind(in_globals);
        self.a.load32(x, t1, SITE_GIDX);
        self.a.bind(lookup);
        self.entry_probe(x, y, q, miss);
    }

    /// RET = the value of entry `x` of the dict table in TEMPS[0] when that entry's key is qstr
    /// `q`, else jump to `miss`. Clobbers TEMPS[0], `x` and `y`.
    fn entry_probe(&mut self, x: Reg, y: Reg, q: usize, miss: Label) {
        let t0 = A::TEMPS[0];
        // entry = data + (n_index * 4 rounded up to 8) + 24 * idx, with idx < cap.
        self.a.load(y, t0, DT_CAP);
        self.a.cmp_jump(Cond::AboveEq, x, y, miss);
        self.a.load(y, t0, DT_N_INDEX);
        self.a.shift_imm(ShiftOp::Shl, y, 2);
        self.a.alu_imm(AluOp::Add, y, 7);
        self.a.alu_imm(AluOp::And, y, -8);
        self.a.alu(AluOp::Add, t0, y);
        self.a.shift_imm(ShiftOp::Shl, x, 3);
        self.a.alu(AluOp::Add, t0, x);
        self.a.shift_imm(ShiftOp::Shl, x, 1);
        self.a.alu(AluOp::Add, t0, x);
        // The key must still be the name (the qstr table's interned str).
        self.a.load(y, A::CTX, NF_QSTRS);
        self.a.load(y, y, Self::slot_off(q));
        self.a.load(x, t0, DT_DATA + DE_KEY);
        self.a.cmp_jump(Cond::Ne, x, y, miss);
        self.a.load(A::RET, t0, DT_DATA + DE_VALUE);
    }

    /// LOAD_ATTR / LOAD_METHOD on a module (vm/icache.rs `load_module_attr`): RET = the value at
    /// the site's entry of the module's dict, while the dict has the cached table and the
    /// entry's key is still qstr `q`; else jump to `miss`. `obj` is kept; clobbers TEMPS,
    /// ARGS[4] and ARGS[5].
    fn module_probe(&mut self, obj: Reg, site: usize, q: usize, miss: Label) {
        if q >= self.code.ctx.qstrs.len() {
            // A damaged operand: the runtime entry reports it.
            self.a.jump(miss);
            return;
        }
        let [t0, t1] = A::TEMPS;
        let (x, y) = (self.arg(4), self.arg(5));
        self.a.mov_imm(t0, 0xFFFF_0000_0000_0007);
        self.a.alu(AluOp::And, t0, obj);
        self.a.cmp_imm_jump(Cond::Ne, t0, 0, miss);
        self.a.load32(t0, obj, HDR_KIND);
        self.a.alu_imm(AluOp::And, t0, 0xff);
        self.a.cmp_imm_jump(Cond::Ne, t0, KIND_MODULE as i32, miss);
        self.a.load(t1, A::CTX, NF_SITES);
        self.a.alu_imm(AluOp::Add, t1, site as i32 * SITE_SIZE);
        self.a.load(x, t1, SITE_GTABLE);
        self.a.cmp_imm_jump(Cond::Eq, x, 0, miss);
        self.a.load(t0, obj, MODULE_DICT);
        self.a.cmp_imm_jump(Cond::Eq, t0, 0, miss);
        self.a.load32(y, t0, HDR_KIND);
        self.a.alu_imm(AluOp::And, y, 0xff);
        self.a.cmp_imm_jump(Cond::Ne, y, KIND_DICT as i32, miss);
        self.a.load(t0, t0, DICT_TABLE);
        self.a.cmp_jump(Cond::Ne, t0, x, miss);
        self.a.load32(x, t1, SITE_GIDX);
        self.entry_probe(x, y, q, miss);
    }

    /// Subscript fast paths: jumps to `slow` unless `obj` is a heap object; leaves obj's kind
    /// byte in TEMPS[0] and in `v` idx's value when idx is a small int >= 0, otherwise a word
    /// no length reaches (the caller's `index_in_range` sends it to `slow`).
    fn index_guard(&mut self, obj: Reg, idx: Src, v: Reg, slow: Label) {
        let [t0, t1] = A::TEMPS;
        self.jump_unless_ptr(t0, obj, slow);
        match idx {
            Src::R(r) => {
                // v = the word minus INT_TAG (mod 2**64): the value of a small int >= 0; at
                // or above 2**47 for a negative one; and for any other word (all below
                // INT_TAG) the word plus 2**48, so at or above 2**48. Lengths stay below
                // 2**47: `index_in_range`'s unsigned compare sends all but the first to
                // `slow`, so no tag check here.
                self.a.mov_imm(t1, INT_TAG);
                self.a.mov(v, r);
                self.a.alu(AluOp::Sub, v, t1);
            }
            Src::Int(x) => self.a.mov_imm(v, Obj(x).small_int_value() as u64),
            Src::F(_) => self.a.jump(slow),
        }
        self.a.load8(t0, obj, HDR_KIND);
    }

    /// Jump to `slow` unless 0 <= i < len (`index_guard`'s i). A negative constant index is
    /// normalised (i + len); a negative index in a register is left to the runtime (`slow`).
    fn index_in_range(&mut self, i: Reg, idx: Src, len: Reg, slow: Label) {
        if matches!(idx, Src::Int(x) if Obj(x).small_int_value() < 0) {
            self.a.alu(AluOp::Add, i, len);
        }
        self.a.cmp_jump(Cond::AboveEq, i, len, slow);
    }

    /// LOAD_SUBSCR inline: `list[i]`, `tuple[i]`, `bytearray[i]`, `bytes[i]` with a small int
    /// `i` in range (negative ones normalised) into RET; anything else jumps to `slow`.
    /// Clobbers the temps and ARGS[3].
    fn load_item(&mut self, obj: Reg, idx: Src, slow: Label, done: Label) {
        let [t0, t1] = A::TEMPS;
        let i = self.arg(3);
        let (is_list, is_tuple, not_tuple, item) = (
            self.a.new_label(),
            self.a.new_label(),
            self.a.new_label(),
            self.a.new_label(),
        );
        self.index_guard(obj, idx, i, slow);
        self.a.cmp_imm_jump(Cond::Eq, t0, KIND_LIST as i32, is_list);
        self.a
            .cmp_imm_jump(Cond::Eq, t0, KIND_TUPLE as i32, is_tuple);
        // bytearray / bytes: the byte as a small int.
        self.a
            .cmp_imm_jump(Cond::Ne, t0, KIND_BYTEARRAY as i32, not_tuple);
        self.a.load(t1, obj, BA_LEN);
        self.index_in_range(i, idx, t1, slow);
        let byte = self.a.new_label();
        self.a.load(t0, obj, BA_STORAGE);
        self.a.alu_imm(AluOp::Add, t0, RAW_BYTES - BYTES_DATA);
        self.a.jump(byte);
        self.a.bind(not_tuple);
        self.a.cmp_imm_jump(Cond::Ne, t0, KIND_BYTES as i32, slow);
        self.a.load(t1, obj, BYTES_LEN);
        self.index_in_range(i, idx, t1, slow);
        self.a.mov(t0, obj);
        self.a.bind(byte);
        self.a.alu(AluOp::Add, t0, i);
        self.a.load8(A::RET, t0, BYTES_DATA);
        self.a.mov_imm(t1, INT_TAG);
        self.a.alu(AluOp::Or, A::RET, t1);
        self.a.jump(done);
        self.a.bind(is_tuple);
        self.a.load(t1, obj, TUPLE_LEN);
        self.index_in_range(i, idx, t1, slow);
        self.a.mov(t0, obj);
        self.a.alu_imm(AluOp::Add, t0, TUPLE_ITEMS - VALUES_ITEMS);
        self.a.jump(item);
        self.a.bind(is_list);
        self.a.load(t1, obj, LIST_LEN);
        self.index_in_range(i, idx, t1, slow);
        self.a.load(t0, obj, LIST_STORAGE);
        self.a.bind(item);
        self.a.shift_imm(ShiftOp::Shl, i, 3);
        self.a.alu(AluOp::Add, t0, i);
        self.a.load(A::RET, t0, VALUES_ITEMS);
    }

    /// STORE_SUBSCR inline: `list[i] = v` (v not NULL: that is a delete) and `bytearray[i] = v`
    /// with v a small int in range(256), for a small int `i` in range; anything else jumps to
    /// `slow`. Clobbers the temps and ARGS[4..=5].
    fn store_item(&mut self, obj: Reg, idx: Src, val: Src, slow: Label) {
        let [t0, t1] = A::TEMPS;
        let (i, byte) = (self.arg(4), self.arg(5));
        let (not_list, done) = (self.a.new_label(), self.a.new_label());
        self.index_guard(obj, idx, i, slow);
        self.a
            .cmp_imm_jump(Cond::Ne, t0, KIND_LIST as i32, not_list);
        let v = match val {
            Src::R(r) => {
                self.a.cmp_imm_jump(Cond::Eq, r, 0, slow);
                r
            }
            Src::Int(x) | Src::F(x) => {
                self.a.mov_imm(byte, x);
                byte
            }
        };
        self.a.load(t1, obj, LIST_LEN);
        self.index_in_range(i, idx, t1, slow);
        self.a.load(t0, obj, LIST_STORAGE);
        self.a.shift_imm(ShiftOp::Shl, i, 3);
        self.a.alu(AluOp::Add, t0, i);
        self.a.store(v, t0, VALUES_ITEMS);
        self.a.jump(done);
        self.a.bind(not_list);
        self.a
            .cmp_imm_jump(Cond::Ne, t0, KIND_BYTEARRAY as i32, slow);
        match val {
            Src::R(r) => {
                // A small int 0..=255 is INT_TAG + value.
                self.a.mov_imm(t1, INT_TAG);
                self.a.mov(byte, r);
                self.a.alu(AluOp::Sub, byte, t1);
                self.a.cmp_imm_jump(Cond::AboveEq, byte, 256, slow);
            }
            Src::Int(x) if (0..256).contains(&Obj(x).small_int_value()) => {
                self.a.mov_imm(byte, Obj(x).small_int_value() as u64);
            }
            Src::Int(_) | Src::F(_) => self.a.jump(slow),
        }
        self.a.load(t1, obj, BA_LEN);
        self.index_in_range(i, idx, t1, slow);
        self.a.load(t0, obj, BA_STORAGE);
        self.a.alu(AluOp::Add, t0, i);
        self.a.store8(byte, t0, RAW_BYTES);
        self.a.bind(done);
    }

    /// The inline-cache probe of LOAD_ATTR / LOAD_METHOD / STORE_ATTR (vm/icache.rs `valid_for`
    /// in machine code): jumps to `miss` unless `obj` is a heap object whose type and the class
    /// version match the site's entry and whose attributes live in its slot array (no dict).
    /// Leaves the entry's address in TEMPS[1]; clobbers TEMPS[0] and ARGS[4].
    fn cache_guard(&mut self, obj: Reg, site: usize, miss: Label) {
        self.cache_type_guard(obj, site, miss);
        self.cache_no_dict(obj, miss);
    }

    /// The first part of `cache_guard`: pointer, the entry's type and the class version.
    fn cache_type_guard(&mut self, obj: Reg, site: usize, miss: Label) {
        let [t0, t1] = A::TEMPS;
        let x = self.arg(4);
        // A pointer: top 16 bits and low 3 bits clear (an attribute operand is never NULL).
        self.jump_unless_ptr(t0, obj, miss);
        self.a.load(t1, A::CTX, NF_SITES);
        self.a.alu_imm(AluOp::Add, t1, site as i32 * SITE_SIZE);
        self.a.load(t0, obj, HDR_TY);
        self.a.load(x, t1, SITE_TY);
        self.a.cmp_jump(Cond::Ne, t0, x, miss);
        self.a.load(t0, A::CTX, NF_CLASS_VERSION);
        self.a.load(t0, t0, 0);
        self.a.load(x, t1, SITE_VERSION);
        self.a.cmp_jump(Cond::Ne, t0, x, miss);
    }

    /// The second part of `cache_guard`: an instance without a dict.
    fn cache_no_dict(&mut self, obj: Reg, miss: Label) {
        let t0 = A::TEMPS[0];
        self.a.load(t0, obj, INST_DICT);
        self.a.cmp_imm_jump(Cond::Ne, t0, 0, miss);
    }

    /// After `cache_guard`: TEMPS[0] = the address of the instance's slot for the entry's layout
    /// slot minus VALUES_ITEMS (load/store at +VALUES_ITEMS); jumps to `unused` when the slot is
    /// not in use (or the entry has none). Clobbers `x`.
    fn slot_addr(&mut self, obj: Reg, x: Reg, unused: Label) {
        let [t0, t1] = A::TEMPS;
        self.a.load32(x, t1, SITE_SLOT);
        self.a.load(t0, obj, INST_USED);
        self.a.cmp_jump(Cond::AboveEq, x, t0, unused);
        self.a.load(t0, obj, INST_SLOTS);
        self.a.shift_imm(ShiftOp::Shl, x, 3);
        self.a.alu(AluOp::Add, t0, x);
    }

    /// After `slot_addr` jumped to its `unused` label (x = the entry's slot, TEMPS[0] = the
    /// instance's used count): store `v` as the next attribute when x == used and the slot array
    /// has room, and count it as used; else jump to `miss`. Clobbers ARGS[2].
    fn append_slot(&mut self, obj: Reg, v: Reg, x: Reg, miss: Label) {
        let t0 = A::TEMPS[0];
        let arr = self.arg(2);
        self.a.cmp_jump(Cond::Ne, x, t0, miss);
        self.a.load(arr, obj, INST_SLOTS);
        self.a.cmp_imm_jump(Cond::Eq, arr, 0, miss);
        self.a.load(t0, arr, VALUES_CAP);
        self.a.cmp_jump(Cond::AboveEq, x, t0, miss);
        self.a.mov(t0, x);
        self.a.alu_imm(AluOp::Add, t0, 1);
        self.a.store(t0, obj, INST_USED);
        self.a.shift_imm(ShiftOp::Shl, x, 3);
        self.a.alu(AluOp::Add, arr, x);
        self.a.store(v, arr, VALUES_ITEMS);
    }

    /// Settle the top `n` entries (a window read from memory by an entry); returns its base.
    fn window(&mut self, n: usize) -> Result<usize, Refusal> {
        let base = self.below_top(n)?;
        self.settle_from(base);
        Ok(base)
    }

    fn op(&mut self, o: u8, i: Ins, exc_depth: usize) -> Result<(), Refusal> {
        let ip = i.offset;
        let arg = i.arg as u64;
        let (a1, a2, a3) = (self.arg(1), self.arg(2), self.arg(3));
        match o {
            op::LOAD_CONST_FALSE => self.push(V::Imm(Obj::FALSE.bits())),
            op::LOAD_CONST_NONE => self.push(V::Imm(Obj::NONE.bits())),
            op::LOAD_CONST_TRUE => self.push(V::Imm(Obj::TRUE.bits())),
            op::LOAD_NULL => self.push(V::Imm(0)),
            op::LOAD_CONST_STRING | op::LOAD_CONST_OBJ => {
                let (table, len) = if o == op::LOAD_CONST_STRING {
                    (NF_QSTRS, self.code.ctx.qstrs.len())
                } else {
                    (NF_CONSTS, self.code.ctx.consts.len())
                };
                if i.arg as usize >= len {
                    return refuse("constant index out of range");
                }
                // A float constant is an immediate word (NaN-boxed), like a small int.
                if o == op::LOAD_CONST_OBJ {
                    let c = self.code.ctx.consts[i.arg as usize];
                    if c.is_float() {
                        self.push(V::Imm(c.bits()));
                        return Ok(());
                    }
                }
                self.spill_ret();
                self.a.load(A::RET, A::CTX, table);
                self.a.load(A::RET, A::RET, Self::slot_off(i.arg as usize));
                self.push(V::Ret);
            }
            op::LOAD_DEREF => {
                let t = A::TEMPS[0];
                self.load_entry(V::Local(i.arg as usize), 0, t);
                self.spill_ret();
                self.a.load(A::RET, t, CELL_VALUE);
                let stub = self.err_label(ip, Some((Fun::unbound_free, arg)));
                self.a.cmp_imm_jump(Cond::Eq, A::RET, 0, stub);
                self.push(V::Ret);
            }
            op::STORE_DEREF => {
                self.pop_to(a2)?;
                let t = A::TEMPS[0];
                self.load_entry(V::Local(i.arg as usize), 0, t);
                self.a.store(a2, t, CELL_VALUE);
            }
            op::DELETE_DEREF => {
                let t = A::TEMPS[0];
                let t1 = A::TEMPS[1];
                self.load_entry(V::Local(i.arg as usize), 0, t);
                self.a.load(t1, t, CELL_VALUE);
                let stub = self.err_label(ip, Some((Fun::unbound_free, arg)));
                self.a.cmp_imm_jump(Cond::Eq, t1, 0, stub);
                self.a.mov_imm(t1, 0);
                self.a.store(t1, t, CELL_VALUE);
            }
            op::DELETE_FAST => {
                let l = i.arg as usize;
                self.load_fast(l, ip);
                self.vs.pop();
                self.flush_local(l);
                match self.local_reg.get(&l).copied() {
                    Some(r) => self.a.mov_imm(r, 0),
                    None => {
                        let (t, off) = (A::TEMPS[1], self.local_off(l));
                        self.a.mov_imm(t, 0);
                        self.a.store(t, A::STATE, off);
                    }
                }
            }
            op::LOAD_GLOBAL => {
                if i.arg as usize >= self.code.ctx.qstrs.len() {
                    return refuse("qstr index out of range");
                }
                self.spill_ret();
                let (miss, done) = (self.a.new_label(), self.a.new_label());
                if let Some(site) = self.code.caches.site_index(ip) {
                    self.global_probe(site, i.arg as usize, miss);
                    self.a.jump(done);
                }
                self.a.bind(miss);
                self.imm_arg(1, arg);
                self.imm_arg(2, ip as u64);
                self.call_checked(Fun::load_global, ip);
                self.a.bind(done);
                self.push(V::Ret);
            }
            op::STORE_GLOBAL => {
                self.pop_to(a2)?;
                self.imm_arg(1, arg);
                self.call_checked(Fun::store_global, ip);
            }
            op::DELETE_GLOBAL => {
                self.imm_arg(1, arg);
                self.call_checked(Fun::delete_global, ip);
            }
            op::LOAD_ATTR => {
                self.pop_to(a1)?;
                self.spill_ret();
                let (miss, done) = (self.a.new_label(), self.a.new_label());
                if let Some(site) = self.code.caches.site_index(ip) {
                    // Inline cache hit: the value from the instance's slot array, or from a
                    // module's dict.
                    let (t0, x) = (A::TEMPS[0], self.arg(4));
                    let module = self.a.new_label();
                    self.cache_guard(a1, site, module);
                    self.slot_addr(a1, x, miss);
                    self.a.load(A::RET, t0, VALUES_ITEMS);
                    self.a.cmp_imm_jump(Cond::Eq, A::RET, 0, miss);
                    self.a.jump(done);
                    self.a.bind(module);
                    self.module_probe(a1, site, arg as usize, miss);
                    self.a.jump(done);
                }
                self.a.bind(miss);
                self.imm_arg(2, arg);
                self.imm_arg(3, ip as u64);
                self.call_checked(Fun::load_attr, ip);
                self.a.bind(done);
                self.push(V::Ret);
            }
            op::LOAD_METHOD => {
                self.pop_to(a1)?;
                self.spill_ret();
                let base = self.vs.len();
                let (miss, done) = (self.a.new_label(), self.a.new_label());
                if let Some(site) = self.code.caches.site_index(ip) {
                    // Inline cache hit: the class's function, unless an instance attribute
                    // shadows it.
                    let [t0, t1] = A::TEMPS;
                    let x = self.arg(4);
                    let (not_shadowed, module) = (self.a.new_label(), self.a.new_label());
                    self.cache_type_guard(a1, site, module);
                    self.a.load(a2, t1, SITE_METHOD);
                    self.a.cmp_imm_jump(Cond::Eq, a2, 0, miss);
                    // A built-in type's object (icache BUILTIN_RECV): no attributes of its own.
                    self.a.load32(x, t1, SITE_SLOT);
                    self.a
                        .cmp_imm_jump(Cond::Eq, x, BUILTIN_RECV as i32, not_shadowed);
                    self.cache_no_dict(a1, miss);
                    self.slot_addr(a1, x, not_shadowed);
                    self.a.load(t0, t0, VALUES_ITEMS);
                    self.a.cmp_imm_jump(Cond::Ne, t0, 0, miss);
                    self.a.bind(not_shadowed);
                    self.a.store(a2, A::STATE, Self::slot_off(base));
                    self.a.store(a1, A::STATE, Self::slot_off(base + 1));
                    self.a.jump(done);
                    // A module's attribute: (value, NULL).
                    self.a.bind(module);
                    self.module_probe(a1, site, arg as usize, miss);
                    self.a.store(A::RET, A::STATE, Self::slot_off(base));
                    self.a.mov_imm(t0, 0);
                    self.a.store(t0, A::STATE, Self::slot_off(base + 1));
                    self.a.jump(done);
                }
                self.a.bind(miss);
                self.imm_arg(2, arg);
                self.imm_arg(3, base as u64);
                self.imm_arg(4, ip as u64);
                self.call_checked(Fun::load_method, ip);
                self.a.bind(done);
                self.push(V::Stacked);
                self.push(V::Stacked);
            }
            op::LOAD_SUPER_METHOD => {
                let base = self.window(3)?;
                self.imm_arg(1, arg);
                self.imm_arg(2, base as u64);
                self.call_checked(Fun::load_super_method, ip);
                self.drop_n(3)?;
                self.push(V::Stacked);
                self.push(V::Stacked);
            }
            op::STORE_ATTR => {
                self.pop_to(a1)?;
                self.pop_to(a3)?;
                self.spill_ret();
                let (miss, done) = (self.a.new_label(), self.a.new_label());
                if let Some(site) = self.code.caches.site_index(ip) {
                    // Inline cache hit: overwrite an existing slot (not a delete: v != NULL).
                    let (t0, x) = (A::TEMPS[0], self.arg(4));
                    let append = self.a.new_label();
                    self.a.cmp_imm_jump(Cond::Eq, a3, 0, miss);
                    self.cache_guard(a1, site, miss);
                    self.slot_addr(a1, x, append);
                    self.a.store(a3, t0, VALUES_ITEMS);
                    self.a.jump(done);
                    // Or append the next attribute in layout order (icache::store_attr), what
                    // __init__ does: slot == used < the slot array's capacity.
                    self.a.bind(append);
                    self.append_slot(a1, a3, x, miss);
                    self.a.jump(done);
                }
                self.a.bind(miss);
                self.imm_arg(2, arg);
                self.imm_arg(4, ip as u64);
                self.call_checked(Fun::store_attr, ip);
                self.a.bind(done);
            }
            op::LOAD_SUBSCR => {
                let idx = self.pop_src(a2)?;
                let obj = self.pop_obj(a1)?;
                self.spill_ret();
                let (slow, done) = (self.a.new_label(), self.a.new_label());
                self.load_item(obj, idx, slow, done);
                // The runtime's subscript, out of line.
                self.deferred.push(Box::new(move |e: &mut Self| {
                    e.a.bind(slow);
                    e.materialize(Src::R(obj), a1);
                    e.materialize(idx, a2);
                    e.call_checked(Fun::load_subscr, ip);
                    e.a.jump(done);
                }));
                self.a.bind(done);
                self.push(V::Ret);
            }
            op::STORE_SUBSCR => {
                let idx = self.pop_src(a2)?;
                let obj = self.pop_obj(a1)?;
                let val = self.pop_src(a3)?;
                self.spill_ret();
                let (slow, done) = (self.a.new_label(), self.a.new_label());
                self.store_item(obj, idx, val, slow);
                self.deferred.push(Box::new(move |e: &mut Self| {
                    e.a.bind(slow);
                    e.materialize(Src::R(obj), a1);
                    e.materialize(idx, a2);
                    e.materialize(val, a3);
                    e.call_checked(Fun::store_subscr, ip);
                    e.a.jump(done);
                }));
                self.a.bind(done);
            }
            op::IMPORT_NAME => {
                self.pop_to(a2)?;
                self.pop_to(a3)?;
                self.imm_arg(1, arg);
                self.call_checked(Fun::import_name, ip);
                self.push(V::Ret);
            }
            op::IMPORT_FROM => {
                self.peek_to(0, a1)?;
                self.imm_arg(2, arg);
                self.call_checked(Fun::import_from, ip);
                self.push(V::Ret);
            }
            op::IMPORT_STAR => {
                self.pop_to(a1)?;
                self.call_checked(Fun::import_star, ip);
            }
            op::LOAD_BUILD_CLASS => {
                self.call(Fun::load_build_class);
                self.push(V::Ret);
            }
            op::DUP_TOP => {
                let k = self.below_top(1)?;
                match self.vs[k] {
                    v @ (V::Imm(_) | V::Local(_) | V::Slot(_)) => self.push(v),
                    V::Ret => {
                        self.settle_one(k);
                        self.push(V::Ret);
                    }
                    V::Stacked => self.push(V::Slot(k)),
                }
            }
            op::DUP_TOP_TWO => {
                let k = self.below_top(2)?;
                if !self.vs[k..].contains(&V::Ret) {
                    // Copies read lazily (the `for i in range(..)` loop's [stop, counter]).
                    for j in k..k + 2 {
                        let v = match self.vs[j] {
                            V::Stacked => V::Slot(j),
                            v => v,
                        };
                        self.push(v);
                    }
                    return Ok(());
                }
                let base = self.window(2)?;
                let t = A::TEMPS[0];
                for j in 0..2 {
                    self.a.load(t, A::STATE, Self::slot_off(base + j));
                    self.a.store(t, A::STATE, Self::slot_off(base + 2 + j));
                }
                self.push(V::Stacked);
                self.push(V::Stacked);
            }
            op::POP_TOP => self.drop_n(1)?,
            op::ROT_TWO | op::ROT_THREE => {
                let n = if o == op::ROT_TWO { 2 } else { 3 };
                let base = self.below_top(n)?;
                let lazy = self.vs[base..]
                    .iter()
                    .all(|v| matches!(v, V::Imm(_) | V::Local(_) | V::Slot(_) | V::Ret));
                if lazy {
                    // [a, b] -> [b, a]; [a, b, c] -> [c, a, b]
                    let top = self.vs.pop().unwrap_or(V::Stacked);
                    self.vs.insert(base, top);
                } else {
                    self.settle_from(base);
                    let [t0, t1] = A::TEMPS;
                    let top = Self::slot_off(base + n - 1);
                    self.a.load(t0, A::STATE, top);
                    for j in (0..n - 1).rev() {
                        self.a.load(t1, A::STATE, Self::slot_off(base + j));
                        self.a.store(t1, A::STATE, Self::slot_off(base + j + 1));
                    }
                    self.a.store(t0, A::STATE, Self::slot_off(base));
                }
            }
            op::BUILD_TUPLE | op::BUILD_LIST | op::BUILD_SET => {
                if o == op::BUILD_LIST && i.arg == 1 && self.prepend_at.is_none() {
                    if let Some(add) = self.prepend_add(i) {
                        // Left out: its BINARY_OP + builds the result (`list_prepend`).
                        self.prepend_at = Some(add);
                        return Ok(());
                    }
                }
                let n = i.arg as usize;
                let base = self.window(n)?;
                self.imm_arg(1, n as u64);
                self.imm_arg(2, base as u64);
                let f = match o {
                    op::BUILD_TUPLE => Fun::build_tuple,
                    op::BUILD_LIST => Fun::build_list,
                    _ => Fun::build_set,
                };
                self.call_checked(f, ip);
                self.drop_n(n)?;
                self.push(V::Ret);
            }
            op::BUILD_MAP => {
                self.imm_arg(1, arg);
                self.call_checked(Fun::build_map, ip);
                self.push(V::Ret);
            }
            op::STORE_MAP => {
                self.pop_to(a2)?;
                self.pop_to(a3)?;
                self.peek_to(0, a1)?;
                self.call_checked(Fun::store_map, ip);
            }
            op::STORE_COMP => {
                let kind = i.arg & 3;
                let coll_depth = (i.arg >> 2) as usize;
                let a4 = self.arg(4);
                self.peek_to(coll_depth, a2)?;
                self.pop_to(a3)?;
                if kind == 1 {
                    self.pop_to(a4)?;
                }
                self.imm_arg(1, kind as u64);
                self.call_checked(Fun::store_comp, ip);
            }
            op::BUILD_SLICE => {
                if i.arg == 3 {
                    self.pop_to(a3)?;
                } else {
                    self.imm_arg(3, Obj::NONE.bits());
                }
                self.pop_to(a2)?;
                self.pop_to(a1)?;
                self.call_checked(Fun::build_slice, ip);
                self.push(V::Ret);
            }
            op::UNPACK_SEQUENCE | op::UNPACK_EX => {
                self.pop_to(a1)?;
                let base = self.vs.len();
                self.imm_arg(2, arg);
                self.imm_arg(3, base as u64);
                let (f, n) = if o == op::UNPACK_SEQUENCE {
                    (Fun::unpack_sequence, i.arg as usize)
                } else {
                    (
                        Fun::unpack_ex,
                        ((i.arg & 0xff) + ((i.arg >> 8) & 0xff) + 1) as usize,
                    )
                };
                self.call_checked(f, ip);
                for _ in 0..n {
                    self.push(V::Stacked);
                }
            }
            op::MAKE_FUNCTION | op::MAKE_FUNCTION_DEFARGS => {
                if i.arg as usize >= self.code.children.len() {
                    return refuse("child index out of range");
                }
                if o == op::MAKE_FUNCTION_DEFARGS {
                    self.pop_to(a3)?;
                    self.pop_to(a2)?;
                } else {
                    self.imm_arg(2, 0);
                    self.imm_arg(3, 0);
                }
                self.imm_arg(1, arg);
                self.call_checked(Fun::make_function, ip);
                self.push(V::Ret);
            }
            op::MAKE_CLOSURE | op::MAKE_CLOSURE_DEFARGS => {
                if i.arg as usize >= self.code.children.len() {
                    return refuse("child index out of range");
                }
                let n = i.extra as usize;
                let base = self.window(n)?;
                self.drop_n(n)?;
                let (a4, a5) = (self.arg(4), self.arg(5));
                if o == op::MAKE_CLOSURE_DEFARGS {
                    self.pop_to(a5)?;
                    self.pop_to(a4)?;
                } else {
                    self.imm_arg(4, 0);
                    self.imm_arg(5, 0);
                }
                self.imm_arg(1, arg);
                self.imm_arg(2, n as u64);
                self.imm_arg(3, base as u64);
                self.call_checked(Fun::make_closure, ip);
                self.push(V::Ret);
            }
            op::CALL_FUNCTION | op::CALL_METHOD => {
                let extra = if o == op::CALL_METHOD { 2 } else { 1 };
                let n = call_items(i.arg) + extra;
                let base = self.window(n)?;
                let f = if o == op::CALL_METHOD {
                    Fun::call_method
                } else {
                    Fun::call
                };
                if (arg >> 8) & 0xff == 0 {
                    self.direct_call(f, o == op::CALL_METHOD, arg, base, ip);
                } else {
                    self.imm_arg(1, arg);
                    self.imm_arg(2, base as u64);
                    self.call_checked(f, ip);
                }
                self.drop_n(n)?;
                self.push(V::Ret);
            }
            op::CALL_FUNCTION_VAR_KW | op::CALL_METHOD_VAR_KW => {
                let method = o == op::CALL_METHOD_VAR_KW;
                let n = call_items(i.arg) + 2 + method as usize;
                let base = self.window(n)?;
                self.imm_arg(1, arg);
                self.imm_arg(2, base as u64);
                self.imm_arg(3, method as u64);
                self.call_checked(Fun::call_var_kw, ip);
                self.drop_n(n)?;
                self.push(V::Ret);
            }
            op::JUMP => {
                self.settle_all();
                let l = self.label(i.target)?;
                self.a.jump(l);
            }
            op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                let when = o == op::POP_JUMP_IF_TRUE;
                let int_known = self.vs.last() == Some(&V::Ret)
                    && self.known.is_some_and(|k| k.kind == Kn::Int);
                if int_known {
                    // A small int computed by the previous op: 0 (the word INT_TAG) is false.
                    self.vs.pop();
                    self.settle_all();
                    let l = self.label(i.target)?;
                    if let Some(k) = self.claim() {
                        let (t0, cont) = (A::TEMPS[0], self.a.new_label());
                        self.a.mov_imm(t0, INT_TAG);
                        let c = if when { Cond::Ne } else { Cond::Eq };
                        self.a.cmp_jump(c, A::RET, t0, l);
                        self.deferred.push(Box::new(move |e: &mut Self| {
                            e.a.bind(k.generic);
                            e.a.mov(a1, A::RET);
                            e.truth_branch(a1, when, l, ip);
                            e.a.jump(cont);
                        }));
                        self.a.bind(cont);
                    } else {
                        self.a.mov(a1, A::RET);
                        self.truth_branch(a1, when, l, ip);
                    }
                    return Ok(());
                }
                self.pop_to(a1)?;
                self.settle_all();
                let l = self.label(i.target)?;
                self.truth_branch(a1, o == op::POP_JUMP_IF_TRUE, l, ip);
            }
            op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                self.settle_all();
                self.peek_to(0, a1)?;
                let l = self.label(i.target)?;
                self.truth_branch(a1, o == op::JUMP_IF_TRUE_OR_POP, l, ip);
                self.drop_n(1)?;
            }
            op::GET_ITER => {
                self.pop_to(a1)?;
                // The call below stores RET: do it before the paths split.
                self.spill_ret();
                // A generator or an iterator is its own iterator (`yield from g()`, `for x in
                // g()`): no call.
                let [t0, _] = A::TEMPS;
                let (call, own, done) =
                    (self.a.new_label(), self.a.new_label(), self.a.new_label());
                self.a.cmp_imm_jump(Cond::Eq, a1, 0, call);
                self.jump_unless_ptr(t0, a1, call);
                self.a.load8(t0, a1, HDR_KIND);
                self.a
                    .cmp_imm_jump(Cond::Eq, t0, KIND_GENERATOR as i32, own);
                self.a.cmp_imm_jump(Cond::Ne, t0, KIND_ITER as i32, call);
                self.a.bind(own);
                self.a.mov(A::RET, a1);
                self.a.jump(done);
                self.a.bind(call);
                self.call_checked(Fun::get_iter, ip);
                self.a.bind(done);
                self.push(V::Ret);
            }
            op::GET_ITER_STACK => {
                let base = self.window(1)?;
                // The call below stores RET: do it before the paths split.
                self.spill_ret();
                // A list or tuple: [NULL, seq, 0, NULL] in machine code (get_iter_stack).
                let [t0, t1] = A::TEMPS;
                let (call, seq, done) =
                    (self.a.new_label(), self.a.new_label(), self.a.new_label());
                self.a.load(t1, A::STATE, Self::slot_off(base));
                self.jump_unless_ptr(t0, t1, call);
                self.a.load8(t0, t1, HDR_KIND);
                self.a.cmp_imm_jump(Cond::Eq, t0, KIND_LIST as i32, seq);
                self.a.cmp_imm_jump(Cond::Ne, t0, KIND_TUPLE as i32, call);
                self.a.bind(seq);
                self.a.store(t1, A::STATE, Self::slot_off(base + 1));
                self.a.mov_imm(t0, 0);
                self.a.store(t0, A::STATE, Self::slot_off(base));
                self.a.store(t0, A::STATE, Self::slot_off(base + 3));
                self.a.mov_imm(t0, INT_TAG);
                self.a.store(t0, A::STATE, Self::slot_off(base + 2));
                self.a.jump(done);
                self.a.bind(call);
                self.imm_arg(1, base as u64);
                self.call_checked(Fun::get_iter_stack, ip);
                self.a.bind(done);
                self.drop_n(1)?;
                for _ in 0..4 {
                    self.push(V::Stacked);
                }
            }
            op::FOR_ITER => {
                self.settle_all();
                let base = self.below_top(4)?;
                let (slow, done) = (self.a.new_label(), self.a.new_label());
                let l = self.label(i.target)?;
                self.for_iter_fast(base, slow, l);
                self.a.jump(done);
                self.a.bind(slow);
                self.imm_arg(1, base as u64);
                self.call_checked(Fun::for_iter, ip);
                self.a
                    .cmp_imm_jump(Cond::Eq, A::RET, ITER_STOP.bits() as i32, l);
                self.a.bind(done);
                self.push(V::Ret);
            }
            op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                self.settle_all();
                let fin = (o == op::SETUP_FINALLY) as u64;
                self.imm_arg(1, ((i.target as u64) << 1) | fin);
                self.imm_arg(2, self.vs.len() as u64);
                self.call(Fun::setup_exc);
            }
            op::SETUP_WITH => {
                self.settle_all();
                let base = self.below_top(1)?;
                self.imm_arg(1, base as u64);
                self.imm_arg(2, i.target as u64);
                self.call_checked(Fun::setup_with, ip);
                self.drop_n(1)?;
                self.push(V::Stacked);
                self.push(V::Stacked);
                self.push(V::Ret);
            }
            op::WITH_CLEANUP => {
                let base = self.window(3)?;
                self.imm_arg(1, base as u64);
                self.call_checked(Fun::with_cleanup, ip);
                self.drop_n(3)?;
                self.push(V::Stacked);
            }
            op::END_FINALLY => {
                self.settle_all();
                let tos = self.below_top(1)?;
                self.imm_arg(1, ip as u64);
                self.imm_arg(2, tos as u64);
                self.call(Fun::end_finally);
                self.drop_n(1)?;
                let cont = self.a.new_label();
                self.a
                    .cmp_imm_jump(Cond::Eq, A::RET, FALL_THROUGH as i32, cont);
                self.a.jump(self.dispatch);
                self.a.bind(cont);
            }
            op::POP_EXCEPT_JUMP => {
                self.settle_all();
                self.call(Fun::pop_exc);
                let l = self.label(i.target)?;
                self.a.jump(l);
            }
            op::UNWIND_JUMP => {
                self.settle_all();
                self.imm_arg(1, ip as u64);
                self.imm_arg(2, i.target as u64);
                self.imm_arg(3, i.extra as u64);
                self.call(Fun::unwind_jump);
                self.a.jump(self.dispatch);
            }
            op::RETURN_VALUE => {
                if exc_depth == 0 {
                    self.pop_to(A::RET)?;
                    self.a.jump(self.epilogue);
                } else {
                    let t = A::TEMPS[0];
                    self.pop_to(t)?;
                    self.a.store(t, A::CTX, NF_RET_VAL);
                    self.settle_all();
                    self.imm_arg(1, ip as u64);
                    self.call(Fun::unwind_return);
                    self.a.jump(self.dispatch);
                }
            }
            op::RAISE_OBJ => {
                self.pop_to(a1)?;
                self.call_checked(Fun::raise_obj, ip);
            }
            op::RAISE_FROM => {
                self.pop_to(a2)?;
                self.pop_to(a1)?;
                self.call_checked(Fun::raise_from, ip);
            }
            op::RAISE_LAST => {
                self.call_checked(Fun::raise_last, ip);
            }
            op::YIELD_VALUE => {
                // Suspend: everything is in the state array; resume at the next offset with the
                // sent value written over the yielded one (gen.rs).
                self.settle_all();
                let tos = self.below_top(1)?;
                self.suspend(i.next, tos);
            }
            op::YIELD_FROM => {
                let base = self.window(2)?;
                self.settle_all();
                self.imm_arg(1, base as u64);
                self.call_checked(Fun::yield_from, ip);
                let cont = self.a.new_label();
                self.a
                    .cmp_imm_jump(Cond::Ne, A::RET, ITER_STOP.bits() as i32, cont);
                // The sub-iterator yielded (its value is at base + 1): suspend and re-execute
                // this instruction on resume, as the interpreter does.
                self.suspend(ip, base + 1);
                self.a.bind(cont);
                self.drop_n(2)?;
                self.push(V::Ret);
            }
            _ => return refuse(format!("unsupported opcode 0x{o:02x}")),
        }
        Ok(())
    }
}
