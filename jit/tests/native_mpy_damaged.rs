//! Untrusted native .mpy bytes: our native files (every function compiled to x64 blocks, for a
//! spread of tests/py and all of bench/suite) read, verify and load with the native tier
//! installing their code; damaged copies (truncated everywhere, bytes flipped, each block's index
//! word, prelude offset and length field broken) load or are refused, never panic, and a file
//! the verifier refuses is never loaded; `adder dis` listings of what verifies never panic.
//! Loading does not run code. Not the round-trip runs
//! (tests/mpy_native.rs).

#[path = "../../tests/common/mod.rs"]
mod common;
use common::repo_root;

use adder_interp::code::EmitKind;
use adder_interp::compile::{compile_source, CompileOptions};
use adder_interp::frontend::{check_mpy_bytes, load_mpy_bytes};
use adder_interp::mpy::read::{read_view, RawCodeRef, ReadOptions};
use adder_interp::mpy::write::write_mpy;
use adder_interp::vm::{Vm, VmOptions};
use adder_jit::native_mpy::{native_listings, nativize};
use adder_jit::tier::NativeTier;
use std::path::{Path, PathBuf};

/// A spread of tests/py (every 9th program, leaving out what the native emitter refuses:
/// tests/py/native_exclusions.txt) and all of bench/suite.
fn programs() -> Vec<PathBuf> {
    let corpus = repo_root().join("tests").join("py");
    let refused = common::read_list(&corpus.join("native_exclusions.txt"));
    let mut py = Vec::new();
    common::collect(&corpus, &mut py, 0);
    py.retain(|p| {
        let rel = p
            .strip_prefix(&corpus)
            .unwrap_or(p)
            .to_string_lossy()
            .to_string();
        !refused.contains_key(&rel)
    });
    let mut out: Vec<PathBuf> = py.into_iter().step_by(9).collect();
    let mut bench = Vec::new();
    common::collect(&repo_root().join("bench"), &mut bench, 0);
    out.extend(
        bench
            .into_iter()
            .filter(|p| p.parent().unwrap().ends_with("suite")),
    );
    out
}

/// Our native .mpy for a program (None if the front end refuses it or it has no functions).
fn native_file(path: &Path) -> Option<Vec<u8>> {
    let src = std::fs::read_to_string(path).ok()?;
    let name = path.file_name()?.to_string_lossy().to_string();
    let opts = CompileOptions {
        emit: EmitKind::Native,
        ..CompileOptions::default()
    };
    let mut m = compile_source(&src, &name, &opts).ok()?;
    let stats = nativize(&mut m).expect("the emitter compiles every corpus function");
    (!stats.is_empty()).then(|| write_mpy(&m))
}

fn vm() -> Box<Vm> {
    let mut vm = Vm::new(VmOptions {
        heap_size: 32 << 20,
        ..VmOptions::default()
    })
    .expect("vm");
    vm.stack_base = adder_interp::gc::stack_pointer();
    vm.tier = Some(Box::new(NativeTier));
    vm
}

/// Load without running: Ok/Err, and never accept what the verifier refused.
fn load(vm: &mut Vm, bytes: &[u8]) -> bool {
    let verified = check_mpy_bytes(bytes).is_ok();
    let base = vm.tmp_roots.len();
    let loaded = load_mpy_bytes(vm, bytes).is_ok();
    vm.tmp_roots.truncate(base);
    assert!(
        verified || !loaded,
        "loader accepted a file the verifier refused"
    );
    // `adder dis` re-emits verified blocks to annotate them: that must not panic either.
    if verified {
        if let Ok(view) = read_view(bytes, ReadOptions::inspect()) {
            native_listings(&view.to_module(bytes));
        }
    }
    loaded
}

fn blocks(rc: &RawCodeRef, out: &mut Vec<RawCodeRef>) {
    if rc.machine_code.is_some() {
        out.push(rc.clone());
    }
    rc.children.iter().for_each(|c| blocks(c, out));
}

#[test]
fn native_files_load_and_damaged_ones_never_panic() {
    let mut vm = vm();
    let mut rng = common::Rng(0x2545_f491_4f6c_dd1d);
    let (mut files, mut refused, mut still_ok) = (0, 0, 0);
    let mut count = |ok: bool| {
        if ok {
            still_ok += 1
        } else {
            refused += 1
        }
    };
    for p in programs() {
        let Some(bytes) = native_file(&p) else {
            continue;
        };
        files += 1;
        assert!(
            load(&mut vm, &bytes),
            "{}: our file does not load",
            p.display()
        );
        let view = read_view(&bytes, ReadOptions::execute(48)).expect("reads");
        let mut bs = Vec::new();
        blocks(&view.root, &mut bs);
        assert!(!bs.is_empty(), "{}: no native blocks", p.display());
        // Field damage in every block: index word, prelude offset, the kind/length vuint.
        for b in &bs {
            let mut d = bytes.clone();
            d[b.fun_data.start] ^= 0x40;
            assert!(!load(&mut vm, &d), "{}: bad index word loaded", p.display());
            for v in [0u8, 1, 8, 0x7f] {
                let mut d = bytes.clone();
                d[b.fun_data.end] = v; // first byte of the prelude_offset vuint
                count(load(&mut vm, &d));
            }
            let mut d = bytes.clone();
            d[b.fun_data.start - 1] ^= 0x08; // the kind_len vuint's low byte (length bits)
            count(load(&mut vm, &d));
        }
        // Truncations (a stride keeps big files quick) and random flips anywhere.
        let stride = (bytes.len() / 400).max(1);
        for cut in (0..bytes.len()).step_by(stride) {
            count(load(&mut vm, &bytes[..cut]));
        }
        for _ in 0..200 {
            let mut d = bytes.clone();
            let pos = (rng.next() % d.len() as u64) as usize;
            d[pos] = rng.next() as u8;
            count(load(&mut vm, &d));
        }
    }
    println!("{files} native files; damaged copies: {refused} refused, {still_ok} still loadable");
    assert!(files > 20 && refused > 0);
}

/// A native block as the module's top level (we never write one) is refused.
#[test]
fn native_module_body_is_refused() {
    let opts = CompileOptions {
        emit: EmitKind::Native,
        ..CompileOptions::default()
    };
    let mut m = compile_source("def f():\n    return 1\n", "t.py", &opts).unwrap();
    nativize(&mut m).unwrap();
    let ret = [0xc3u8]; // ret
    let (block, po) =
        adder_interp::mpy::native::make_block(m.root.children.len(), &ret, &m.root.fun_data);
    m.root.fun_data = block;
    m.root.prelude_offset = po;
    m.root.kind = adder_interp::code::CodeKind::Native;
    let bytes = write_mpy(&m);
    let err = check_mpy_bytes(&bytes).unwrap_err();
    assert!(err.contains("top level is native code"), "{err}");
    assert!(!load(&mut vm(), &bytes));
}
