//! End-to-end tests of the `bench` binary: FAIL paths (wrong output, crash, timeout) with fake
//! benchmarks and a fake interpreter, the JSON schema, and the diff report text on fixtures.
//! Not unit tests of the maths (those live next to the code in src/).

use adder_bench::model::{FailKind, Run, Status, TargetKind, SCHEMA};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn bench(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bench"))
        .args(args)
        .current_dir(cwd)
        .env_remove("CARGO")
        .output()
        .expect("bench runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

fn tmpdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("adder-bench-test-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn have_python3() -> bool {
    Command::new("python3")
        .arg("-c")
        .arg("pass")
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn fail_paths_and_json_schema() {
    if !have_python3() {
        eprintln!("skipped: python3 (the oracle) is not installed");
        return;
    }
    let dir = tmpdir("fail");
    let out_json = dir.join("run.json");
    let fake = fixtures().join("fake_interp.sh");
    let suite = fixtures().join("suite");
    let o = bench(
        &[
            suite.to_str().unwrap(),
            "-N",
            "50",
            "-M",
            "10",
            "-a",
            "2",
            "--timeout",
            "2",
            "--adder",
            "/nonexistent/adder",
            "--emit",
            "bytecode,native",
            "--interp",
            &format!("fake={}", fake.display()),
            "--interp",
            "python3",
            "-o",
            out_json.to_str().unwrap(),
        ],
        &dir,
    );
    let stdout = text(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{stdout}\n{}", text(&o.stderr));
    // The run-perfbench block of the fake interpreter.
    assert!(stdout.contains("N=50 M=10 n_average=2"), "{stdout}");
    assert!(
        stdout.contains("bm_wrong.py: FAIL wrong output"),
        "{stdout}"
    );
    assert!(
        stdout.contains("bm_crash.py: FAIL crash (exit status 3: Traceback: boom)"),
        "{stdout}"
    );
    assert!(stdout.contains("bm_slow.py: FAIL timeout"), "{stdout}");
    assert!(
        stdout.contains("== bytecode: skipped (adder binary not found"),
        "{stdout}"
    );
    assert!(stdout.contains("5 passed, 3 failed, 0 skipped"), "{stdout}");

    let run = Run::load(&out_json).expect("the run file reads back");
    assert_eq!(run.schema, SCHEMA);
    assert_eq!((run.n, run.m, run.n_average), (50, 10, 2));
    assert!(run.command.iter().any(|a| a == "--timeout"));
    assert!(run.machine.cores >= 1 && !run.machine.cpu_model.is_empty());
    assert_eq!(run.date.len(), 20);
    let kinds: Vec<_> = run
        .targets
        .iter()
        .map(|t| (t.name.as_str(), t.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("bytecode", TargetKind::Tier),
            ("native", TargetKind::Tier),
            ("fake", TargetKind::Interp),
            ("python3", TargetKind::Interp)
        ]
    );
    let names: Vec<_> = run.benchmarks.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["crash", "ok", "slow", "wrong"]);
    let status = |b: &str, t: &str| {
        let b = run.benchmarks.iter().find(|x| x.name == b).unwrap();
        Run::result(b, t).unwrap().clone()
    };
    let fail_kind = |b: &str| match status(b, "fake").status {
        Status::Fail { kind, .. } => Some(kind),
        _ => None,
    };
    assert_eq!(fail_kind("wrong"), Some(FailKind::WrongOutput));
    assert_eq!(fail_kind("crash"), Some(FailKind::Crash));
    assert_eq!(fail_kind("slow"), Some(FailKind::Timeout));
    let ok = status("ok", "fake");
    assert_eq!(ok.status, Status::Ok);
    assert!(ok.checked);
    assert_eq!(ok.samples.len(), 2);
    assert_eq!(ok.samples[0].norm, 100);
    assert_eq!(ok.samples[0].output, "(100, 328350)");
    assert!(ok.summary.unwrap().s_avg > 0.0);
    assert!(matches!(
        status("ok", "bytecode").status,
        Status::Skip { .. }
    ));
    let b = run.benchmarks.iter().find(|x| x.name == "ok").unwrap();
    assert_eq!(b.key, Some((50, 10)));
    assert_eq!(b.reference.as_deref(), Some("100 (100, 328350)"));

    // Everything written next to the JSON.
    for ext in ["md", "svg", "png", "fake.txt", "python3.txt"] {
        let p = out_json.with_extension(ext);
        assert!(p.is_file(), "{} missing", p.display());
    }
    let raw = std::fs::read_to_string(out_json.with_extension("python3.txt")).unwrap();
    assert!(
        raw.starts_with("N=50 M=10 n_average=2\nbm_crash.py: "),
        "{raw}"
    );
    let png = std::fs::read(out_json.with_extension("png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");

    // The JSON fields a consumer relies on, by name.
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_json).unwrap()).unwrap();
    for k in [
        "schema",
        "command",
        "date",
        "git_commit",
        "git_dirty",
        "machine",
        "n",
        "m",
        "n_average",
        "timeout_s",
        "counters",
        "targets",
        "benchmarks",
    ] {
        assert!(v.get(k).is_some(), "no {k}");
    }
    let r0 = &v["benchmarks"][1]["results"][2];
    assert_eq!(r0["target"], "fake");
    assert_eq!(r0["status"]["status"], "ok");
    for k in ["time_us", "norm", "output", "wall_s", "counters"] {
        assert!(r0["samples"][0].get(k).is_some(), "sample has no {k}");
    }
    assert_eq!(v["benchmarks"][0]["results"][2]["status"]["kind"], "crash");

    // Diff of two targets of one run.
    let o = bench(
        &[
            "diff",
            out_json.to_str().unwrap(),
            "--from",
            "fake",
            "--to",
            "python3",
        ],
        &dir,
    );
    let d = text(&o.stdout);
    assert!(
        d.starts_with("diff of scores (higher is better)\nN=50 M=10 "),
        "{d}"
    );
    assert!(d.contains("\nbm_ok.py "), "{d}");
    assert_eq!(d.lines().count(), 3, "{d}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_report_exact_text() {
    let f = fixtures();
    let o = bench(&["diff", "a.txt", "b.txt"], &f);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let exp = std::fs::read_to_string(f.join("diff_scores.exp")).unwrap();
    assert_eq!(text(&o.stdout), exp);
    for flag in ["-m", "--time"] {
        let o = bench(&["diff", flag, "a.txt", "b.txt"], &f);
        let exp = std::fs::read_to_string(f.join("diff_times.exp")).unwrap();
        assert_eq!(text(&o.stdout), exp);
    }
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let dir = tmpdir("bad");
    std::fs::write(dir.join("bad.json"), "{ not json").unwrap();
    std::fs::write(dir.join("old.json"), "{\"schema\": 99}").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let cases: [(&[&str], &str); 6] = [
        (&["diff", "nope.json", "nope2.json"], "nope.json"),
        (&["diff", "bad.json", "bad.json"], "not a run file"),
        (&["diff", "old.json", "old.json"], "schema 99"),
        (&["diff", "empty.txt", "empty.txt"], "not a run file"),
        (&["table", "bad.json"], "not a run file"),
        (&["/no/such/dir"], "no such file"),
    ];
    for (args, msg) in cases {
        let o = bench(args, &dir);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(msg), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let o = bench(&["-N", "x"], &dir);
    assert_eq!(o.status.code(), Some(2));
    let o = bench(
        &[
            "--emit",
            "turbo",
            &fixtures().join("suite").display().to_string(),
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("unknown tier 'turbo'"));
    let _ = std::fs::remove_dir_all(&dir);
}
