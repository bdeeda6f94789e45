//! .mpy v6 reader: header checks with MicroPython's messages, qstr and constant tables, the
//! raw-code tree, every length/count/index bounds-checked. Not the bytecode verifier
//! (mpy/verify.rs) nor the loader that makes runtime objects (vm/code.rs).

use crate::bytecode::{read_vuint, DecodeError};
use crate::code::{CodeKind, CompiledModule, Const, RawCode};
use crate::qstr::{STATIC_QSTRS, STATIC_QSTR_COUNT};
use std::ops::Range;

/// Why a file was refused. `message` is what the user sees (MicroPython's words where it has
/// them); `is_value_error` says whether it is raised as ValueError (header checks) or as a
/// generic "malformed" error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct MpyError {
    pub message: String,
}

impl MpyError {
    fn new(m: impl Into<String>) -> MpyError {
        MpyError { message: m.into() }
    }
}

impl From<DecodeError> for MpyError {
    fn from(e: DecodeError) -> MpyError {
        MpyError::new(format!(
            "malformed .mpy file: truncated or bad encoding at byte {}",
            e.0
        ))
    }
}

/// Architecture numbers of the header's feature byte (mpy-format.md §2).
pub const ARCH_NAMES: [&str; 14] = [
    "none",
    "x86",
    "x64",
    "armv6",
    "armv6m",
    "armv7m",
    "armv7em",
    "armv7emsp",
    "armv7emdp",
    "xtensa",
    "xtensawin",
    "rv32imc",
    "rv64imc",
    "debug",
];

/// The architecture this build's native code targets (x64 on x86-64 hosts).
pub fn host_arch() -> u8 {
    if cfg!(target_arch = "x86_64") {
        2
    } else {
        0
    }
}

/// Sub-version of the native ABI we write and accept.
pub const MPY_SUB_VERSION: u8 = 3;

/// Limits that keep a hostile file from making us allocate or recurse without bound.
const MAX_DEPTH: usize = 200;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, MpyError> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or_else(|| MpyError::new("malformed .mpy file: unexpected end of file"))?;
        self.pos += 1;
        Ok(b)
    }
    fn vuint(&mut self) -> Result<usize, MpyError> {
        let v = read_vuint(self.data, &mut self.pos)?;
        usize::try_from(v).map_err(|_| MpyError::new("malformed .mpy file: value too large"))
    }
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], MpyError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        match end {
            Some(e) => {
                let s = &self.data[self.pos..e];
                self.pos = e;
                Ok(s)
            }
            None => Err(MpyError::new("malformed .mpy file: unexpected end of file")),
        }
    }
    fn str_ref(&mut self, n: usize) -> Result<&'a str, MpyError> {
        let s = self.bytes(n)?;
        if self.byte()? != 0 {
            return Err(MpyError::new("malformed .mpy file: string not terminated"));
        }
        std::str::from_utf8(s)
            .map_err(|_| MpyError::new("malformed .mpy file: invalid UTF-8 in string"))
    }
    fn str_z(&mut self, n: usize) -> Result<String, MpyError> {
        self.str_ref(n).map(|s| s.to_string())
    }
}

/// Parsed header fields.
#[derive(Debug, Clone, Copy)]
pub struct Header {
    pub arch: u8,
    pub sub_version: u8,
    pub small_int_bits: u8,
    /// The arch-flags vuint (header bit 6), e.g. adder's ABI marker (mpy/native.rs).
    pub arch_flags: Option<u64>,
}

/// Check the 4-byte header the way MicroPython does (mpy-format.md §7).
pub fn read_header(data: &[u8], runtime_small_int_bits: u8) -> Result<Header, MpyError> {
    if data.len() < 4 || data[0] != b'M' || data[1] != 6 {
        return Err(MpyError::new("incompatible .mpy file"));
    }
    let b2 = data[2];
    let arch = (b2 >> 2) & 0x2f;
    let sub = b2 & 3;
    if arch != 0 && sub != MPY_SUB_VERSION {
        return Err(MpyError::new("incompatible .mpy file"));
    }
    if data[3] > runtime_small_int_bits {
        return Err(MpyError::new("incompatible .mpy file"));
    }
    if arch != 0 && arch != host_arch() {
        return Err(MpyError::new("incompatible .mpy arch"));
    }
    Ok(Header {
        arch,
        sub_version: sub,
        small_int_bits: data[3],
        arch_flags: None,
    })
}

fn read_const(r: &mut Reader, depth: usize) -> Result<Const, MpyError> {
    if depth > MAX_DEPTH {
        return Err(MpyError::new(
            "malformed .mpy file: constants nested too deeply",
        ));
    }
    let t = r.byte()?;
    Ok(match t {
        0 => Const::FunTable,
        1 => Const::None,
        2 => Const::False,
        3 => Const::True,
        4 => Const::Ellipsis,
        5 => {
            let n = r.vuint()?;
            Const::Str(r.str_z(n)?)
        }
        6 => {
            let n = r.vuint()?;
            let b = r.bytes(n)?.to_vec();
            if r.byte()? != 0 {
                return Err(MpyError::new("malformed .mpy file: bytes not terminated"));
            }
            Const::Bytes(b)
        }
        7..=9 => {
            let n = r.vuint()?;
            let b = r.bytes(n)?;
            let s = std::str::from_utf8(b)
                .map_err(|_| MpyError::new("malformed .mpy file: bad number text"))?;
            match t {
                7 => {
                    let ok = !s.is_empty()
                        && s.trim_start_matches('-')
                            .bytes()
                            .all(|c| c.is_ascii_digit())
                        && s.len() < 100_000;
                    if !ok {
                        return Err(MpyError::new("malformed .mpy file: bad int constant"));
                    }
                    Const::Int(s.to_string())
                }
                8 => Const::Float(parse_float_text(s)?),
                _ => {
                    let im = s
                        .strip_suffix('j')
                        .or_else(|| s.strip_suffix('J'))
                        .unwrap_or(s);
                    Const::Complex(parse_float_text(im)?)
                }
            }
        }
        10 => {
            let n = r.vuint()?;
            if n > r.data.len() {
                return Err(MpyError::new("malformed .mpy file: tuple too long"));
            }
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(read_const(r, depth + 1)?);
            }
            Const::Tuple(items)
        }
        _ => {
            return Err(MpyError::new(format!(
                "malformed .mpy file: unknown constant type {t}"
            )))
        }
    })
}

fn parse_float_text(s: &str) -> Result<f64, MpyError> {
    crate::runtime::float::parse_float(s)
        .ok_or_else(|| MpyError::new("malformed .mpy file: bad float constant"))
}

/// One raw code of a file, as a view: where its fun_data lies in the file's bytes. Used to run
/// code in place (the bytes stay where they are) and by the verifier; `to_owned` gives the
/// compiler's owned `RawCode`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawCodeRef {
    pub kind: CodeKind,
    /// Byte range of fun_data inside the file.
    pub fun_data: Range<usize>,
    pub prelude_offset: u32,
    pub scope_flags: u32,
    pub asm_n_args: u32,
    pub asm_type_sig: u32,
    pub children: Vec<RawCodeRef>,
    /// adder's own native blocks (files with our ABI marker): the machine code's byte range in
    /// the file. The bytecode function that follows it is `bytecode_range()` (mpy/native.rs).
    pub machine_code: Option<Range<usize>>,
}

impl RawCodeRef {
    /// An owned copy (fun_data copied out of `data`, the file these ranges refer to).
    pub fn to_owned(&self, data: &[u8]) -> RawCode {
        let mut rc = RawCode::bytecode(data[self.fun_data.clone()].to_vec(), vec![]);
        rc.kind = self.kind;
        rc.prelude_offset = self.prelude_offset;
        rc.scope_flags = self.scope_flags;
        rc.asm_n_args = self.asm_n_args;
        rc.asm_type_sig = self.asm_type_sig;
        rc.children = self.children.iter().map(|c| c.to_owned(data)).collect();
        rc
    }
    /// True if this raw code or any descendant is machine code.
    pub fn has_native(&self) -> bool {
        self.kind != CodeKind::Bytecode || self.children.iter().any(|c| c.has_native())
    }
    /// True if this raw code or any descendant is machine code we cannot run (not ours).
    pub fn has_foreign_native(&self) -> bool {
        (self.kind != CodeKind::Bytecode && self.machine_code.is_none())
            || self.children.iter().any(|c| c.has_foreign_native())
    }
    /// The bytecode function: all of fun_data, or for our native blocks the part after the
    /// machine code.
    pub fn bytecode_range(&self) -> Range<usize> {
        match self.machine_code {
            Some(_) => self.fun_data.start + self.prelude_offset as usize..self.fun_data.end,
            None => self.fun_data.clone(),
        }
    }
    /// How the bytecode range is to be read: our native blocks carry a bytecode function.
    pub fn bytecode_kind(&self) -> CodeKind {
        match self.machine_code {
            Some(_) => CodeKind::Bytecode,
            None => self.kind,
        }
    }
}

/// A whole file as a view over its bytes: qstr strings borrowed from the file (static ones from
/// the static table), constants decoded, the raw-code tree as ranges.
#[derive(Clone, Debug)]
pub struct MpyView<'a> {
    pub header: Header,
    pub qstrs: Vec<&'a str>,
    /// Which qstr entries were static references (for inspection).
    pub qstr_is_static: Vec<bool>,
    pub consts: Vec<Const>,
    pub root: RawCodeRef,
}

impl MpyView<'_> {
    /// The owned module (copies every fun_data).
    pub fn to_module(&self, data: &[u8]) -> CompiledModule {
        CompiledModule {
            qstrs: self.qstrs.iter().map(|s| s.to_string()).collect(),
            consts: self.consts.clone(),
            root: self.root.to_owned(data),
            arch: self.header.arch,
            arch_flags: self.header.arch_flags,
            small_int_bits: self.header.small_int_bits,
        }
    }
}

/// How strict the reader is about what the file may contain.
#[derive(Clone, Copy, Debug)]
pub struct ReadOptions {
    /// Header byte 3 may not exceed this.
    pub runtime_small_int_bits: u8,
    /// Refuse files this runtime cannot run (foreign arch, arch flags, MicroPython machine code).
    /// Inspection tools (`adder dis`) turn this off to show any file.
    pub for_execution: bool,
}

impl ReadOptions {
    pub fn execute(runtime_small_int_bits: u8) -> ReadOptions {
        ReadOptions {
            runtime_small_int_bits,
            for_execution: true,
        }
    }
    pub fn inspect() -> ReadOptions {
        ReadOptions {
            runtime_small_int_bits: 64,
            for_execution: false,
        }
    }
}

/// The message for machine code written for MicroPython's C ABI.
pub const NATIVE_ABI_MESSAGE: &str =
    "incompatible .mpy file: native code for MicroPython's ABI cannot run in adder";

/// The message for native code written by another adder build (a different FunTable/ABI).
pub const OTHER_ADDER_ABI_MESSAGE: &str =
    "incompatible .mpy file: native code for another adder ABI (recompile it with this adder)";

/// `ours`: the file carries our ABI marker, so kind-1 raw codes are adder native blocks.
fn read_raw_code(r: &mut Reader, depth: usize, ours: bool) -> Result<RawCodeRef, MpyError> {
    if depth > MAX_DEPTH {
        return Err(MpyError::new(
            "malformed .mpy file: functions nested too deeply",
        ));
    }
    let kind_len = r.vuint()?;
    let kind = CodeKind::from_bits((kind_len & 3) as u32);
    let has_children = kind_len & 4 != 0;
    let len = kind_len >> 3;
    let start = r.pos;
    r.bytes(len)?;
    let mut rc = RawCodeRef {
        kind,
        fun_data: start..start + len,
        prelude_offset: 0,
        scope_flags: 0,
        asm_n_args: 0,
        asm_type_sig: 0,
        children: Vec::new(),
        machine_code: None,
    };
    read_native_extras(r, &mut rc, len)?;
    if has_children {
        let n = r.vuint()?;
        if n == 0 || n > r.data.len() {
            return Err(MpyError::new("malformed .mpy file: bad child count"));
        }
        for _ in 0..n {
            rc.children.push(read_raw_code(r, depth + 1, ours)?);
        }
    }
    if ours && kind != CodeKind::Bytecode {
        if kind != CodeKind::Native {
            return Err(MpyError::new(
                "malformed .mpy file: adder native files hold only kind-1 native code",
            ));
        }
        let parts = crate::mpy::native::split_block(
            &r.data[start..start + len],
            rc.prelude_offset as usize,
            rc.children.len(),
        )
        .map_err(|m| MpyError::new(format!("malformed .mpy file: {m}")))?;
        rc.machine_code = Some(start + parts.machine_code.start..start + parts.machine_code.end);
    }
    if rc.scope_flags & 0x10 != 0 && kind == CodeKind::Viper {
        return Err(MpyError::new(
            "incompatible .mpy file: native module relocations are not supported",
        ));
    }
    Ok(rc)
}

fn small_vuint(r: &mut Reader) -> Result<u32, MpyError> {
    u32::try_from(r.vuint()?).map_err(|_| MpyError::new("malformed .mpy file: value too large"))
}

/// The fields that follow fun_data for machine-code raw codes (mpy-format.md §6).
fn read_native_extras(r: &mut Reader, rc: &mut RawCodeRef, len: usize) -> Result<(), MpyError> {
    match rc.kind {
        CodeKind::Bytecode => {}
        CodeKind::Native => {
            rc.prelude_offset = small_vuint(r)?;
            if rc.prelude_offset as usize > len {
                return Err(MpyError::new(
                    "malformed .mpy file: prelude offset out of range",
                ));
            }
        }
        CodeKind::Viper | CodeKind::Asm => {
            rc.scope_flags = small_vuint(r)?;
            if rc.kind == CodeKind::Asm {
                rc.asm_n_args = small_vuint(r)?;
                rc.asm_type_sig = small_vuint(r)?;
            } else {
                let rodata = if rc.scope_flags & 0x20 != 0 {
                    r.vuint()?
                } else {
                    0
                };
                if rc.scope_flags & 0x40 != 0 {
                    let _bss = r.vuint()?;
                }
                r.bytes(rodata)?;
            }
        }
    }
    Ok(())
}

/// Parse a whole file into a view over `data`. Header checks raise MicroPython's messages; any
/// structural damage gives a "malformed .mpy file" message. Bytecode is not verified here
/// (mpy/verify.rs does that).
pub fn read_view(data: &[u8], opts: ReadOptions) -> Result<MpyView<'_>, MpyError> {
    let header = if opts.for_execution {
        read_header(data, opts.runtime_small_int_bits)?
    } else {
        read_header_lenient(data)?
    };
    let mut header = header;
    let mut r = Reader { data, pos: 4 };
    let mut ours = false;
    if data[2] & crate::mpy::native::ARCH_FLAGS_BIT != 0 {
        let v = read_vuint(data, &mut r.pos)?;
        header.arch_flags = Some(v);
        use crate::mpy::native::{classify_flags, Flags};
        match classify_flags(v) {
            // Our marker means our machine code only for our arch (read_header checked it).
            Flags::Ours if header.arch == host_arch() && header.arch != 0 => ours = true,
            Flags::OtherAdder if opts.for_execution => {
                return Err(MpyError::new(OTHER_ADDER_ABI_MESSAGE))
            }
            _ if opts.for_execution => return Err(MpyError::new("incompatible .mpy file")),
            _ => {}
        }
    }
    let n_qstr = r.vuint()?;
    let n_obj = r.vuint()?;
    if n_qstr > data.len() || n_obj > data.len() {
        return Err(MpyError::new("malformed .mpy file: table too large"));
    }
    let mut qstrs = Vec::with_capacity(n_qstr);
    let mut qstr_is_static = Vec::with_capacity(n_qstr);
    for _ in 0..n_qstr {
        let v = r.vuint()?;
        if v & 1 == 1 {
            let idx = v >> 1;
            if idx == 0 || idx > STATIC_QSTR_COUNT {
                return Err(MpyError::new("malformed .mpy file: bad static qstr index"));
            }
            qstrs.push(STATIC_QSTRS[idx]);
            qstr_is_static.push(true);
        } else {
            qstrs.push(r.str_ref(v >> 1)?);
            qstr_is_static.push(false);
        }
    }
    let mut consts = Vec::with_capacity(n_obj);
    for _ in 0..n_obj {
        consts.push(read_const(&mut r, 0)?);
    }
    let root = read_raw_code(&mut r, 0, ours)?;
    if root.machine_code.is_some() {
        // We never write one: module bodies run as bytecode (jit tier.rs).
        return Err(MpyError::new(
            "malformed .mpy file: the module's top level is native code",
        ));
    }
    if r.pos != data.len() {
        return Err(MpyError::new("malformed .mpy file: trailing data"));
    }
    if opts.for_execution && root.has_foreign_native() {
        return Err(MpyError::new(NATIVE_ABI_MESSAGE));
    }
    Ok(MpyView {
        header,
        qstrs,
        qstr_is_static,
        consts,
        root,
    })
}

/// Header fields without compatibility checks (for inspection): only the magic and version.
fn read_header_lenient(data: &[u8]) -> Result<Header, MpyError> {
    if data.len() < 4 || data[0] != b'M' || data[1] != 6 {
        return Err(MpyError::new("incompatible .mpy file"));
    }
    Ok(Header {
        arch: (data[2] >> 2) & 0x2f,
        sub_version: data[2] & 3,
        small_int_bits: data[3],
        arch_flags: None,
    })
}

/// Parse a whole .mpy file into an owned CompiledModule (fun_data copied), with the checks of
/// `read_view` for execution.
pub fn read_mpy(data: &[u8], runtime_small_int_bits: u8) -> Result<CompiledModule, MpyError> {
    let view = read_view(data, ReadOptions::execute(runtime_small_int_bits))?;
    Ok(view.to_module(data))
}
