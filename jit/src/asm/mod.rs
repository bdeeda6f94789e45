//! The generic assembler vocabulary the native emitter speaks (MicroPython's GENERIC_ASM_API as a
//! Rust trait): register roles, capabilities, moves, memory, ALU, compares, labels, indirect calls.
//! Not an encoder: each architecture implements it (x64.rs), and text.rs prints it for tests.

pub mod text;
pub mod x64;

pub use dynasmrt::DynamicLabel as Label;

/// A machine register, numbered as the backend numbers them (x64: rax=0 .. r15=15).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Reg(pub u8);

/// Two-operand ALU operations (`d = d op s`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AluOp {
    Add,
    Sub,
    And,
    Or,
    Xor,
}

/// A floating-point register (x64: xmm0..xmm15), numbered as the backend numbers them.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct FReg(pub u8);

/// Two-operand floating-point operations on doubles (`d = d op s`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FAluOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// Shifts by an immediate count.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ShiftOp {
    Shl,
    /// Logical right shift.
    Shr,
    /// Arithmetic right shift.
    Sar,
    /// Rotate right.
    Ror,
}

/// Conditions of compare-and-branch; Lt..Ge are signed, Below/AboveEq unsigned.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cond {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Below,
    AboveEq,
}

impl Cond {
    /// The condition that holds exactly when `self` does not.
    pub fn negate(self) -> Cond {
        match self {
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Lt => Cond::Ge,
            Cond::Le => Cond::Gt,
            Cond::Gt => Cond::Le,
            Cond::Ge => Cond::Lt,
            Cond::Below => Cond::AboveEq,
            Cond::AboveEq => Cond::Below,
        }
    }
}

/// The assembler failed to produce code (an unbound label, an encoding error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsmError(pub String);

impl std::fmt::Display for AsmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "assembler: {}", self.0)
    }
}

/// What the emitter needs from an instruction set. Sizes are deterministic: every instruction
/// form has one encoding whatever its operand values, and branches to labels take their long
/// form, so code size depends only on the sequence of calls.
pub trait Asm {
    /// Architecture name as used by `-march` and .mpy headers.
    const ARCH: &'static str;
    /// Bytes per machine word (and per `Obj`).
    const WORD: i32;
    /// Return value register.
    const RET: Reg;
    /// Argument registers of the C calling convention, in order (at least 5).
    const ARGS: &'static [Reg];
    /// Scratch registers that are neither arguments nor RET, clobbered by calls.
    const TEMPS: [Reg; 2];
    /// Callee-saved: the native frame (context) pointer, set by `entry` from the first argument.
    const CTX: Reg;
    /// Callee-saved: the FunTable base, loaded by `entry` from the context.
    const FUN_TABLE: Reg;
    /// Callee-saved: the base of the Python state array, loaded by `entry` from the context.
    const STATE: Reg;
    /// Callee-saved registers free for the emitter to hold Python locals.
    const LOCAL_REGS: &'static [Reg];
    /// Capability: `alu_jump_overflow` exists (add/sub set an overflow flag to branch on).
    const HAS_OVERFLOW_BRANCH: bool;
    /// Capability: double-precision float registers and the `f*` operations exist.
    const HAS_FLOAT: bool;
    /// Where `div_rem` leaves the remainder (a register it also clobbers).
    const DIV_REM: Reg;
    /// Float scratch registers, clobbered by calls.
    const FTEMPS: [FReg; 2];

    fn new_label(&mut self) -> Label;
    fn bind(&mut self, l: Label);
    /// Bytes emitted so far.
    fn offset(&self) -> usize;

    /// Prologue: save callee-saved registers, reserve `n_slots` word slots, CTX = first argument,
    /// FUN_TABLE = [CTX + fun_table_off], STATE = [CTX + state_off].
    fn entry(&mut self, n_slots: u32, fun_table_off: i32, state_off: i32);
    /// Epilogue: release slots, restore callee-saved registers, return RET.
    fn exit(&mut self);

    fn mov(&mut self, d: Reg, s: Reg);
    fn mov_imm(&mut self, d: Reg, v: u64);
    /// d = word at [base + off].
    fn load(&mut self, d: Reg, base: Reg, off: i32);
    /// d = the 32-bit word at [base + off], zero-extended.
    fn load32(&mut self, d: Reg, base: Reg, off: i32);
    /// d = the byte at [base + off], zero-extended.
    fn load8(&mut self, d: Reg, base: Reg, off: i32);
    /// byte at [base + off] = the low byte of s.
    fn store8(&mut self, s: Reg, base: Reg, off: i32);
    /// word at [base + off] = s.
    fn store(&mut self, s: Reg, base: Reg, off: i32);
    /// d = stack slot `slot` (reserved by `entry`).
    fn load_slot(&mut self, d: Reg, slot: u32);
    fn store_slot(&mut self, s: Reg, slot: u32);

    /// d = d op s.
    fn alu(&mut self, op: AluOp, d: Reg, s: Reg);
    /// d = d op imm (sign-extended 32-bit immediate).
    fn alu_imm(&mut self, op: AluOp, d: Reg, imm: i32);
    fn shift_imm(&mut self, op: ShiftOp, d: Reg, n: u8);
    /// d = d op s (Add or Sub) and jump to `l` on signed overflow. Requires HAS_OVERFLOW_BRANCH.
    fn alu_jump_overflow(&mut self, op: AluOp, d: Reg, s: Reg, l: Label);
    /// d = d op imm (Add or Sub, sign-extended 32-bit immediate) and jump to `l` on signed
    /// overflow. Requires HAS_OVERFLOW_BRANCH.
    fn alu_imm_jump_overflow(&mut self, op: AluOp, d: Reg, imm: i32, l: Label);

    /// d = d * s (signed) and jump to `l` when the product overflows a word. Requires
    /// HAS_OVERFLOW_BRANCH.
    fn mul_jump_overflow(&mut self, d: Reg, s: Reg, l: Label);

    /// RET = a / b and DIV_REM = a % b (signed, truncating toward zero). The caller guarantees
    /// b != 0 and no overflow (not MIN / -1); `b` is neither RET nor DIV_REM. Clobbers RET and
    /// DIV_REM. Requires HAS_OVERFLOW_BRANCH (the capability of full-width integer ops).
    fn div_rem(&mut self, a: Reg, b: Reg);

    /// fd = the bits of s (no conversion). Requires HAS_FLOAT (as do all `f*` operations).
    fn fmov_from(&mut self, fd: FReg, s: Reg);
    /// d = the bits of fs.
    fn fmov_to(&mut self, d: Reg, fs: FReg);
    /// fd = s converted from a signed word integer.
    fn int_to_float(&mut self, fd: FReg, s: Reg);
    /// fd = fd op fs.
    fn falu(&mut self, op: FAluOp, fd: FReg, fs: FReg);
    /// Compare doubles: jump to `unordered` when either is NaN, else to `l` when `a c b`
    /// (Below/AboveEq mean Lt/Ge); otherwise fall through.
    fn fcmp_jump(&mut self, c: Cond, a: FReg, b: FReg, l: Label, unordered: Label);
    /// Jump to `l` when `a` is NaN.
    fn fjump_nan(&mut self, a: FReg, l: Label);

    /// Jump to `l` when `a c b`.
    fn cmp_jump(&mut self, c: Cond, a: Reg, b: Reg, l: Label);
    /// Jump to `l` when `a c imm` (sign-extended 32-bit immediate).
    fn cmp_imm_jump(&mut self, c: Cond, a: Reg, imm: i32, l: Label);
    /// d = 1 if `a c b` else 0 (d may equal neither a nor b... nor must it: any register).
    fn set_cond(&mut self, c: Cond, d: Reg, a: Reg, b: Reg);
    fn jump(&mut self, l: Label);
    /// Call FunTable entry `idx`: call [FUN_TABLE + idx * WORD]. Arguments are in ARGS.
    fn call_ind(&mut self, idx: u32);
    /// Call the address in `r` (a computed entry; arguments in ARGS).
    fn call_reg(&mut self, r: Reg);
    /// Call the code at label `l` (PC-relative: position-independent).
    fn call_label(&mut self, l: Label);

    /// Prologue of a leaf-style stub that saves no registers: reserve `n_slots` word slots
    /// (stack slots as for `entry`, calls from inside stay aligned). Pairs with `exit_stub`.
    fn entry_stub(&mut self, n_slots: u32);
    /// Epilogue of `entry_stub(n_slots)`: release the slots and return RET.
    fn exit_stub(&mut self, n_slots: u32);
    /// d = the address of stack slot `slot`.
    fn slot_addr(&mut self, d: Reg, slot: u32);

    /// The finished machine code (position-independent bytes).
    fn finish(self) -> Result<Vec<u8>, AsmError>;
}
