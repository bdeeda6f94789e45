//! `adder compile` (an mpy-cross work-alike: same options, defaults and output) and `adder dis`
//! (a disassembler for .py and .mpy files). Not the micropython-compatible runner (main.rs).

use adder_interp::code::{CompiledModule, EmitKind};
use adder_interp::compile::{compile_source, CompileOptions, Mode};
use adder_interp::mpy::write::write_mpy;

const COMPILE_USAGE: &str = "usage: adder compile [<opts>] [-X <implopt>] <input filename>
Options:
-o : output file for compiled bytecode (defaults to input filename with .mpy extension)
-s : source filename to embed in the compiled bytecode (defaults to input file)
-v : verbose (accepted for compatibility)
-O[N] : apply bytecode optimizations of level N

Target specific options:
-msmall-int-bits=number : set the maximum bits used to encode a small-int
-march=<arch> : set architecture for native emitter (adder emits x64; default: the host)
--stats : print per-function bytecode bytes, machine-code bytes, ratio and compile time

Implementation specific options:
  emit={bytecode,native,viper} -- set the default code emitter
  heapsize=<n> -- accepted for compatibility
  source-lines    -- include source line numbers (default)
  no-source-lines -- exclude source line numbers
";

const VIPER_REFUSED: &str = "viper code emission is not supported yet";

/// Architectures mpy-cross accepts for -march.
const MARCH_NAMES: [&str; 14] = [
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
    "host",
    "debug",
];

/// Why a subcommand stopped: a message and the exit status.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CmdError {
    pub message: String,
    pub status: i32,
}

fn usage(msg: impl Into<String>) -> CmdError {
    CmdError {
        message: format!("{}\n{COMPILE_USAGE}", msg.into()),
        status: 2,
    }
}

fn failure(msg: impl Into<String>) -> CmdError {
    CmdError {
        message: msg.into(),
        status: 1,
    }
}

/// Parsed `adder compile` options.
#[derive(Debug)]
struct CompileArgs {
    input: String,
    output: Option<String>,
    source_name: Option<String>,
    opt_level: u8,
    small_int_bits: u8,
    source_lines: bool,
    emit: EmitKind,
    /// `-march=`, if given.
    march: Option<String>,
    stats: bool,
}

fn parse_compile_args(args: &[String]) -> Result<CompileArgs, CmdError> {
    let mut a = CompileArgs {
        input: String::new(),
        output: None,
        source_name: None,
        opt_level: 0,
        small_int_bits: adder_interp::code::MPY_DEFAULT_SMALL_INT_BITS,
        source_lines: true,
        emit: EmitKind::Bytecode,
        march: None,
        stats: false,
    };
    let mut input = None;
    let mut i = 0;
    let value = |i: usize, opt: &str| {
        args.get(i + 1)
            .cloned()
            .ok_or_else(|| usage(format!("option {opt} needs a value")))
    };
    while i < args.len() {
        let s = args[i].as_str();
        match s {
            "-h" | "--help" => {
                return Err(CmdError {
                    message: COMPILE_USAGE.to_string(),
                    status: 0,
                })
            }
            "-o" => {
                a.output = Some(value(i, s)?);
                i += 1;
            }
            "-s" => {
                a.source_name = Some(value(i, s)?);
                i += 1;
            }
            "-X" => {
                apply_x(&mut a, &value(i, s)?)?;
                i += 1;
            }
            "--stats" => a.stats = true,
            "--" => {
                if let Some(f) = args.get(i + 1) {
                    input = Some(f.clone());
                }
                break;
            }
            _ if s.starts_with("-v") && s[1..].chars().all(|c| c == 'v') => {}
            _ if s.starts_with("-X") => apply_x(&mut a, &s[2..])?,
            _ if s.starts_with("-O") => a.opt_level = parse_opt_level(&s[2..])?,
            _ if s.starts_with("-msmall-int-bits=") => {
                a.small_int_bits = parse_small_int_bits(&s["-msmall-int-bits=".len()..])?
            }
            _ if s.starts_with("-march=") => {
                let arch = &s["-march=".len()..];
                if !MARCH_NAMES.contains(&arch) {
                    return Err(usage(format!("unknown architecture '{arch}'")));
                }
                a.march = Some(arch.to_string());
            }
            _ if s.starts_with('-') && s.len() > 1 => {
                return Err(usage(format!("unknown option '{s}'")))
            }
            _ => {
                if input.is_some() {
                    return Err(usage("only one input file may be given"));
                }
                input = Some(s.to_string());
            }
        }
        i += 1;
    }
    a.input = input.ok_or_else(|| usage("no input file given"))?;
    Ok(a)
}

fn apply_x(a: &mut CompileArgs, x: &str) -> Result<(), CmdError> {
    let (k, v) = x.split_once('=').unwrap_or((x, ""));
    match k {
        "emit" => match EmitKind::parse(v) {
            Some(e @ (EmitKind::Bytecode | EmitKind::Native)) => {
                a.emit = e;
                Ok(())
            }
            Some(EmitKind::Viper) => Err(failure(format!("-X emit={v}: {VIPER_REFUSED}"))),
            _ => Err(usage(format!(
                "invalid -X emit value '{v}': expected bytecode, native or viper"
            ))),
        },
        "heapsize" => Ok(()),
        "source-lines" => {
            a.source_lines = true;
            Ok(())
        }
        "no-source-lines" => {
            a.source_lines = false;
            Ok(())
        }
        _ => Err(usage(format!("unknown -X option '{k}'"))),
    }
}

fn parse_opt_level(level: &str) -> Result<u8, CmdError> {
    if level.is_empty() {
        return Ok(1);
    }
    if level.chars().all(|c| c == 'O') {
        return Ok(level.len() as u8 + 1);
    }
    level
        .parse::<u8>()
        .ok()
        .filter(|&n| n <= 3)
        .ok_or_else(|| usage(format!("invalid optimisation level '{level}'")))
}

fn parse_small_int_bits(v: &str) -> Result<u8, CmdError> {
    v.parse::<u8>()
        .ok()
        .filter(|n| (8..=63).contains(n))
        .ok_or_else(|| usage(format!("invalid -msmall-int-bits value '{v}'")))
}

/// The default output path: the input with its extension replaced by .mpy.
fn default_output(input: &str) -> String {
    let p = std::path::Path::new(input);
    p.with_extension("mpy").to_string_lossy().into_owned()
}

/// `adder compile ...`: returns the exit status.
pub fn compile_main(args: &[String]) -> i32 {
    match compile_cmd(args) {
        Ok(()) => 0,
        Err(e) => report(e),
    }
}

fn report(e: CmdError) -> i32 {
    if e.status == 0 {
        print!("{}", e.message);
    } else {
        eprintln!("adder: {}", e.message.trim_end());
    }
    e.status
}

fn compile_cmd(args: &[String]) -> Result<(), CmdError> {
    let a = parse_compile_args(args)?;
    let src = read_source(&a.input)?;
    let name = a.source_name.clone().unwrap_or_else(|| a.input.clone());
    let opts = CompileOptions {
        mode: Mode::Exec,
        emit: a.emit,
        opt_level: a.opt_level,
        small_int_bits: a.small_int_bits,
    };
    let mut m = compile_source(&src, &name, &opts).map_err(|e| failure(e.to_string()))?;
    if !a.source_lines {
        strip_line_tables(&mut m);
    }
    // Native code (`-X emit=native` or `@micropython.native`): x64 blocks, as mpy-cross writes
    // native blocks for its -march (default: the host). A file without native code stays
    // bytecode-only whatever -march says (as with mpy-cross).
    let t0 = std::time::Instant::now();
    let stats =
        adder_jit::native_mpy::nativize(&mut m).map_err(|e| failure(format!("{name}: {e}")))?;
    let total = t0.elapsed();
    if !stats.is_empty() {
        if let Some(arch) = a.march.as_deref().filter(|&x| x != "x64" && x != "host") {
            return Err(failure(format!(
                "-march={arch}: adder emits native code for x64 only"
            )));
        }
        if !cfg!(target_arch = "x86_64") && a.march.is_none() {
            return Err(failure("native code: the host is not x64; give -march=x64"));
        }
    }
    if a.stats {
        print!("{}", stats_table(&name, &stats, total));
    }
    let out = a.output.clone().unwrap_or_else(|| default_output(&a.input));
    std::fs::write(&out, write_mpy(&m)).map_err(|e| failure(format!("cannot write {out}: {e}")))
}

/// `--stats`: one line per native function and a total.
fn stats_table(
    file: &str,
    stats: &[adder_jit::native_mpy::FnStats],
    total: std::time::Duration,
) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<32} {:>9} {:>9} {:>7} {:>10}",
        format!("{file}: function"),
        "bytecode",
        "machine",
        "ratio",
        "compile_us"
    );
    let ratio = |m: usize, b: usize| m as f64 / b.max(1) as f64;
    for f in stats {
        let _ = writeln!(
            s,
            "{:<32} {:>9} {:>9} {:>7.2} {:>10}",
            f.name,
            f.bytecode,
            f.machine,
            ratio(f.machine, f.bytecode),
            f.micros
        );
    }
    let (b, m): (usize, usize) = stats
        .iter()
        .fold((0, 0), |(b, m), f| (b + f.bytecode, m + f.machine));
    let us: u128 = stats.iter().map(|f| f.micros).sum();
    let _ = writeln!(
        s,
        "{:<32} {:>9} {:>9} {:>7.2} {:>10}   ({} functions; whole pass {} us)",
        "total",
        b,
        m,
        ratio(m, b),
        us,
        stats.len(),
        total.as_micros()
    );
    s
}

fn read_source(path: &str) -> Result<String, CmdError> {
    let data = std::fs::read(path).map_err(|e| failure(format!("cannot open {path}: {e}")))?;
    String::from_utf8(data).map_err(|_| failure(format!("{path}: invalid UTF-8 in source file")))
}

/// `-X no-source-lines`: drop every function's line table (as mpy-cross does).
fn strip_line_tables(m: &mut CompiledModule) {
    fn strip(rc: &mut adder_interp::code::RawCode) {
        if let Some(f) = without_line_table(&rc.fun_data) {
            rc.fun_data = f;
        }
        rc.children.iter_mut().for_each(strip);
    }
    strip(&mut m.root);
}

/// A bytecode function's bytes with an empty line table, or None if the prelude is unreadable.
fn without_line_table(fun: &[u8]) -> Option<Vec<u8>> {
    use adder_interp::bytecode::{read_prelude, read_signature, read_size_info, write_size_info};
    let p = read_prelude(fun).ok()?;
    let mut pos = 0;
    read_signature(fun, &mut pos).ok()?;
    let sig_end = pos;
    read_size_info(fun, &mut pos).ok()?;
    let info_start = pos;
    let names_end = p.line_info.start;
    let mut out = fun[..sig_end].to_vec();
    write_size_info(
        &mut out,
        (names_end - info_start) as u32,
        p.cells.len() as u32,
    );
    out.extend_from_slice(&fun[info_start..names_end]);
    out.extend_from_slice(&fun[p.cells.start..]);
    Some(out)
}

/// `adder dis FILE.py|FILE.mpy`: returns the exit status.
pub fn dis_main(args: &[String]) -> i32 {
    match dis_cmd(args) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(e) => report(e),
    }
}

const DIS_USAGE: &str = "usage: adder dis [-X emit=native] FILE.py|FILE.mpy";

fn dis_cmd(args: &[String]) -> Result<String, CmdError> {
    let mut emit = EmitKind::Bytecode;
    let mut path = None;
    let mut i = 0;
    while i < args.len() {
        let s = args[i].as_str();
        let x = if s == "-X" {
            i += 1;
            args.get(i).map(|v| v.as_str())
        } else {
            s.strip_prefix("-X")
        };
        match x {
            Some(v) => match v.strip_prefix("emit=").and_then(EmitKind::parse) {
                Some(e @ (EmitKind::Bytecode | EmitKind::Native)) => emit = e,
                _ => return Err(dis_usage()),
            },
            None if path.is_none() && !s.starts_with('-') => path = Some(s),
            None => return Err(dis_usage()),
        }
        i += 1;
    }
    let path = path.ok_or_else(dis_usage)?;
    let mut listings = NativeListings::default();
    let mut hook = |m: &CompiledModule, p: &[usize]| listings.get(m, p);
    if path.ends_with(".mpy") {
        let data = std::fs::read(path).map_err(|e| failure(format!("cannot open {path}: {e}")))?;
        return adder_interp::dis::disassemble_mpy_with(&data, &mut hook)
            .map_err(|e| failure(format!("{path}: {e}")));
    }
    let src = read_source(path)?;
    let opts = CompileOptions {
        emit,
        ..CompileOptions::default()
    };
    let mut m = compile_source(&src, path, &opts).map_err(|e| failure(e.to_string()))?;
    // The functions that would run as machine code (-X emit=native, @micropython.native), as
    // `adder compile` would write them.
    adder_jit::native_mpy::nativize(&mut m).map_err(|e| failure(format!("{path}: {e}")))?;
    Ok(adder_interp::dis::disassemble_with(&m, &mut hook))
}

fn dis_usage() -> CmdError {
    CmdError {
        message: DIS_USAGE.into(),
        status: 2,
    }
}

/// The machine-code listings of a module, computed once on first use.
#[derive(Default)]
struct NativeListings(Option<std::collections::HashMap<Vec<usize>, String>>);

impl NativeListings {
    fn get(&mut self, m: &CompiledModule, path: &[usize]) -> Option<String> {
        self.0
            .get_or_insert_with(|| adder_jit::native_mpy::native_listings(m))
            .get(path)
            .cloned()
    }
}
