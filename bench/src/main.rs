//! bench: runs the benchrun-protocol suite across adder's tiers and other interpreters.
//! Not the suite itself: the programs live in bench/suite/*.py.
fn main() {
    eprintln!("bench: harness not built yet (see issue 3)");
    std::process::exit(2);
}
