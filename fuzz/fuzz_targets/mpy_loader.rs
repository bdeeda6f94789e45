//! Fuzz target: arbitrary bytes as a .mpy file through the reader, the bytecode verifier and the
//! loader that builds code objects; none may panic. Not an execution fuzzer (code is not run).
//! Run with `cargo +nightly fuzz run mpy_loader`.
#![no_main]

use adder_interp::frontend::{check_mpy_bytes, load_mpy_bytes};
use adder_interp::vm::{Vm, VmOptions};
use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

thread_local! {
    static VM: RefCell<Option<Box<Vm>>> = RefCell::new(None);
}

fuzz_target!(|data: &[u8]| {
    let verified = check_mpy_bytes(data).is_ok();
    VM.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let opts = VmOptions {
                heap_size: 8 << 20,
                ..VmOptions::default()
            };
            *slot = Vm::new(opts).ok();
        }
        if let Some(vm) = slot.as_mut() {
            // The GC scans the native stack from here down conservatively.
            vm.stack_base = adder_interp::gc::stack_pointer();
            // Loading re-reads and re-verifies, then builds constants (which may still fail,
            // e.g. an int constant the runtime refuses): it never accepts what the verifier
            // refused.
            let loaded = load_mpy_bytes(vm, data).is_ok();
            assert!(
                verified || !loaded,
                "loader accepted a file the verifier refused"
            );
        }
    });
});
