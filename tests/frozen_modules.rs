//! Frozen modules: `frozen/*.py` are compiled into the `adder` binary at build time and imported
//! from its read-only data through the `.frozen` sys.path entry. Not the .mpy loader tests.

use std::process::Command;

fn adder_c(code: &str) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_adder"))
        .args(["-c", code])
        .env_remove("MICROPYPATH")
        .output()
        .expect("run adder");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn frozen_demo_imports_and_runs() {
    let (out, err, st) = adder_c(
        "import frozen_demo, sys\n\
         print(frozen_demo.hello('adder'))\n\
         print(frozen_demo.fib(30), frozen_demo.GREETING)\n\
         c = frozen_demo.Counter(); c.tick(); print(c.tick())\n\
         print(frozen_demo.__file__, '.frozen' in sys.path)\n",
    );
    assert_eq!(st, Some(0), "stderr: {err}");
    assert_eq!(
        out,
        "hello, adder (frozen)\n832040 hello from a frozen module\n2\n.frozen/frozen_demo.py True\n"
    );
}

#[test]
fn frozen_bisect_works() {
    let (out, err, st) = adder_c(
        "import bisect\n\
         a = [1, 2, 4, 4, 8]\n\
         print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0))\n",
    );
    assert_eq!(st, Some(0), "stderr: {err}");
    assert_eq!(out, "2 4 0\n");
}

#[test]
fn frozen_modules_need_the_frozen_path_entry() {
    let out = Command::new(env!("CARGO_BIN_EXE_adder"))
        .args(["-c", "import frozen_demo"])
        .env("MICROPYPATH", "/nonexistent")
        .output()
        .expect("run adder");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No module named 'frozen_demo'"));
}
