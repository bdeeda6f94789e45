//! Helpers shared by the integration tests that run Python programs (corpus, .mpy interop):
//! finding test programs and running a process with a timeout. Not a test itself.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

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
