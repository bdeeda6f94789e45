//! The import system: sys.modules, built-in modules, frozen modules, .py/.mpy files and packages
//! on sys.path, relative imports, `from m import x`, `import *`.
//! Not the modules themselves (modules/).

use crate::frontend::{self, SourceMode};
use crate::obj::*;
use crate::runtime::{attr, dict, list, str as pystr, tuple};
use crate::vm::{PyResult, Vm};

/// The sys.path entry standing for the frozen modules (MicroPython's name).
pub const FROZEN_PATH: &str = ".frozen";

pub fn new_module(vm: &mut Vm, name: &str) -> PyResult {
    let d = dict::new_dict(vm)?;
    vm.tmp_roots.push(d);
    let name_o = pystr::new_str(vm, name)?;
    let ty = vm.types.module;
    let r = vm.alloc::<ModuleObj>(ObjKind::Module, ty, 0);
    vm.tmp_roots.pop();
    let m = r?;
    m.name = name_o;
    m.dict = d;
    let k = vm.names.__name__;
    dict::dict_store(vm, d, k, name_o)?;
    Ok(Obj::from_ptr(m))
}

pub fn module_dict(m: Obj) -> Obj {
    cast::<ModuleObj>(m).dict
}

fn import_error(vm: &mut Vm, name: &str) -> crate::vm::PyErr {
    vm.new_exc_msg(
        vm.exc.module_not_found_error,
        &format!("No module named '{name}'"),
    )
}

/// Resolve a relative module name against the importing module's globals.
fn resolve_name(vm: &mut Vm, globals: Obj, name: &str, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let modname = match dict::dict_get_str(vm, globals, vm.names.__name__)? {
        Some(n) => pystr::try_str(n).unwrap_or("").to_string(),
        None => String::new(),
    };
    let is_pkg = dict::dict_get_str(vm, globals, vm.names.__path__)?.is_some();
    let mut parts: Vec<&str> = if modname.is_empty() {
        vec![]
    } else {
        modname.split('.').collect()
    };
    if !is_pkg {
        parts.pop();
    }
    for _ in 1..level {
        if parts.pop().is_none() {
            break;
        }
    }
    if parts.is_empty() {
        return Err(vm.new_exc_msg(
            vm.exc.import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = parts.join(".");
    if !name.is_empty() {
        base.push('.');
        base.push_str(name);
    }
    Ok(base)
}

/// IMPORT_NAME.
pub fn import_name(vm: &mut Vm, globals: Obj, name: Obj, fromlist: Obj, level: Obj) -> PyResult {
    let level = level.as_small_int().unwrap_or(0).max(0) as usize;
    let name_s = pystr::as_rust_str(name).to_string();
    let full = resolve_name(vm, globals, &name_s, level)?;
    let leaf = import_module(vm, &full)?;
    let has_fromlist = !fromlist.is_null()
        && !fromlist.is_none()
        && tuple::try_tuple(fromlist)
            .map(|t| !t.is_empty())
            .unwrap_or(true);
    if has_fromlist || level > 0 && name_s.is_empty() {
        return Ok(leaf);
    }
    // `import a.b.c` binds `a`.
    let top = full.split('.').next().unwrap_or(&full).to_string();
    if level > 0 {
        return Ok(leaf);
    }
    lookup_sys_module(vm, &top)?.map(Ok).unwrap_or(Ok(leaf))
}

fn lookup_sys_module(vm: &mut Vm, name: &str) -> PyResult<Option<Obj>> {
    let k = pystr::new_str(vm, name)?;
    let mods = vm.modules;
    dict::dict_lookup(vm, mods, k)
}

/// Import a module by absolute dotted name, importing its parents first. Returns the leaf.
pub fn import_module(vm: &mut Vm, full: &str) -> PyResult {
    if let Some(m) = lookup_sys_module(vm, full)? {
        return Ok(m);
    }
    let mut parent = Obj::NULL;
    let mut so_far = String::new();
    for part in full.split('.') {
        if !so_far.is_empty() {
            so_far.push('.');
        }
        so_far.push_str(part);
        parent = match lookup_sys_module(vm, &so_far)? {
            Some(m) => m,
            None => load_module(vm, &so_far, part, parent)?,
        };
    }
    Ok(parent)
}

/// Find and execute one module (its parent, if any, is already imported).
fn load_module(vm: &mut Vm, full: &str, part: &str, parent: Obj) -> PyResult {
    if part.is_empty() {
        return Err(import_error(vm, full));
    }
    // Built-in modules (only top-level names).
    if parent.is_null() {
        if let Some(m) = crate::modules::make_builtin_module(vm, full)? {
            register_module(vm, full, m)?;
            return Ok(m);
        }
    }
    // Search directories: the parent's __path__, or sys.path.
    let dirs: Vec<String> = if parent.is_null() {
        list::list_items(vm.sys_path)
            .iter()
            .filter_map(|&p| pystr::try_str(p).map(|s| s.to_string()))
            .collect()
    } else {
        let pd = crate::runtime::import::module_dict(parent);
        match dict::dict_get_str(vm, pd, vm.names.__path__)? {
            Some(p) => vec![pystr::try_str(p).unwrap_or("").to_string()],
            None => return Err(import_error(vm, full)),
        }
    };
    for dir in dirs {
        // MicroPython's sys.path entry for modules frozen into the binary (run in place), and
        // the `__path__` of a frozen package (`.frozen/pkg`).
        if let Some(prefix) = frozen_prefix(&dir) {
            let key = if prefix.is_empty() {
                part.to_string()
            } else {
                format!("{prefix}/{part}")
            };
            let init = format!("{key}/__init__");
            if let Some(data) = vm.frozen.get(&init).copied() {
                let pkg = format!("{FROZEN_PATH}/{key}");
                let file = format!("{pkg}/__init__.py");
                let m = exec_module_from_mpy(
                    vm,
                    full,
                    &file,
                    frontend::MpySource::Static(data),
                    Some(&pkg),
                )?;
                bind_in_parent(vm, parent, part, m)?;
                return Ok(m);
            }
            if let Some(data) = vm.frozen.get(&key).copied() {
                let file = format!("{FROZEN_PATH}/{key}.py");
                let m =
                    exec_module_from_mpy(vm, full, &file, frontend::MpySource::Static(data), None)?;
                bind_in_parent(vm, parent, part, m)?;
                return Ok(m);
            }
            continue;
        }
        let base = if dir.is_empty() {
            part.to_string()
        } else {
            format!("{dir}/{part}")
        };
        let init_py = format!("{base}/__init__.py");
        let init_mpy = format!("{base}/__init__.mpy");
        if std::path::Path::new(&init_py).is_file() {
            return exec_module_from_file(vm, full, &init_py, Some(&base), parent, part);
        }
        if std::path::Path::new(&init_mpy).is_file() {
            return exec_module_from_file(vm, full, &init_mpy, Some(&base), parent, part);
        }
        if std::path::Path::new(&base).is_dir()
            && !std::path::Path::new(&format!("{base}.py")).is_file()
        {
            // Namespace package (a directory without __init__).
            let m = new_module(vm, full)?;
            let pv = pystr::new_str(vm, &base)?;
            let k = vm.names.__path__;
            dict::dict_store(vm, module_dict(m), k, pv)?;
            register_module(vm, full, m)?;
            bind_in_parent(vm, parent, part, m)?;
            return Ok(m);
        }
        let py = format!("{base}.py");
        if std::path::Path::new(&py).is_file() {
            return exec_module_from_file(vm, full, &py, None, parent, part);
        }
        let mpy = format!("{base}.mpy");
        if std::path::Path::new(&mpy).is_file() {
            return exec_module_from_file(vm, full, &mpy, None, parent, part);
        }
    }
    // As MicroPython: `import utime` finds the built-in `time` when no `utime` module exists
    // (the u-prefixed names of older releases; also `uasyncio` for the frozen asyncio). The
    // same module object either way, keeping its own `__name__`.
    if parent.is_null() {
        if let Some(plain) = full.strip_prefix('u').filter(|p| !p.is_empty()) {
            let known = crate::modules::builtin_module_names().contains(&plain)
                || vm.frozen.contains_key(plain)
                || vm.frozen.contains_key(&format!("{plain}/__init__"));
            if known {
                let m = import_module(vm, plain)?;
                register_module(vm, full, m)?;
                return Ok(m);
            }
        }
    }
    Err(import_error(vm, full))
}

/// For the `.frozen` path entry or a frozen package's `__path__` (`.frozen/pkg/sub`): the key
/// prefix of `vm.frozen` below it (`""`, `pkg/sub`). None for a file-system directory.
fn frozen_prefix(dir: &str) -> Option<&str> {
    let rest = dir.strip_prefix(FROZEN_PATH)?;
    if rest.is_empty() {
        Some("")
    } else {
        rest.strip_prefix('/')
    }
}

fn register_module(vm: &mut Vm, name: &str, m: Obj) -> PyResult<()> {
    let k = pystr::new_str(vm, name)?;
    let mods = vm.modules;
    dict::dict_store(vm, mods, k, m)
}

fn unregister_module(vm: &mut Vm, name: &str) {
    if let Ok(k) = pystr::new_str(vm, name) {
        let mods = vm.modules;
        let _ = dict::dict_delete(vm, mods, k);
    }
}

fn bind_in_parent(vm: &mut Vm, parent: Obj, part: &str, m: Obj) -> PyResult<()> {
    if !parent.is_null() {
        let k = vm.intern(part);
        dict::dict_store(vm, module_dict(parent), k, m)?;
    }
    Ok(())
}

fn exec_module_from_file(
    vm: &mut Vm,
    full: &str,
    path: &str,
    pkg_dir: Option<&str>,
    parent: Obj,
    part: &str,
) -> PyResult {
    let cannot_read = |vm: &mut Vm, e: std::io::Error| {
        vm.new_exc_msg(vm.exc.import_error, &format!("cannot read {path}: {e}"))
    };
    let m = if path.ends_with(".mpy") {
        let src = match frontend::MpySource::open(path, vm.opts.mpy_in_place) {
            Ok(s) => s,
            Err(e) => return Err(cannot_read(vm, e)),
        };
        exec_module_from_mpy(vm, full, path, src, pkg_dir)?
    } else {
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) => return Err(cannot_read(vm, e)),
        };
        let src = match String::from_utf8(data) {
            Ok(s) => s,
            Err(_) => {
                return Err(vm.new_exc_msg(vm.exc.syntax_error, &format!("invalid UTF-8 in {path}")))
            }
        };
        let m = new_module(vm, full)?;
        vm.tmp_roots.push(m);
        let r = (|| {
            set_module_attrs(vm, m, path, pkg_dir)?;
            register_module(vm, full, m)?;
            let code = frontend::compile_to_code(vm, &src, path, SourceMode::Exec)?;
            let d = module_dict(m);
            crate::vm::frame::run_code_with_locals(vm, code, d, d, Obj::NULL)?;
            Ok(m)
        })();
        vm.tmp_roots.pop();
        if r.is_err() {
            unregister_module(vm, full);
        }
        r?
    };
    bind_in_parent(vm, parent, part, m)?;
    Ok(m)
}

fn set_module_attrs(vm: &mut Vm, m: Obj, path: &str, pkg_dir: Option<&str>) -> PyResult<()> {
    let d = module_dict(m);
    let f = pystr::new_str(vm, path)?;
    let k = vm.names.__file__;
    dict::dict_store(vm, d, k, f)?;
    if let Some(p) = pkg_dir {
        let pv = pystr::new_str(vm, p)?;
        let k = vm.names.__path__;
        dict::dict_store(vm, d, k, pv)?;
    }
    Ok(())
}

/// Execute a module from a .mpy image (file bytes, mapping or frozen data).
pub fn exec_module_from_mpy(
    vm: &mut Vm,
    full: &str,
    path: &str,
    src: frontend::MpySource,
    pkg_dir: Option<&str>,
) -> PyResult {
    let m = new_module(vm, full)?;
    vm.tmp_roots.push(m);
    let r = (|| {
        set_module_attrs(vm, m, path, pkg_dir)?;
        register_module(vm, full, m)?;
        let code = frontend::load_mpy_source(vm, src)?;
        let d = module_dict(m);
        crate::vm::frame::run_code_with_locals(vm, code, d, d, Obj::NULL)?;
        Ok(m)
    })();
    vm.tmp_roots.pop();
    if r.is_err() {
        unregister_module(vm, full);
    }
    r
}

/// IMPORT_FROM.
pub fn import_from(vm: &mut Vm, m: Obj, name: Obj) -> PyResult {
    if let Some(v) = attr::try_load_attr(vm, m, name)? {
        return Ok(v);
    }
    // A submodule not imported yet.
    if is_kind(m, ObjKind::Module) {
        let mname = pystr::try_str(cast::<ModuleObj>(m).name)
            .unwrap_or("")
            .to_string();
        let full = format!("{}.{}", mname, pystr::as_rust_str(name));
        if let Ok(sub) = import_module(vm, &full) {
            return Ok(sub);
        }
        let msg = format!(
            "cannot import name '{}' from '{}'",
            pystr::as_rust_str(name),
            mname
        );
        return Err(vm.new_exc_msg(vm.exc.import_error, &msg));
    }
    let msg = format!("cannot import name '{}'", pystr::as_rust_str(name));
    Err(vm.new_exc_msg(vm.exc.import_error, &msg))
}

/// IMPORT_STAR: copy the public names of module `m` into `dest`.
pub fn import_star(vm: &mut Vm, m: Obj, dest: Obj) -> PyResult<()> {
    let src = match attr::instance_dict(m) {
        Some(d) => d,
        None => return Ok(()),
    };
    if let Some(all) = dict::dict_get_str(vm, src, vm.names.__all__)? {
        let names = crate::runtime::iter::collect_list(vm, all)?;
        vm.tmp_roots.push(names);
        let r = (|| {
            for &n in list::list_items(names).to_vec().iter() {
                let v = attr::load_attr(vm, m, n)?;
                crate::runtime::names::store_name(vm, dest, n, v)?;
            }
            Ok(())
        })();
        vm.tmp_roots.pop();
        return r;
    }
    let entries: Vec<DictEntry> = dict::dict_entries(src).collect();
    for e in entries {
        if let Some(s) = pystr::try_str(e.key) {
            if !s.starts_with('_') {
                crate::runtime::names::store_name(vm, dest, e.key, e.value)?;
            }
        }
    }
    Ok(())
}
