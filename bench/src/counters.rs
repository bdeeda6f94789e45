//! Hardware counters (cycles, instructions, branch misses, cache misses) for one child process,
//! via perf-event with the inherit flag. Not a profiler, and not a measure of `run()` alone.
//!
//! What is counted: the counters are opened on the harness thread with `inherit`, enabled just
//! before the child is spawned and disabled after it is reaped, so they hold the whole child
//! process in user space (interpreter start-up, compilation, `bm_setup`, `run()`, `result()`)
//! plus the few harness instructions of spawn and wait. Per-iteration figures divide by the
//! benchmark's norm, so start-up cost is spread over the work; compare tiers at the same N.

use crate::model::Counts;
use perf_event::events::Hardware;
use perf_event::{Builder, Counter};

/// Four counters, one per event (not a group: the kernel cannot read inherited groups).
pub struct CounterSet {
    cycles: Counter,
    instructions: Counter,
    branch_misses: Counter,
    cache_misses: Counter,
}

fn open(ev: Hardware) -> std::io::Result<Counter> {
    let mut b = Builder::new().kind(ev);
    b.inherit(true);
    b.build()
}

impl CounterSet {
    /// Open the counters; the error says why they are unavailable (VMs often have no PMU).
    pub fn open() -> Result<CounterSet, String> {
        let go = || -> std::io::Result<CounterSet> {
            Ok(CounterSet {
                cycles: open(Hardware::CPU_CYCLES)?,
                instructions: open(Hardware::INSTRUCTIONS)?,
                branch_misses: open(Hardware::BRANCH_MISSES)?,
                cache_misses: open(Hardware::CACHE_MISSES)?,
            })
        };
        go().map_err(|e| format!("perf_event_open failed: {e}"))
    }

    fn each(&mut self) -> [&mut Counter; 4] {
        [
            &mut self.cycles,
            &mut self.instructions,
            &mut self.branch_misses,
            &mut self.cache_misses,
        ]
    }

    /// Zero and start all counters.
    pub fn start(&mut self) {
        for c in self.each() {
            let _ = c.reset();
            let _ = c.enable();
        }
    }

    /// Stop and read; None when a read fails.
    pub fn stop(&mut self) -> Option<Counts> {
        for c in self.each() {
            let _ = c.disable();
        }
        Some(Counts {
            cycles: self.cycles.read().ok()?,
            instructions: self.instructions.read().ok()?,
            branch_misses: self.branch_misses.read().ok()?,
            cache_misses: self.cache_misses.read().ok()?,
        })
    }
}

/// Note for the report: what the counters measure, or why there are none.
pub fn describe(open: &Result<CounterSet, String>) -> String {
    match open {
        Ok(_) => "whole child process, user space (perf-event, inherit); per-iteration = / norm"
            .to_string(),
        Err(e) => format!("not available on this machine ({e}); carrying on without them"),
    }
}

/// IPC of a set of counts, None without cycles.
pub fn ipc(c: &Counts) -> Option<f64> {
    (c.cycles > 0).then(|| c.instructions as f64 / c.cycles as f64)
}
