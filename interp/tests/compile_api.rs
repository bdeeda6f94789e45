//! The compiler's public options: eval and REPL modes, -O levels, small-int width, emitter
//! decorators and `-X emit=`, type hints, and error reporting. Not byte-exactness (golden.rs).

use adder_interp::code::{CodeKind, Const, EmitKind};
use adder_interp::compile::{compile_source, CompileOptions, Mode};
use adder_interp::dis::disassemble;

fn opts() -> CompileOptions {
    CompileOptions::default()
}

fn dis(src: &str, o: &CompileOptions) -> String {
    disassemble(&compile_source(src, "t.py", o).expect("compiles"))
}

#[test]
fn eval_mode_returns_the_value() {
    let o = CompileOptions {
        mode: Mode::Eval,
        ..opts()
    };
    let text = dis("1 + x", &o);
    assert!(text.contains("LOAD_NAME x"), "{text}");
    assert!(text.contains("BINARY_OP +"));
    assert!(
        !text.contains("LOAD_CONST_NONE"),
        "eval returns the expression: {text}"
    );
    assert!(compile_source("x = 1", "t.py", &o).is_err());
    assert!(
        compile_source("  1 + 2\n", "t.py", &o).is_ok(),
        "leading spaces are allowed"
    );
}

#[test]
fn repl_mode_prints_expression_statements() {
    let o = CompileOptions {
        mode: Mode::Single,
        ..opts()
    };
    let text = dis("x\ny = 2\n", &o);
    assert!(text.contains("LOAD_NAME __repl_print__"), "{text}");
    assert_eq!(
        text.matches("__repl_print__").count(),
        2,
        "one call plus the qstr table entry: {text}"
    );
    // Inside functions expression statements are not printed.
    let text = dis("def f():\n    g()\n", &o);
    assert!(!text.contains("LOAD_GLOBAL __repl_print__"));
}

#[test]
fn optimisation_levels() {
    let src = "assert x, 'm'\nif __debug__:\n    y()\n";
    let o0 = dis(src, &opts());
    assert!(o0.contains("AssertionError") && o0.contains("LOAD_NAME y"));
    let o1 = dis(
        src,
        &CompileOptions {
            opt_level: 1,
            ..opts()
        },
    );
    assert!(
        !o1.contains("AssertionError") && !o1.contains("LOAD_NAME y"),
        "{o1}"
    );
    let with_lines = compile_source("x = 1\ny = 2\n", "t.py", &opts()).unwrap();
    let without = compile_source(
        "x = 1\ny = 2\n",
        "t.py",
        &CompileOptions {
            opt_level: 3,
            ..opts()
        },
    )
    .unwrap();
    assert!(without.root.fun_data.len() < with_lines.root.fun_data.len());
}

#[test]
fn small_int_width() {
    let big = 1i64 << 40;
    let src = format!("x = {big}\n");
    let m31 = compile_source(&src, "t.py", &opts()).unwrap();
    assert_eq!(m31.consts, vec![Const::Int(big.to_string())]);
    let m48 = compile_source(
        &src,
        "t.py",
        &CompileOptions {
            small_int_bits: 48,
            ..opts()
        },
    )
    .unwrap();
    assert!(m48.consts.is_empty());
    assert_eq!(m48.small_int_bits, 48);
}

#[test]
fn emitter_decorators_and_hints() {
    let src = "import micropython\nfrom micropython import viper\n\
               @micropython.native\ndef f(a, b: int = 1) -> int:\n    c: int = a\n    return c\n\
               @viper\ndef v(p: ptr8, n: int):\n    pass\n\
               def plain(x):\n    return x\n";
    let m = compile_source(src, "t.py", &opts()).unwrap();
    let kids = &m.root.children;
    assert_eq!(kids.len(), 3);
    assert!(kids.iter().all(|k| k.kind == CodeKind::Bytecode));
    assert_eq!(kids[0].emit, EmitKind::Native);
    assert_eq!(kids[1].emit, EmitKind::Viper);
    assert_eq!(kids[2].emit, EmitKind::Bytecode);
    let h = kids[0]
        .hints
        .as_ref()
        .expect("annotated function has hints");
    assert_eq!(h.args, vec![None, Some("int".to_string())]);
    assert_eq!(h.ret.as_deref(), Some("int"));
    assert_eq!(h.locals, vec![(2, "int".to_string())]);
    let h = kids[1].hints.as_ref().unwrap();
    assert_eq!(
        h.args,
        vec![Some("ptr8".to_string()), Some("int".to_string())]
    );
    assert!(kids[2].hints.is_none());
    // The built-in decorator is not called at run time.
    let text = disassemble(&m);
    assert!(!text.contains("LOAD_ATTR native"), "{text}");
    // -X emit=native applies to every scope.
    let all = compile_source(
        "def f():\n    return [x for x in y]\n",
        "t.py",
        &CompileOptions {
            emit: EmitKind::Native,
            ..opts()
        },
    )
    .unwrap();
    assert_eq!(all.root.children[0].emit, EmitKind::Native);
    assert_eq!(all.root.children[0].children[0].emit, EmitKind::Native);
}

#[test]
fn errors_carry_kind_line_and_file() {
    let e = compile_source(
        "x = 1\n\ndef f():\n    return\nreturn 5\n",
        "bad.py",
        &opts(),
    )
    .unwrap_err();
    assert_eq!(
        (e.kind, e.line, e.filename.as_str()),
        ("SyntaxError", 5, "bad.py")
    );
    assert_eq!(e.msg, "'return' outside function");
    let e = compile_source("if x:\n  a\n b\n", "i.py", &opts()).unwrap_err();
    assert_eq!(e.kind, "IndentationError");
    let e = compile_source(
        &format!("x = {}1{}", "(".repeat(90), ")".repeat(90)),
        "d.py",
        &opts(),
    );
    assert!(e.is_ok(), "moderate nesting is fine");
    let e = compile_source(
        &format!("x = {}1{}", "[".repeat(190), "]".repeat(190)),
        "d.py",
        &opts(),
    )
    .unwrap_err();
    assert_eq!(e.kind, "RuntimeError");
}

#[test]
fn huge_constant_folding_is_bounded() {
    let m = compile_source("x = 2 ** 100\ny = 2 ** 1000000\n", "t.py", &opts()).unwrap();
    assert_eq!(m.consts, vec![Const::Int((1u128 << 100).to_string())]);
}
