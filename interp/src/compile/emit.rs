//! The bytecode writer for one scope and one pass: opcodes with operands, labels and jump sizing,
//! stack-depth tracking, dead-code suppression and the line table, as MicroPython's emitbc does.
//! Not the compiler's decisions (expr.rs/stmt.rs) and not the prelude layout (mod.rs).

use crate::bytecode::{self, op, BinaryOp, UnaryOp};

/// The compiler passes (MicroPython's MP_PASS_*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pass {
    Scope,
    StackSize,
    CodeSize,
    Emit,
}

/// A jump target, allocated per scope and pass.
pub type Label = usize;

/// The per-scope writer state. `label_offsets` survives from pass to pass (forward jumps use the
/// previous pass's positions); everything else is reset at the start of each pass.
#[derive(Debug, Default)]
pub struct Emitter {
    pub code: Vec<u8>,
    pub suppress: bool,
    pub label_offsets: Vec<usize>,
    pub stack_size: i32,
    pub max_stack: i32,
    pub line_info: Vec<u8>,
    pub last_line: u32,
    pub last_line_offset: usize,
    pub lines_enabled: bool,
    pub pass: Option<Pass>,
    /// A jump offset did not fit 15 bits in the emit pass.
    pub overflow: bool,
    /// Scope indices of children, in MAKE_FUNCTION/MAKE_CLOSURE order.
    pub children: Vec<usize>,
}

impl Emitter {
    pub fn start_pass(&mut self, pass: Pass, first_line: u32, lines_enabled: bool) {
        self.code.clear();
        self.suppress = false;
        self.stack_size = 0;
        self.line_info.clear();
        self.last_line = first_line;
        self.last_line_offset = 0;
        self.lines_enabled = lines_enabled;
        self.pass = Some(pass);
        self.children.clear();
        self.overflow = false;
    }

    fn pass(&self) -> Pass {
        self.pass.unwrap_or(Pass::Scope)
    }

    pub fn adjust_stack(&mut self, delta: i32) {
        if self.pass() == Pass::Scope {
            return;
        }
        self.stack_size += delta;
        if self.stack_size > self.max_stack {
            self.max_stack = self.stack_size;
        }
    }

    fn write(&mut self, bytes: &[u8]) {
        if !self.suppress {
            self.code.extend_from_slice(bytes);
        }
    }

    pub fn offset(&self) -> usize {
        self.code.len()
    }

    /// An opcode without operand.
    pub fn op(&mut self, opcode: u8, delta: i32) {
        self.adjust_stack(delta);
        self.write(&[opcode]);
    }

    /// An opcode with an unsigned vuint operand.
    pub fn op_uint(&mut self, opcode: u8, arg: u64, delta: i32) {
        self.adjust_stack(delta);
        let mut b = vec![opcode];
        bytecode::write_vuint(&mut b, arg);
        self.write(&b);
    }

    /// An opcode with a vuint operand followed by one raw byte (MAKE_CLOSURE*).
    pub fn op_uint_byte(&mut self, opcode: u8, arg: u64, extra: u8, delta: i32) {
        self.adjust_stack(delta);
        let mut b = vec![opcode];
        bytecode::write_vuint(&mut b, arg);
        b.push(extra);
        self.write(&b);
    }

    /// A raw byte that does not change the stack accounting.
    pub fn raw(&mut self, byte: u8) {
        self.write(&[byte]);
    }

    pub fn load_small_int(&mut self, v: i64) {
        let excess = bytecode::SMALL_INT_MULTI_EXCESS as i64;
        if (-excess..(bytecode::SMALL_INT_MULTI_COUNT as i64 - excess)).contains(&v) {
            self.op(
                (bytecode::LOAD_CONST_SMALL_INT_MULTI as i64 + v + excess) as u8,
                1,
            );
        } else {
            self.adjust_stack(1);
            let mut b = vec![op::LOAD_CONST_SMALL_INT];
            bytecode::write_signed_vuint(&mut b, v);
            self.write(&b);
        }
    }

    pub fn load_fast(&mut self, local: u16) {
        if local < 16 {
            self.op(bytecode::LOAD_FAST_MULTI + local as u8, 1);
        } else {
            self.op_uint(op::LOAD_FAST_N, local as u64, 1);
        }
    }

    pub fn store_fast(&mut self, local: u16) {
        if local < 16 {
            self.op(bytecode::STORE_FAST_MULTI + local as u8, -1);
        } else {
            self.op_uint(op::STORE_FAST_N, local as u64, -1);
        }
    }

    pub fn unary_op(&mut self, u: UnaryOp) {
        self.op(bytecode::UNARY_OP_MULTI + u as u8, 0);
    }

    pub fn binary_op(&mut self, b: BinaryOp) {
        self.op(bytecode::BINARY_OP_MULTI + b as u8, -1);
    }

    /// A jump to `label`, sized as MicroPython does: 2-byte form in the stack-size pass, then the
    /// 1-byte form whenever the offset computed from known label positions fits.
    pub fn jump(&mut self, opcode: u8, label: Label, delta: i32) {
        self.adjust_stack(delta);
        if self.suppress {
            return;
        }
        let signed = bytecode::jump_is_signed(opcode);
        let mut long = true;
        let mut off: i64 = 0;
        if self.pass() >= Pass::CodeSize {
            let target = self.label_offsets.get(label).copied().unwrap_or(0) as i64;
            off = target - self.offset() as i64 - 2;
            if (signed && (-64..=63).contains(&off)) || (!signed && (0..=127).contains(&off)) {
                long = false;
            } else {
                off -= 1;
            }
        }
        if long {
            let v = if signed { off + 0x4000 } else { off };
            if self.pass() == Pass::Emit && !(0..=0x7fff).contains(&v) {
                self.overflow = true;
            }
            let v = v.clamp(0, 0x7fff) as u16;
            self.write(&[opcode, 0x80 | (v & 0x7f) as u8, (v >> 7) as u8]);
        } else {
            let v = if signed { off + 0x40 } else { off };
            self.write(&[opcode, v as u8]);
        }
    }

    pub fn label_assign(&mut self, label: Label) {
        self.suppress = false;
        if self.pass() == Pass::Scope {
            return;
        }
        if self.label_offsets.len() <= label {
            self.label_offsets.resize(label + 1, 0);
        }
        self.label_offsets[label] = self.offset();
    }

    /// After an unconditional transfer, drop code until the next label.
    pub fn suppress_dead_code(&mut self) {
        self.suppress = true;
    }

    pub fn set_source_line(&mut self, line: u32) {
        if !self.lines_enabled || line <= self.last_line {
            return;
        }
        let bytes = (self.offset() - self.last_line_offset) as u32;
        bytecode::write_line_step(&mut self.line_info, bytes, line - self.last_line);
        self.last_line_offset = self.offset();
        self.last_line = line;
    }
}
