//! The `bench` binary (also reached as `adder bench`): runs the suite across tiers and
//! interpreters and prints the report. Not the logic, which is in the adder_bench library.

fn main() {
    let argv0 = std::env::var("ADDER_BENCH_ARGV0").unwrap_or_else(|_| "bench".to_string());
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(adder_bench::cli::main_with_args(&argv0, args));
}
