//! The Python corpus: every program under tests/py/ runs under adder (each applicable tier) and
//! under python3 (or against its .exp file); stdout and exit status must match. Not unit tests.
//!
//! Helper directories (`mods`, `pkg*`, names starting with `_`) hold modules imported by tests
//! and are not tests themselves. `tests/py/known_failures.txt` lists tests that are expected to
//! fail, one path per line with the reason after `#`; such a test that passes is reported so the
//! list only ever shrinks.

mod common;
use common::{collect, run_with_timeout};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py")
}

fn expected_output(test: &Path) -> (String, Option<i32>) {
    let exp = test.with_extension("exp");
    if exp.exists() {
        return (std::fs::read_to_string(exp).unwrap_or_default(), Some(0));
    }
    let mut cmd = Command::new("python3");
    cmd.arg(test.file_name().unwrap())
        .current_dir(test.parent().unwrap());
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8");
    run_with_timeout(cmd, 60)
}

fn adder_output(test: &Path, extra: &[&str]) -> (String, Option<i32>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_adder"));
    // The pseudo-argument @gc-stress means: collect before every allocation (ADDER_GC_STRESS).
    if extra.contains(&GC_STRESS) {
        cmd.env("ADDER_GC_STRESS", "1");
    }
    let extra: Vec<&str> = extra.iter().copied().filter(|a| *a != GC_STRESS).collect();
    cmd.args(&extra)
        .arg(test.file_name().unwrap())
        .current_dir(test.parent().unwrap());
    run_with_timeout(cmd, 60)
}

fn known_failures() -> BTreeMap<String, String> {
    read_list("known_failures.txt")
}

/// Tests the native emitter refuses at compile time (`SyntaxError: native code: ...`), with the
/// reason; expected to fail under the native tier only.
fn native_exclusions() -> BTreeMap<String, String> {
    read_list("native_exclusions.txt")
}

fn read_list(name: &str) -> BTreeMap<String, String> {
    common::read_list(&corpus_root().join(name))
}

fn short_diff(exp: &str, got: &str) -> String {
    let e: Vec<&str> = exp.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i), g.get(i));
        if a != b {
            out.push_str(&format!(
                "    line {}:\n      expected: {}\n      got:      {}\n",
                i + 1,
                a.unwrap_or(&"<none>"),
                b.unwrap_or(&"<none>")
            ));
            shown += 1;
            if shown >= 3 {
                break;
            }
        }
    }
    out
}

/// The tiers to run each test under: (label, extra adder arguments).
fn tiers() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("bytecode", vec![]),
        ("native", vec!["-X", "emit=native"]),
        ("gc-stress", vec![GC_STRESS]),
    ]
}

/// Pseudo-tier: the bytecode tier with a collection before every allocation, on a fixed sample
/// of the corpus (it is slow), so a value kept only in Rust-side memory shows up as a failure.
const GC_STRESS: &str = "@gc-stress";

/// Every 6th test (by a stable hash of its path), outside the slow stress/ directory.
fn in_gc_stress_sample(rel: &str) -> bool {
    let h = rel
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
    !rel.starts_with("stress/") && h % 6 == 0
}

#[test]
fn python_corpus_matches_cpython() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("SKIP: python3 is not installed; the corpus needs it as the oracle");
        return;
    }
    let mut tests = Vec::new();
    collect(&corpus_root(), &mut tests, 0);
    assert!(
        !tests.is_empty(),
        "no tests found under {}",
        corpus_root().display()
    );
    let known = known_failures();
    let native_excl = native_exclusions();
    let root = corpus_root();
    let queue = Arc::new(Mutex::new(tests.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(2, 8);
    let mut handles = vec![];
    for _ in 0..workers {
        let queue = queue.clone();
        let results = results.clone();
        let root = root.clone();
        handles.push(std::thread::spawn(move || loop {
            let t = match queue.lock().unwrap().pop() {
                Some(t) => t,
                None => break,
            };
            let rel = t.strip_prefix(&root).unwrap().to_string_lossy().to_string();
            let (exp, exp_code) = expected_output(&t);
            for (tier, extra) in tiers() {
                let stress = extra.contains(&GC_STRESS);
                if stress && !in_gc_stress_sample(&rel) {
                    continue;
                }
                let (got, code) = adder_output(&t, &extra);
                let ok = got == exp && code == exp_code;
                let detail = if ok {
                    String::new()
                } else if code.is_none() {
                    "    timed out\n".to_string()
                } else if got == exp {
                    format!("    exit status: expected {exp_code:?}, got {code:?}\n")
                } else {
                    short_diff(&exp, &got)
                };
                results
                    .lock()
                    .unwrap()
                    .push((rel.clone(), tier, ok, detail));
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut results = results.lock().unwrap().clone();
    results.sort();
    let (mut passed, mut failed, mut xfail) = (0, 0, 0);
    let mut report = String::new();
    for (rel, tier, ok, detail) in &results {
        let is_known =
            known.contains_key(rel) || (*tier == "native" && native_excl.contains_key(rel));
        match (ok, is_known) {
            (true, false) => passed += 1,
            (false, true) => xfail += 1,
            (true, true) => {
                failed += 1;
                report.push_str(&format!(
                    "UNEXPECTED PASS {rel} [{tier}]: remove it from known_failures.txt\n"
                ));
            }
            (false, false) => {
                failed += 1;
                report.push_str(&format!("FAIL {rel} [{tier}]\n{detail}"));
            }
        }
    }
    eprintln!("{report}");
    eprintln!("python corpus: {} tests x {} tiers: {passed} passed, {failed} failed, {xfail} known failures", tests.len(), tiers().len());
    assert_eq!(failed, 0, "{failed} corpus tests failed (see above)");
}
