//! The `adder` command: a drop-in for the unix `micropython` binary (FILE, -c, -m, REPL, -X
//! options), plus subcommands. Not the runtime: it parses the command line and wires the tiers
//! into adder-interp.

mod subcommands;

/// mimalloc: the runtime's temporary buffers (list storage, strings being built, big-int digits)
/// are malloc'd and freed at a high rate; mimalloc's free lists are several times cheaper than
/// glibc's for that pattern (results/ has the measurement).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod frozen {
    include!(concat!(env!("OUT_DIR"), "/frozen_modules.rs"));
}

use adder_interp::code::EmitKind;
use adder_interp::runner::{run_program, set_argv_and_path, Program};
use adder_interp::vm::{Vm, VmOptions};

const USAGE: &str =
    "usage: adder [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>] [args...]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N
-v : verbose (trace various operations); can be multiple
-c <command> : run the given command
-m <module> : run the given module as a script
Implementation specific options (-X):
  emit={bytecode,native,viper,cranelift} -- set the default code emitter
  heapsize=<n>[w][K|M] -- set the heap size for the GC
  mpy={inplace,copy} -- run .mpy files from a read-only mapping or from a RAM copy
  freeze=<file.mpy> -- register a .mpy image as a frozen module (kept outside the GC heap)
";

struct Cli {
    opts: VmOptions,
    /// `-X freeze=FILE.mpy` images to register as frozen modules.
    freeze: Vec<String>,
    program: Program,
    argv: Vec<String>,
}

fn usage_error(msg: &str) -> ! {
    eprintln!("adder: {msg}");
    eprint!("{USAGE}");
    std::process::exit(2);
}

fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mul) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    let (num, word) = match num.strip_suffix('w') {
        Some(n) => (n, 8),
        None => (num, 1),
    };
    num.parse::<usize>()
        .ok()?
        .checked_mul(mul)?
        .checked_mul(word)
}

fn apply_x_option(opts: &mut VmOptions, freeze: &mut Vec<String>, x: &str) {
    let (k, v) = x.split_once('=').unwrap_or((x, ""));
    match k {
        "freeze" if v.ends_with(".mpy") => freeze.push(v.to_string()),
        "freeze" => usage_error(&format!(
            "invalid -X freeze value '{v}': expected a .mpy file"
        )),
        "emit" => match EmitKind::parse(v) {
            Some(e) => opts.emit = e,
            None => usage_error(&format!(
                "invalid -X emit value '{v}': expected bytecode, native, viper or cranelift"
            )),
        },
        "heapsize" => match parse_size(v) {
            Some(n) if n >= 16 * 1024 => opts.heap_size = n,
            _ => usage_error(&format!("invalid -X heapsize value '{v}'")),
        },
        "mpy" => match v {
            "inplace" => opts.mpy_in_place = true,
            "copy" => opts.mpy_in_place = false,
            _ => usage_error(&format!(
                "invalid -X mpy value '{v}': expected inplace or copy"
            )),
        },
        "realtime" | "no-source-lines" => {}
        _ => usage_error(&format!("unknown -X option '{k}'")),
    }
}

fn parse_cli(args: Vec<String>) -> Cli {
    let mut opts = VmOptions::default();
    let mut freeze = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "-h" || a == "--help" {
            print!("{USAGE}");
            std::process::exit(0);
        } else if a == "-c" {
            let cmd = args
                .get(i + 1)
                .cloned()
                .unwrap_or_else(|| usage_error("-c requires an argument"));
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[i + 2..].iter().cloned());
            return Cli {
                opts,
                freeze,
                program: Program::Command(cmd),
                argv,
            };
        } else if a == "-m" {
            let m = args
                .get(i + 1)
                .cloned()
                .unwrap_or_else(|| usage_error("-m requires an argument"));
            let mut argv = vec![m.clone()];
            argv.extend(args[i + 2..].iter().cloned());
            return Cli {
                opts,
                freeze,
                program: Program::Module(m),
                argv,
            };
        } else if a == "-X" {
            let x = args
                .get(i + 1)
                .cloned()
                .unwrap_or_else(|| usage_error("-X requires an argument"));
            apply_x_option(&mut opts, &mut freeze, &x);
            i += 2;
            continue;
        } else if let Some(x) = a.strip_prefix("-X") {
            apply_x_option(&mut opts, &mut freeze, x);
        } else if let Some(level) = a.strip_prefix("-O") {
            opts.opt_level = if level.is_empty() {
                opts.opt_level + 1
            } else if level.chars().all(|c| c == 'O') {
                level.len() as u8 + 1
            } else {
                level.parse().unwrap_or_else(|_| {
                    usage_error(&format!("invalid optimisation level '{level}'"))
                })
            };
        } else if a.starts_with("-v") && a[1..].chars().all(|c| c == 'v') {
            opts.verbose += (a.len() - 1) as u8;
        } else if a == "-i" || a == "-B" || a == "-s" || a == "-u" {
            // Accepted for compatibility.
        } else if a == "-" {
            return Cli {
                opts,
                freeze,
                program: Program::Repl,
                argv: vec![String::new()],
            };
        } else if a.starts_with('-') && a.len() > 1 {
            usage_error(&format!("unknown option '{a}'"));
        } else {
            return Cli {
                opts,
                freeze,
                program: Program::File(a.clone()),
                argv: args[i..].to_vec(),
            };
        }
        i += 1;
    }
    Cli {
        opts,
        freeze,
        program: Program::Repl,
        argv: vec![String::new()],
    }
}

/// `adder bench ...`: exec the `bench` binary built next to this one (the harness, issue 3).
fn exec_bench(args: &[String]) -> ! {
    use std::os::unix::process::CommandExt;
    let me = std::env::current_exe().unwrap_or_default();
    let bench = me.with_file_name("bench");
    let err = std::process::Command::new(&bench)
        .args(args)
        .env("ADDER_BENCH_ARGV0", "adder bench")
        .env("ADDER_BIN", &me)
        .exec();
    eprintln!(
        "adder: bench: cannot run {} ({err}); build it with `cargo build --release -p bench`",
        bench.display()
    );
    std::process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(|s| s.as_str()) {
        Some("bench") => exec_bench(&args[1..]),
        Some("compile") => std::process::exit(subcommands::compile_main(&args[1..])),
        Some("dis") => std::process::exit(subcommands::dis_main(&args[1..])),
        _ => {}
    }
    let cli = parse_cli(args);
    if cli.opts.emit != EmitKind::Bytecode && cli.opts.emit != EmitKind::Native {
        eprintln!(
            "adder: -X emit={}: this tier is not built yet (bytecode and native are available)",
            cli.opts.emit.name()
        );
        std::process::exit(2);
    }
    // Run on a thread with a large stack: deep Python recursion is bounded by the VM's own limit
    // (RecursionError), never by the OS stack.
    let stack = 512 << 20;
    let handle = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || run(cli))
        .unwrap_or_else(|e| {
            eprintln!("adder: cannot start interpreter thread: {e}");
            std::process::exit(1);
        });
    let code = handle.join().unwrap_or(1);
    std::process::exit(code);
}

fn run(cli: Cli) -> i32 {
    let mut opts = cli.opts;
    opts.stack_limit = 400 << 20;
    let mut vm = match Vm::new(opts) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("adder: {e}");
            return 1;
        }
    };
    vm.stack_base = adder_interp::gc::stack_pointer();
    vm.tier = Some(Box::new(adder_jit::tier::NativeTier));
    for (name, image) in frozen::FROZEN_MODULES {
        vm.frozen.insert(name.to_string(), image);
    }
    for path in &cli.freeze {
        match std::fs::read(path) {
            Ok(data) => {
                let name = std::path::Path::new(path)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                // The image lives as long as the process, like data built into the binary.
                let image: &'static [u8] = Box::leak(data.into_boxed_slice());
                vm.frozen.insert(name, image);
            }
            Err(e) => {
                eprintln!("adder: -X freeze: cannot read {path}: {e}");
                return 2;
            }
        }
    }
    let script_dir = match &cli.program {
        Program::File(p) => std::path::Path::new(p)
            .parent()
            .map(|d| d.to_string_lossy().to_string())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let extra: Vec<String> = std::env::var("MICROPYPATH")
        .map(|p| p.split(':').map(|s| s.to_string()).collect())
        .unwrap_or_else(|_| {
            vec![
                ".frozen".to_string(),
                "~/.micropython/lib".to_string(),
                "/usr/lib/micropython".to_string(),
            ]
        });
    if let Err(e) = set_argv_and_path(&mut vm, &cli.argv, &script_dir, &extra) {
        return adder_interp::runner::exit_status_for(&mut vm, e);
    }
    run_program(&mut vm, &cli.program)
}
