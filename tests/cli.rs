//! The `adder` command line as the unix micropython binary has it: -c, -m, FILE, piped stdin,
//! -X options, exit statuses, tracebacks on stderr. Not Python semantics (tests/py_corpus.rs).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn adder(args: &[&str], stdin: Option<&str>, cwd: Option<&std::path::Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_adder"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(d) = cwd {
        cmd.current_dir(d);
    }
    let mut child = cmd.spawn().expect("run adder");
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn command_with_argv() {
    let o = adder(&["-c", "import sys; print(sys.argv)", "a", "b"], None, None);
    assert_eq!(text(&o.stdout), "['-c', 'a', 'b']\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["-X", "heapsize=zz"][..],
        &["--no-such-option"],
        &["-c"],
        &["-X", "emit=bogus", "-c", "pass"],
    ] {
        let o = adder(args, None, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o.stderr));
        assert!(!o.stderr.is_empty());
    }
}

#[test]
fn uncaught_exception_prints_cpython_traceback() {
    let dir = tempdir();
    std::fs::write(
        dir.join("t.py"),
        "def f():\n    raise ValueError('bad')\nprint('before')\nf()\n",
    )
    .unwrap();
    let o = adder(&["t.py"], None, Some(&dir));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stdout), "before\n");
    let err = text(&o.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("  File \"t.py\", line 4, in <module>\n"),
        "{err}"
    );
    assert!(err.contains("  File \"t.py\", line 2, in f\n"), "{err}");
    assert!(err.ends_with("ValueError: bad\n"), "{err}");
}

#[test]
fn syntax_error_names_file_and_line() {
    let dir = tempdir();
    std::fs::write(dir.join("s.py"), "x = 1\ny = (\n").unwrap();
    let o = adder(&["s.py"], None, Some(&dir));
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.contains("File \"s.py\", line"), "{err}");
    assert!(err.contains("SyntaxError"), "{err}");
}

#[test]
fn sys_exit_statuses() {
    assert_eq!(
        adder(&["-c", "import sys; sys.exit(7)"], None, None)
            .status
            .code(),
        Some(7)
    );
    let o = adder(&["-c", "import sys; sys.exit('msg')"], None, None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stderr), "msg\n");
    assert_eq!(
        adder(&["-c", "raise SystemExit"], None, None).status.code(),
        Some(0)
    );
}

#[test]
fn piped_stdin_runs_as_a_script() {
    let o = adder(&[], Some("x = 6\nprint(x * 7)\n"), None);
    assert_eq!(text(&o.stdout), "42\n");
}

#[test]
fn module_runs_as_main_from_sys_path() {
    let dir = tempdir();
    std::fs::write(
        dir.join("mm.py"),
        "import sys\nprint(__name__, sys.argv[1:])\n",
    )
    .unwrap();
    let o = adder(&["-m", "mm", "x"], None, Some(&dir));
    assert_eq!(text(&o.stdout), "__main__ ['x']\n", "{}", text(&o.stderr));
}

#[test]
fn deep_recursion_is_an_exception_not_a_crash() {
    let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print('caught', type(e).__name__)\n";
    let o = adder(&["-c", src], None, None);
    assert_eq!(
        text(&o.stdout),
        "caught RecursionError\n",
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn small_heap_raises_memory_error() {
    let src = "try:\n    x = [0] * 10000000\nexcept MemoryError:\n    print('MemoryError')\n";
    let o = adder(&["-X", "heapsize=256K", "-c", src], None, None);
    assert_eq!(text(&o.stdout), "MemoryError\n", "{}", text(&o.stderr));
}

fn tempdir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "adder-cli-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Under ADDER_GC_STRESS (a collection before every allocation, freed memory poisoned), values
/// that are only reachable through Rust-side temporaries would be freed: start-up and a mix of
/// runtime paths must survive it.
#[test]
fn gc_stress_keeps_everything_reachable() {
    let src = "try:\n    b'\\xff'.decode()\nexcept UnicodeDecodeError as e:\n    print('UDE')\n\
               class P:\n    def __init__(self, x):\n        self.x = x\n\
               ps = [P(str(i) * 3) for i in range(50)]\n\
               print(sum(len(p.x) for p in ps), ' '.join(sorted({p.x[:1] for p in ps}))[:9])\n\
               print(repr('a,b;c'.split(',')), {str(k): [k] * 2 for k in range(3)})\n";
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_adder"));
    cmd.args(["-c", src]).env("ADDER_GC_STRESS", "1");
    let o = cmd.output().unwrap();
    assert_eq!(
        text(&o.stdout),
        "UDE\n270 0 1 2 3 4\n['a', 'b;c'] {'0': [0, 0], '1': [1, 1], '2': [2, 2]}\n",
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn missing_files_and_directories_exit_2_with_a_message() {
    let dir = tempdir();
    let missing = dir.join("no_such_file.py");
    for path in [missing.to_str().unwrap(), dir.to_str().unwrap()] {
        let o = adder(&[path], None, None);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{path}: {err}");
        assert!(err.starts_with("adder: can't open file '"), "{err}");
        assert!(err.contains("[Errno "), "{err}");
        assert!(!err.contains("os error"), "{err}");
    }
    let o = adder(
        &[missing.with_extension("mpy").to_str().unwrap()],
        None,
        None,
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_x_values_and_missing_arguments_are_usage_errors() {
    for args in [
        &["-X"][..],
        &["-X", "bogus"],
        &["-X", "heapsize="],
        &["-X", "heapsize=1"],
        &["-X", "heapsize=99999999999999999999"],
        &["-X", "heapsize=1G"],
        &["-X", "emit="],
        &["-m"],
        &["--"],
    ] {
        let o = adder(args, None, None);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("adder: "), "{args:?}: {err}");
        assert!(err.contains("usage: adder"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn bad_module_names_and_bad_sources_raise_exit_1() {
    for (args, exc) in [
        (&["-m", "no_such_module_xyz"][..], "ModuleNotFoundError"),
        (&["-m", "/tmp"], "ModuleNotFoundError"),
        (&["-m", ""], "ModuleNotFoundError"),
        (&["-m", "os.nope"], "ModuleNotFoundError"),
        (&["-c", "x = ("], "SyntaxError"),
    ] {
        let o = adder(args, None, None);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(exc), "{args:?}: {err}");
    }
    let dir = tempdir();
    for (name, data) in [
        ("bad_utf8.py", &b"x = '\xff'\n"[..]),
        ("garbage.mpy", b"M\x06\x00\x1f garbage"),
        ("empty.mpy", b""),
    ] {
        let p = dir.join(name);
        std::fs::write(&p, data).unwrap();
        let o = adder(&[p.to_str().unwrap()], None, None);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains("Error"), "{name}: {err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
