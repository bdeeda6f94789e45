//! Hostile programs whose outcome differs from CPython on purpose (encoding limits of the v6
//! prelude, memory bounded by the heap, address-space limits): each must end in a Python
//! exception, never a panic, abort or crash. Found by scripts/gen_hostile.py.

use std::process::{Command, Output};

fn run(tier: &str, src: &str, limit_vm: bool) -> Output {
    let bin = env!("CARGO_BIN_EXE_adder");
    let mut cmd = if limit_vm {
        // A 4 GiB address-space limit: a malloc of a huge Rust buffer would abort the process.
        let mut c = Command::new("sh");
        c.args(["-c", "ulimit -v 4194304 && exec \"$0\" \"$@\"", bin]);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(["-X", &format!("emit={tier}"), "-c", src]);
    cmd.output().expect("run adder")
}

fn check(src: &str, expect: &str, limit_vm: bool) {
    for tier in ["bytecode", "native"] {
        let o = run(tier, src, limit_vm);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("panicked"), "{tier}: {err}");
        assert_eq!(o.status.code(), Some(0), "{tier}: {err}");
        assert_eq!(String::from_utf8_lossy(&o.stdout), expect, "{tier}: {err}");
    }
}

#[test]
fn too_many_parameters_is_a_syntax_error() {
    // CPython accepts these; the v6 prelude signature holds 14 bits of positional and 12 bits
    // of keyword-only/default counts, and local numbers are 16 bits.
    let src = "for src in ['def f(' + ', '.join('a%d' % i for i in range(20000)) + '): pass',\n\
               'def f(*, ' + ', '.join('a%d' % i for i in range(5000)) + '): pass',\n\
               'def f(' + ', '.join('a%d=0' % i for i in range(5000)) + '): pass',\n\
               'def f():\\n' + ''.join(' x%d = 0\\n' % i for i in range(70000))]:\n\
           \x20   try:\n\
           \x20       exec(src)\n\
           \x20       print('ok')\n\
           \x20   except SyntaxError:\n\
           \x20       print('SyntaxError')\n\
           def f(*a): return len(a)\n\
           print(f(*range(100000)))\n";
    check(
        src,
        "SyntaxError\nSyntaxError\nSyntaxError\nSyntaxError\n100000\n",
        false,
    );
}

#[test]
fn huge_buffers_raise_memory_error_under_an_address_space_limit() {
    let src = "import array\n\
               for f in [lambda: 'a' * (1 << 32), lambda: b'ab' * (1 << 31), lambda: bytes(1 << 32),\n\
               \x20         lambda: bytearray(b'x') * (1 << 33), lambda: [0] * (1 << 30),\n\
               \x20         lambda: array.array('b', bytes(3)) * (1 << 40), lambda: 'ab'.center(1 << 33)]:\n\
               \x20   try:\n\
               \x20       f()\n\
               \x20       print('ok')\n\
               \x20   except MemoryError:\n\
               \x20       print('MemoryError')\n";
    check(src, &"MemoryError\n".repeat(7), true);
}
