//! Build script of the `adder` binary: compiles every `frozen/**/*.py` (modules, and packages as
//! folders with `__init__.py`) to a .mpy image with adder-interp's compiler and generates the
//! table that embeds them (`include_bytes!`).
//! Not the loader: frozen images are verified and run in place at run time like any .mpy.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let frozen = root.join("frozen");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir"));
    println!("cargo:rerun-if-changed=frozen");
    let mut table = String::from(
        "/// Frozen modules: (path below frozen/ without `.py`, e.g. `pkg/__init__`, .mpy image).\n",
    );
    table.push_str("pub static FROZEN_MODULES: &[(&str, &[u8])] = &[\n");
    for (name, path) in frozen_sources(&frozen) {
        println!("cargo:rerun-if-changed={}", path.display());
        let mpy = out.join(format!("{}.mpy", name.replace('/', "--")));
        std::fs::write(&mpy, compile(&name, &path)).expect("write frozen .mpy");
        table.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            mpy.display().to_string()
        ));
    }
    table.push_str("];\n");
    std::fs::write(out.join("frozen_modules.rs"), table).expect("write frozen table");
}

/// The modules to freeze, as (path below `dir` without `.py`, with `/` separators; file),
/// sorted by name. Sub-folders are packages (MicroPython freezes them the same way).
fn frozen_sources(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut v = Vec::new();
    collect_sources(dir, "", &mut v);
    v.sort();
    v
}

fn collect_sources(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for p in rd.flatten().map(|e| e.path()) {
        let Some(stem) = p.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        if p.is_dir() {
            if stem != "__pycache__" {
                println!("cargo:rerun-if-changed={}", p.display());
                collect_sources(&p, &format!("{prefix}{stem}/"), out);
            }
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push((format!("{prefix}{stem}"), p));
        }
    }
}

fn compile(name: &str, path: &Path) -> Vec<u8> {
    use adder_interp::compile::{compile_source, CompileOptions};
    let src = std::fs::read_to_string(path).expect("read frozen source");
    let opts = CompileOptions {
        small_int_bits: adder_interp::obj::SMALL_INT_BITS,
        ..CompileOptions::default()
    };
    match compile_source(&src, &format!("{name}.py"), &opts) {
        Ok(m) => adder_interp::mpy::write::write_mpy(&m),
        Err(e) => panic!("frozen module {}: {e}", path.display()),
    }
}
