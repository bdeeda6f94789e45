//! Runs the malformed programs of tests/syntax_errors/: each must fail to compile with the error kind
//! and line named in its first line (`# expect: <Kind> <line>`), without panicking.
//! Not a parser unit test: it goes through the public compile API.

use std::path::Path;

use adder_interp::compile::{compile_bytes, CompileOptions};

#[test]
fn syntax_error_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/syntax_errors");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/syntax_errors exists")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
    {
        let src = std::fs::read(path).unwrap();
        let first = String::from_utf8_lossy(&src)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        let spec = first
            .strip_prefix("# expect: ")
            .unwrap_or_else(|| panic!("{}: missing '# expect:' header", path.display()));
        let mut parts = spec.split_whitespace();
        let kind = parts.next().unwrap();
        let line: u32 = parts.next().unwrap().parse().unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        checked += 1;
        match compile_bytes(&src, &name, &CompileOptions::default()) {
            Ok(_) => failures.push(format!("{name}: compiled, expected {kind} at line {line}")),
            Err(e) if e.kind != kind || e.line != line => failures.push(format!(
                "{name}: got {} at line {} ({}), expected {kind} at line {line}",
                e.kind, e.line, e.msg
            )),
            Err(_) => {}
        }
    }
    println!("{checked} malformed programs checked");
    assert!(checked > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
