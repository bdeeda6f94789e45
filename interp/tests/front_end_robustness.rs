//! Feeds thousands of random and mutated programs to the front end: compiling must never panic,
//! overflow the stack or hang, and every successful compile must serialise and disassemble.
//! Not a correctness test (mpy_cross_compare.rs and golden.rs are); a stand-in for the fuzzer.

use std::panic::{catch_unwind, AssertUnwindSafe};

use adder_interp::compile::{compile_bytes, CompileOptions, Mode};
use adder_interp::dis::{disassemble, parse_mpy};
use adder_interp::mpy::write::write_mpy;

/// A small deterministic PRNG (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SEED_PROGRAM: &str = r#"
import sys
from m import a as b, c
X = const(3)
@deco(1)
class C(B, metaclass=M):
    y: int = 2
    def m(self, a, b=1, *args, k, d=2, **kw):
        global g
        nonlocal_ok = [i * 2 for i in range(10) if i % 2 if i]
        try:
            with open(f"x{a!r:>{b}}") as f, g:
                yield from f
        except (E, F) as e:
            raise ValueError("x") from e
        else:
            return {k: v for k, v in kw.items()}
        finally:
            del self.a[1:2, ::3], b
        while a < b <= c is not None:
            a += 1; b -= 1
            if a: continue
            elif b: break
            else: pass
        for x, *y in z:
            lambda q=1, *r, s: (q, r, s)
        async def co():
            async with a as b:
                await b
            async for i in it:
                pass
        return super().m(*args, **kw) if a else (yield)
print(C().m(1, k=2), 0x1f, 1e5, 3j, b"\x00", r"\n", """t""", ...)
"#;

const VOCAB: &[&str] = &[
    "def ",
    "class ",
    "if ",
    "elif ",
    "else",
    "while ",
    "for ",
    " in ",
    "try",
    "except ",
    "finally",
    "with ",
    " as ",
    "return ",
    "yield ",
    "lambda ",
    "import ",
    "from ",
    "global ",
    "nonlocal ",
    "del ",
    "pass",
    "break",
    "continue",
    "raise ",
    "assert ",
    "async ",
    "await ",
    "not ",
    " and ",
    " or ",
    "is ",
    "None",
    "True",
    "x",
    "y",
    "f",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<",
    ">",
    "==",
    "!=",
    ":=",
    "->",
    "~",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "+=",
    "0",
    "1",
    "0x",
    "1.5",
    "2j",
    "'s'",
    "\"t\"",
    "f'{x}'",
    "b'b'",
    "\n",
    "\n    ",
    "\n        ",
    "\\\n",
    "#c\n",
    "...",
    "*x",
    "**k",
    "const(1)",
];

fn check(src: &[u8], mode: Mode) {
    let opts = CompileOptions {
        mode,
        ..CompileOptions::default()
    };
    let r = catch_unwind(AssertUnwindSafe(|| {
        if let Ok(m) = compile_bytes(src, "fuzz.py", &opts) {
            let bytes = write_mpy(&m);
            let back = parse_mpy(&bytes).expect("our own output must parse");
            assert_eq!(back.qstrs, m.qstrs);
            let _ = disassemble(&m);
        }
    }));
    if r.is_err() {
        panic!(
            "front end panicked on input {:?}",
            String::from_utf8_lossy(src)
        );
    }
}

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 if !v.is_empty() => {
                let end = (at + rng.below(20)).min(v.len());
                v.drain(at.min(end)..end);
            }
            1 => {
                let tok = VOCAB[rng.below(VOCAB.len())].as_bytes();
                v.splice(at..at, tok.iter().copied());
            }
            2 if !v.is_empty() => {
                let start = rng.below(v.len());
                let end = (start + rng.below(40)).min(v.len());
                let chunk: Vec<u8> = v[start..end].to_vec();
                v.splice(at..at, chunk);
            }
            3 => v.insert(at.min(v.len()), rng.below(256) as u8),
            _ => {
                if at < v.len() {
                    v[at] = b" \t\n()[]{}:,'\"\\#"[rng.below(15)];
                }
            }
        }
    }
    v
}

#[test]
fn seed_program_compiles() {
    let m = compile_bytes(
        SEED_PROGRAM.as_bytes(),
        "seed.py",
        &CompileOptions::default(),
    );
    assert!(m.is_ok(), "{:?}", m.err());
}

#[test]
fn random_inputs_never_panic() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for i in 0..10_000 {
        let len = rng.below(120);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(4) == 0 {
                    rng.below(256) as u8
                } else {
                    b" \nabcxyz019()[]{}:=+-*/.,'\"#\\"[rng.below(29)]
                }
            })
            .collect();
        check(&bytes, if i % 7 == 0 { Mode::Single } else { Mode::Exec });
        let n = rng.below(40);
        let soup: String = (0..n).map(|_| VOCAB[rng.below(VOCAB.len())]).collect();
        check(
            soup.as_bytes(),
            if i % 5 == 0 { Mode::Eval } else { Mode::Exec },
        );
    }
}

#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(0xdead_beef_cafe_f00d);
    for _ in 0..20_000 {
        let m = mutate(&mut rng, SEED_PROGRAM.as_bytes());
        check(&m, Mode::Exec);
    }
}

#[test]
fn pathological_inputs_are_rejected_cleanly() {
    let cases: Vec<String> = vec![
        "(".repeat(100_000),
        "[".repeat(5000) + &"]".repeat(5000),
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1", "not ".repeat(10_000)),
        format!("x = 1{}", " + 1".repeat(100_000)),
        format!("x = a{}", ".b".repeat(100_000)),
        format!("x = f{}", "()".repeat(50_000)),
        (0..300)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(300)
            + "pass\n",
        "x = 2 ** 100000 ** 100000\n".into(),
        "x = 1 << 10000000000\n".into(),
        "x = 10 ** 1000000 * 10 ** 1000000\n".into(),
        format!("x = lambda: {}0", "lambda: ".repeat(10_000)),
        format!("x = {}", "1 if 2 else ".repeat(10_000) + "3"),
        "\u{feff}x = 1\n".into(),
        "x = '\\N{DASH}'\n".into(),
        "x = \"\\".into(),
        "f'{'\n".into(),
        "f'{x!}'\n".into(),
        "f'{}'\n".into(),
    ];
    for c in &cases {
        check(c.as_bytes(), Mode::Exec);
    }
    check(&[0xff, 0xfe, b'x'], Mode::Exec);
    check(b"x = 1\0", Mode::Exec);
}
