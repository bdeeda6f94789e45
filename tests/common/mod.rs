//! Helpers shared by the integration tests that run Python programs (corpus, .mpy interop):
//! finding test programs, copying their directories, running a process with a timeout, the list
//! of programs whose output depends on running a .py, and diffs. Not a test itself.
// Each test binary uses a subset of these helpers.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The repository root, from whichever crate's tests include this file.
pub fn repo_root() -> PathBuf {
    let mut p = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    while !p.join("tests").join("py").is_dir() && p.pop() {}
    p
}

pub fn is_helper_dir(name: &str) -> bool {
    name == "mods" || name.starts_with("pkg") || name.starts_with('_') || name == "__pycache__"
}

pub fn collect(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if !is_helper_dir(&name) {
                collect(&p, out, depth + 1);
            }
        } else if depth > 0 && name.ends_with(".py") {
            out.push(p);
        }
    }
}

/// Run a command with a timeout; returns (stdout, exit status or None on timeout).
pub fn run_with_timeout(mut cmd: Command, secs: u64) -> (String, Option<i32>) {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return (format!("<cannot run: {e}>"), Some(-1)),
    };
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut s);
        s
    });
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st.code().or(Some(-9)),
            Ok(None) if start.elapsed() > Duration::from_secs(secs) => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break Some(-1),
        }
    };
    let out = out_t.join().unwrap_or_default();
    let _ = err_t.join();
    (String::from_utf8_lossy(&out).into_owned(), status)
}

/// Copy a directory tree (a program's directory, with its helper modules), leaving out .mpy files.
pub fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)?.flatten() {
        let p = e.path();
        let dest = to.join(e.file_name());
        if p.is_dir() {
            copy_tree(&p, &dest)?;
        } else if p.extension().is_none_or(|x| x != "mpy") {
            std::fs::copy(&p, &dest)?;
        }
    }
    Ok(())
}

/// A list file of paths, one per line with the reason after `#` (blank and `#` lines skipped):
/// path -> reason. A missing file is an empty list.
pub fn read_list(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let (p, why) = l.split_once('#').unwrap_or((l, ""));
            (p.trim().to_string(), why.trim().to_string())
        })
        .collect()
}

/// `tests/mpy_known_failures.txt` under `root`: programs whose output legitimately differs when
/// run from a .mpy (path relative to the repo -> reason).
pub fn mpy_known_failures(root: &Path) -> BTreeMap<String, String> {
    read_list(&root.join("tests").join("mpy_known_failures.txt"))
}

/// A small deterministic generator for damaged-file tests (no external crates).
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// The first line where a .py run's output and a .mpy run's differ, for failure messages.
pub fn first_diff(a: &str, b: &str) -> String {
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    for i in 0..la.len().max(lb.len()) {
        let (x, y) = (la.get(i), lb.get(i));
        if x != y {
            return format!("{}: .py {:?} / .mpy {:?}", i + 1, x, y);
        }
    }
    "(none)".into()
}

/// Run the adder binary `bin` (the caller's `env!("CARGO_BIN_EXE_adder")`) with `args`, in `dir`
/// if given, with no MICROPYPATH: (stdout, stderr, exit status).
pub fn run_adder(bin: &str, dir: Option<&Path>, args: &[&str]) -> (String, String, Option<i32>) {
    let mut cmd = Command::new(bin);
    cmd.args(args).env_remove("MICROPYPATH");
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let out = cmd.output().expect("run adder");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}
