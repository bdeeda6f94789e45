//! MicroPython v6 bytecode: the one opcode table, operand formats, vuints, prelude encode/decode.
//! Not the compiler and not the VM: both read their opcode numbers and encodings from here.

/// The opcode table (bytecode.md §3). One line per opcode: name, byte value.
/// The "multi" opcodes (operand packed in the byte) are described by the `*_MULTI` constants below.
macro_rules! opcodes {
    ($($name:ident = $val:expr,)*) => {
        pub mod op {
            $(pub const $name: u8 = $val;)*
        }
        /// Name of a single-byte-valued opcode, or None for multi-opcodes and invalid bytes.
        pub fn opcode_name(op: u8) -> Option<&'static str> {
            match op {
                $($val => Some(stringify!($name)),)*
                _ => None,
            }
        }
    };
}

opcodes! {
    LOAD_CONST_STRING = 0x10,
    LOAD_NAME = 0x11,
    LOAD_GLOBAL = 0x12,
    LOAD_ATTR = 0x13,
    LOAD_METHOD = 0x14,
    LOAD_SUPER_METHOD = 0x15,
    STORE_NAME = 0x16,
    STORE_GLOBAL = 0x17,
    STORE_ATTR = 0x18,
    DELETE_NAME = 0x19,
    DELETE_GLOBAL = 0x1a,
    IMPORT_NAME = 0x1b,
    IMPORT_FROM = 0x1c,
    MAKE_CLOSURE = 0x20,
    MAKE_CLOSURE_DEFARGS = 0x21,
    LOAD_CONST_SMALL_INT = 0x22,
    LOAD_CONST_OBJ = 0x23,
    LOAD_FAST_N = 0x24,
    LOAD_DEREF = 0x25,
    STORE_FAST_N = 0x26,
    STORE_DEREF = 0x27,
    DELETE_FAST = 0x28,
    DELETE_DEREF = 0x29,
    BUILD_TUPLE = 0x2a,
    BUILD_LIST = 0x2b,
    BUILD_MAP = 0x2c,
    BUILD_SET = 0x2d,
    BUILD_SLICE = 0x2e,
    STORE_COMP = 0x2f,
    UNPACK_SEQUENCE = 0x30,
    UNPACK_EX = 0x31,
    MAKE_FUNCTION = 0x32,
    MAKE_FUNCTION_DEFARGS = 0x33,
    CALL_FUNCTION = 0x34,
    CALL_FUNCTION_VAR_KW = 0x35,
    CALL_METHOD = 0x36,
    CALL_METHOD_VAR_KW = 0x37,
    UNWIND_JUMP = 0x40,
    JUMP = 0x42,
    POP_JUMP_IF_TRUE = 0x43,
    POP_JUMP_IF_FALSE = 0x44,
    JUMP_IF_TRUE_OR_POP = 0x45,
    JUMP_IF_FALSE_OR_POP = 0x46,
    SETUP_WITH = 0x47,
    SETUP_EXCEPT = 0x48,
    SETUP_FINALLY = 0x49,
    POP_EXCEPT_JUMP = 0x4a,
    FOR_ITER = 0x4b,
    LOAD_CONST_FALSE = 0x50,
    LOAD_CONST_NONE = 0x51,
    LOAD_CONST_TRUE = 0x52,
    LOAD_NULL = 0x53,
    LOAD_BUILD_CLASS = 0x54,
    LOAD_SUBSCR = 0x55,
    STORE_SUBSCR = 0x56,
    DUP_TOP = 0x57,
    DUP_TOP_TWO = 0x58,
    POP_TOP = 0x59,
    ROT_TWO = 0x5a,
    ROT_THREE = 0x5b,
    WITH_CLEANUP = 0x5c,
    END_FINALLY = 0x5d,
    GET_ITER = 0x5e,
    GET_ITER_STACK = 0x5f,
    STORE_MAP = 0x62,
    RETURN_VALUE = 0x63,
    RAISE_LAST = 0x64,
    RAISE_OBJ = 0x65,
    RAISE_FROM = 0x66,
    YIELD_VALUE = 0x67,
    YIELD_FROM = 0x68,
    IMPORT_STAR = 0x69,
}

/// LOAD_CONST_SMALL_INT_MULTI: 0x70..=0xaf pushes `op - 0x80` (-16..=47).
pub const LOAD_CONST_SMALL_INT_MULTI: u8 = 0x70;
pub const SMALL_INT_MULTI_EXCESS: i32 = 16;
pub const SMALL_INT_MULTI_COUNT: u8 = 64;
/// LOAD_FAST_MULTI: 0xb0..=0xbf loads local 0..15.
pub const LOAD_FAST_MULTI: u8 = 0xb0;
/// STORE_FAST_MULTI: 0xc0..=0xcf stores local 0..15.
pub const STORE_FAST_MULTI: u8 = 0xc0;
/// UNARY_OP_MULTI: 0xd0..=0xd3.
pub const UNARY_OP_MULTI: u8 = 0xd0;
pub const UNARY_OP_MULTI_COUNT: u8 = 4;
/// BINARY_OP_MULTI: 0xd7..=0xf9.
pub const BINARY_OP_MULTI: u8 = 0xd7;
pub const BINARY_OP_MULTI_COUNT: u8 = 35;

/// Unary operators (bytecode.md §3.7), plus runtime-only ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    Positive = 0,
    Negative = 1,
    Invert = 2,
    Not = 3,
}

impl UnaryOp {
    pub fn from_u8(n: u8) -> Option<UnaryOp> {
        Some(match n {
            0 => UnaryOp::Positive,
            1 => UnaryOp::Negative,
            2 => UnaryOp::Invert,
            3 => UnaryOp::Not,
            _ => return None,
        })
    }
}

macro_rules! binary_ops {
    ($($name:ident = $val:expr, $sym:expr;)*) => {
        /// Binary operators (bytecode.md §3.8). In-place variants come before the plain ones.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum BinaryOp { $($name = $val,)* }
        impl BinaryOp {
            pub fn from_u8(n: u8) -> Option<BinaryOp> {
                match n { $($val => Some(BinaryOp::$name),)* _ => None }
            }
            /// The operator as written in source (`exception-match` for the internal one).
            pub fn symbol(self) -> &'static str {
                match self { $(BinaryOp::$name => $sym,)* }
            }
        }
    };
}

binary_ops! {
    Less = 0, "<";
    More = 1, ">";
    Equal = 2, "==";
    LessEqual = 3, "<=";
    MoreEqual = 4, ">=";
    NotEqual = 5, "!=";
    In = 6, "in";
    Is = 7, "is";
    ExceptionMatch = 8, "exception-match";
    InplaceOr = 9, "|=";
    InplaceXor = 10, "^=";
    InplaceAnd = 11, "&=";
    InplaceLshift = 12, "<<=";
    InplaceRshift = 13, ">>=";
    InplaceAdd = 14, "+=";
    InplaceSubtract = 15, "-=";
    InplaceMultiply = 16, "*=";
    InplaceMatMultiply = 17, "@=";
    InplaceFloorDivide = 18, "//=";
    InplaceTrueDivide = 19, "/=";
    InplaceModulo = 20, "%=";
    InplacePower = 21, "**=";
    Or = 22, "|";
    Xor = 23, "^";
    And = 24, "&";
    Lshift = 25, "<<";
    Rshift = 26, ">>";
    Add = 27, "+";
    Subtract = 28, "-";
    Multiply = 29, "*";
    MatMultiply = 30, "@";
    FloorDivide = 31, "//";
    TrueDivide = 32, "/";
    Modulo = 33, "%";
    Power = 34, "**";
}

impl BinaryOp {
    /// For an in-place operator, the plain operator it falls back to (`+=` -> `+`).
    pub fn non_inplace(self) -> BinaryOp {
        let n = self as u8;
        if (BinaryOp::InplaceOr as u8..=BinaryOp::InplacePower as u8).contains(&n) {
            BinaryOp::from_u8(n - BinaryOp::InplaceOr as u8 + BinaryOp::Or as u8).unwrap()
        } else {
            self
        }
    }
    pub fn is_inplace(self) -> bool {
        (BinaryOp::InplaceOr as u8..=BinaryOp::InplacePower as u8).contains(&(self as u8))
    }
}

/// Operand format of an opcode (bytecode.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Byte,
    Qstr,
    VarUint,
    Offset,
}

pub fn format_of(op: u8) -> Format {
    match (0x0000_03a4u32 >> (2 * (op >> 4) as u32)) & 3 {
        0 => Format::Byte,
        1 => Format::Qstr,
        2 => Format::VarUint,
        _ => Format::Offset,
    }
}

/// True if one raw byte follows the operand (MAKE_CLOSURE, MAKE_CLOSURE_DEFARGS, UNWIND_JUMP).
pub fn has_extra_byte(op: u8) -> bool {
    (op & 0x9e) == 0 && op != 0
}

/// True for jumps whose offset is signed (opcode value <= 0x44).
pub fn jump_is_signed(op: u8) -> bool {
    op <= op::POP_JUMP_IF_FALSE
}

/// True if `op` is a defined opcode.
pub fn is_valid_opcode(op: u8) -> bool {
    opcode_name(op).is_some()
        || op >= LOAD_CONST_SMALL_INT_MULTI && !(0xd4..=0xd6).contains(&op) && op <= 0xf9
}

// ---------------------------------------------------------------------------------------------
// Variable-length integers.

/// Error raised when bytes run out or a value does not fit while decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("truncated or malformed encoding at byte {0}")]
pub struct DecodeError(pub usize);

/// Append an unsigned vuint (MSB-first 7-bit groups).
pub fn write_vuint(out: &mut Vec<u8>, mut v: u64) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            break;
        }
    }
    let last = buf.len() - 1;
    for (k, b) in buf[i..].iter().enumerate() {
        out.push(if i + k < last { b | 0x80 } else { *b });
    }
}

/// Append a signed vuint (LOAD_CONST_SMALL_INT's operand, bytecode.md §1.2).
pub fn write_signed_vuint(out: &mut Vec<u8>, v: i64) {
    let mut groups = Vec::with_capacity(10);
    let mut x = v;
    loop {
        groups.push((x & 0x7f) as u8);
        x >>= 7;
        if x == 0 || x == -1 {
            break;
        }
    }
    let top = *groups.last().unwrap();
    if x == -1 && top & 0x40 == 0 {
        groups.push(0x7f);
    } else if x == 0 && top & 0x40 != 0 {
        groups.push(0x00);
    }
    let n = groups.len();
    for (k, g) in groups.iter().rev().enumerate() {
        out.push(if k + 1 < n { g | 0x80 } else { *g });
    }
}

/// Read an unsigned vuint at `*pos`, advancing it. Fails on truncation or more than 64 bits.
pub fn read_vuint(data: &[u8], pos: &mut usize) -> Result<u64, DecodeError> {
    let mut acc: u64 = 0;
    loop {
        let b = *data.get(*pos).ok_or(DecodeError(*pos))?;
        if acc >> 57 != 0 {
            return Err(DecodeError(*pos));
        }
        *pos += 1;
        acc = (acc << 7) | (b & 0x7f) as u64;
        if b & 0x80 == 0 {
            return Ok(acc);
        }
    }
}

/// Read a signed vuint at `*pos`, advancing it.
pub fn read_signed_vuint(data: &[u8], pos: &mut usize) -> Result<i64, DecodeError> {
    let first = *data.get(*pos).ok_or(DecodeError(*pos))?;
    let mut acc: i64 = if first & 0x40 != 0 { -1 } else { 0 };
    loop {
        let b = *data.get(*pos).ok_or(DecodeError(*pos))?;
        if !(-(1i64 << 56)..(1i64 << 56)).contains(&acc) {
            return Err(DecodeError(*pos));
        }
        *pos += 1;
        acc = (acc << 7) | (b & 0x7f) as i64;
        if b & 0x80 == 0 {
            return Ok(acc);
        }
    }
}

/// Decode a jump offset at `*pos` (after the opcode byte), advancing past it. Returns the offset
/// relative to the byte after the offset field.
pub fn read_jump_offset(data: &[u8], pos: &mut usize, signed: bool) -> Result<i32, DecodeError> {
    let b0 = *data.get(*pos).ok_or(DecodeError(*pos))?;
    if b0 & 0x80 == 0 {
        *pos += 1;
        Ok(if signed { b0 as i32 - 0x40 } else { b0 as i32 })
    } else {
        let b1 = *data.get(*pos + 1).ok_or(DecodeError(*pos + 1))?;
        *pos += 2;
        let v = (b0 & 0x7f) as i32 | (b1 as i32) << 7;
        Ok(if signed { v - 0x4000 } else { v })
    }
}

// ---------------------------------------------------------------------------------------------
// One decoded instruction.

/// The operand of a decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    /// Offset of the opcode byte.
    pub offset: usize,
    pub op: u8,
    /// vuint/qstr operand, or the signed small int for LOAD_CONST_SMALL_INT.
    pub arg: i64,
    /// Absolute jump target for offset-format opcodes.
    pub target: usize,
    /// The raw extra byte (MAKE_CLOSURE*, UNWIND_JUMP).
    pub extra: u8,
    /// Offset of the next instruction.
    pub next: usize,
}

/// Decode the instruction at `pos` of `code`. Jump targets are absolute offsets in `code` (not
/// checked against its length: the caller validates).
pub fn decode_instr(code: &[u8], pos: usize) -> Result<Instr, DecodeError> {
    let op = *code.get(pos).ok_or(DecodeError(pos))?;
    let mut p = pos + 1;
    let mut arg = 0i64;
    let mut target = 0usize;
    match format_of(op) {
        Format::Byte => {}
        Format::Qstr => arg = read_vuint(code, &mut p)? as i64,
        Format::VarUint => {
            arg = if op == op::LOAD_CONST_SMALL_INT {
                read_signed_vuint(code, &mut p)?
            } else {
                read_vuint(code, &mut p)? as i64
            }
        }
        Format::Offset => {
            let off = read_jump_offset(code, &mut p, jump_is_signed(op))?;
            let t = p as i64 + off as i64;
            if t < 0 {
                return Err(DecodeError(pos));
            }
            target = t as usize;
        }
    }
    let mut extra = 0;
    if has_extra_byte(op) {
        extra = *code.get(p).ok_or(DecodeError(p))?;
        p += 1;
    }
    Ok(Instr {
        offset: pos,
        op,
        arg,
        target,
        extra,
        next: p,
    })
}

// ---------------------------------------------------------------------------------------------
// The function prelude (bytecode.md §4).

/// The decoded signature and size info of a function prelude.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    pub n_state: u32,
    pub n_exc_stack: u32,
    pub scope_flags: u8,
    pub n_pos_args: u32,
    pub n_kwonly_args: u32,
    pub n_def_pos_args: u32,
}

/// Append the packed signature (bytecode.md §4.1).
pub fn write_signature(out: &mut Vec<u8>, sig: &Signature) {
    let mut s = sig.n_state.saturating_sub(1);
    let mut e = sig.n_exc_stack;
    let mut f = (sig.scope_flags & 0x0f) as u32;
    let mut a = sig.n_pos_args;
    let mut k = sig.n_kwonly_args;
    let mut d = sig.n_def_pos_args;
    out.push((((s & 0xf) << 3) | ((e & 1) << 2) | (a & 3)) as u8);
    s >>= 4;
    e >>= 1;
    a >>= 2;
    let mut n = 0;
    while s | e | f | a | k | d != 0 {
        *out.last_mut().unwrap() |= 0x80;
        let z = ((f & 1) << 6)
            | ((s & 3) << 4)
            | ((k & 1) << 3)
            | ((a & 1) << 2)
            | ((e & 1) << 1)
            | (d & 1);
        out.push(z as u8);
        s >>= 2;
        e >>= 1;
        f >>= 1;
        a >>= 1;
        k >>= 1;
        d >>= 1;
        n += 1;
        debug_assert!(n < 32);
    }
}

/// Decode the packed signature at `*pos`.
pub fn read_signature(data: &[u8], pos: &mut usize) -> Result<Signature, DecodeError> {
    let z = *data.get(*pos).ok_or(DecodeError(*pos))?;
    *pos += 1;
    let mut s = ((z >> 3) & 0xf) as u32;
    let mut e = ((z >> 2) & 1) as u32;
    let mut f = 0u32;
    let mut a = (z & 3) as u32;
    let mut k = 0u32;
    let mut d = 0u32;
    let mut more = z & 0x80 != 0;
    let mut n = 0u32;
    while more {
        let z = *data.get(*pos).ok_or(DecodeError(*pos))?;
        *pos += 1;
        if n >= 12 {
            return Err(DecodeError(*pos - 1));
        }
        f |= (((z >> 6) & 1) as u32) << n;
        s |= (((z >> 4) & 3) as u32) << (4 + 2 * n);
        k |= (((z >> 3) & 1) as u32) << n;
        a |= (((z >> 2) & 1) as u32) << (2 + n);
        e |= (((z >> 1) & 1) as u32) << (1 + n);
        d |= ((z & 1) as u32) << n;
        more = z & 0x80 != 0;
        n += 1;
    }
    Ok(Signature {
        n_state: s + 1,
        n_exc_stack: e,
        scope_flags: f as u8,
        n_pos_args: a,
        n_kwonly_args: k,
        n_def_pos_args: d,
    })
}

/// Append the size info (n_info, n_cell) (bytecode.md §4.2).
pub fn write_size_info(out: &mut Vec<u8>, mut n_info: u32, mut n_cell: u32) {
    loop {
        let mut z = (((n_info & 0x3f) << 1) | (n_cell & 1)) as u8;
        n_info >>= 6;
        n_cell >>= 1;
        if n_info | n_cell != 0 {
            z |= 0x80;
        }
        out.push(z);
        if n_info | n_cell == 0 {
            break;
        }
    }
}

/// Decode the size info at `*pos`: (n_info, n_cell).
pub fn read_size_info(data: &[u8], pos: &mut usize) -> Result<(u32, u32), DecodeError> {
    let mut n_info = 0u32;
    let mut n_cell = 0u32;
    let mut n = 0u32;
    loop {
        let z = *data.get(*pos).ok_or(DecodeError(*pos))?;
        *pos += 1;
        if n >= 5 {
            return Err(DecodeError(*pos - 1));
        }
        n_info |= (((z >> 1) & 0x3f) as u32) << (6 * n);
        n_cell |= ((z & 1) as u32) << n;
        n += 1;
        if z & 0x80 == 0 {
            return Ok((n_info, n_cell));
        }
    }
}

/// A fully decoded prelude: where each part of fun_data lies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prelude {
    pub sig: Signature,
    /// qstr index of the function name.
    pub simple_name: u32,
    /// qstr indices of the n_pos_args + n_kwonly_args parameter slots.
    pub arg_names: Vec<u32>,
    /// Byte range of the line-number table inside fun_data.
    pub line_info: std::ops::Range<usize>,
    /// Byte range of the cell list inside fun_data.
    pub cells: std::ops::Range<usize>,
    /// Offset of the first opcode inside fun_data.
    pub code_start: usize,
}

/// Decode the prelude at the start of `fun_data` (bytecode layout). All ranges are checked against
/// the data's length.
pub fn read_prelude(fun_data: &[u8]) -> Result<Prelude, DecodeError> {
    read_prelude_at(fun_data, 0)
}

/// Decode a prelude that starts at `start` (native code keeps it after the machine code).
pub fn read_prelude_at(fun_data: &[u8], start: usize) -> Result<Prelude, DecodeError> {
    let mut pos = start;
    let sig = read_signature(fun_data, &mut pos)?;
    let (n_info, n_cell) = read_size_info(fun_data, &mut pos)?;
    let info_start = pos;
    let info_end = info_start
        .checked_add(n_info as usize)
        .ok_or(DecodeError(pos))?;
    let cell_end = info_end
        .checked_add(n_cell as usize)
        .ok_or(DecodeError(pos))?;
    if cell_end > fun_data.len() {
        return Err(DecodeError(fun_data.len()));
    }
    let info = &fun_data[..info_end];
    let simple_name = read_vuint(info, &mut pos)? as u32;
    let n_args = sig.n_pos_args as usize + sig.n_kwonly_args as usize;
    let mut arg_names = Vec::with_capacity(n_args.min(256));
    for _ in 0..n_args {
        arg_names.push(read_vuint(info, &mut pos)? as u32);
    }
    Ok(Prelude {
        sig,
        simple_name,
        arg_names,
        line_info: pos..info_end,
        cells: info_end..cell_end,
        code_start: cell_end,
    })
}

/// Append line-table entries for a step of `bytes` bytecode bytes and `lines` source lines, as the
/// real compiler encodes them (bytecode.md §4.3).
pub fn write_line_step(out: &mut Vec<u8>, mut bytes: u32, mut lines: u32) {
    while bytes > 0 || lines > 0 {
        if lines <= 6 || bytes > 15 {
            let b = bytes.min(31);
            let l = if b < bytes { 0 } else { lines.min(3) };
            out.push(((l << 5) | b) as u8);
            bytes -= b;
            lines -= l;
        } else {
            let b = bytes.min(15);
            let l = lines.min(2047);
            out.push((0x80 | ((l >> 4) & 0x70) | b) as u8);
            out.push((l & 0xff) as u8);
            bytes -= b;
            lines -= l;
        }
    }
}

/// Source line of bytecode offset `bc_offset` (relative to the first opcode) from a line table.
pub fn line_for_offset(table: &[u8], mut bc_offset: usize) -> u32 {
    let mut line = 1u32;
    let mut i = 0;
    while i < table.len() {
        let b0 = table[i];
        let (b, l) = if b0 & 0x80 == 0 {
            i += 1;
            ((b0 & 0x1f) as usize, ((b0 >> 5) & 3) as u32)
        } else {
            let b1 = match table.get(i + 1) {
                Some(b) => *b,
                None => break,
            };
            i += 2;
            (
                (b0 & 0x0f) as usize,
                (((b0 as u32) << 4) & 0x700) | b1 as u32,
            )
        };
        if bc_offset >= b {
            bc_offset -= b;
            line += l;
        } else {
            break;
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vu(v: u64) -> Vec<u8> {
        let mut o = vec![];
        write_vuint(&mut o, v);
        o
    }
    fn svu(v: i64) -> Vec<u8> {
        let mut o = vec![];
        write_signed_vuint(&mut o, v);
        o
    }

    #[test]
    fn vuint_examples() {
        assert_eq!(vu(0), [0]);
        assert_eq!(vu(127), [0x7f]);
        assert_eq!(vu(128), [0x81, 0x00]);
        assert_eq!(vu(247), [0x81, 0x77]);
        assert_eq!(vu(296), [0x82, 0x28]);
        assert_eq!(vu(897), [0x87, 0x01]);
        for v in [
            0u64,
            1,
            127,
            128,
            300,
            1 << 20,
            u32::MAX as u64,
            u64::MAX >> 1,
        ] {
            let e = vu(v);
            let mut p = 0;
            assert_eq!(read_vuint(&e, &mut p).unwrap(), v);
            assert_eq!(p, e.len());
        }
    }

    #[test]
    fn signed_vuint_examples() {
        assert_eq!(svu(-17), [0x6f]);
        assert_eq!(svu(48), [0x30]);
        assert_eq!(svu(-64), [0x40]);
        assert_eq!(svu(64), [0x80, 0x40]);
        assert_eq!(svu(1000000), [0xbd, 0x84, 0x40]);
        assert_eq!(svu(-1000000), [0xc2, 0xfb, 0x40]);
        assert_eq!(svu(1073741823), [0x83, 0xff, 0xff, 0xff, 0x7f]);
        for v in [0i64, -1, 63, -65, 1 << 40, -(1 << 40), i32::MIN as i64] {
            let e = svu(v);
            let mut p = 0;
            assert_eq!(read_signed_vuint(&e, &mut p).unwrap(), v);
        }
    }

    #[test]
    fn signature_examples() {
        let d = |b: &[u8]| read_signature(b, &mut 0).unwrap();
        assert_eq!(d(&[0x10]).n_state, 3);
        let s = d(&[0xa2, 0x01]);
        assert_eq!((s.n_state, s.n_pos_args, s.n_def_pos_args), (5, 2, 1));
        let s = d(&[0xa8, 0x02]);
        assert_eq!((s.n_state, s.n_exc_stack), (6, 2));
        let s = d(&[0x99, 0x40]);
        assert_eq!((s.n_state, s.n_pos_args, s.scope_flags), (4, 1, 1));
        let s = d(&[0x85, 0x90, 0xc8, 0xc0, 0x40]);
        assert_eq!(
            (
                s.n_state,
                s.n_exc_stack,
                s.scope_flags,
                s.n_pos_args,
                s.n_kwonly_args
            ),
            (17, 1, 0x0e, 1, 2)
        );
        for b in [
            &[0x10u8][..],
            &[0xa2, 0x01],
            &[0xa8, 0x02],
            &[0x99, 0x40],
            &[0x85, 0x90, 0xc8, 0xc0, 0x40],
        ] {
            let mut o = vec![];
            write_signature(&mut o, &d(b));
            assert_eq!(o, b);
        }
    }

    #[test]
    fn size_info_examples() {
        for (b, v) in [
            (&[0x04u8][..], (2, 0)),
            (&[0x8a, 0x01], (5, 2)),
            (&[0x0d], (6, 1)),
            (&[0x07], (3, 1)),
        ] {
            assert_eq!(read_size_info(b, &mut 0).unwrap(), v);
            let mut o = vec![];
            write_size_info(&mut o, v.0, v.1);
            assert_eq!(o, b);
        }
    }

    #[test]
    fn line_table_examples() {
        let mut o = vec![];
        write_line_step(&mut o, 3, 1);
        assert_eq!(o, [0x23]);
        let mut o = vec![];
        write_line_step(&mut o, 0, 23);
        assert_eq!(o, [0x80, 0x17]);
        let mut o = vec![];
        write_line_step(&mut o, 8, 87);
        assert_eq!(o, [0x88, 0x57]);
        assert_eq!(line_for_offset(&[0x22, 0x51], 0), 1);
        assert_eq!(line_for_offset(&[0x22, 0x51], 2), 2);
        assert_eq!(line_for_offset(&[0x22, 0x51], 19), 4);
    }

    #[test]
    fn jumps_and_formats() {
        let i = decode_instr(&[0x44, 0x4d], 0).unwrap();
        assert_eq!(i.target, 2 + 13);
        let mut buf = vec![0u8; 200];
        buf.extend([0x43, 0x93, 0x7f]);
        let i = decode_instr(&buf, 200).unwrap();
        assert_eq!(i.target as i64, 203 - 109);
        assert!(decode_instr(&[0x43, 0x93, 0x7f], 0).is_err());
        let i = decode_instr(&[0x40, 0x4b, 0x81], 0).unwrap();
        assert_eq!((i.target, i.extra, i.next), (2 + 11, 0x81, 3));
        assert!(has_extra_byte(op::MAKE_CLOSURE) && has_extra_byte(op::MAKE_CLOSURE_DEFARGS));
        assert!(!has_extra_byte(op::LOAD_CONST_SMALL_INT) && !has_extra_byte(0x80));
        assert_eq!(BinaryOp::InplaceAdd.non_inplace(), BinaryOp::Add);
        assert_eq!(BinaryOp::Add.non_inplace(), BinaryOp::Add);
    }
}
