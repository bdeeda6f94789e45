//! Build script: turns src/static_qstrs.txt (index<TAB>JSON string) into the STATIC_QSTRS table.
//! Not the interner: qstr.rs owns that and includes the generated table.
use std::{env, fs, path::Path};

fn unescape_json(lit: &str) -> String {
    let inner = &lit[1..lit.len() - 1];
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some('/') => out.push('/'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            other => panic!("bad escape {other:?} in static qstr {lit}"),
        }
    }
    out
}

fn main() {
    let src = "src/static_qstrs.txt";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap();
    let mut code = String::from("/// Static qstrs in .mpy index order; index 0 is the null qstr.\npub static STATIC_QSTRS: &[&str] = &[\n    \"\",\n");
    for (n, line) in text.lines().enumerate() {
        let (idx, lit) = line.split_once('\t').unwrap();
        assert_eq!(
            idx.parse::<usize>().unwrap(),
            n + 1,
            "static qstrs must be numbered 1.."
        );
        code.push_str(&format!("    {:?},\n", unescape_json(lit)));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("static_qstrs.rs");
    fs::write(out, code).unwrap();
}
