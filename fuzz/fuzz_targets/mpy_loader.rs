//! Fuzz target: arbitrary bytes as a .mpy file through the reader, the bytecode verifier and the
//! loader that builds code objects (with the native tier installing adder native blocks); none
//! may panic, nor may `adder dis` listings of verified files. Each input is also tried behind
//! our native header (x64 + adder's ABI marker), so the fuzzer reaches the native-block reader
//! without guessing the marker. Not an execution fuzzer (code is not run).
//! Run with `cargo +nightly fuzz run mpy_loader -s none`.
#![no_main]

use adder_interp::frontend::{check_mpy_bytes, load_mpy_bytes};
use adder_interp::vm::{Vm, VmOptions};
use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

thread_local! {
    static VM: RefCell<Option<Box<Vm>>> = RefCell::new(None);
}

/// `data` with its first 4 bytes replaced by the header of our native files.
fn behind_native_header(data: &[u8]) -> Vec<u8> {
    let mut out = vec![b'M', 6, 0x40 | (2 << 2) | 3, 31];
    adder_interp::bytecode::write_vuint(&mut out, adder_interp::mpy::native::abi_marker());
    out.extend_from_slice(data.get(4..).unwrap_or(&[]));
    out
}

fn check(vm: &mut Vm, data: &[u8]) {
    let verified = check_mpy_bytes(data).is_ok();
    // The GC scans the native stack from here down conservatively.
    vm.stack_base = adder_interp::gc::stack_pointer();
    // Loading re-reads and re-verifies, then builds constants (which may still fail, e.g. an
    // int constant the runtime refuses): it never accepts what the verifier refused.
    let loaded = load_mpy_bytes(vm, data).is_ok();
    // `adder dis` re-emits the native blocks of verified files to annotate them.
    if verified {
        let opts = adder_interp::mpy::read::ReadOptions::inspect();
        if let Ok(view) = adder_interp::mpy::read::read_view(data, opts) {
            adder_jit::native_mpy::native_listings(&view.to_module(data));
        }
    }
    assert!(
        verified || !loaded,
        "loader accepted a file the verifier refused"
    );
}

fuzz_target!(|data: &[u8]| {
    VM.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let opts = VmOptions {
                heap_size: 8 << 20,
                ..VmOptions::default()
            };
            *slot = Vm::new(opts).ok().map(|mut vm| {
                vm.tier = Some(Box::new(adder_jit::tier::NativeTier));
                vm
            });
        }
        if let Some(vm) = slot.as_mut() {
            check(vm, data);
            check(vm, &behind_native_header(data));
        }
    });
});
