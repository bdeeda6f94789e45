//! The `os` module (files, directories, environment, urandom, a small os.path) and the `errno`
//! module, plus `os_error` which turns Rust I/O errors into OSError subclasses. Not processes.

use super::{def_fn, set_attr};
use crate::builtins::args::{arg_str, check_args};
use crate::obj::*;
use crate::runtime::{bytes, dict, int, list, str as pystr, tuple};
use crate::vm::{PyErr, PyResult, Vm};

const ERRNOS: &[(&str, i32)] = &[
    ("EPERM", libc::EPERM),
    ("ENOENT", libc::ENOENT),
    ("ESRCH", libc::ESRCH),
    ("EINTR", libc::EINTR),
    ("EIO", libc::EIO),
    ("ENXIO", libc::ENXIO),
    ("E2BIG", libc::E2BIG),
    ("EBADF", libc::EBADF),
    ("ECHILD", libc::ECHILD),
    ("EAGAIN", libc::EAGAIN),
    ("ENOMEM", libc::ENOMEM),
    ("EACCES", libc::EACCES),
    ("EFAULT", libc::EFAULT),
    ("EBUSY", libc::EBUSY),
    ("EEXIST", libc::EEXIST),
    ("EXDEV", libc::EXDEV),
    ("ENODEV", libc::ENODEV),
    ("ENOTDIR", libc::ENOTDIR),
    ("EISDIR", libc::EISDIR),
    ("EINVAL", libc::EINVAL),
    ("ENFILE", libc::ENFILE),
    ("EMFILE", libc::EMFILE),
    ("ENOSPC", libc::ENOSPC),
    ("ESPIPE", libc::ESPIPE),
    ("EROFS", libc::EROFS),
    ("EPIPE", libc::EPIPE),
    ("ERANGE", libc::ERANGE),
    ("ENAMETOOLONG", libc::ENAMETOOLONG),
    ("ENOTEMPTY", libc::ENOTEMPTY),
    ("EOPNOTSUPP", libc::EOPNOTSUPP),
    ("EADDRINUSE", libc::EADDRINUSE),
    ("ECONNABORTED", libc::ECONNABORTED),
    ("ECONNRESET", libc::ECONNRESET),
    ("ENOBUFS", libc::ENOBUFS),
    ("ENOTCONN", libc::ENOTCONN),
    ("ETIMEDOUT", libc::ETIMEDOUT),
    ("ECONNREFUSED", libc::ECONNREFUSED),
    ("EHOSTUNREACH", libc::EHOSTUNREACH),
    ("EALREADY", libc::EALREADY),
    ("EINPROGRESS", libc::EINPROGRESS),
];

pub fn init_errno(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "errno")?;
    let codes = dict::new_dict(vm)?;
    set_attr(vm, m, "errorcode", codes)?;
    for &(n, v) in ERRNOS {
        set_attr(vm, m, n, Obj::small_int(v as i64))?;
        let name = vm.intern(n);
        dict::dict_store(vm, codes, Obj::small_int(v as i64), name)?;
    }
    Ok(m)
}

/// The C library's message for errno `code`, without Rust's " (os error N)" suffix.
fn strerror(code: i32) -> String {
    let s = std::io::Error::from_raw_os_error(code).to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn builtin_class(vm: &mut Vm, name: &str) -> Obj {
    let bi = vm.builtins;
    dict::dict_get_name(vm, bi, name)
        .ok()
        .flatten()
        .unwrap_or(vm.exc.os_error)
}

/// An OSError (or the matching subclass) for an I/O error: args (errno, strerror), plus
/// `strerror` and `filename` attributes.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let code = e.raw_os_error().unwrap_or(libc::EIO);
    let cls = match code {
        libc::ENOENT => builtin_class(vm, "FileNotFoundError"),
        libc::EEXIST => builtin_class(vm, "FileExistsError"),
        libc::EACCES | libc::EPERM => builtin_class(vm, "PermissionError"),
        libc::EISDIR => builtin_class(vm, "IsADirectoryError"),
        libc::ENOTDIR => builtin_class(vm, "NotADirectoryError"),
        _ => vm.exc.os_error,
    };
    match make_os_error(vm, cls, code, filename) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn make_os_error(vm: &mut Vm, cls: Obj, code: i32, filename: Option<&str>) -> PyResult {
    let msg = pystr::new_string(vm, strerror(code))?;
    vm.tmp_roots.push(msg);
    let r = (|| {
        let e = crate::runtime::exc::new_exception(vm, cls, &[Obj::small_int(code as i64), msg])?;
        vm.tmp_roots.push(e);
        let r = (|| {
            let d = dict::new_dict(vm)?;
            cast_mut::<ExceptionObj>(e).dict = d;
            let k = vm.intern("strerror");
            dict::dict_store(vm, d, k, msg)?;
            let f = match filename {
                Some(f) => pystr::new_str(vm, f)?,
                None => Obj::NONE,
            };
            let k = vm.intern("filename");
            dict::dict_store(vm, d, k, f)?;
            Ok(e)
        })();
        vm.tmp_roots.pop();
        r
    })();
    vm.tmp_roots.pop();
    r
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "os")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("getcwd", getcwd),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("stat", stat),
        ("chdir", chdir),
        ("getenv", getenv),
        ("putenv", putenv),
        ("urandom", urandom),
        ("getpid", getpid),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    let sep = pystr::new_str(vm, "/")?;
    set_attr(vm, m, "sep", sep)?;
    let name = pystr::new_str(vm, "posix")?;
    set_attr(vm, m, "name", name)?;
    let env = dict::new_dict(vm)?;
    set_attr(vm, m, "environ", env)?;
    for (k, v) in std::env::vars() {
        let ko = pystr::new_string(vm, k)?;
        vm.tmp_roots.push(ko);
        let vo = pystr::new_string(vm, v);
        vm.tmp_roots.pop();
        let vo = vo?;
        dict::dict_store(vm, env, ko, vo)?;
    }
    let p = path_module(vm)?;
    set_attr(vm, m, "path", p)?;
    Ok(m)
}

fn path_module(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "os.path")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("exists", path_exists),
        ("isfile", path_isfile),
        ("isdir", path_isdir),
        ("getsize", path_getsize),
        ("join", path_join),
        ("basename", path_basename),
        ("dirname", path_dirname),
        ("split", path_split),
        ("abspath", path_abspath),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    let sep = pystr::new_str(vm, "/")?;
    set_attr(vm, m, "sep", sep)?;
    Ok(m)
}

fn path_arg(vm: &mut Vm, args: &[Obj], i: usize) -> PyResult<String> {
    match args.get(i) {
        Some(&o) => {
            if let Some(b) = bytes::try_bytes(o) {
                return Ok(String::from_utf8_lossy(b).into_owned());
            }
            Ok(arg_str(vm, o, "path")?.to_string())
        }
        None => Ok(".".to_string()),
    }
}

fn none_or_err(vm: &mut Vm, r: std::io::Result<()>, path: &str) -> PyResult {
    r.map(|_| Obj::NONE)
        .map_err(|e| os_error(vm, &e, Some(path)))
}

fn getcwd(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "getcwd", args, kw, 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
    pystr::new_string(vm, d.to_string_lossy().into_owned())
}

fn listdir(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "listdir", args, kw, 0, 1)?;
    let p = path_arg(vm, args, 0)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    let mut names: Vec<String> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let l = list::new_list(vm, names.len())?;
    vm.tmp_roots.push(l);
    let r = (|| {
        for n in names {
            let s = pystr::new_string(vm, n)?;
            list::list_append(vm, l, s)?;
        }
        Ok(l)
    })();
    vm.tmp_roots.pop();
    r
}

fn mkdir(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "mkdir", args, kw, 1, 2)?;
    let p = path_arg(vm, args, 0)?;
    let r = std::fs::create_dir(&p);
    none_or_err(vm, r, &p)
}

fn makedirs(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "makedirs", args, 1, 3)?;
    let p = path_arg(vm, args, 0)?;
    let exist_ok = match crate::builtins::args::arg_or_kw(args, kw, 2, "exist_ok") {
        Some(o) => crate::runtime::ops::is_true(vm, o)?,
        None => false,
    };
    if !exist_ok && std::path::Path::new(&p).exists() {
        let e = std::io::Error::from_raw_os_error(libc::EEXIST);
        return Err(os_error(vm, &e, Some(&p)));
    }
    let r = std::fs::create_dir_all(&p);
    none_or_err(vm, r, &p)
}

fn rmdir(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "rmdir", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    let r = std::fs::remove_dir(&p);
    none_or_err(vm, r, &p)
}

fn remove(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "remove", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    if std::path::Path::new(&p).is_dir() {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(os_error(vm, &e, Some(&p)));
    }
    let r = std::fs::remove_file(&p);
    none_or_err(vm, r, &p)
}

fn rename(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "rename", args, kw, 2, 2)?;
    let a = path_arg(vm, args, 0)?;
    let b = path_arg(vm, args, 1)?;
    let r = std::fs::rename(&a, &b);
    none_or_err(vm, r, &a)
}

fn stat(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    check_args(vm, "stat", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    let md = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    let vals = [
        md.mode() as i64,
        md.ino() as i64,
        md.dev() as i64,
        md.nlink() as i64,
        md.uid() as i64,
        md.gid() as i64,
        md.size() as i64,
        md.atime(),
        md.mtime(),
        md.ctime(),
    ];
    let mut items = Vec::with_capacity(10);
    for v in vals {
        items.push(int::int_from_i64(vm, v)?);
    }
    tuple::tuple_from_slice(vm, &items)
}

fn chdir(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "chdir", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    let r = std::env::set_current_dir(&p);
    none_or_err(vm, r, &p)
}

fn getenv(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "getenv", args, kw, 1, 2)?;
    let k = arg_str(vm, args[0], "key")?;
    match std::env::var(k) {
        Ok(v) => pystr::new_string(vm, v),
        Err(_) => Ok(args.get(1).copied().unwrap_or(Obj::NONE)),
    }
}

fn putenv(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "putenv", args, kw, 2, 2)?;
    let k = arg_str(vm, args[0], "key")?;
    let v = arg_str(vm, args[1], "value")?;
    if k.is_empty() || k.contains(['=', '\0']) || v.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Obj::NONE)
}

fn urandom(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    use std::io::Read;
    check_args(vm, "urandom", args, kw, 1, 1)?;
    let n = crate::builtins::arg_i64(vm, args[0], "urandom")?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    r.map_err(|e| os_error(vm, &e, None))?;
    bytes::new_bytes(vm, &buf)
}

fn getpid(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "getpid", args, kw, 0, 0)?;
    Ok(Obj::small_int(std::process::id() as i64))
}

fn path_test(vm: &mut Vm, args: &[Obj], kw: Kw, f: fn(&std::path::Path) -> bool) -> PyResult {
    check_args(vm, "path", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    Ok(Obj::from_bool(f(std::path::Path::new(&p))))
}

fn path_exists(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    path_test(vm, args, kw, |p| p.exists())
}

fn path_isfile(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    path_test(vm, args, kw, |p| p.is_file())
}

fn path_isdir(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    path_test(vm, args, kw, |p| p.is_dir())
}

fn path_getsize(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "getsize", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    let md = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    int::int_from_i64(vm, md.len() as i64)
}

fn path_join(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "join", args, kw, 1, usize::MAX)?;
    let mut out = String::new();
    for i in 0..args.len() {
        let part = path_arg(vm, args, i)?;
        if part.starts_with('/') {
            out = part;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&part);
        } else {
            out.push('/');
            out.push_str(&part);
        }
    }
    pystr::new_string(vm, out)
}

fn split_path(p: &str) -> (String, String) {
    match p.rfind('/') {
        Some(i) => {
            let head = &p[..i + 1];
            let trimmed = head.trim_end_matches('/');
            let head = if trimmed.is_empty() { head } else { trimmed };
            (head.to_string(), p[i + 1..].to_string())
        }
        None => (String::new(), p.to_string()),
    }
}

fn path_basename(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "basename", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    let (_, t) = split_path(&p);
    pystr::new_string(vm, t)
}

fn path_dirname(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "dirname", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    let (h, _) = split_path(&p);
    pystr::new_string(vm, h)
}

fn path_split(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "split", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    let (h, t) = split_path(&p);
    let ho = pystr::new_string(vm, h)?;
    vm.tmp_roots.push(ho);
    let to = pystr::new_string(vm, t);
    vm.tmp_roots.pop();
    let to = to?;
    tuple::tuple_from_slice(vm, &[ho, to])
}

fn path_abspath(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "abspath", args, kw, 1, 1)?;
    let p = path_arg(vm, args, 0)?;
    let abs = if p.starts_with('/') {
        p
    } else {
        let cwd = std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        format!("{cwd}/{p}")
    };
    // Normalise "." and ".." components.
    let mut parts: Vec<&str> = Vec::new();
    for c in abs.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(c),
        }
    }
    pystr::new_string(vm, format!("/{}", parts.join("/")))
}
