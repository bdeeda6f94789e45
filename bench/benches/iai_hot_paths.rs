//! Instruction counts of the interpreter hot paths under valgrind (callgrind), via gungraun, so
//! tier work can be compared without machine noise. Not wall-clock timing (hot_paths.rs).
//!
//! Why gungraun: it is the maintained successor of iai-callgrind (itself the successor of iai):
//! setup runs outside the measured region (VM creation and compilation are not counted), and it
//! builds here. It needs valgrind and the `gungraun-runner` binary of the same version
//! (`cargo install gungraun-runner --version 0.20.0`); when either is missing this benchmark
//! prints why and exits 0.

use adder_bench::inproc::{Snippet, HOT_PATHS};

fn snippet(name: &str) -> Snippet {
    let src = HOT_PATHS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| *s)
        .unwrap_or("def bench():\n    pass\n");
    let mut s = Snippet::new(src).unwrap_or_else(|e| panic!("{name}: {e}"));
    // One warm-up call: caches and lazily built tables are not part of the steady state.
    let _ = s.call();
    s
}

mod iai {
    use super::snippet;
    use adder_bench::inproc::Snippet;
    use gungraun::{library_benchmark, library_benchmark_group, main};
    use std::hint::black_box;

    #[library_benchmark]
    #[bench::dispatch_loop(args = ("dispatch_loop"), setup = snippet)]
    #[bench::global_lookup(args = ("global_lookup"), setup = snippet)]
    #[bench::attr_lookup(args = ("attr_lookup"), setup = snippet)]
    #[bench::method_call(args = ("method_call"), setup = snippet)]
    #[bench::call_overhead(args = ("call_overhead"), setup = snippet)]
    #[bench::small_int_arith(args = ("small_int_arith"), setup = snippet)]
    #[bench::float_arith(args = ("float_arith"), setup = snippet)]
    fn bytecode(mut s: Snippet) -> bool {
        black_box(s.call().is_ok())
    }

    library_benchmark_group!(name = hot_paths, benchmarks = [bytecode]);
    main!(library_benchmark_groups = hot_paths);

    pub fn run() {
        main()
    }
}

/// Why the benchmark cannot run here, if it cannot.
fn missing_tool() -> Option<String> {
    let ok = |cmd: &str| {
        std::process::Command::new(cmd)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !ok("valgrind") {
        return Some("valgrind is not installed".into());
    }
    let runner = std::env::var("GUNGRAUN_RUNNER").unwrap_or_else(|_| "gungraun-runner".into());
    if !ok(&runner) {
        return Some(format!(
            "{runner} is not installed (cargo install gungraun-runner --version 0.20.0)"
        ));
    }
    None
}

fn main() {
    // gungraun re-runs this binary under valgrind with its own arguments; only the first,
    // outer invocation checks the tools.
    let inner = std::env::args().any(|a| a.starts_with("--gungraun"));
    if !inner {
        if let Some(why) = missing_tool() {
            eprintln!("iai_hot_paths: skipped: {why}");
            return;
        }
    }
    iai::run();
}
