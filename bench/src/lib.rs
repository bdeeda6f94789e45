//! adder-bench: the benchmark harness library (runner, scoring, reports, charts, counters) used
//! by the `bench` binary and `adder bench`. Not the suite (bench/suite/*.py) nor the driver.

pub mod chart;
pub mod cli;
pub mod counters;
pub mod error;
pub mod inproc;
pub mod machine;
pub mod model;
pub mod params;
pub mod report;
pub mod runner;
pub mod stats;
pub mod targets;
