//! Untrusted .mpy bytes: real files (our compiler's and mpy-cross's, for the tests/py corpus and
//! bench/suite) must verify; damaged copies (truncated at every offset, bytes flipped) must load
//! or be refused with an error, never panic. Not the interoperability run test (mpy_interop.rs).

#[path = "../../tests/common/mod.rs"]
mod common;
use common::repo_root;

use adder_interp::compile::{compile_source, CompileOptions};
use adder_interp::frontend::check_mpy_bytes;
use adder_interp::mpy::write::write_mpy;
use std::path::{Path, PathBuf};
use std::process::Command;

fn is_helper_dir(name: &str) -> bool {
    name == "mods" || name.starts_with("pkg") || name.starts_with('_') || name == "__pycache__"
}

/// Every test program of tests/py (outside helper dirs) and bench/suite.
fn programs() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut v: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
        v.sort();
        for p in v {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if p.is_dir() {
                if !is_helper_dir(&name) {
                    walk(&p, out);
                }
            } else if name.ends_with(".py") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repo_root().join("tests").join("py"), &mut out);
    walk(&repo_root().join("bench").join("suite"), &mut out);
    out
}

fn ours(path: &Path) -> Option<Vec<u8>> {
    let src = std::fs::read_to_string(path).ok()?;
    let name = path.file_name()?.to_string_lossy().to_string();
    let opts = CompileOptions {
        small_int_bits: 31,
        ..CompileOptions::default()
    };
    compile_source(&src, &name, &opts)
        .ok()
        .map(|m| write_mpy(&m))
}

fn have_mpy_cross() -> bool {
    Command::new("mpy-cross")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn theirs(path: &Path, tmp: &Path) -> Option<Vec<u8>> {
    let out = tmp.join(format!(
        "{}.mpy",
        path.file_stem()?.to_string_lossy().replace('/', "_")
    ));
    let st = Command::new("mpy-cross")
        .arg("-o")
        .arg(&out)
        .arg("-s")
        .arg(path.file_name()?)
        .arg(path)
        .output()
        .ok()?;
    if !st.status.success() {
        return None;
    }
    std::fs::read(out).ok()
}

fn tmp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("adder-mpy-{tag}-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&d);
    d
}

/// Real files: every one must pass read + verify.
#[test]
fn real_files_verify() {
    let mut failures = Vec::new();
    let mut n = 0;
    let cross = have_mpy_cross();
    if !cross {
        println!("mpy-cross not installed: checking only our compiler's files");
    }
    let tmp = tmp_dir("verify");
    // Known verifier gaps (tests/mpy_known_failures.txt entries marked KNOWN GAP).
    let gaps: Vec<PathBuf> = common::mpy_known_failures(&repo_root())
        .into_iter()
        .filter(|(_, why)| why.starts_with("KNOWN GAP"))
        .map(|(p, _)| repo_root().join(p))
        .collect();
    for p in programs().into_iter().filter(|p| !gaps.contains(p)) {
        let mut files = vec![("ours", ours(&p))];
        if cross {
            files.push(("mpy-cross", theirs(&p, &tmp)));
        }
        for (who, f) in files {
            let Some(bytes) = f else { continue };
            n += 1;
            if let Err(e) = check_mpy_bytes(&bytes) {
                failures.push(format!("{} ({who}): {e}", p.display()));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    println!("{n} files checked, {} refused", failures.len());
    for f in &failures {
        println!("  {f}");
    }
    assert!(
        failures.is_empty(),
        "real .mpy files refused by the verifier"
    );
}

/// Every damaged variant must come back Ok or Err, without panicking.
fn check_damaged(bytes: &[u8], rng: &mut common::Rng, stats: &mut [usize; 2]) {
    for cut in 0..bytes.len() {
        let r = check_mpy_bytes(&bytes[..cut]);
        stats[r.is_ok() as usize] += 1;
    }
    let flips = (bytes.len() * 4).min(4000);
    for _ in 0..flips {
        let mut b = bytes.to_vec();
        let pos = (rng.next() % b.len() as u64) as usize;
        match rng.next() % 3 {
            0 => b[pos] ^= 1 << (rng.next() % 8),
            1 => b[pos] = rng.next() as u8,
            _ => {
                let pos2 = (rng.next() % b.len() as u64) as usize;
                b[pos2] = rng.next() as u8;
                b[pos] = rng.next() as u8;
            }
        }
        let r = check_mpy_bytes(&b);
        stats[r.is_ok() as usize] += 1;
    }
}

#[test]
fn damaged_files_never_panic() {
    let cross = have_mpy_cross();
    let tmp = tmp_dir("damage");
    let mut rng = common::Rng(0x9e37_79b9_7f4a_7c15);
    let mut stats = [0usize; 2];
    // A spread of the corpus keeps the test fast: every 7th program.
    for p in programs().iter().step_by(7) {
        if let Some(b) = ours(p) {
            check_damaged(&b, &mut rng, &mut stats);
        }
        if cross {
            if let Some(b) = theirs(p, &tmp) {
                check_damaged(&b, &mut rng, &mut stats);
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    println!(
        "damaged files: {} refused, {} still valid (no panic)",
        stats[0], stats[1]
    );
    assert!(stats[0] > 0);
}
