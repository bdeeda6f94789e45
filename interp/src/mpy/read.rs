//! .mpy v6 reader: header checks with MicroPython's messages, qstr and constant tables, the
//! raw-code tree, every length/count/index bounds-checked. Not the bytecode verifier
//! (mpy/verify.rs) nor the loader that makes runtime objects (vm/code.rs).

use crate::bytecode::{read_vuint, DecodeError};
use crate::code::{CodeKind, CompiledModule, Const, RawCode};
use crate::qstr::{STATIC_QSTRS, STATIC_QSTR_COUNT};

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
    fn str_z(&mut self, n: usize) -> Result<String, MpyError> {
        let s = self.bytes(n)?;
        if self.byte()? != 0 {
            return Err(MpyError::new("malformed .mpy file: string not terminated"));
        }
        String::from_utf8(s.to_vec())
            .map_err(|_| MpyError::new("malformed .mpy file: invalid UTF-8 in string"))
    }
}

/// Parsed header fields.
#[derive(Debug, Clone, Copy)]
pub struct Header {
    pub arch: u8,
    pub sub_version: u8,
    pub small_int_bits: u8,
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
        7 | 8 | 9 => {
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

fn read_raw_code(r: &mut Reader, depth: usize) -> Result<RawCode, MpyError> {
    if depth > MAX_DEPTH {
        return Err(MpyError::new(
            "malformed .mpy file: functions nested too deeply",
        ));
    }
    let kind_len = r.vuint()?;
    let kind = CodeKind::from_bits((kind_len & 3) as u32);
    let has_children = kind_len & 4 != 0;
    let len = kind_len >> 3;
    let fun_data = r.bytes(len)?.to_vec();
    let mut rc = RawCode::bytecode(fun_data, vec![]);
    rc.kind = kind;
    match kind {
        CodeKind::Bytecode => {}
        CodeKind::Native => {
            rc.prelude_offset = r.vuint()? as u32;
            if rc.prelude_offset as usize > len {
                return Err(MpyError::new(
                    "malformed .mpy file: prelude offset out of range",
                ));
            }
        }
        CodeKind::Viper | CodeKind::Asm => {
            rc.scope_flags = r.vuint()? as u32;
            if kind == CodeKind::Asm {
                rc.asm_n_args = r.vuint()? as u32;
                rc.asm_type_sig = r.vuint()? as u32;
            } else {
                if rc.scope_flags & 0x20 != 0 {
                    let _rodata = r.vuint()?;
                }
                if rc.scope_flags & 0x40 != 0 {
                    let _bss = r.vuint()?;
                }
                if rc.scope_flags & 0x10 != 0 {
                    return Err(MpyError::new(
                        "incompatible .mpy file: native module relocations are not supported",
                    ));
                }
            }
        }
    }
    if has_children {
        let n = r.vuint()?;
        if n == 0 || n > r.data.len() {
            return Err(MpyError::new("malformed .mpy file: bad child count"));
        }
        for _ in 0..n {
            rc.children.push(read_raw_code(r, depth + 1)?);
        }
    }
    Ok(rc)
}

/// Parse a whole .mpy file into an owned CompiledModule. Header checks raise MicroPython's
/// messages; any structural damage gives a "malformed .mpy file" message.
pub fn read_mpy(data: &[u8], runtime_small_int_bits: u8) -> Result<CompiledModule, MpyError> {
    let h = read_header(data, runtime_small_int_bits)?;
    let mut r = Reader { data, pos: 4 };
    if data[2] & 0x40 != 0 {
        let _arch_flags = r.vuint()?;
        return Err(MpyError::new("incompatible .mpy file"));
    }
    let n_qstr = r.vuint()?;
    let n_obj = r.vuint()?;
    if n_qstr > data.len() || n_obj > data.len() {
        return Err(MpyError::new("malformed .mpy file: table too large"));
    }
    let mut qstrs = Vec::with_capacity(n_qstr);
    for _ in 0..n_qstr {
        let v = r.vuint()?;
        if v & 1 == 1 {
            let idx = v >> 1;
            if idx == 0 || idx > STATIC_QSTR_COUNT {
                return Err(MpyError::new("malformed .mpy file: bad static qstr index"));
            }
            qstrs.push(STATIC_QSTRS[idx].to_string());
        } else {
            qstrs.push(r.str_z(v >> 1)?);
        }
    }
    let mut consts = Vec::with_capacity(n_obj);
    for _ in 0..n_obj {
        consts.push(read_const(&mut r, 0)?);
    }
    let root = read_raw_code(&mut r, 0)?;
    if r.pos != data.len() {
        return Err(MpyError::new("malformed .mpy file: trailing data"));
    }
    Ok(CompiledModule {
        qstrs,
        consts,
        root,
        arch: h.arch,
        small_int_bits: h.small_int_bits,
    })
}
