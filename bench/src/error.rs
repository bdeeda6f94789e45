//! The harness's error type: everything that can stop a command (bad arguments, unreadable or
//! malformed files, missing interpreters). Not benchmark failures: those are results (FAIL rows).

use std::path::PathBuf;

/// An error that stops a `bench` command; printed as one line and exit status 2.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a run file: {msg}")]
    BadRun { path: PathBuf, msg: String },
    #[error("{0}")]
    Usage(String),
    #[error("no benchmark files found in {0}")]
    NoBenchmarks(PathBuf),
    #[error("python3 (the output oracle) is not available: {0}")]
    NoOracle(String),
    #[error("target '{target}' is not in {path} (it has: {have})")]
    NoTarget {
        target: String,
        path: String,
        have: String,
    },
    #[error("chart: {0}")]
    Chart(String),
}

impl BenchError {
    /// Wrap an io::Error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        BenchError::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T> = std::result::Result<T, BenchError>;
