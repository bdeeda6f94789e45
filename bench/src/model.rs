//! The run file: every sample of one `bench` run with the machine, commit, date and command,
//! serialised as JSON (schema version 1). Not the reports built from it (report.rs, chart.rs).

use crate::error::{BenchError, Result};
use crate::stats::Summary;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Version of the JSON layout; bumped on incompatible changes.
pub const SCHEMA: u32 = 1;

/// One complete run.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Run {
    pub schema: u32,
    /// The exact command line, argv[0] first.
    pub command: Vec<String>,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub date: String,
    pub git_commit: Option<String>,
    pub git_dirty: bool,
    pub machine: Machine,
    pub n: u64,
    pub m: u64,
    pub n_average: u32,
    pub timeout_s: f64,
    pub counters: CounterInfo,
    pub targets: Vec<Target>,
    pub benchmarks: Vec<Benchmark>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Machine {
    pub cpu_model: String,
    pub cores: usize,
    pub os: String,
}

/// Whether hardware counters were read, and what they cover.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct CounterInfo {
    pub available: bool,
    /// What was measured, or why nothing was.
    pub note: String,
}

/// An adder tier or an external interpreter.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Target {
    /// `bytecode`, `native`, `bytecode+mpy`, `python3`, `pypy3`, ...
    pub name: String,
    pub kind: TargetKind,
    /// The command the script path is appended to.
    pub command: Vec<String>,
    /// Some(reason) when it was not run (tier not built, interpreter not found).
    pub skipped: Option<String>,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    Tier,
    Interp,
}

/// One benchmark file and its result on every target.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Benchmark {
    /// `fft` for bm_fft.py.
    pub name: String,
    pub file: String,
    /// The (n, m) key the driver picks, when the file's keys could be read.
    pub key: Option<(u64, u64)>,
    /// What CPython prints after the time: `norm output`; None when it could not be run.
    pub reference: Option<String>,
    pub results: Vec<TargetResult>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct TargetResult {
    pub target: String,
    pub status: Status,
    /// False when the output could not be compared with CPython's (CPython skips it).
    pub checked: bool,
    pub samples: Vec<Sample>,
    pub summary: Option<Summary>,
}

/// Outcome of one (benchmark, target).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Status {
    Ok,
    /// Not run (target not built) or the benchmark itself reported `0 skip`.
    Skip {
        reason: String,
    },
    Fail {
        kind: FailKind,
        detail: String,
    },
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FailKind {
    /// Output differs from CPython's.
    WrongOutput,
    /// Two runs of the same target printed different outputs.
    RunsDiffer,
    /// Non-zero exit status or killed by a signal.
    Crash,
    Timeout,
    /// The last line is not `time_us norm output` (or the time is not positive).
    BadOutput,
    /// CPython could not run it, so nothing can be checked.
    NoReference,
    /// The script could not be prepared (e.g. .mpy compilation failed).
    Setup,
}

impl FailKind {
    pub fn label(self) -> &'static str {
        match self {
            FailKind::WrongOutput => "wrong output",
            FailKind::RunsDiffer => "runs differ",
            FailKind::Crash => "crash",
            FailKind::Timeout => "timeout",
            FailKind::BadOutput => "bad output",
            FailKind::NoReference => "no reference",
            FailKind::Setup => "setup",
        }
    }
}

/// One process run.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Sample {
    pub time_us: f64,
    pub norm: u64,
    pub output: String,
    /// Wall-clock time of the whole process, seconds.
    pub wall_s: f64,
    pub counters: Option<Counts>,
}

/// Hardware counts of one whole child process (user space).
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
pub struct Counts {
    pub cycles: u64,
    pub instructions: u64,
    pub branch_misses: u64,
    pub cache_misses: u64,
}

impl Run {
    /// Names of the targets that were run.
    pub fn run_targets(&self) -> Vec<&str> {
        self.targets
            .iter()
            .filter(|t| t.skipped.is_none())
            .map(|t| t.name.as_str())
            .collect()
    }

    /// The result of `target` on benchmark `b`.
    pub fn result<'a>(b: &'a Benchmark, target: &str) -> Option<&'a TargetResult> {
        b.results.iter().find(|r| r.target == target)
    }

    /// Read and validate a run file.
    pub fn load(path: &Path) -> Result<Run> {
        let text = std::fs::read_to_string(path).map_err(|e| BenchError::io(path, e))?;
        Run::from_json(&text).map_err(|msg| BenchError::BadRun {
            path: path.to_path_buf(),
            msg,
        })
    }

    /// Parse and validate JSON text; the message says what is wrong.
    pub fn from_json(text: &str) -> std::result::Result<Run, String> {
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        match v.get("schema").and_then(|s| s.as_u64()) {
            Some(s) if s == SCHEMA as u64 => {}
            Some(s) => return Err(format!("schema {s}, this harness reads {SCHEMA}")),
            None => return Err("no \"schema\" field".into()),
        }
        serde_json::from_value(v).map_err(|e| e.to_string())
    }

    /// Write as pretty JSON.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|e| BenchError::BadRun {
            path: path.to_path_buf(),
            msg: e.to_string(),
        })?;
        std::fs::write(path, text + "\n").map_err(|e| BenchError::io(path, e))
    }
}
