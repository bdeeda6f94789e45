//! The `adder` command: a drop-in for the unix `micropython` binary, plus compile/dis/bench.
//! Not the runtime: it parses the command line and wires the tiers into adder-interp.
fn main() {
    eprintln!("adder: not built yet");
    std::process::exit(2);
}
