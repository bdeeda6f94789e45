//! The x86-64 backend of `Asm` (System V ABI), encoded with dynasm-rs into a `VecAssembler`, so
//! the output is position-independent bytes. Not executable memory (exec_mem.rs) nor the emitter.

use super::{AluOp, Asm, AsmError, Cond, FAluOp, FReg, Label, Reg, ShiftOp};
use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};

pub const RAX: Reg = Reg(0);
pub const RCX: Reg = Reg(1);
pub const RDX: Reg = Reg(2);
pub const RBX: Reg = Reg(3);
pub const RBP: Reg = Reg(5);
pub const RSI: Reg = Reg(6);
pub const RDI: Reg = Reg(7);
pub const R8: Reg = Reg(8);
pub const R9: Reg = Reg(9);
pub const R10: Reg = Reg(10);
pub const R11: Reg = Reg(11);
pub const R12: Reg = Reg(12);
pub const R13: Reg = Reg(13);
pub const R14: Reg = Reg(14);
pub const R15: Reg = Reg(15);
pub const XMM0: FReg = FReg(0);
pub const XMM1: FReg = FReg(1);

/// Register names for text output and tests.
pub fn reg_name(r: Reg) -> &'static str {
    const N: [&str; 16] = [
        "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12",
        "r13", "r14", "r15",
    ];
    N[(r.0 & 15) as usize]
}

pub struct X64Asm {
    ops: VecAssembler<X64Relocation>,
    /// Bytes reserved below the saved registers (keeps rsp 16-byte aligned at calls).
    frame: i32,
}

impl Default for X64Asm {
    fn default() -> Self {
        X64Asm {
            ops: VecAssembler::new(0),
            frame: 8,
        }
    }
}

impl X64Asm {
    pub fn new() -> X64Asm {
        X64Asm::default()
    }
}

impl Asm for X64Asm {
    const ARCH: &'static str = "x64";
    const WORD: i32 = 8;
    const RET: Reg = RAX;
    const ARGS: &'static [Reg] = &[RDI, RSI, RDX, RCX, R8, R9];
    const TEMPS: [Reg; 2] = [R10, R11];
    const CTX: Reg = RBX;
    const FUN_TABLE: Reg = R12;
    const STATE: Reg = R13;
    const LOCAL_REGS: &'static [Reg] = &[R14, R15, RBP];
    const HAS_OVERFLOW_BRANCH: bool = true;
    const HAS_FLOAT: bool = true;
    const DIV_REM: Reg = RDX;
    const FTEMPS: [FReg; 2] = [XMM0, XMM1];

    fn new_label(&mut self) -> Label {
        self.ops.new_dynamic_label()
    }

    fn bind(&mut self, l: Label) {
        dynasm!(self.ops ; .arch x64 ; =>l);
    }

    fn offset(&self) -> usize {
        self.ops.offset().0
    }

    fn entry(&mut self, n_slots: u32, fun_table_off: i32, state_off: i32) {
        // Six pushes leave rsp = 8 (mod 16); the frame restores 16-byte alignment.
        self.frame = 8 + 16 * n_slots.div_ceil(2) as i32;
        let frame = self.frame;
        let small = frame < 128;
        dynasm!(self.ops
            ; .arch x64
            ; push rbp
            ; push rbx
            ; push r12
            ; push r13
            ; push r14
            ; push r15
        );
        if small {
            dynasm!(self.ops ; .arch x64 ; sub rsp, BYTE frame as i8);
        } else {
            dynasm!(self.ops ; .arch x64 ; sub rsp, DWORD frame);
        }
        dynasm!(self.ops
            ; .arch x64
            ; mov rbx, rdi
            ; mov r12, QWORD [rbx + fun_table_off]
            ; mov r13, QWORD [rbx + state_off]
        );
    }

    fn exit(&mut self) {
        let frame = self.frame;
        if frame < 128 {
            dynasm!(self.ops ; .arch x64 ; add rsp, BYTE frame as i8);
        } else {
            dynasm!(self.ops ; .arch x64 ; add rsp, DWORD frame);
        }
        dynasm!(self.ops
            ; .arch x64
            ; pop r15
            ; pop r14
            ; pop r13
            ; pop r12
            ; pop rbx
            ; pop rbp
            ; ret
        );
    }

    fn mov(&mut self, d: Reg, s: Reg) {
        dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), Rq(s.0));
    }

    fn mov_imm(&mut self, d: Reg, v: u64) {
        dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD v as i64);
    }

    fn load(&mut self, d: Reg, base: Reg, off: i32) {
        // The fixed bases get dynasm's static encoding (no SIB byte); others the dynamic one.
        match base {
            RBX => dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD [rbx + off]),
            R13 => dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD [r13 + off]),
            _ => dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD [Rq(base.0) + off]),
        }
    }

    fn load32(&mut self, d: Reg, base: Reg, off: i32) {
        // Writing a 32-bit register clears the upper half.
        dynasm!(self.ops ; .arch x64 ; mov Rd(d.0), DWORD [Rq(base.0) + off]);
    }

    fn load8(&mut self, d: Reg, base: Reg, off: i32) {
        dynasm!(self.ops ; .arch x64 ; movzx Rd(d.0), BYTE [Rq(base.0) + off]);
    }

    fn store8(&mut self, s: Reg, base: Reg, off: i32) {
        dynasm!(self.ops ; .arch x64 ; mov BYTE [Rq(base.0) + off], Rb(s.0));
    }

    fn store(&mut self, s: Reg, base: Reg, off: i32) {
        match base {
            RBX => dynasm!(self.ops ; .arch x64 ; mov QWORD [rbx + off], Rq(s.0)),
            R13 => dynasm!(self.ops ; .arch x64 ; mov QWORD [r13 + off], Rq(s.0)),
            _ => dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(base.0) + off], Rq(s.0)),
        }
    }

    fn load_slot(&mut self, d: Reg, slot: u32) {
        let off = 8 * slot as i32;
        dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD [rsp + off]);
    }

    fn store_slot(&mut self, s: Reg, slot: u32) {
        let off = 8 * slot as i32;
        dynasm!(self.ops ; .arch x64 ; mov QWORD [rsp + off], Rq(s.0));
    }

    fn alu(&mut self, op: AluOp, d: Reg, s: Reg) {
        match op {
            AluOp::Add => dynasm!(self.ops ; .arch x64 ; add Rq(d.0), Rq(s.0)),
            AluOp::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(d.0), Rq(s.0)),
            AluOp::And => dynasm!(self.ops ; .arch x64 ; and Rq(d.0), Rq(s.0)),
            AluOp::Or => dynasm!(self.ops ; .arch x64 ; or Rq(d.0), Rq(s.0)),
            AluOp::Xor => dynasm!(self.ops ; .arch x64 ; xor Rq(d.0), Rq(s.0)),
        }
    }

    fn alu_imm(&mut self, op: AluOp, d: Reg, imm: i32) {
        match op {
            AluOp::Add => dynasm!(self.ops ; .arch x64 ; add Rq(d.0), DWORD imm),
            AluOp::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(d.0), DWORD imm),
            AluOp::And => dynasm!(self.ops ; .arch x64 ; and Rq(d.0), DWORD imm),
            AluOp::Or => dynasm!(self.ops ; .arch x64 ; or Rq(d.0), DWORD imm),
            AluOp::Xor => dynasm!(self.ops ; .arch x64 ; xor Rq(d.0), DWORD imm),
        }
    }

    fn shift_imm(&mut self, op: ShiftOp, d: Reg, n: u8) {
        let n = n as i8;
        match op {
            ShiftOp::Shl => dynasm!(self.ops ; .arch x64 ; shl Rq(d.0), BYTE n),
            ShiftOp::Shr => dynasm!(self.ops ; .arch x64 ; shr Rq(d.0), BYTE n),
            ShiftOp::Sar => dynasm!(self.ops ; .arch x64 ; sar Rq(d.0), BYTE n),
            ShiftOp::Ror => dynasm!(self.ops ; .arch x64 ; ror Rq(d.0), BYTE n),
        }
    }

    fn alu_jump_overflow(&mut self, op: AluOp, d: Reg, s: Reg, l: Label) {
        self.alu(op, d, s);
        dynasm!(self.ops ; .arch x64 ; jo =>l);
    }

    fn alu_imm_jump_overflow(&mut self, op: AluOp, d: Reg, imm: i32, l: Label) {
        self.alu_imm(op, d, imm);
        dynasm!(self.ops ; .arch x64 ; jo =>l);
    }

    fn mul_jump_overflow(&mut self, d: Reg, s: Reg, l: Label) {
        dynasm!(self.ops ; .arch x64 ; imul Rq(d.0), Rq(s.0) ; jo =>l);
    }

    fn div_rem(&mut self, a: Reg, b: Reg) {
        if a != RAX {
            dynasm!(self.ops ; .arch x64 ; mov rax, Rq(a.0));
        }
        dynasm!(self.ops ; .arch x64 ; cqo ; idiv Rq(b.0));
    }

    fn fmov_from(&mut self, fd: FReg, s: Reg) {
        dynasm!(self.ops ; .arch x64 ; movq Rx(fd.0), Rq(s.0));
    }

    fn fmov_to(&mut self, d: Reg, fs: FReg) {
        dynasm!(self.ops ; .arch x64 ; movq Rq(d.0), Rx(fs.0));
    }

    fn int_to_float(&mut self, fd: FReg, s: Reg) {
        dynasm!(self.ops ; .arch x64 ; cvtsi2sd Rx(fd.0), Rq(s.0));
    }

    fn falu(&mut self, op: FAluOp, fd: FReg, fs: FReg) {
        match op {
            FAluOp::Add => dynasm!(self.ops ; .arch x64 ; addsd Rx(fd.0), Rx(fs.0)),
            FAluOp::Sub => dynasm!(self.ops ; .arch x64 ; subsd Rx(fd.0), Rx(fs.0)),
            FAluOp::Mul => dynasm!(self.ops ; .arch x64 ; mulsd Rx(fd.0), Rx(fs.0)),
            FAluOp::Div => dynasm!(self.ops ; .arch x64 ; divsd Rx(fd.0), Rx(fs.0)),
        }
    }

    fn fcmp_jump(&mut self, c: Cond, a: FReg, b: FReg, l: Label, unordered: Label) {
        // ucomisd sets CF/ZF like an unsigned compare (and PF on NaN).
        dynasm!(self.ops ; .arch x64 ; ucomisd Rx(a.0), Rx(b.0) ; jp =>unordered);
        match c {
            Cond::Eq => dynasm!(self.ops ; .arch x64 ; je =>l),
            Cond::Ne => dynasm!(self.ops ; .arch x64 ; jne =>l),
            Cond::Lt | Cond::Below => dynasm!(self.ops ; .arch x64 ; jb =>l),
            Cond::Le => dynasm!(self.ops ; .arch x64 ; jbe =>l),
            Cond::Gt => dynasm!(self.ops ; .arch x64 ; ja =>l),
            Cond::Ge | Cond::AboveEq => dynasm!(self.ops ; .arch x64 ; jae =>l),
        }
    }

    fn fjump_nan(&mut self, a: FReg, l: Label) {
        dynasm!(self.ops ; .arch x64 ; ucomisd Rx(a.0), Rx(a.0) ; jp =>l);
    }

    fn cmp_jump(&mut self, c: Cond, a: Reg, b: Reg, l: Label) {
        dynasm!(self.ops ; .arch x64 ; cmp Rq(a.0), Rq(b.0));
        self.jcc(c, l);
    }

    fn cmp_imm_jump(&mut self, c: Cond, a: Reg, imm: i32, l: Label) {
        dynasm!(self.ops ; .arch x64 ; cmp Rq(a.0), DWORD imm);
        self.jcc(c, l);
    }

    fn set_cond(&mut self, c: Cond, d: Reg, a: Reg, b: Reg) {
        dynasm!(self.ops ; .arch x64 ; cmp Rq(a.0), Rq(b.0));
        match c {
            Cond::Eq => dynasm!(self.ops ; .arch x64 ; sete Rb(d.0)),
            Cond::Ne => dynasm!(self.ops ; .arch x64 ; setne Rb(d.0)),
            Cond::Lt => dynasm!(self.ops ; .arch x64 ; setl Rb(d.0)),
            Cond::Le => dynasm!(self.ops ; .arch x64 ; setle Rb(d.0)),
            Cond::Gt => dynasm!(self.ops ; .arch x64 ; setg Rb(d.0)),
            Cond::Ge => dynasm!(self.ops ; .arch x64 ; setge Rb(d.0)),
            Cond::Below => dynasm!(self.ops ; .arch x64 ; setb Rb(d.0)),
            Cond::AboveEq => dynasm!(self.ops ; .arch x64 ; setae Rb(d.0)),
        }
        dynasm!(self.ops ; .arch x64 ; movzx Rd(d.0), Rb(d.0));
    }

    fn jump(&mut self, l: Label) {
        dynasm!(self.ops ; .arch x64 ; jmp =>l);
    }

    fn call_ind(&mut self, idx: u32) {
        let off = 8 * idx as i32;
        dynasm!(self.ops ; .arch x64 ; call QWORD [Rq(Self::FUN_TABLE.0) + off]);
    }

    fn call_reg(&mut self, r: Reg) {
        dynasm!(self.ops ; .arch x64 ; call Rq(r.0));
    }

    fn call_label(&mut self, l: Label) {
        dynasm!(self.ops ; .arch x64 ; call =>l);
    }

    fn entry_stub(&mut self, n_slots: u32) {
        // Entered with rsp = 8 (mod 16); the frame restores 16-byte alignment.
        let frame = stub_frame(n_slots);
        dynasm!(self.ops ; .arch x64 ; sub rsp, DWORD frame);
    }

    fn exit_stub(&mut self, n_slots: u32) {
        let frame = stub_frame(n_slots);
        dynasm!(self.ops ; .arch x64 ; add rsp, DWORD frame ; ret);
    }

    fn slot_addr(&mut self, d: Reg, slot: u32) {
        let off = 8 * slot as i32;
        dynasm!(self.ops ; .arch x64 ; lea Rq(d.0), [rsp + off]);
    }

    fn finish(self) -> Result<Vec<u8>, AsmError> {
        self.ops.finalize().map_err(|e| AsmError(e.to_string()))
    }
}

/// Bytes `entry_stub` reserves: the slots, rounded so that rsp is 16-byte aligned at calls.
fn stub_frame(n_slots: u32) -> i32 {
    8 + 16 * n_slots.div_ceil(2) as i32
}

impl X64Asm {
    fn jcc(&mut self, c: Cond, l: Label) {
        match c {
            Cond::Eq => dynasm!(self.ops ; .arch x64 ; je =>l),
            Cond::Ne => dynasm!(self.ops ; .arch x64 ; jne =>l),
            Cond::Lt => dynasm!(self.ops ; .arch x64 ; jl =>l),
            Cond::Le => dynasm!(self.ops ; .arch x64 ; jle =>l),
            Cond::Gt => dynasm!(self.ops ; .arch x64 ; jg =>l),
            Cond::Ge => dynasm!(self.ops ; .arch x64 ; jge =>l),
            Cond::Below => dynasm!(self.ops ; .arch x64 ; jb =>l),
            Cond::AboveEq => dynasm!(self.ops ; .arch x64 ; jae =>l),
        }
    }
}
