//! Golden tests: exact bytecode for specific constructs (each verified byte-identical with mpy-cross
//! 1.29 when written), shown as disassembly without offsets. Not the bulk comparison (mpy_cross_compare.rs).

use adder_interp::compile::{compile_source, CompileOptions};
use adder_interp::dis::disassemble;

/// Disassembly from the first function on, with offsets and line numbers removed.
fn listing(src: &str, name: &str) -> String {
    let m = compile_source(src, name, &CompileOptions::default()).expect("compiles");
    let text = disassemble(&m);
    let mut out = Vec::new();
    let mut started = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("function") {
            started = true;
        }
        if !started {
            continue;
        }
        let parts: Vec<&str> = t.split_whitespace().collect();
        if parts
            .first()
            .is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()))
        {
            // offset, line, then the instruction's bytes in hex, then the decoded instruction.
            let rest: Vec<&str> = parts[2..]
                .iter()
                .copied()
                .skip_while(|p| {
                    p.len() == 2
                        && p.chars()
                            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
                })
                .collect();
            out.push(rest.join(" "));
        } else {
            out.push(t.to_string());
        }
    }
    out.join("\n")
}

fn check(name: &str, src: &str, expected: &str) {
    let got = listing(src, &format!("{name}.py"));
    assert_eq!(
        got.trim(),
        expected.trim(),
        "golden mismatch for {name}; got:\n{got}"
    );
}

#[test]
fn class_super() {
    check(
        "class_super",
        r#"class D(Base):
    def __init__(self, x):
        super().__init__(x)
        self.x = x
"#,
        r#"
function <module> (emit bytecode)
n_state 4 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
LOAD_BUILD_CLASS
MAKE_FUNCTION child 0 (D)
LOAD_CONST_STRING D
LOAD_NAME Base
CALL_FUNCTION n=3 nkw=0
STORE_NAME D
LOAD_CONST_NONE
RETURN_VALUE
function D (emit bytecode)
n_state 2 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
cells [0]
LOAD_NAME __name__
STORE_NAME __module__
LOAD_CONST_STRING D
STORE_NAME __qualname__
LOAD_FAST 0
MAKE_CLOSURE child 0 (__init__) cells 1
STORE_NAME __init__
LOAD_FAST 0
RETURN_VALUE
function __init__ (emit bytecode)
n_state 6 n_exc_stack 0 flags 0x0 n_pos 3 n_kwonly 0 n_def 0
args ["*", "self", "x"]
LOAD_GLOBAL super
LOAD_DEREF 0
LOAD_FAST 1
LOAD_SUPER_METHOD __init__
LOAD_FAST 2
CALL_METHOD n=1 nkw=0
POP_TOP
LOAD_FAST 2
LOAD_FAST 1
STORE_ATTR x
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}

#[test]
fn closures() {
    check(
        "closures",
        r#"def outer(a, b=5):
    c = 1
    def inner(d):
        nonlocal c
        c += a + d
        return c
    return inner
"#,
        r#"
function <module> (emit bytecode)
n_state 2 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
LOAD_CONST_SMALL_INT 5
BUILD_TUPLE 1
LOAD_NULL
MAKE_FUNCTION_DEFARGS child 0 (outer)
STORE_NAME outer
LOAD_CONST_NONE
RETURN_VALUE
function outer (emit bytecode)
n_state 6 n_exc_stack 0 flags 0x0 n_pos 2 n_kwonly 0 n_def 1
args ["a", "b"]
cells [0, 3]
LOAD_CONST_SMALL_INT 1
STORE_DEREF 3
LOAD_FAST 0
LOAD_FAST 3
MAKE_CLOSURE child 0 (inner) cells 2
STORE_FAST 2
LOAD_FAST 2
RETURN_VALUE
function inner (emit bytecode)
n_state 6 n_exc_stack 0 flags 0x0 n_pos 3 n_kwonly 0 n_def 0
args ["*", "*", "d"]
LOAD_DEREF 1
LOAD_DEREF 0
LOAD_FAST 2
BINARY_OP +
BINARY_OP +=
STORE_DEREF 1
LOAD_DEREF 1
RETURN_VALUE
"#,
    );
}

#[test]
fn comprehensions() {
    check(
        "comprehensions",
        r#"def f(xs):
    return [x for x in xs if x], {k: v for k, v in xs}, {x for x in xs}, (x * 2 for x in xs)
"#,
        r#"
function <module> (emit bytecode)
n_state 1 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
MAKE_FUNCTION child 0 (f)
STORE_NAME f
LOAD_CONST_NONE
RETURN_VALUE
function f (emit bytecode)
n_state 6 n_exc_stack 0 flags 0x0 n_pos 1 n_kwonly 0 n_def 0
args ["xs"]
MAKE_FUNCTION child 0 (<listcomp>)
LOAD_FAST 0
CALL_FUNCTION n=1 nkw=0
MAKE_FUNCTION child 1 (<dictcomp>)
LOAD_FAST 0
CALL_FUNCTION n=1 nkw=0
MAKE_FUNCTION child 2 (<setcomp>)
LOAD_FAST 0
CALL_FUNCTION n=1 nkw=0
MAKE_FUNCTION child 3 (<genexpr>)
LOAD_FAST 0
GET_ITER
CALL_FUNCTION n=1 nkw=0
BUILD_TUPLE 4
RETURN_VALUE
function <listcomp> (emit bytecode)
n_state 8 n_exc_stack 0 flags 0x0 n_pos 1 n_kwonly 0 n_def 0
args ["*"]
BUILD_LIST 0
LOAD_FAST 0
GET_ITER_STACK
FOR_ITER -> 15
STORE_FAST 1
LOAD_FAST 1
POP_JUMP_IF_FALSE -> 4
LOAD_FAST 1
STORE_COMP depth=5 kind=0
JUMP -> 4
RETURN_VALUE
function <dictcomp> (emit bytecode)
n_state 10 n_exc_stack 0 flags 0x0 n_pos 1 n_kwonly 0 n_def 0
args ["*"]
BUILD_MAP 0
LOAD_FAST 0
GET_ITER_STACK
FOR_ITER -> 16
UNPACK_SEQUENCE 2
STORE_FAST 1
STORE_FAST 2
LOAD_FAST 2
LOAD_FAST 1
STORE_COMP depth=6 kind=1
JUMP -> 4
RETURN_VALUE
function <setcomp> (emit bytecode)
n_state 8 n_exc_stack 0 flags 0x0 n_pos 1 n_kwonly 0 n_def 0
args ["*"]
BUILD_SET 0
LOAD_FAST 0
GET_ITER_STACK
FOR_ITER -> 12
STORE_FAST 1
LOAD_FAST 1
STORE_COMP depth=5 kind=2
JUMP -> 4
RETURN_VALUE
function <genexpr> (emit bytecode)
n_state 8 n_exc_stack 0 flags 0x1 n_pos 1 n_kwonly 0 n_def 0
args ["*"]
LOAD_NULL
LOAD_FAST 0
LOAD_NULL
LOAD_NULL
FOR_ITER -> 14
STORE_FAST 1
LOAD_FAST 1
LOAD_CONST_SMALL_INT 2
BINARY_OP *
YIELD_VALUE
POP_TOP
JUMP -> 4
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}

#[test]
fn const_subst() {
    check(
        "const_subst",
        r#"from micropython import const
A = const(3)
_B = const(4)
print(A * _B)
"#,
        r#"
function <module> (emit bytecode)
n_state 2 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
LOAD_CONST_SMALL_INT 0
LOAD_CONST_STRING const
BUILD_TUPLE 1
IMPORT_NAME micropython
IMPORT_FROM const
STORE_NAME const
POP_TOP
LOAD_CONST_SMALL_INT 3
STORE_NAME A
LOAD_NAME print
LOAD_CONST_SMALL_INT 12
CALL_FUNCTION n=1 nkw=0
POP_TOP
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}

#[test]
fn fstrings() {
    check(
        "fstrings",
        r#"x = f"a{b!r:>{w}}c{d}"
"#,
        r#"
function <module> (emit bytecode)
n_state 5 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
LOAD_CONST_OBJ "a{!r:>{}}c{}"
LOAD_METHOD format
LOAD_NAME b
LOAD_NAME w
LOAD_NAME d
CALL_METHOD n=3 nkw=0
STORE_NAME x
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}

#[test]
fn generators() {
    check(
        "generators",
        r#"def g(n):
    x = yield n
    yield from range(x)
"#,
        r#"
function <module> (emit bytecode)
n_state 1 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
MAKE_FUNCTION child 0 (g)
STORE_NAME g
LOAD_CONST_NONE
RETURN_VALUE
function g (emit bytecode)
n_state 4 n_exc_stack 0 flags 0x1 n_pos 1 n_kwonly 0 n_def 0
args ["n"]
LOAD_FAST 0
YIELD_VALUE
STORE_FAST 1
LOAD_GLOBAL range
LOAD_FAST 1
CALL_FUNCTION n=1 nkw=0
GET_ITER
LOAD_CONST_NONE
YIELD_FROM
POP_TOP
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}

#[test]
fn kwonly() {
    check(
        "kwonly",
        r#"def f(a, *args, k, m=3, **kw):
    return a, args, k, m, kw
"#,
        r#"
function <module> (emit bytecode)
n_state 4 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
LOAD_NULL
BUILD_MAP 0
LOAD_CONST_SMALL_INT 3
LOAD_CONST_STRING m
STORE_MAP
MAKE_FUNCTION_DEFARGS child 0 (f)
STORE_NAME f
LOAD_CONST_NONE
RETURN_VALUE
function f (emit bytecode)
n_state 10 n_exc_stack 0 flags 0xe n_pos 1 n_kwonly 2 n_def 0
args ["a", "m", "k"]
LOAD_FAST 0
LOAD_FAST 3
LOAD_FAST 2
LOAD_FAST 1
LOAD_FAST 4
BUILD_TUPLE 5
RETURN_VALUE
"#,
    );
}

#[test]
fn loop_across_try() {
    check(
        "loop_across_try",
        r#"def f(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            g()
    while x:
        with x:
            break
"#,
        r#"
function <module> (emit bytecode)
n_state 1 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
MAKE_FUNCTION child 0 (f)
STORE_NAME f
LOAD_CONST_NONE
RETURN_VALUE
function f (emit bytecode)
n_state 10 n_exc_stack 1 flags 0x0 n_pos 1 n_kwonly 0 n_def 0
args ["xs"]
LOAD_FAST 0
GET_ITER_STACK
FOR_ITER -> 24
STORE_FAST 1
SETUP_FINALLY -> 16
LOAD_FAST 1
POP_JUMP_IF_FALSE -> 13
UNWIND_JUMP -> 24 unwind 1 pop_iter 1
UNWIND_JUMP -> 2 unwind 1 pop_iter 0
LOAD_GLOBAL g
CALL_FUNCTION n=0 nkw=0
POP_TOP
END_FINALLY
JUMP -> 2
JUMP -> 35
LOAD_FAST 1
SETUP_WITH -> 33
POP_TOP
UNWIND_JUMP -> 38 unwind 1 pop_iter 0
WITH_CLEANUP
END_FINALLY
LOAD_FAST 1
POP_JUMP_IF_TRUE -> 26
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}

#[test]
fn star_calls() {
    check(
        "star_calls",
        r#"f(*a, **b)
o.m(1, *a, k=2, **b)
"#,
        r#"
function <module> (emit bytecode)
n_state 9 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
LOAD_NAME f
LOAD_NAME a
LOAD_NULL
LOAD_NAME b
LOAD_CONST_SMALL_INT 1
CALL_FUNCTION_VAR_KW n=1 nkw=1
POP_TOP
LOAD_NAME o
LOAD_METHOD m
LOAD_CONST_SMALL_INT 1
LOAD_NAME a
LOAD_CONST_STRING k
LOAD_CONST_SMALL_INT 2
LOAD_NULL
LOAD_NAME b
LOAD_CONST_SMALL_INT 2
CALL_METHOD_VAR_KW n=2 nkw=2
POP_TOP
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}

#[test]
fn try_except_finally() {
    check(
        "try_except_finally",
        r#"def f(x):
    try:
        g(x)
    except ValueError as e:
        return e
    except:
        raise
    else:
        return 1
    finally:
        h()
"#,
        r#"
function <module> (emit bytecode)
n_state 1 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
MAKE_FUNCTION child 0 (f)
STORE_NAME f
LOAD_CONST_NONE
RETURN_VALUE
function f (emit bytecode)
n_state 8 n_exc_stack 3 flags 0x0 n_pos 1 n_kwonly 0 n_def 0
args ["x"]
SETUP_FINALLY -> 36
SETUP_EXCEPT -> 12
LOAD_GLOBAL g
LOAD_FAST 0
CALL_FUNCTION n=1 nkw=0
POP_TOP
POP_EXCEPT_JUMP -> 33
DUP_TOP
LOAD_GLOBAL ValueError
BINARY_OP exception-match
POP_JUMP_IF_FALSE -> 30
STORE_FAST 1
SETUP_FINALLY -> 23
LOAD_FAST 1
RETURN_VALUE
LOAD_CONST_NONE
STORE_FAST 1
DELETE_FAST 1
END_FINALLY
POP_EXCEPT_JUMP -> 35
POP_TOP
RAISE_LAST
END_FINALLY
LOAD_CONST_SMALL_INT 1
RETURN_VALUE
LOAD_CONST_NONE
LOAD_GLOBAL h
CALL_FUNCTION n=0 nkw=0
POP_TOP
END_FINALLY
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}

#[test]
fn with_stmt() {
    check(
        "with_stmt",
        r#"def f(a, b):
    with a as x, b:
        return x
"#,
        r#"
function <module> (emit bytecode)
n_state 1 n_exc_stack 0 flags 0x0 n_pos 0 n_kwonly 0 n_def 0
args []
MAKE_FUNCTION child 0 (f)
STORE_NAME f
LOAD_CONST_NONE
RETURN_VALUE
function f (emit bytecode)
n_state 10 n_exc_stack 2 flags 0x0 n_pos 2 n_kwonly 0 n_def 0
args ["a", "b"]
LOAD_FAST 0
SETUP_WITH -> 13
STORE_FAST 2
LOAD_FAST 1
SETUP_WITH -> 10
POP_TOP
LOAD_FAST 2
RETURN_VALUE
WITH_CLEANUP
END_FINALLY
LOAD_CONST_NONE
WITH_CLEANUP
END_FINALLY
LOAD_CONST_NONE
RETURN_VALUE
"#,
    );
}
