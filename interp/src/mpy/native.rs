//! adder's own native code in .mpy files: the ABI marker in the header's arch-flags field and the
//! layout of a native (kind 1) raw code's fun_data. Not the emitter (adder-jit) nor the reader.
//!
//! Our machine code follows adder's object layout and FunTable, not MicroPython's C ABI, so the
//! files we write must be refused by MicroPython and files from mpy-cross must be refused by us.
//!
//! **The marker.** Header byte 2 gets bit 6 ("an arch-flags vuint follows") and the vuint is
//! `abi_marker()`. MicroPython's loader (py/persistentcode.c, `mp_raw_code_load`; mpy-format.md
//! §7) first checks magic, version, sub-version and small-int bits, then the arch (an x64 build
//! accepts arch 2; other builds raise 'incompatible .mpy arch' or 'native code in .mpy
//! unsupported'), then, when bit 6 is set: on an rv32imc build it compares the flags with the
//! CPU's extensions, and on **every other build it raises `ValueError('incompatible .mpy file')`
//! without reading further**. Arch flags are defined only for rv32imc, and our files say x64, so
//! every MicroPython refuses them cleanly before looking at any code. (`mpy-tool.py` has no
//! arch-flags support at all and stops with its own error.)
//!
//! **A native raw code's fun_data** (valid kind-1 layout, mpy-format.md §6.1):
//! `[prelude index word: u64 LE = n_children][machine code][bytecode function]` with
//! `prelude_offset` = the start of the bytecode function, which is a complete bytecode fun_data
//! (prelude with line table, then opcodes). The machine code is entered at its first byte with
//! `NativeEntry`'s signature; it reaches the FunTable, qstrs and constants only through the
//! `NativeFrame` (no relocations), and its runtime entries use the code object built from the
//! bytecode function (handlers, line numbers, inline caches), which is why the bytecode stays.

use crate::runtime::funtable::{
    CELL_VALUE, DIRECT_CALL_LAYOUT, FUN_SIGNATURES, NF_CONSTS, NF_FUN_TABLE, NF_GEN_IP, NF_GEN_SP,
    NF_PENDING, NF_QSTRS, NF_RET_VAL, NF_STATE,
};
use std::ops::Range;

/// Header byte 2 bit: an arch-flags vuint follows the header.
pub const ARCH_FLAGS_BIT: u8 = 0x40;

/// Bumped by hand when the machine code's contract with the runtime changes in a way the
/// signatures below do not show (e.g. the finally protocol of native.rs, object tags).
const ABI_REVISION: u64 = 4;

/// The high bits of our marker: "adder" in the arch-flags field (the low 32 bits are the ABI
/// hash), so a marker from another adder build can be told apart from foreign flags.
const MARKER_TAG: u64 = 0xADD3 << 32;
const MARKER_TAG_MASK: u64 = !0xFFFF_FFFF;

/// Bytes before the machine code in fun_data: the prelude index word.
pub const CODE_START: usize = 8;

/// The arch-flags value our native files carry: a tag plus a hash of everything machine code
/// depends on (FunTable order and signatures, NativeFrame offsets, object tags, a revision).
pub fn abi_marker() -> u64 {
    let mut h: u32 = 0x811c_9dc5; // FNV-1a
    let mut eat = |b: &[u8]| {
        for &x in b {
            h ^= x as u32;
            h = h.wrapping_mul(0x0100_0193);
        }
    };
    for s in FUN_SIGNATURES {
        eat(s.as_bytes());
        eat(b";");
    }
    let words = [
        NF_FUN_TABLE as i64,
        NF_STATE as i64,
        NF_QSTRS as i64,
        NF_CONSTS as i64,
        NF_RET_VAL as i64,
        NF_PENDING as i64,
        NF_GEN_IP as i64,
        NF_GEN_SP as i64,
        CELL_VALUE as i64,
        crate::obj::Obj::NONE.bits() as i64,
        crate::obj::Obj::TRUE.bits() as i64,
        crate::obj::Obj::FALSE.bits() as i64,
        crate::obj::SMALL_INT_BITS as i64,
        ABI_REVISION as i64,
    ];
    for w in words {
        eat(&w.to_le_bytes());
    }
    for w in DIRECT_CALL_LAYOUT {
        eat(&w.to_le_bytes());
    }
    MARKER_TAG | h as u64
}

/// What the arch-flags field of a file says about its native code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flags {
    /// Our marker for this build's ABI.
    Ours,
    /// Our tag, another build's ABI hash.
    OtherAdder,
    /// Anything else (MicroPython's rv32 extension bits).
    Foreign,
}

pub fn classify_flags(v: u64) -> Flags {
    if v == abi_marker() {
        Flags::Ours
    } else if v & MARKER_TAG_MASK == MARKER_TAG {
        Flags::OtherAdder
    } else {
        Flags::Foreign
    }
}

/// The parts of one of our native fun_data blocks, as ranges of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockParts {
    pub machine_code: Range<usize>,
    pub bytecode: Range<usize>,
}

/// Check the layout of a native block (length, prelude offset, index word) before anything
/// uses it; untrusted input gives a message, never a panic.
pub fn split_block(
    fun_data: &[u8],
    prelude_offset: usize,
    n_children: usize,
) -> Result<BlockParts, &'static str> {
    if prelude_offset <= CODE_START || prelude_offset >= fun_data.len() {
        return Err("native code block too short or prelude offset out of range");
    }
    let mut word = [0u8; CODE_START];
    word.copy_from_slice(&fun_data[..CODE_START]);
    if u64::from_le_bytes(word) != n_children as u64 {
        return Err("native code block: bad prelude index word");
    }
    Ok(BlockParts {
        machine_code: CODE_START..prelude_offset,
        bytecode: prelude_offset..fun_data.len(),
    })
}

/// Build a native block from machine code and the function's bytecode fun_data; returns the
/// block and its prelude offset.
pub fn make_block(n_children: usize, code: &[u8], bytecode_fun: &[u8]) -> (Vec<u8>, u32) {
    let mut out = Vec::with_capacity(CODE_START + code.len() + bytecode_fun.len());
    out.extend_from_slice(&(n_children as u64).to_le_bytes());
    out.extend_from_slice(code);
    let prelude_offset = out.len() as u32;
    out.extend_from_slice(bytecode_fun);
    (out, prelude_offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_is_tagged_and_classified() {
        let m = abi_marker();
        assert_eq!(classify_flags(m), Flags::Ours);
        assert_eq!(classify_flags(m ^ 1), Flags::OtherAdder);
        assert_eq!(classify_flags(3), Flags::Foreign);
    }

    #[test]
    fn block_layout_round_trips_and_rejects_damage() {
        let (b, po) = make_block(2, &[0x90, 0xc3], &[1, 2, 3]);
        let p = split_block(&b, po as usize, 2).unwrap();
        assert_eq!(&b[p.machine_code], &[0x90, 0xc3]);
        assert_eq!(&b[p.bytecode], &[1, 2, 3]);
        assert!(split_block(&b, po as usize, 1).is_err());
        assert!(split_block(&b, 8, 2).is_err());
        assert!(split_block(&b, b.len(), 2).is_err());
        assert!(split_block(&b[..4], 2, 2).is_err());
    }
}
