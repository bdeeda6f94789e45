//! Compiled-code data: the module (qstr table, constant table, raw-code tree) shared by the compiler,
//! the .mpy reader/writer and the loader. Plain data, not runtime objects: the VM builds those from it.

/// The 2-bit raw-code kind stored in .mpy files (mpy-format.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeKind {
    Bytecode = 0,
    Native = 1,
    Viper = 2,
    Asm = 3,
}

impl CodeKind {
    pub fn from_bits(v: u32) -> CodeKind {
        match v & 3 {
            0 => CodeKind::Bytecode,
            1 => CodeKind::Native,
            2 => CodeKind::Viper,
            _ => CodeKind::Asm,
        }
    }
}

/// Which tier the source asked for, per function (decorator) or per module (`-X emit=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum EmitKind {
    #[default]
    Bytecode,
    Native,
    Viper,
    Cranelift,
}

impl EmitKind {
    pub fn parse(s: &str) -> Option<EmitKind> {
        Some(match s {
            "bytecode" => EmitKind::Bytecode,
            "native" => EmitKind::Native,
            "viper" => EmitKind::Viper,
            "cranelift" => EmitKind::Cranelift,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            EmitKind::Bytecode => "bytecode",
            EmitKind::Native => "native",
            EmitKind::Viper => "viper",
            EmitKind::Cranelift => "cranelift",
        }
    }
}

/// Scope flags as stored in the prelude signature (low 4 bits) (bytecode.md §4.1).
pub mod scope_flags {
    pub const GENERATOR: u8 = 0x01;
    pub const VARKEYWORDS: u8 = 0x02;
    pub const VARARGS: u8 = 0x04;
    pub const DEFKWARGS: u8 = 0x08;
}

/// A constant object of the module's constant table (mpy-format.md §4).
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// Type 0: the native function table slot (only in files with native code).
    FunTable,
    None,
    False,
    True,
    Ellipsis,
    Str(String),
    Bytes(Vec<u8>),
    /// Any int that does not fit the file's small-int width, as decimal text (optional leading '-').
    Int(String),
    Float(f64),
    /// A pure imaginary literal: the imaginary part.
    Complex(f64),
    Tuple(Vec<Const>),
}

impl Const {
    /// Strict equality used for de-duplication: type and value; -0.0 and 0.0 are distinct.
    pub fn same(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::Float(a), Const::Float(b)) | (Const::Complex(a), Const::Complex(b)) => {
                a.to_bits() == b.to_bits()
            }
            (Const::Tuple(a), Const::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            _ => self == other,
        }
    }
}

/// Type information the bytecode does not carry, filled by the compiler for viper (and used by the
/// other tiers as hints). Absent for code loaded from a bytecode .mpy.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypeHints {
    /// Annotation of each parameter slot (same order as the prelude's arg names), e.g. "int", "ptr8".
    pub args: Vec<Option<String>>,
    /// Return annotation.
    pub ret: Option<String>,
    /// Annotated locals: (local number, annotation).
    pub locals: Vec<(u16, String)>,
}

/// One function's code (module top level, class body, def, lambda, comprehension).
#[derive(Clone, Debug, PartialEq)]
pub struct RawCode {
    pub kind: CodeKind,
    /// For bytecode: prelude followed by opcodes (bytecode.md §4). For native/viper: machine code.
    pub fun_data: Vec<u8>,
    /// Children referenced by MAKE_FUNCTION/MAKE_CLOSURE child indices, in index order.
    pub children: Vec<RawCode>,
    /// Native only: offset of the prelude inside fun_data.
    pub prelude_offset: u32,
    /// Viper/asm only: scope flags written after fun_data.
    pub scope_flags: u32,
    /// Asm only: number of arguments and return-type signature.
    pub asm_n_args: u32,
    pub asm_type_sig: u32,
    /// Tier requested by a decorator (`@micropython.native`, `@micropython.viper`) or `-X emit=`.
    pub emit: EmitKind,
    /// Viper/native annotations (compiler metadata, not stored in bytecode .mpy files).
    pub hints: Option<TypeHints>,
}

impl RawCode {
    pub fn bytecode(fun_data: Vec<u8>, children: Vec<RawCode>) -> RawCode {
        RawCode {
            kind: CodeKind::Bytecode,
            fun_data,
            children,
            prelude_offset: 0,
            scope_flags: 0,
            asm_n_args: 0,
            asm_type_sig: 0,
            emit: EmitKind::Bytecode,
            hints: None,
        }
    }
}

/// A whole compiled module: what a .mpy file holds.
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledModule {
    /// The module's qstr table. Entry 0 is the source file name. Every qstr operand, simple name and
    /// arg name in the bytecode is an index into this table.
    pub qstrs: Vec<String>,
    /// The module's constant-object table (LOAD_CONST_OBJ operands index it).
    pub consts: Vec<Const>,
    /// The top-level code, with the whole child tree.
    pub root: RawCode,
    /// Header fields: native architecture number (0 = bytecode only) and small-int bits.
    pub arch: u8,
    /// The header's arch-flags vuint, if any (adder's native ABI marker, mpy/native.rs).
    pub arch_flags: Option<u64>,
    pub small_int_bits: u8,
}

/// Default small-int width of mpy-cross output (header byte 3).
pub const MPY_DEFAULT_SMALL_INT_BITS: u8 = 31;
