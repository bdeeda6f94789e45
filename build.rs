//! Build script of the `adder` binary: compiles every `frozen/*.py` to a .mpy image with
//! adder-interp's compiler and generates the table that embeds them (`include_bytes!`).
//! Not the loader: frozen images are verified and run in place at run time like any .mpy.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let frozen = root.join("frozen");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir"));
    println!("cargo:rerun-if-changed=frozen");
    let mut table = String::from("/// Frozen modules: (name, .mpy image).\n");
    table.push_str("pub static FROZEN_MODULES: &[(&str, &[u8])] = &[\n");
    for (name, path) in frozen_sources(&frozen) {
        println!("cargo:rerun-if-changed={}", path.display());
        let mpy = out.join(format!("{name}.mpy"));
        std::fs::write(&mpy, compile(&name, &path)).expect("write frozen .mpy");
        table.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            mpy.display().to_string()
        ));
    }
    table.push_str("];\n");
    std::fs::write(out.join("frozen_modules.rs"), table).expect("write frozen table");
}

/// The modules to freeze, sorted by name.
fn frozen_sources(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut v: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .filter_map(|p| Some((p.file_stem()?.to_string_lossy().into_owned(), p)))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
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
