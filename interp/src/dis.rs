//! The disassembler: a CompiledModule as text (header, qstrs, constants, each raw code's prelude and
//! instructions with names, constants and jump targets), in the spirit of `mpy-tool.py -d`.
//! Not a validator and not the VM's loader; `parse_mpy` is a lenient reader for tooling and tests.

use std::fmt::Write;

use crate::bytecode::{self, op, BinaryOp, UnaryOp};
use crate::code::{CodeKind, CompiledModule, Const, RawCode};
use crate::qstr::STATIC_QSTRS;

/// Renders the machine code of the raw code at a path of the tree (child indices from the root)
/// as text, e.g. adder-jit's x64 disassembler; None falls back to a hex dump.
pub type MachineListing<'a> = &'a mut dyn FnMut(&CompiledModule, &[usize]) -> Option<String>;

/// Render a whole module.
pub fn disassemble(m: &CompiledModule) -> String {
    disassemble_with(m, &mut |_, _| None)
}

/// Render a whole module, machine code through `listing`.
pub fn disassemble_with(m: &CompiledModule, listing: MachineListing) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "mpy v6, arch {}, small-int bits {}",
        m.arch, m.small_int_bits
    );
    let _ = writeln!(s, "qstrs ({}):", m.qstrs.len());
    for (i, q) in m.qstrs.iter().enumerate() {
        let _ = writeln!(s, "  {i:3} {q:?}");
    }
    let _ = writeln!(s, "constants ({}):", m.consts.len());
    for (i, c) in m.consts.iter().enumerate() {
        let _ = writeln!(s, "  {i:3} {}", const_text(c));
    }
    raw_code(&mut s, m, &m.root, "", &mut Vec::new(), listing);
    s
}

fn qstr(m: &CompiledModule, i: u64) -> &str {
    m.qstrs
        .get(i as usize)
        .map(|s| s.as_str())
        .unwrap_or("<bad qstr>")
}

/// A constant as Python-like text.
pub fn const_text(c: &Const) -> String {
    match c {
        Const::FunTable => "<fun table>".into(),
        Const::None => "None".into(),
        Const::False => "False".into(),
        Const::True => "True".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Str(v) => format!("{v:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Int(v) => v.clone(),
        Const::Float(f) => crate::mpy::write::float_repr(*f),
        Const::Complex(f) => format!("{}j", crate::mpy::write::float_repr(*f)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_text).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
    }
}

fn raw_code(
    s: &mut String,
    m: &CompiledModule,
    rc: &RawCode,
    indent: &str,
    path: &mut Vec<usize>,
    listing: MachineListing,
) {
    if rc.kind != CodeKind::Bytecode {
        machine_code(s, m, rc, indent, path, listing);
    } else {
        bytecode_function(s, m, rc, indent);
    }
    for (i, c) in rc.children.iter().enumerate() {
        path.push(i);
        raw_code(s, m, c, &format!("{indent}  "), path, listing);
        path.pop();
    }
}

/// An adder native block's bytecode function as a bytecode raw code (None for other code).
fn adder_block_bytecode(m: &CompiledModule, rc: &RawCode) -> Option<RawCode> {
    use crate::mpy::native::{classify_flags, split_block, Flags};
    if rc.kind != CodeKind::Native || m.arch_flags.map(classify_flags) != Some(Flags::Ours) {
        return None;
    }
    let parts = split_block(&rc.fun_data, rc.prelude_offset as usize, rc.children.len()).ok()?;
    let mut b = rc.clone();
    b.kind = CodeKind::Bytecode;
    b.fun_data = rc.fun_data[parts.bytecode].to_vec();
    b.prelude_offset = 0;
    Some(b)
}

/// Machine code: its extras, then a listing (or a hex dump); adder native blocks also show the
/// bytecode function they were emitted from.
fn machine_code(
    s: &mut String,
    m: &CompiledModule,
    rc: &RawCode,
    indent: &str,
    path: &[usize],
    listing: MachineListing,
) {
    let _ = writeln!(
        s,
        "{indent}raw code: {:?}, {} bytes of fun_data, {} children",
        rc.kind,
        rc.fun_data.len(),
        rc.children.len()
    );
    match rc.kind {
        CodeKind::Native => {
            let _ = writeln!(s, "{indent}  prelude_offset {}", rc.prelude_offset);
        }
        CodeKind::Viper => {
            let _ = writeln!(s, "{indent}  scope_flags {:#x}", rc.scope_flags);
        }
        _ => {
            let _ = writeln!(
                s,
                "{indent}  scope_flags {:#x} n_args {} type_sig {}",
                rc.scope_flags, rc.asm_n_args, rc.asm_type_sig
            );
        }
    }
    if let Some(b) = adder_block_bytecode(m, rc) {
        let _ = writeln!(s, "{indent}  adder native block; its bytecode:");
        bytecode_function(s, m, &b, &format!("{indent}  "));
    } else if rc.kind == CodeKind::Native {
        // MicroPython's native prelude: the same signature and names, no line table.
        if let Ok(p) = bytecode::read_prelude_at(&rc.fun_data, rc.prelude_offset as usize) {
            let _ = writeln!(
                s,
                "{indent}  function {} (native, n_pos {})",
                qstr(m, p.simple_name as u64),
                p.sig.n_pos_args
            );
        }
    }
    if let Some(text) = listing(m, path) {
        for line in text.lines() {
            let _ = writeln!(s, "{indent}{line}");
        }
        return;
    }
    for (k, chunk) in rc.fun_data.chunks(16).enumerate() {
        let _ = writeln!(s, "{indent}  {:05x}: {}", k * 16, hex(chunk));
    }
}

/// Each instruction of a bytecode raw code as text, by bytecode offset (for machine-code
/// listings that show where code came from).
pub fn bytecode_labels(
    m: &CompiledModule,
    rc: &RawCode,
) -> std::collections::HashMap<usize, String> {
    let mut out = std::collections::HashMap::new();
    let Ok(p) = bytecode::read_prelude(&rc.fun_data) else {
        return out;
    };
    let code = &rc.fun_data[p.code_start..];
    let mut pos = 0;
    while let Ok(ins) = bytecode::decode_instr(code, pos) {
        out.insert(pos, instr_text(m, rc, &ins));
        if ins.next <= pos {
            break;
        }
        pos = ins.next;
    }
    out
}

fn hex(b: &[u8]) -> String {
    b.iter()
        .map(|x| format!("{x:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Render a .mpy file as `mpy-tool.py -d` does: header, qstr table (static entries marked),
/// constants and each raw code. Accepts any well-formed file, including machine code for any
/// architecture (shown as hex).
pub fn disassemble_mpy(data: &[u8]) -> Result<String, crate::mpy::read::MpyError> {
    disassemble_mpy_with(data, &mut |_, _| None)
}

/// `disassemble_mpy`, machine code through `listing`.
pub fn disassemble_mpy_with(
    data: &[u8],
    listing: MachineListing,
) -> Result<String, crate::mpy::read::MpyError> {
    use crate::mpy::read::{read_view, ReadOptions, ARCH_NAMES};
    let view = read_view(data, ReadOptions::inspect())?;
    let h = view.header;
    let mut s = String::new();
    let arch = ARCH_NAMES
        .get(h.arch as usize)
        .copied()
        .unwrap_or("unknown");
    let _ = writeln!(s, "mpy_source_file: {}", view.qstrs.first().unwrap_or(&"?"));
    let _ = writeln!(
        s,
        "header: {} (version 6, arch {} ({arch}), sub-version {}, small-int bits {})",
        hex(&data[..4]),
        h.arch,
        h.sub_version,
        h.small_int_bits
    );
    if let Some(f) = h.arch_flags {
        use crate::mpy::native::{classify_flags, Flags};
        let what = match classify_flags(f) {
            Flags::Ours => "adder native ABI marker (this build)",
            Flags::OtherAdder => "adder native ABI marker (another build: not loadable)",
            Flags::Foreign => "foreign",
        };
        let _ = writeln!(s, "arch flags: {f:#x} ({what})");
    }
    let _ = writeln!(s, "qstr table ({} entries):", view.qstrs.len());
    for (i, (q, st)) in view.qstrs.iter().zip(&view.qstr_is_static).enumerate() {
        let tag = if *st { "static" } else { "inline" };
        let _ = writeln!(s, "  {i:3} {tag:6} {q:?}");
    }
    let m = view.to_module(data);
    let _ = writeln!(s, "constants ({}):", m.consts.len());
    for (i, c) in m.consts.iter().enumerate() {
        let _ = writeln!(s, "  {i:3} {}", const_text(c));
    }
    raw_code(&mut s, &m, &m.root, "", &mut Vec::new(), listing);
    Ok(s)
}

fn bytecode_function(s: &mut String, m: &CompiledModule, rc: &RawCode, indent: &str) {
    let p = match bytecode::read_prelude(&rc.fun_data) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(s, "{indent}<bad prelude: {e}>");
            return;
        }
    };
    let sig = p.sig;
    let _ = writeln!(
        s,
        "{indent}function {} (emit {})",
        qstr(m, p.simple_name as u64),
        rc.emit.name()
    );
    let _ = writeln!(
        s,
        "{indent}  n_state {} n_exc_stack {} flags {:#x} n_pos {} n_kwonly {} n_def {}",
        sig.n_state,
        sig.n_exc_stack,
        sig.scope_flags,
        sig.n_pos_args,
        sig.n_kwonly_args,
        sig.n_def_pos_args
    );
    let names: Vec<&str> = p.arg_names.iter().map(|a| qstr(m, *a as u64)).collect();
    let _ = writeln!(s, "{indent}  args {:?}", names);
    let cells: Vec<u8> = rc.fun_data[p.cells.clone()].to_vec();
    if !cells.is_empty() {
        let _ = writeln!(s, "{indent}  cells {:?}", cells);
    }
    if let Some(h) = &rc.hints {
        let _ = writeln!(
            s,
            "{indent}  hints {:?} -> {:?} locals {:?}",
            h.args, h.ret, h.locals
        );
    }
    let lines = &rc.fun_data[p.line_info.clone()];
    let code = &rc.fun_data[p.code_start..];
    let mut pos = 0;
    while pos < code.len() {
        let ins = match bytecode::decode_instr(code, pos) {
            Ok(i) => i,
            Err(_) => {
                let _ = writeln!(s, "{indent}  {pos:5}  <truncated>");
                break;
            }
        };
        let line = bytecode::line_for_offset(lines, pos);
        let raw = hex(code.get(pos..ins.next).unwrap_or(&[]));
        let _ = writeln!(
            s,
            "{indent}  {pos:5} {line:4}  {raw:<12} {}",
            instr_text(m, rc, &ins)
        );
        pos = ins.next;
    }
}

fn instr_text(m: &CompiledModule, rc: &RawCode, ins: &bytecode::Instr) -> String {
    let o = ins.op;
    if (bytecode::LOAD_CONST_SMALL_INT_MULTI..bytecode::LOAD_FAST_MULTI).contains(&o) {
        return format!(
            "LOAD_CONST_SMALL_INT {}",
            o as i32
                - bytecode::LOAD_CONST_SMALL_INT_MULTI as i32
                - bytecode::SMALL_INT_MULTI_EXCESS
        );
    }
    if (bytecode::LOAD_FAST_MULTI..bytecode::STORE_FAST_MULTI).contains(&o) {
        return format!("LOAD_FAST {}", o - bytecode::LOAD_FAST_MULTI);
    }
    if (bytecode::STORE_FAST_MULTI..bytecode::UNARY_OP_MULTI).contains(&o) {
        return format!("STORE_FAST {}", o - bytecode::STORE_FAST_MULTI);
    }
    if (bytecode::UNARY_OP_MULTI..bytecode::UNARY_OP_MULTI + bytecode::UNARY_OP_MULTI_COUNT)
        .contains(&o)
    {
        let u = UnaryOp::from_u8(o - bytecode::UNARY_OP_MULTI)
            .map(|u| format!("{u:?}"))
            .unwrap_or_default();
        return format!("UNARY_OP {u}");
    }
    if (bytecode::BINARY_OP_MULTI..bytecode::BINARY_OP_MULTI + bytecode::BINARY_OP_MULTI_COUNT)
        .contains(&o)
    {
        let b = BinaryOp::from_u8(o - bytecode::BINARY_OP_MULTI)
            .map(|b| b.symbol())
            .unwrap_or("?");
        return format!("BINARY_OP {b}");
    }
    let name = bytecode::opcode_name(o).unwrap_or("<invalid>");
    match bytecode::format_of(o) {
        bytecode::Format::Byte => name.to_string(),
        bytecode::Format::Qstr => format!("{name} {}", qstr(m, ins.arg as u64)),
        bytecode::Format::Offset => {
            if o == op::UNWIND_JUMP {
                format!(
                    "{name} -> {} unwind {} pop_iter {}",
                    ins.target,
                    ins.extra & 0x7f,
                    ins.extra >> 7
                )
            } else {
                format!("{name} -> {}", ins.target)
            }
        }
        bytecode::Format::VarUint => match o {
            op::LOAD_CONST_OBJ => {
                let c = m
                    .consts
                    .get(ins.arg as usize)
                    .map(const_text)
                    .unwrap_or_else(|| "<bad const>".into());
                format!("{name} {c}")
            }
            op::MAKE_FUNCTION | op::MAKE_FUNCTION_DEFARGS => {
                format!("{name} child {}", child_name(m, rc, ins.arg))
            }
            op::MAKE_CLOSURE | op::MAKE_CLOSURE_DEFARGS => {
                format!(
                    "{name} child {} cells {}",
                    child_name(m, rc, ins.arg),
                    ins.extra
                )
            }
            op::CALL_FUNCTION
            | op::CALL_FUNCTION_VAR_KW
            | op::CALL_METHOD
            | op::CALL_METHOD_VAR_KW => {
                format!("{name} n={} nkw={}", ins.arg & 0xff, ins.arg >> 8)
            }
            op::UNPACK_EX => format!("{name} left={} right={}", ins.arg & 0xff, ins.arg >> 8),
            op::STORE_COMP => format!("{name} depth={} kind={}", ins.arg >> 2, ins.arg & 3),
            _ => format!("{name} {}", ins.arg),
        },
    }
}

fn child_name(m: &CompiledModule, rc: &RawCode, idx: i64) -> String {
    match rc
        .children
        .get(idx as usize)
        .map(|c| bytecode::read_prelude(&c.fun_data))
    {
        Some(Ok(p)) => format!("{idx} ({})", qstr(m, p.simple_name as u64)),
        _ => format!("{idx}"),
    }
}

/// A lenient .mpy reader for inspection tools and tests (no validation beyond bounds).
pub fn parse_mpy(data: &[u8]) -> Result<CompiledModule, String> {
    let mut pos = 4usize;
    if data.len() < 4 || data[0] != b'M' || data[1] != 6 {
        return Err("not a v6 .mpy file".into());
    }
    let vu = |pos: &mut usize| bytecode::read_vuint(data, pos).map_err(|e| e.to_string());
    let mut arch_flags = None;
    if data[2] & 0x40 != 0 {
        arch_flags = Some(vu(&mut pos)?);
    }
    let n_qstr = vu(&mut pos)? as usize;
    let n_obj = vu(&mut pos)? as usize;
    let mut qstrs = Vec::new();
    for _ in 0..n_qstr {
        let v = vu(&mut pos)?;
        if v & 1 == 1 {
            qstrs.push(
                STATIC_QSTRS
                    .get((v >> 1) as usize)
                    .ok_or("bad static qstr")?
                    .to_string(),
            );
        } else {
            let n = (v >> 1) as usize;
            let b = data.get(pos..pos + n).ok_or("truncated qstr")?;
            qstrs.push(String::from_utf8_lossy(b).into_owned());
            pos += n + 1;
        }
    }
    let mut consts = Vec::new();
    for _ in 0..n_obj {
        consts.push(read_const(data, &mut pos)?);
    }
    let root = read_raw_code(data, &mut pos)?;
    Ok(CompiledModule {
        qstrs,
        consts,
        root,
        arch: (data[2] >> 2) & 0xf,
        arch_flags,
        small_int_bits: data[3],
    })
}

fn read_const(data: &[u8], pos: &mut usize) -> Result<Const, String> {
    let t = *data.get(*pos).ok_or("truncated const")?;
    *pos += 1;
    let bytes = |pos: &mut usize, nul: bool| -> Result<Vec<u8>, String> {
        let n = bytecode::read_vuint(data, pos).map_err(|e| e.to_string())? as usize;
        let b = data.get(*pos..*pos + n).ok_or("truncated const")?.to_vec();
        *pos += n + nul as usize;
        Ok(b)
    };
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    Ok(match t {
        0 => Const::FunTable,
        1 => Const::None,
        2 => Const::False,
        3 => Const::True,
        4 => Const::Ellipsis,
        5 => Const::Str(text(bytes(pos, true)?)),
        6 => Const::Bytes(bytes(pos, true)?),
        7 => Const::Int(text(bytes(pos, false)?)),
        8 => Const::Float(text(bytes(pos, false)?).parse().map_err(|_| "bad float")?),
        9 => {
            let s = text(bytes(pos, false)?);
            Const::Complex(s.trim_end_matches('j').parse().map_err(|_| "bad complex")?)
        }
        10 => {
            let n = bytecode::read_vuint(data, pos).map_err(|e| e.to_string())?;
            let mut items = Vec::new();
            for _ in 0..n {
                items.push(read_const(data, pos)?);
            }
            Const::Tuple(items)
        }
        _ => return Err(format!("bad const type {t}")),
    })
}

fn read_raw_code(data: &[u8], pos: &mut usize) -> Result<RawCode, String> {
    let kl = bytecode::read_vuint(data, pos).map_err(|e| e.to_string())?;
    let len = (kl >> 3) as usize;
    let kind = CodeKind::from_bits((kl & 3) as u32);
    let fun_data = data
        .get(*pos..*pos + len)
        .ok_or("truncated raw code")?
        .to_vec();
    *pos += len;
    let mut rc = RawCode::bytecode(fun_data, Vec::new());
    rc.kind = kind;
    match kind {
        CodeKind::Bytecode => {}
        CodeKind::Native => {
            rc.prelude_offset = bytecode::read_vuint(data, pos).map_err(|e| e.to_string())? as u32
        }
        CodeKind::Viper => {
            rc.scope_flags = bytecode::read_vuint(data, pos).map_err(|e| e.to_string())? as u32
        }
        CodeKind::Asm => {
            for _ in 0..3 {
                bytecode::read_vuint(data, pos).map_err(|e| e.to_string())?;
            }
        }
    }
    if kl & 4 != 0 {
        let n = bytecode::read_vuint(data, pos).map_err(|e| e.to_string())?;
        for _ in 0..n {
            rc.children.push(read_raw_code(data, pos)?);
        }
    }
    Ok(rc)
}
