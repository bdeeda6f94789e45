//! Hostile but well-formed .mpy files, hand-assembled: the verifier refuses each class of bad
//! bytecode (stack depth on every path including handlers, jump targets, local / qstr / const /
//! child indices, exception-stack depth, NULL values reaching ordinary operands), and bytecode it
//! accepts cannot make the VM misbehave (wrong operand kinds give exceptions, never a crash).
//! Not the damaged-file corpus (interp/tests/mpy_damaged.rs).

use adder_interp::bytecode::{write_signature, write_size_info, write_vuint, Signature};
use adder_interp::code::{CompiledModule, Const, RawCode};
use adder_interp::frontend::check_mpy_bytes;
use adder_interp::mpy::write::write_mpy;
use std::process::Command;

// Opcodes used below (bytecode.md §3).
const LOAD_NAME: u8 = 0x11;
const LOAD_METHOD: u8 = 0x14;
const LOAD_CONST_OBJ: u8 = 0x23;
const LOAD_FAST_N: u8 = 0x24;
const BUILD_TUPLE: u8 = 0x2a;
const BUILD_LIST: u8 = 0x2b;
const STORE_COMP: u8 = 0x2f;
const MAKE_FUNCTION: u8 = 0x32;
const CALL_METHOD: u8 = 0x36;
const JUMP: u8 = 0x42;
const SETUP_EXCEPT: u8 = 0x48;
const SETUP_FINALLY: u8 = 0x49;
const POP_EXCEPT_JUMP: u8 = 0x4a;
const FOR_ITER: u8 = 0x4b;
const NONE: u8 = 0x51;
const LOAD_NULL: u8 = 0x53;
const DUP_TOP: u8 = 0x57;
const POP_TOP: u8 = 0x59;
const ROT_TWO: u8 = 0x5a;
const WITH_CLEANUP: u8 = 0x5c;
const END_FINALLY: u8 = 0x5d;
const STORE_MAP: u8 = 0x62;
const RETURN: u8 = 0x63;
const STORE_FAST_0: u8 = 0xc0;
const ADD: u8 = 0xd7 + 27;
/// LOAD_CONST_SMALL_INT_MULTI n.
const fn int(n: u8) -> u8 {
    0x80 + n
}

/// Qstr table of every test file: 0 file name, 1 `<module>`, 2 `print`, 3 `x`.
const QSTRS: [&str; 4] = ["hostile.py", "<module>", "print", "x"];

/// fun_data of a function with no arguments named by qstr 1, then `code`.
fn fun_data(n_state: u32, n_exc: u32, code: &[u8]) -> Vec<u8> {
    let mut fun = Vec::new();
    let sig = Signature {
        n_state,
        n_exc_stack: n_exc,
        ..Signature::default()
    };
    write_signature(&mut fun, &sig);
    write_size_info(&mut fun, 1, 0);
    write_vuint(&mut fun, 1); // simple name `<module>`; no line table, no cells
    fun.extend_from_slice(code);
    fun
}

/// A module whose top level is `code`, with the given n_state and exception-stack size, and
/// the given children.
fn module_with(n_state: u32, n_exc: u32, code: &[u8], children: Vec<RawCode>) -> Vec<u8> {
    write_mpy(&CompiledModule {
        qstrs: QSTRS.iter().map(|s| s.to_string()).collect(),
        consts: vec![Const::Str("a constant string".into())],
        root: RawCode::bytecode(fun_data(n_state, n_exc, code), children),
        arch: 0,
        small_int_bits: 31,
        arch_flags: None,
    })
}

fn module(n_state: u32, n_exc: u32, code: &[u8]) -> Vec<u8> {
    module_with(n_state, n_exc, code, vec![])
}

#[track_caller]
fn refused(n_state: u32, n_exc: u32, code: &[u8], why: &str) {
    match check_mpy_bytes(&module(n_state, n_exc, code)) {
        Ok(()) => panic!("verifier accepted {code:02x?}, expected {why:?}"),
        Err(e) => assert!(e.contains(why), "{code:02x?}: got {e:?}, expected {why:?}"),
    }
}

#[track_caller]
fn accepted(n_state: u32, n_exc: u32, code: &[u8]) -> Vec<u8> {
    let m = module(n_state, n_exc, code);
    if let Err(e) = check_mpy_bytes(&m) {
        panic!("verifier refused {code:02x?}: {e}");
    }
    m
}

#[test]
fn stack_depth_is_bounded_on_every_path() {
    refused(1, 0, &[NONE, NONE, RETURN], "stack overflow");
    refused(2, 0, &[POP_TOP, NONE, RETURN], "stack underflow");
    // An except handler starts with just the exception: two pops underflow.
    let handler_pops = [
        SETUP_EXCEPT,
        2,
        NONE,
        RETURN,
        POP_TOP,
        POP_TOP,
        NONE,
        RETURN,
    ];
    refused(4, 1, &handler_pops, "stack underflow");
    // A finally handler may be entered with two words (return / break in flight).
    let finally = [SETUP_FINALLY, 1, NONE, END_FINALLY, NONE, RETURN];
    refused(1, 1, &finally, "stack overflow");
    accepted(2, 1, &finally);
    refused(2, 0, &[NONE], "runs off the end");
}

#[test]
fn jump_targets_are_instruction_boundaries() {
    // JUMP +1 lands inside the two-byte LOAD_CONST_SMALL_INT.
    refused(
        2,
        0,
        &[JUMP, 0x41, 0x22, 5, RETURN],
        "middle of an instruction",
    );
    refused(
        2,
        0,
        &[JUMP, 0x7f, NONE, RETURN],
        "jump target out of range",
    );
}

#[test]
fn indices_are_in_range() {
    refused(2, 0, &[LOAD_FAST_N, 5, RETURN], "local 5 out of range");
    refused(2, 0, &[LOAD_NAME, 99, RETURN], "qstr index 99 out of range");
    refused(
        2,
        0,
        &[LOAD_CONST_OBJ, 5, RETURN],
        "constant index 5 out of range",
    );
    refused(
        2,
        0,
        &[MAKE_FUNCTION, 3, RETURN],
        "child index 3 out of range",
    );
    accepted(2, 0, &[LOAD_CONST_OBJ, 0, RETURN]);
}

#[test]
fn exception_stack_depth_is_checked() {
    refused(
        4,
        0,
        &[SETUP_EXCEPT, 0, NONE, RETURN],
        "exception stack overflow",
    );
    refused(
        2,
        0,
        &[POP_EXCEPT_JUMP, 0, NONE, RETURN],
        "exception stack underflow",
    );
    refused(
        2,
        0,
        &[NONE, END_FINALLY, NONE, RETURN],
        "exception stack underflow",
    );
    // Offset 4 is reached by the handler (one entry) and by POP_EXCEPT_JUMP (none).
    let code = [SETUP_EXCEPT, 2, POP_EXCEPT_JUMP, 0, NONE, RETURN];
    refused(4, 1, &code, "exception-stack depth");
}

#[test]
fn null_never_reaches_an_ordinary_operand() {
    let null = "NULL value used as an operand";
    refused(2, 0, &[LOAD_NULL, RETURN], null);
    refused(2, 0, &[LOAD_NULL, NONE, ROT_TWO, RETURN], null);
    refused(2, 0, &[LOAD_NULL, DUP_TOP, POP_TOP, RETURN], null);
    refused(3, 0, &[LOAD_NULL, int(1), ADD, RETURN], null);
    refused(3, 0, &[LOAD_NULL, STORE_FAST_0, NONE, RETURN], null);
    refused(3, 0, &[LOAD_NULL, BUILD_TUPLE, 1, RETURN], null);
    // LOAD_METHOD's self slot may be NULL: returning it is refused, calling through it is fine.
    refused(3, 0, &[LOAD_NAME, 2, LOAD_METHOD, 3, RETURN], null);
    accepted(
        4,
        0,
        &[LOAD_NAME, 2, LOAD_NULL, int(7), CALL_METHOD, 1, RETURN],
    );
    // NULLs moved by ROT_TWO and dropped by POP_TOP are fine.
    accepted(
        3,
        0,
        &[LOAD_NULL, NONE, ROT_TWO, POP_TOP, POP_TOP, NONE, RETURN],
    );
}

/// A handler finds the slots below its saved depth as they were at SETUP: the code the block
/// protects may not pop below that depth (and so cannot leave a NULL or anything else there).
#[test]
fn code_in_a_block_cannot_pop_below_its_saved_depth() {
    let code = |v: u8| {
        vec![
            NONE, // 0: d1
            SETUP_EXCEPT,
            6,         // 1: handler at 9, saved depth 1
            v,         // 3: POP_TOP goes below the saved depth; NONE does not
            LOAD_NULL, // 4
            POP_TOP,   // 5
            POP_EXCEPT_JUMP,
            5,       // 6: to 13
            NONE,    // 8: (unreachable)
            POP_TOP, // 9: handler, d2 -> d1
            NONE,    // 10: d2
            POP_EXCEPT_JUMP,
            0,      // 11: to 13
            RETURN, // 13: returns None (the try path) or None (the handler)
        ]
    };
    refused(
        4,
        1,
        &code(POP_TOP),
        "pops below the stack of an active block",
    );
    let ok = accepted(4, 1, &code(NONE));
    let (_, err, st) = run(&ok, "block-ok");
    assert_eq!(st, Some(0), "{err}");
}

/// Slots below a block's saved depth may be rewritten with objects (MicroPython's `async with`
/// swaps its manager there before leaving the block) but never with a NULL: the handler and the
/// code after the block rely on the NULL set saved at SETUP.
#[test]
fn code_in_a_block_may_move_only_objects_below_its_saved_depth() {
    let code = |v: u8| {
        vec![
            NONE, // 0: d1
            SETUP_EXCEPT,
            6,       // 1: handler at 9, saved depth 1
            v,       // 3: d2 (NULL or None)
            ROT_TWO, // 4: moves it below the saved depth
            POP_TOP, // 5: d1
            POP_EXCEPT_JUMP,
            5,       // 6: to 13
            NONE,    // 8: (unreachable)
            POP_TOP, // 9: handler, d2 -> d1
            NONE,    // 10: d2
            POP_EXCEPT_JUMP,
            0,      // 11: to 13
            RETURN, // 13
        ]
    };
    refused(
        4,
        1,
        &code(LOAD_NULL),
        "NULL value moved below the stack of a block",
    );
    let ok = accepted(4, 1, &code(NONE));
    let (_, err, st) = run(&ok, "block-rot-ok");
    assert_eq!(st, Some(0), "{err}");
}

/// Run a verified file with the adder binary: it may raise, but must not crash or panic.
fn run(mpy: &[u8], tag: &str) -> (String, String, Option<i32>) {
    let dir = std::env::temp_dir().join(format!("adder-hostile-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("hostile.mpy");
    std::fs::write(&path, mpy).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_adder"))
        .arg(&path)
        .output()
        .expect("run adder");
    let _ = std::fs::remove_dir_all(&dir);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.code().is_some(),
        "{tag}: adder was killed by a signal: {err}"
    );
    assert!(!err.contains("panicked"), "{tag}: {err}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        err,
        out.status.code(),
    )
}

#[track_caller]
fn raises(n_state: u32, n_exc: u32, code: &[u8], tag: &str, exc: &str) {
    let (_, err, st) = run(&accepted(n_state, n_exc, code), tag);
    assert_eq!(st, Some(1), "{tag}: {err}");
    assert!(err.contains(exc), "{tag}: expected {exc}: {err}");
}

#[test]
fn verified_bytecode_with_wrong_operand_kinds_raises() {
    // STORE_COMP / STORE_MAP on values the bytecode did not build (these used to be unchecked
    // casts: a small int as the "list" crashed the process).
    raises(
        3,
        0,
        &[BUILD_TUPLE, 0, int(1), STORE_COMP, 4, RETURN],
        "comp-tuple",
        "RuntimeError",
    );
    raises(
        3,
        0,
        &[int(5), int(1), STORE_COMP, 4, RETURN],
        "comp-int",
        "RuntimeError",
    );
    raises(
        3,
        0,
        &[BUILD_LIST, 0, int(1), STORE_COMP, 6, RETURN],
        "comp-set",
        "RuntimeError",
    );
    raises(
        3,
        0,
        &[NONE, int(1), int(2), STORE_COMP, 5, RETURN],
        "comp-dict",
        "RuntimeError",
    );
    raises(
        4,
        0,
        &[BUILD_LIST, 0, int(1), int(2), STORE_MAP, RETURN],
        "map-list",
        "RuntimeError",
    );
    // FOR_ITER over four arbitrary objects instead of an iterator buffer.
    let for_iter = [
        NONE, NONE, NONE, NONE, // 0..4: d4
        FOR_ITER, 3,       // 4: exhausted -> 9
        POP_TOP, // 6
        JUMP, 0x3b, // 7: back to 4
        NONE, RETURN, // 9
    ];
    raises(5, 0, &for_iter, "for-iter", "TypeError");
    // WITH_CLEANUP on a stack SETUP_WITH did not build.
    raises(
        3,
        0,
        &[NONE, NONE, NONE, WITH_CLEANUP, RETURN],
        "with-cleanup",
        "TypeError",
    );
    // END_FINALLY finding a forged unwind marker (a small int) instead of None.
    let forged = [SETUP_FINALLY, 1, int(5), END_FINALLY, NONE, RETURN];
    let (_, err, st) = run(&accepted(3, 1, &forged), "forged-marker");
    assert_eq!(st, Some(1), "{err}");
    assert!(err.contains("malformed bytecode"), "{err}");
}

#[test]
fn calls_through_a_null_self_slot_work() {
    let code = [
        LOAD_NAME,
        2,
        LOAD_NULL,
        int(7),
        CALL_METHOD,
        1,
        POP_TOP,
        NONE,
        RETURN,
    ];
    let (out, err, st) = run(&accepted(4, 0, &code), "call-method");
    assert_eq!((out.as_str(), st), ("7\n", Some(0)), "{err}");
}

#[test]
fn end_finally_reraising_a_non_exception_is_refused() {
    // A finally block entered normally finds a str where None or an exception belongs.
    let code = [
        SETUP_FINALLY,
        2,
        LOAD_CONST_OBJ,
        0,
        END_FINALLY,
        NONE,
        RETURN,
    ];
    let (_, err, st) = run(&accepted(3, 1, &code), "reraise-str");
    assert_eq!(st, Some(1), "{err}");
    assert!(err.contains("malformed bytecode"), "{err}");
}

#[test]
fn star_star_of_a_non_mapping_raises() {
    // print(**5): the keyword name slot is NULL, its value not a mapping (MicroPython, like
    // adder, looks up `keys` on it).
    const CALL_FUNCTION_VAR_KW: u8 = 0x35;
    let code = [
        LOAD_NAME,
        2,
        LOAD_NULL,
        int(5),
        int(0),
        CALL_FUNCTION_VAR_KW,
        0x82,
        0x00,
        RETURN,
    ];
    raises(5, 0, &code, "star-star", "AttributeError");
}

/// A small deterministic generator (no external crates).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Run `path` with adder for at most `secs`: Some(exit code), or None when it had to be
/// stopped (a mutated loop may never end). Panics if adder died of a signal or panicked.
fn run_bounded(path: &std::path::Path, secs: u64) -> Option<i32> {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_adder"))
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run adder");
    let mut stderr = child.stderr.take().unwrap();
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait().expect("wait") {
            Some(st) => break Some(st),
            None if start.elapsed().as_secs() >= secs => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            None => std::thread::sleep(std::time::Duration::from_millis(2)),
        }
    };
    let err = err_t.join().unwrap_or_default();
    let st = status?;
    assert!(
        st.code().is_some(),
        "adder died of a signal on {}: {err}",
        path.display()
    );
    assert!(
        !err.contains("panicked"),
        "adder panicked on {}: {err}",
        path.display()
    );
    st.code()
}

/// Real programs with 1-3 bytes changed: whatever the verifier accepts is run, and must end in
/// output or an exception, never a crash (found: STORE_NAME in a function frame, which has no
/// locals dict).
#[test]
fn verified_mutants_of_real_files_run_without_crashing() {
    use adder_interp::compile::{compile_source, CompileOptions};
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    for name in [
        "exceptions",
        "functions",
        "classes",
        "generators",
        "comprehensions",
    ] {
        let path = root.join("tests/compile").join(format!("{name}.py"));
        let src = std::fs::read_to_string(&path).unwrap();
        let m = compile_source(&src, &format!("{name}.py"), &CompileOptions::default()).unwrap();
        seeds.push(write_mpy(&m));
    }
    let dir = std::env::temp_dir().join(format!("adder-mutants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mutant.mpy");
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let (mut ran, mut tried) = (0, 0);
    while ran < 150 && tried < 50_000 {
        tried += 1;
        let mut b = seeds[rng.below(seeds.len())].clone();
        for _ in 0..1 + rng.below(3) {
            let p = 4 + rng.below(b.len() - 4);
            b[p] = if rng.next() & 1 == 0 {
                rng.next() as u8
            } else {
                b[p] ^ 1 << rng.below(8)
            };
        }
        if check_mpy_bytes(&b).is_err() {
            continue;
        }
        std::fs::write(&path, &b).unwrap();
        run_bounded(&path, 5);
        ran += 1;
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!("{tried} mutants, {ran} verified and run");
    assert!(ran > 0);
}

/// STORE_NAME / LOAD_NAME / DELETE_NAME in a function frame (which has no locals dict; only a
/// file can put them there) act on the globals, as in MicroPython, instead of crashing.
#[test]
fn name_opcodes_in_a_function_frame_use_the_globals() {
    const STORE_NAME: u8 = 0x16;
    const DELETE_NAME: u8 = 0x19;
    const CALL_FUNCTION: u8 = 0x34;
    let child = RawCode::bytecode(
        fun_data(2, 0, &[int(7), STORE_NAME, 3, LOAD_NAME, 3, RETURN]),
        vec![],
    );
    let top = [
        MAKE_FUNCTION,
        0,
        CALL_FUNCTION,
        0,
        POP_TOP, // f() stores x = 7
        LOAD_NAME,
        2,
        LOAD_NAME,
        3,
        CALL_FUNCTION,
        1,
        POP_TOP, // print(x)
        DELETE_NAME,
        3,
        NONE,
        RETURN,
    ];
    let m = module_with(3, 0, &top, vec![child]);
    assert!(check_mpy_bytes(&m).is_ok());
    let (out, err, st) = run(&m, "store-name");
    assert_eq!((out.as_str(), st), ("7\n", Some(0)), "{err}");
}
