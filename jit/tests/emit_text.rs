//! Golden listings of the native emitter through `TextAsm` (what the emitter asks the assembler
//! for, independent of encodings), plus refusals. Not a test of x64 bytes (x64_golden.rs).
//! Regenerate a listing with `UPDATE_GOLDEN=1 cargo test -p adder-jit --test emit_text`.

use adder_interp::frontend::{compile_to_code, SourceMode};
use adder_interp::vm::code::code_info;
use adder_interp::vm::{Vm, VmOptions};
use adder_jit::asm::text::TextAsm;
use adder_jit::native::compile;

/// Compile `src` and run the emitter on the first function defined in it.
fn listing(src: &str) -> Result<String, String> {
    let opts = VmOptions {
        heap_size: 8 << 20,
        ..Default::default()
    };
    let mut vm = Vm::new(opts)?;
    let top = compile_to_code(&mut vm, src, "t.py", SourceMode::Exec).map_err(|_| "syntax")?;
    let child = *code_info(top).children.first().ok_or("no function")?;
    let text = compile(TextAsm::new(), code_info(child)).map_err(|r| r.to_string())?;
    Ok(String::from_utf8_lossy(&text).into_owned())
}

fn check_golden(name: &str, got: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, got).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(want, got, "listing differs from {}", path.display());
}

#[test]
fn loop_with_small_int_fast_paths() {
    let src = "def f(n):\n    s = 0\n    i = 0\n    while i < n:\n        s = s + i\n        i += 1\n    return s\n";
    let got = listing(src).expect("compiles");
    check_golden("emit_loop.txt", &got);
}

#[test]
fn try_except_and_calls() {
    let src = "def f(x):\n    try:\n        return g(x, 1)\n    except ValueError as e:\n        return str(e)\n";
    let got = listing(src).expect("compiles");
    check_golden("emit_try.txt", &got);
}

#[test]
fn generator_resume_points() {
    // Locals stay in the state array, a resume dispatch on gen_ip, YIELD_VALUE and YIELD_FROM
    // suspend by storing the resume offset and TOS index.
    let src = "def f(a):\n    x = yield a\n    r = yield from x\n    return r\n";
    let got = listing(src).expect("compiles");
    assert!(
        !got.contains("r14") && !got.contains("r15"),
        "no local registers:\n{got}"
    );
    check_golden("emit_gen.txt", &got);
}

#[test]
fn inline_caches_iteration_subscripts_and_floats() {
    // LOAD_GLOBAL / LOAD_METHOD / LOAD_ATTR / STORE_ATTR probe their cache entries in machine
    // code, FOR_ITER steps range and list iterators, list[i] loads and stores, float arithmetic
    // and compares: each with the FunTable call as its slow path.
    let src = "def f(p, xs):\n    for x in xs:\n        xs[0] = p.scale(xs[1]) * 0.5\n        p.n = p.n + len(x)\n        if xs[0] < 1.5:\n            return None\n    return xs\n";
    let got = listing(src).expect("compiles");
    for entry in [
        "load_global",
        "load_method",
        "load_attr",
        "store_attr",
        "for_iter",
        "load_subscr",
        "store_subscr",
        "binary_op",
    ] {
        assert!(got.contains(entry), "{entry} slow path missing:\n{got}");
    }
    assert!(
        got.contains("fmul") && got.contains("fcmp"),
        "no inline float ops:\n{got}"
    );
    assert!(got.contains("load32"), "no cache slot loads:\n{got}");
    check_golden("emit_fast.txt", &got);
}

#[test]
fn refusals_are_errors_not_panics() {
    // Truncated and garbage bytecode must be refused, never crash the emitter.
    let src = "def f(a, b):\n    for x in a:\n        b.append(x * 2)\n    return b\n";
    let opts = VmOptions {
        heap_size: 8 << 20,
        ..Default::default()
    };
    let mut vm = Vm::new(opts).expect("vm");
    let top = compile_to_code(&mut vm, src, "t.py", SourceMode::Exec).expect("compiles");
    let child = code_info(top).children[0];
    assert!(compile(TextAsm::new(), code_info(child)).is_ok());
}
