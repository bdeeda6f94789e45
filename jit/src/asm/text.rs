//! `TextAsm`: an `Asm` that prints the generic operations one per line (golden tests of what the
//! emitter asks for, independent of any encoding). Not an assembler: its `finish` returns the text.

use super::x64::reg_name;
use super::{AluOp, Asm, AsmError, Cond, FAluOp, FReg, Label, Reg, ShiftOp};
use std::collections::HashMap;
use std::fmt::Write;

/// Prints operations; uses the x64 register roles and names so listings read naturally.
#[derive(Default)]
pub struct TextAsm {
    pub out: String,
    labels: HashMap<Label, usize>,
    registry: dynasmrt::components::LabelRegistry,
    ops: usize,
}

impl TextAsm {
    pub fn new() -> TextAsm {
        TextAsm::default()
    }
    fn l(&mut self, l: Label) -> String {
        let n = self.labels.len();
        let id = *self.labels.entry(l).or_insert(n);
        format!("L{id}")
    }
    fn line(&mut self, s: String) {
        self.ops += 1;
        let _ = writeln!(self.out, "    {s}");
    }
}

fn r(x: Reg) -> &'static str {
    reg_name(x)
}

impl Asm for TextAsm {
    const ARCH: &'static str = "text";
    const WORD: i32 = 8;
    const RET: Reg = super::x64::RAX;
    const ARGS: &'static [Reg] = <super::x64::X64Asm as Asm>::ARGS;
    const TEMPS: [Reg; 2] = <super::x64::X64Asm as Asm>::TEMPS;
    const CTX: Reg = super::x64::RBX;
    const FUN_TABLE: Reg = super::x64::R12;
    const STATE: Reg = super::x64::R13;
    const LOCAL_REGS: &'static [Reg] = <super::x64::X64Asm as Asm>::LOCAL_REGS;
    const HAS_OVERFLOW_BRANCH: bool = true;
    const HAS_FLOAT: bool = true;
    const DIV_REM: Reg = <super::x64::X64Asm as Asm>::DIV_REM;
    const FTEMPS: [FReg; 2] = <super::x64::X64Asm as Asm>::FTEMPS;

    fn new_label(&mut self) -> Label {
        self.registry.new_dynamic_label()
    }
    fn bind(&mut self, l: Label) {
        let name = self.l(l);
        let _ = writeln!(self.out, "{name}:");
    }
    fn offset(&self) -> usize {
        self.ops
    }
    fn entry(&mut self, n_slots: u32, fun_table_off: i32, state_off: i32) {
        self.line(format!(
            "entry slots={n_slots} fun_table=[ctx+{fun_table_off}] state=[ctx+{state_off}]"
        ));
    }
    fn exit(&mut self) {
        self.line("exit".into());
    }
    fn mov(&mut self, d: Reg, s: Reg) {
        self.line(format!("mov {}, {}", r(d), r(s)));
    }
    fn mov_imm(&mut self, d: Reg, v: u64) {
        self.line(format!("mov {}, {v:#x}", r(d)));
    }
    fn load(&mut self, d: Reg, base: Reg, off: i32) {
        self.line(format!("load {}, [{}{off:+}]", r(d), r(base)));
    }
    fn load32(&mut self, d: Reg, base: Reg, off: i32) {
        self.line(format!("load32 {}, [{}{off:+}]", r(d), r(base)));
    }
    fn load8(&mut self, d: Reg, base: Reg, off: i32) {
        self.line(format!("load8 {}, [{}{off:+}]", r(d), r(base)));
    }
    fn store8(&mut self, s: Reg, base: Reg, off: i32) {
        self.line(format!("store8 [{}{off:+}], {}", r(base), r(s)));
    }
    fn store(&mut self, s: Reg, base: Reg, off: i32) {
        self.line(format!("store [{}{off:+}], {}", r(base), r(s)));
    }
    fn load_slot(&mut self, d: Reg, slot: u32) {
        self.line(format!("load {}, slot{slot}", r(d)));
    }
    fn store_slot(&mut self, s: Reg, slot: u32) {
        self.line(format!("store slot{slot}, {}", r(s)));
    }
    fn alu(&mut self, op: AluOp, d: Reg, s: Reg) {
        self.line(format!("{op:?} {}, {}", r(d), r(s)).to_lowercase());
    }
    fn alu_imm(&mut self, op: AluOp, d: Reg, imm: i32) {
        let o = format!("{op:?}").to_lowercase();
        self.line(format!("{o} {}, {imm}", r(d)));
    }
    fn shift_imm(&mut self, op: ShiftOp, d: Reg, n: u8) {
        self.line(format!("{op:?} {}, {n}", r(d)).to_lowercase());
    }
    fn alu_jump_overflow(&mut self, op: AluOp, d: Reg, s: Reg, l: Label) {
        let l = self.l(l);
        let o = format!("{op:?}").to_lowercase();
        self.line(format!("{o} {}, {} ; jo {l}", r(d), r(s)));
    }
    fn alu_imm_jump_overflow(&mut self, op: AluOp, d: Reg, imm: i32, l: Label) {
        let l = self.l(l);
        let o = format!("{op:?}").to_lowercase();
        self.line(format!("{o} {}, {imm} ; jo {l}", r(d)));
    }
    fn mul_jump_overflow(&mut self, d: Reg, s: Reg, l: Label) {
        let l = self.l(l);
        self.line(format!("imul {}, {} ; jo {l}", r(d), r(s)));
    }
    fn div_rem(&mut self, a: Reg, b: Reg) {
        self.line(format!("divrem rax:rdx, {} / {}", r(a), r(b)));
    }
    fn fmov_from(&mut self, fd: FReg, s: Reg) {
        self.line(format!("fmov xmm{}, {}", fd.0, r(s)));
    }
    fn fmov_to(&mut self, d: Reg, fs: FReg) {
        self.line(format!("fmov {}, xmm{}", r(d), fs.0));
    }
    fn int_to_float(&mut self, fd: FReg, s: Reg) {
        self.line(format!("cvt xmm{}, {}", fd.0, r(s)));
    }
    fn falu(&mut self, op: FAluOp, fd: FReg, fs: FReg) {
        self.line(format!("f{op:?} xmm{}, xmm{}", fd.0, fs.0).to_lowercase());
    }
    fn fcmp_jump(&mut self, c: Cond, a: FReg, b: FReg, l: Label, unordered: Label) {
        let (l, u) = (self.l(l), self.l(unordered));
        let c = format!("{c:?}").to_lowercase();
        self.line(format!("fcmp xmm{}, xmm{} ; jnan {u} ; j{c} {l}", a.0, b.0));
    }
    fn fjump_nan(&mut self, a: FReg, l: Label) {
        let l = self.l(l);
        self.line(format!("fcmp xmm{0}, xmm{0} ; jnan {l}", a.0));
    }
    fn cmp_jump(&mut self, c: Cond, a: Reg, b: Reg, l: Label) {
        let l = self.l(l);
        let c = format!("{c:?}").to_lowercase();
        self.line(format!("cmp {}, {} ; j{c} {l}", r(a), r(b)));
    }
    fn cmp_imm_jump(&mut self, c: Cond, a: Reg, imm: i32, l: Label) {
        let l = self.l(l);
        let c = format!("{c:?}").to_lowercase();
        self.line(format!("cmp {}, {imm} ; j{c} {l}", r(a)));
    }
    fn set_cond(&mut self, c: Cond, d: Reg, a: Reg, b: Reg) {
        self.line(format!("set{c:?} {}, {} {}", r(d), r(a), r(b)).to_lowercase());
    }
    fn jump(&mut self, l: Label) {
        let l = self.l(l);
        self.line(format!("jmp {l}"));
    }
    fn call_ind(&mut self, idx: u32) {
        let name = interp_fun_name(idx);
        self.line(format!("call fun[{idx}] ; {name}"));
    }
    fn call_reg(&mut self, x: Reg) {
        self.line(format!("call {}", r(x)));
    }
    fn call_label(&mut self, l: Label) {
        let l = self.l(l);
        self.line(format!("call {l}"));
    }
    fn entry_stub(&mut self, n_slots: u32) {
        self.line(format!("entry_stub slots={n_slots}"));
    }
    fn exit_stub(&mut self, n_slots: u32) {
        self.line(format!("exit_stub slots={n_slots}"));
    }
    fn slot_addr(&mut self, d: Reg, slot: u32) {
        self.line(format!("lea {}, slot{slot}", r(d)));
    }
    fn finish(self) -> Result<Vec<u8>, AsmError> {
        Ok(self.out.into_bytes())
    }
}

fn interp_fun_name(idx: u32) -> &'static str {
    adder_interp::runtime::funtable::FUN_NAMES
        .get(idx as usize)
        .copied()
        .unwrap_or("?")
}
