//! Heap cost of importing a module from .py, from .mpy copied to RAM, from .mpy in place and
//! frozen: function code held in RAM is charged to the GC heap (gc.mem_alloc, -X heapsize,
//! micropython.mem_info); code run in place is not. Not the loader's correctness tests.

mod common;

use std::path::{Path, PathBuf};

/// A fresh empty directory for one test (nothing else on the module search path).
fn work_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("adder-mpy-memory-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create work dir");
    d
}

fn adder(dir: &Path, args: &[&str]) -> (String, String, Option<i32>) {
    common::run_adder(env!("CARGO_BIN_EXE_adder"), Some(dir), args)
}

/// The figures printed by the probe: heap growth of the import, then the mem_info code line's
/// "fun_data in GC heap" and "in place" byte counts after it.
struct Probe {
    heap: i64,
    code_in_heap: i64,
    code_in_place: i64,
}

const PROBE: &str = "import gc, micropython\n\
    gc.collect()\n\
    a = gc.mem_alloc()\n\
    import frozen_demo\n\
    gc.collect()\n\
    print(gc.mem_alloc() - a)\n\
    micropython.mem_info()\n";

fn probe(dir: &Path, extra: &[&str]) -> Probe {
    let mut args: Vec<&str> = extra.to_vec();
    args.extend(["-c", PROBE]);
    let (out, err, st) = adder(dir, &args);
    assert_eq!(st, Some(0), "stderr: {err}");
    let heap = out.lines().next().unwrap().trim().parse().unwrap();
    let code = out
        .lines()
        .find(|l| l.trim_start().starts_with("code:"))
        .unwrap_or_else(|| panic!("no code line in mem_info output:\n{out}"));
    let num_after = |key: &str| -> i64 {
        let rest = &code[code.find(key).expect(key) + key.len()..];
        rest.trim_start()
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    Probe {
        heap,
        code_in_heap: num_after("fun_data in GC heap:"),
        code_in_place: num_after("in place (mapped/frozen):"),
    }
}

#[test]
fn ram_code_is_charged_to_the_heap_and_in_place_code_is_not() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read(root.join("frozen/frozen_demo.py")).unwrap();
    let py_dir = work_dir("py");
    std::fs::write(py_dir.join("frozen_demo.py"), &src).unwrap();
    let mpy_dir = work_dir("mpy");
    let (_, err, st) = adder(
        &py_dir,
        &[
            "compile",
            "frozen_demo.py",
            "-o",
            mpy_dir.join("frozen_demo.mpy").to_str().unwrap(),
        ],
    );
    assert_eq!(st, Some(0), "compile: {err}");
    let empty = work_dir("empty");

    let py = probe(&py_dir, &[]);
    let copy = probe(&mpy_dir, &["-X", "mpy=copy"]);
    let inplace = probe(&mpy_dir, &["-X", "mpy=inplace"]);
    let frozen = probe(&empty, &[]);

    // The probe's own `-c` code is compiled into the heap in every mode; the module's functions
    // are in the heap only for .py and copy.
    let base = frozen.code_in_heap;
    assert_eq!(inplace.code_in_heap, base);
    assert!(inplace.code_in_place > 0 && frozen.code_in_place == inplace.code_in_place);
    assert_eq!(copy.code_in_heap - base, inplace.code_in_place);
    assert_eq!(py.code_in_heap - base, inplace.code_in_place);
    assert_eq!(copy.code_in_place, 0);
    // gc.mem_alloc() shows it: the copy costs at least the function bytes more than in place.
    let code_bytes = inplace.code_in_place;
    assert!(
        copy.heap - inplace.heap >= code_bytes,
        "copy {} inplace {} code {code_bytes}",
        copy.heap,
        inplace.heap
    );
    assert_eq!(
        py.heap, copy.heap,
        "compiling and copying keep the same objects"
    );
    // Frozen and in place differ only in the __file__ string.
    assert!(
        (frozen.heap - inplace.heap).abs() < 64,
        "frozen {} inplace {}",
        frozen.heap,
        inplace.heap
    );
}

/// A module with one function of about 100 KB of bytecode.
fn big_module(dir: &Path) {
    let mut s = String::from("def big(x):\n");
    for i in 0..20000 {
        s.push_str(&format!("    x = x + {}\n", i % 50));
    }
    s.push_str("    return x\nprint(big(0))\n");
    std::fs::write(dir.join("bigfun.py"), s).unwrap();
}

#[test]
fn heapsize_limits_ram_code_but_not_in_place_code() {
    let py_dir = work_dir("big-py");
    big_module(&py_dir);
    let mpy_dir = work_dir("big-mpy");
    let out = mpy_dir.join("bigfun.mpy");
    let (_, err, st) = adder(
        &py_dir,
        &["compile", "bigfun.py", "-o", out.to_str().unwrap()],
    );
    assert_eq!(st, Some(0), "compile: {err}");
    let import = "try:\n    import bigfun\nexcept MemoryError:\n    print('MemoryError')\n";
    let run = |dir: &Path, mode: &str| {
        let (out, err, st) = adder(dir, &["-X", "heapsize=200K", "-X", mode, "-c", import]);
        assert_eq!(st, Some(0), "{mode}: stderr: {err}");
        out
    };
    assert_eq!(run(&mpy_dir, "mpy=inplace"), "490000\n");
    assert_eq!(run(&mpy_dir, "mpy=copy"), "MemoryError\n");
    assert_eq!(run(&py_dir, "mpy=copy"), "MemoryError\n");
}

#[test]
fn a_heap_too_small_for_start_up_is_refused_cleanly() {
    let dir = work_dir("tiny");
    let (out, err, st) = adder(&dir, &["-X", "heapsize=64K", "-c", "print(1)"]);
    assert_eq!(st, Some(1));
    assert_eq!(out, "");
    assert!(err.contains("too small"), "stderr: {err}");
    assert!(!err.contains("panicked"), "stderr: {err}");
}

#[test]
fn mem_info_looks_like_micropython() {
    let dir = work_dir("meminfo");
    let (out, err, st) = adder(&dir, &["-c", "import micropython\nmicropython.mem_info()"]);
    assert_eq!(st, Some(0), "stderr: {err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("stack: ") && lines[0].contains(" out of "),
        "{out}"
    );
    assert!(
        lines[1].starts_with("GC: total: ") && lines[1].contains(", used: "),
        "{out}"
    );
    assert!(lines[2].starts_with(" No. of 1-blocks: "), "{out}");
    assert!(lines[3].starts_with(" code: "), "{out}");
}
