//! x86-64 machine code as text (iced-x86 decoder + Intel formatter), with the bytecode offset
//! each stretch of code came from. Not the emitter (native.rs), which records that offset map.

use crate::native::OUT_OF_LINE;
use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
use std::fmt::Write;

/// One bytecode instruction's label in a listing: its offset and a short text (e.g. the
/// disassembled opcode), shown above the machine code it produced.
pub type BcLabel = (usize, String);

/// Disassemble `code` (offsets from 0, so branch targets read as code offsets). `map` is the
/// emitter's (bytecode offset, code offset) list in code order, or None when unknown; `label`
/// names a bytecode offset. Every line is indented by `indent`.
pub fn listing(
    code: &[u8],
    map: Option<&[(usize, usize)]>,
    label: &dyn Fn(usize) -> String,
    indent: &str,
) -> String {
    let mut s = String::new();
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    fmt.options_mut().set_branch_leading_zeros(false);
    fmt.options_mut().set_hex_prefix("0x");
    fmt.options_mut().set_hex_suffix("");
    fmt.options_mut().set_uppercase_hex(false);
    let mut ins = Instruction::default();
    let mut text = String::new();
    let map = map.unwrap_or(&[]);
    let mut next = 0;
    if map.first().is_some_and(|&(_, c)| c > 0) {
        let _ = writeln!(s, "{indent}prologue:");
    }
    while decoder.can_decode() {
        decoder.decode_out(&mut ins);
        let off = ins.ip() as usize;
        // Headers for every map entry that starts at or before this instruction.
        while next < map.len() && map[next].1 <= off {
            let (bc, _) = map[next];
            if bc == OUT_OF_LINE {
                let _ = writeln!(s, "{indent}out of line (error stubs, dispatch, epilogue):");
            } else {
                let _ = writeln!(s, "{indent}bc {bc:5}  {}", label(bc));
            }
            next += 1;
        }
        text.clear();
        if ins.is_invalid() {
            text.push_str("(bad)");
        } else {
            fmt.format(&ins, &mut text);
        }
        let bytes: Vec<String> = code[off..off + ins.len()]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let _ = writeln!(s, "{indent}  {off:05x}  {:<30} {text}", bytes.join(" "));
    }
    // Bytecode instructions that produced no code at the very end (e.g. after the last byte).
    for &(bc, _) in &map[next..] {
        if bc != OUT_OF_LINE {
            let _ = writeln!(s, "{indent}bc {bc:5}  {} (no code)", label(bc));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_mnemonics_with_bytecode_offsets() {
        // push rbp; mov rbx, rdi; ret
        let code = [0x55, 0x48, 0x89, 0xfb, 0xc3];
        let map = [(0, 1), (OUT_OF_LINE, 4)];
        let out = listing(&code, Some(&map), &|o| format!("op@{o}"), "");
        assert!(out.contains("prologue:"), "{out}");
        assert!(out.contains("push rbp"), "{out}");
        assert!(out.contains("bc     0  op@0"), "{out}");
        assert!(out.contains("mov rbx,rdi"), "{out}");
        assert!(out.contains("out of line"), "{out}");
        assert!(out.contains("00004  c3"), "{out}");
    }
}
