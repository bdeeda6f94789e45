//! Running benchmarks: build the header + benchmark + driver script, run it as a separate
//! process per sample with a timeout, parse `time_us norm output`, and judge the samples against
//! CPython's output. Not the reports (report.rs) nor target discovery (targets.rs).

use crate::counters::CounterSet;
use crate::error::{BenchError, Result};
use crate::model::{Benchmark, Counts, FailKind, Sample, Status, TargetResult};
use crate::params::{parse_param_keys, select_params};
use crate::stats::Summary;
use crate::targets::TargetSpec;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The benchrun driver, appended to every benchmark.
pub const DRIVER: &str = include_str!("../driver/benchrun.py");

/// The bundled suite's directory.
pub fn suite_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/suite"))
}

/// The script a harness runs: `BM_N`/`BM_M` header, the benchmark, the driver.
pub fn build_script(bench_src: &str, n: u64, m: u64) -> String {
    format!("BM_N = {n}\nBM_M = {m}\n{bench_src}\n{DRIVER}")
}

/// Benchmark files from FILES or DIRs (a directory contributes its `bm_*.py`), sorted by name.
pub fn collect_benchmarks(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let rd = std::fs::read_dir(p).map_err(|e| BenchError::io(p, e))?;
            let mut found: Vec<PathBuf> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    let n = f.file_name().map(|n| n.to_string_lossy().to_string());
                    n.is_some_and(|n| n.starts_with("bm_") && n.ends_with(".py"))
                })
                .collect();
            if found.is_empty() {
                return Err(BenchError::NoBenchmarks(p.clone()));
            }
            out.append(&mut found);
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            return Err(BenchError::io(
                p,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory"),
            ));
        }
    }
    out.sort_by_key(|p| bench_name(p));
    out.dedup();
    Ok(out)
}

/// `fft` for `.../bm_fft.py`.
pub fn bench_name(p: &Path) -> String {
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    stem.strip_prefix("bm_").unwrap_or(&stem).to_string()
}

/// What one process did.
#[derive(Debug, Clone)]
pub struct ProcessOutcome {
    pub stdout: String,
    pub stderr: String,
    /// None when killed by a signal or on timeout.
    pub code: Option<i32>,
    pub timed_out: bool,
    pub wall_s: f64,
    pub counts: Option<Counts>,
}

/// Run `cmd script` with stdout/stderr in files under `work`, killing it after `timeout`.
pub fn run_process(
    cmd: &[String],
    script: &Path,
    work: &Path,
    timeout: Duration,
    counters: Option<&mut CounterSet>,
) -> std::io::Result<ProcessOutcome> {
    let (exe, args) = cmd
        .split_first()
        .ok_or_else(|| std::io::Error::other("empty command"))?;
    let out_path = work.join("stdout.txt");
    let err_path = work.join("stderr.txt");
    let out_f = std::fs::File::create(&out_path)?;
    let err_f = std::fs::File::create(&err_path)?;
    let mut counters = counters;
    if let Some(c) = counters.as_deref_mut() {
        c.start();
    }
    let t0 = Instant::now();
    let mut child = Command::new(exe)
        .args(args)
        .arg(script)
        .stdin(Stdio::null())
        .stdout(out_f)
        .stderr(err_f)
        .spawn()?;
    let mut timed_out = false;
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break Some(st);
        }
        if t0.elapsed() >= timeout {
            let _ = child.kill();
            let _ = child.wait();
            timed_out = true;
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let wall_s = t0.elapsed().as_secs_f64();
    let counts = counters.and_then(|c| c.stop());
    let read = |p: &Path| {
        std::fs::read(p)
            .map(|b| String::from_utf8_lossy(&b).to_string())
            .unwrap_or_default()
    };
    Ok(ProcessOutcome {
        stdout: read(&out_path),
        stderr: read(&err_path),
        code: status.and_then(|s| s.code()),
        timed_out,
        wall_s,
        counts: if timed_out { None } else { counts },
    })
}

/// Parse the driver's line (the last non-empty stdout line): `time_us norm output`.
pub fn parse_result_line(stdout: &str) -> std::result::Result<(f64, u64, String), String> {
    let line = stdout
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .ok_or_else(|| "no output".to_string())?
        .trim_end();
    let mut parts = line.splitn(3, ' ');
    let t = parts.next().unwrap_or("");
    let n = parts.next();
    let o = parts.next();
    let (Some(n), Some(o)) = (n, o) else {
        return Err(format!(
            "expected `time_us norm output`, got `{}`",
            clip(line)
        ));
    };
    let time: f64 = t
        .parse()
        .map_err(|_| format!("time `{}` is not a number", clip(t)))?;
    let norm: u64 = n
        .parse()
        .map_err(|_| format!("norm `{}` is not an integer", clip(n)))?;
    Ok((time, norm, o.to_string()))
}

/// A string cut to 120 characters for messages.
pub fn clip(s: &str) -> String {
    if s.chars().count() > 120 {
        format!("{}...", s.chars().take(117).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Turn a process outcome into a sample, or the failure it is.
pub fn outcome_to_sample(
    p: &ProcessOutcome,
    timeout: Duration,
) -> std::result::Result<Sample, (FailKind, String)> {
    if p.timed_out {
        return Err((
            FailKind::Timeout,
            format!("killed after {:.0} s", timeout.as_secs_f64()),
        ));
    }
    if p.code != Some(0) {
        let last = p
            .stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let how = match p.code {
            Some(c) => format!("exit status {c}"),
            None => "killed by a signal".to_string(),
        };
        return Err((FailKind::Crash, format!("{how}: {}", clip(last.trim()))));
    }
    let (time_us, norm, output) =
        parse_result_line(&p.stdout).map_err(|e| (FailKind::BadOutput, e))?;
    Ok(Sample {
        time_us,
        norm,
        output,
        wall_s: p.wall_s,
        counters: p.counts,
    })
}

/// CPython's answer for one benchmark.
#[derive(Clone, Debug, PartialEq)]
pub enum Reference {
    /// `norm output` as CPython prints it.
    Output(String),
    /// CPython skips this benchmark (`0 skip`), so outputs cannot be compared.
    Skip,
    /// CPython could not run it.
    Missing(String),
}

impl Reference {
    pub fn from_sample(s: &Sample) -> Reference {
        if is_skip(s) {
            Reference::Skip
        } else {
            Reference::Output(norm_output(s))
        }
    }
    pub fn recorded(&self) -> Option<String> {
        match self {
            Reference::Output(s) => Some(s.clone()),
            Reference::Skip => Some("0 skip".to_string()),
            Reference::Missing(_) => None,
        }
    }
}

fn norm_output(s: &Sample) -> String {
    format!("{} {}", s.norm, s.output)
}

fn is_skip(s: &Sample) -> bool {
    s.norm == 0 && s.output == "skip"
}

/// Judge a target's samples: every run the same output, equal to CPython's. Returns the
/// status and whether the output was compared with CPython's.
pub fn judge(samples: &[Sample], reference: &Reference) -> (Status, bool) {
    let Some(first) = samples.first() else {
        return (
            Status::Fail {
                kind: FailKind::BadOutput,
                detail: "no sample".into(),
            },
            false,
        );
    };
    if let Some(other) = samples
        .iter()
        .find(|s| norm_output(s) != norm_output(first))
    {
        let detail = format!(
            "`{}` then `{}`",
            clip(&norm_output(first)),
            clip(&norm_output(other))
        );
        return (
            Status::Fail {
                kind: FailKind::RunsDiffer,
                detail,
            },
            false,
        );
    }
    if is_skip(first) {
        return (
            Status::Skip {
                reason: "the benchmark skips here (0 skip)".into(),
            },
            false,
        );
    }
    if let Some(bad) = samples.iter().find(|s| s.time_us <= 0.0) {
        return (
            Status::Fail {
                kind: FailKind::BadOutput,
                detail: format!("time {} us is not positive", bad.time_us),
            },
            false,
        );
    }
    match reference {
        Reference::Output(r) if *r == norm_output(first) => (Status::Ok, true),
        Reference::Output(r) => (
            Status::Fail {
                kind: FailKind::WrongOutput,
                detail: format!(
                    "printed `{}`, CPython prints `{}`",
                    clip(&norm_output(first)),
                    clip(r)
                ),
            },
            true,
        ),
        Reference::Skip => (Status::Ok, false),
        Reference::Missing(why) => (
            Status::Fail {
                kind: FailKind::NoReference,
                detail: format!("CPython could not run it: {why}"),
            },
            false,
        ),
    }
}

/// Result for a target that was not run at all.
pub fn skipped_result(target: &str, reason: &str) -> TargetResult {
    TargetResult {
        target: target.to_string(),
        status: Status::Skip {
            reason: reason.to_string(),
        },
        checked: false,
        samples: Vec::new(),
        summary: None,
    }
}

/// Result from samples (possibly cut short by a failure).
pub fn finish_result(
    target: &str,
    samples: Vec<Sample>,
    failure: Option<(FailKind, String)>,
    reference: &Reference,
) -> TargetResult {
    let (status, checked) = match failure {
        Some((kind, detail)) => (Status::Fail { kind, detail }, false),
        None => judge(&samples, reference),
    };
    let summary = match status {
        Status::Ok => Summary::of(
            &samples
                .iter()
                .map(|s| (s.time_us, s.norm))
                .collect::<Vec<_>>(),
        ),
        _ => None,
    };
    TargetResult {
        target: target.to_string(),
        status,
        checked,
        samples,
        summary,
    }
}

/// Settings of one run.
pub struct RunConfig {
    pub n: u64,
    pub m: u64,
    pub runs: u32,
    pub timeout: Duration,
    /// Scratch directory for scripts and outputs.
    pub work: PathBuf,
    /// The output oracle (python3), run once per benchmark unless it is itself a target.
    pub oracle: Option<Vec<String>>,
}

/// What the progress line shows.
pub struct Progress<'a> {
    pub bench: &'a str,
    pub target: &'a str,
    pub run: u32,
    pub of: u32,
}

/// Prepare the script file for a target: plain .py, or .mpy compiled by adder's own compiler.
fn prepare_script(
    spec: &TargetSpec,
    bench: &str,
    script_src: &str,
    work: &Path,
) -> std::result::Result<PathBuf, String> {
    let safe: String = spec
        .name()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let base = work.join(format!("bm_{bench}__{safe}"));
    match &spec.via_mpy {
        None => {
            let p = base.with_extension("py");
            std::fs::write(&p, script_src).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok(p)
        }
        Some(tier) => {
            use adder_interp::code::EmitKind;
            use adder_interp::compile::{compile_source, CompileOptions, Mode};
            let emit = EmitKind::parse(tier).ok_or_else(|| format!("unknown tier {tier}"))?;
            let opts = CompileOptions {
                mode: Mode::Exec,
                emit,
                opt_level: 0,
                small_int_bits: adder_interp::code::MPY_DEFAULT_SMALL_INT_BITS,
            };
            let name = format!("bm_{bench}.py");
            let module = compile_source(script_src, &name, &opts)
                .map_err(|e| format!("adder's compiler: {e}"))?;
            let bytes = adder_interp::mpy::write::write_mpy(&module);
            let p = base.with_extension("mpy");
            std::fs::write(&p, bytes).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok(p)
        }
    }
}

/// Run one benchmark file on every target (`-a` runs each) and on the oracle.
pub fn run_benchmark(
    file: &Path,
    targets: &[TargetSpec],
    cfg: &RunConfig,
    counters: &mut Option<CounterSet>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Benchmark> {
    let name = bench_name(file);
    let src = std::fs::read_to_string(file).map_err(|e| BenchError::io(file, e))?;
    let key = select_params(&parse_param_keys(&src), cfg.n, cfg.m);
    let script_src = build_script(&src, cfg.n, cfg.m);
    std::fs::create_dir_all(&cfg.work).map_err(|e| BenchError::io(&cfg.work, e))?;

    // The oracle: python3's first sample if python3 is a target, else one extra run.
    let oracle_target = targets
        .iter()
        .find(|t| t.runnable() && Some(&t.target.command) == cfg.oracle.as_ref());
    let mut reference = None;
    let mut results = Vec::new();
    if oracle_target.is_none() {
        reference = Some(match &cfg.oracle {
            None => Reference::Missing("python3 not found".into()),
            Some(cmd) => {
                progress(Progress {
                    bench: &name,
                    target: "python3 (reference)",
                    run: 1,
                    of: 1,
                });
                let p = cfg.work.join(format!("bm_{name}__reference.py"));
                std::fs::write(&p, &script_src).map_err(|e| BenchError::io(&p, e))?;
                match run_process(cmd, &p, &cfg.work, cfg.timeout, None) {
                    Err(e) => Reference::Missing(e.to_string()),
                    Ok(o) => match outcome_to_sample(&o, cfg.timeout) {
                        Ok(s) => Reference::from_sample(&s),
                        Err((k, d)) => Reference::Missing(format!("{}: {d}", k.label())),
                    },
                }
            }
        });
    }
    // Oracle target first so its output is the reference for the others.
    let mut order: Vec<&TargetSpec> = targets.iter().collect();
    let oracle_name = oracle_target.map(|t| t.name().to_string());
    order.sort_by_key(|t| Some(t.name()) != oracle_name.as_deref());
    for spec in order {
        if let Some(why) = &spec.target.skipped {
            results.push(skipped_result(spec.name(), why));
            continue;
        }
        let script = match prepare_script(spec, &name, &script_src, &cfg.work) {
            Ok(p) => p,
            Err(e) => {
                let r = reference
                    .clone()
                    .unwrap_or(Reference::Missing("not run".into()));
                results.push(finish_result(
                    spec.name(),
                    Vec::new(),
                    Some((FailKind::Setup, e)),
                    &r,
                ));
                continue;
            }
        };
        let mut samples = Vec::new();
        let mut failure = None;
        for k in 0..cfg.runs {
            progress(Progress {
                bench: &name,
                target: spec.name(),
                run: k + 1,
                of: cfg.runs,
            });
            let o = run_process(
                &spec.target.command,
                &script,
                &cfg.work,
                cfg.timeout,
                counters.as_mut(),
            );
            match o
                .map_err(|e| (FailKind::Crash, format!("cannot start: {e}")))
                .and_then(|o| outcome_to_sample(&o, cfg.timeout))
            {
                Ok(s) => samples.push(s),
                Err(f) => {
                    failure = Some(f);
                    break;
                }
            }
        }
        if reference.is_none() {
            // This is the oracle target.
            reference = Some(match (&failure, samples.first()) {
                (None, Some(s)) => Reference::from_sample(s),
                (Some((k, d)), _) => Reference::Missing(format!("{}: {d}", k.label())),
                _ => Reference::Missing("no sample".into()),
            });
        }
        let r = reference
            .clone()
            .unwrap_or(Reference::Missing("not run".into()));
        results.push(finish_result(spec.name(), samples, failure, &r));
    }
    // Back to the targets' order.
    results.sort_by_key(|r| targets.iter().position(|t| t.name() == r.target));
    Ok(Benchmark {
        name,
        file: file.display().to_string(),
        key,
        reference: reference.and_then(|r| r.recorded()),
        results,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(t: f64, norm: u64, out: &str) -> Sample {
        Sample {
            time_us: t,
            norm,
            output: out.to_string(),
            wall_s: 0.0,
            counters: None,
        }
    }

    #[test]
    fn parses_driver_line() {
        let (t, n, o) =
            parse_result_line("noise\n450472 163840 (4096, 163840, 883665272, 877146701)\n\n")
                .unwrap();
        assert_eq!((t, n), (450472.0, 163840));
        assert_eq!(o, "(4096, 163840, 883665272, 877146701)");
        assert!(parse_result_line("").is_err());
        assert!(parse_result_line("12 34").is_err());
        assert!(parse_result_line("x 1 a").is_err());
        assert!(parse_result_line("1 -1 a").is_err());
    }

    #[test]
    fn judging() {
        let r = Reference::Output("10 (1, 2)".into());
        let ok = [sample(5.0, 10, "(1, 2)"), sample(6.0, 10, "(1, 2)")];
        assert_eq!(judge(&ok, &r), (Status::Ok, true));
        let wrong = [sample(5.0, 10, "(1, 3)")];
        assert!(matches!(
            judge(&wrong, &r).0,
            Status::Fail {
                kind: FailKind::WrongOutput,
                ..
            }
        ));
        let differ = [sample(5.0, 10, "(1, 2)"), sample(5.0, 10, "(1, 3)")];
        assert!(matches!(
            judge(&differ, &r).0,
            Status::Fail {
                kind: FailKind::RunsDiffer,
                ..
            }
        ));
        let skip = [sample(5.0, 0, "skip")];
        assert!(matches!(judge(&skip, &r).0, Status::Skip { .. }));
        assert_eq!(judge(&ok, &Reference::Skip), (Status::Ok, false));
        assert!(matches!(
            judge(&ok, &Reference::Missing("x".into())).0,
            Status::Fail {
                kind: FailKind::NoReference,
                ..
            }
        ));
        let zero = [sample(0.0, 10, "(1, 2)")];
        assert!(matches!(
            judge(&zero, &r).0,
            Status::Fail {
                kind: FailKind::BadOutput,
                ..
            }
        ));
    }

    #[test]
    fn script_has_header_and_driver() {
        let s = build_script("bm_params = {}\n", 100, 10);
        assert!(s.starts_with("BM_N = 100\nBM_M = 10\nbm_params"));
        assert!(s.contains("def bm_select_params"));
    }
}
