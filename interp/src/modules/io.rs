//! The `io` module and the `open()` builtin: StringIO, BytesIO and file objects, all one native
//! `Stream` type family (buffer + position, files write through). Not buffering policies nor
//! encodings other than UTF-8.

use super::arg0;
use super::{add_property, def_fn, module_type, new_native, set_attr};
use crate::builtins::args::{arg_or_kw, check_args, check_count};
use crate::obj::*;
use crate::runtime::{bytes, list, str as pystr, types};
use crate::vm::{PyErr, PyResult, Vm};
use std::fs::File;
use std::io::{Seek, SeekFrom, Write};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    StringIO,
    BytesIO,
    File,
}

pub struct Stream {
    kind: Kind,
    /// Contents (for files: what was read at open time plus our own writes).
    data: Vec<u8>,
    pos: usize,
    text: bool,
    file: Option<File>,
    append: bool,
    readable: bool,
    writable: bool,
    closed: bool,
    name: String,
    mode: String,
}
crate::native_no_trace!(Stream);

const METHODS: &[(&str, NativeFn)] = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("seek", seek),
    ("tell", tell),
    ("close", close),
    ("flush", flush),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("truncate", truncate),
    ("__iter__", iter_self),
    ("__next__", next_line),
    ("__enter__", iter_self),
    ("__exit__", exit),
];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "io")?;
    let s = stream_type(vm, "StringIO", Kind::StringIO)?;
    set_attr(vm, m, "StringIO", s)?;
    let b = stream_type(vm, "BytesIO", Kind::BytesIO)?;
    set_attr(vm, m, "BytesIO", b)?;
    def_fn(vm, m, "open", open)?;
    let e = unsupported_type(vm)?;
    set_attr(vm, m, "UnsupportedOperation", e)?;
    let t = stream_type(vm, "TextIOFile", Kind::File)?;
    set_attr(vm, m, "TextIOWrapper", t)?;
    let f = stream_type(vm, "FileIO", Kind::File)?;
    set_attr(vm, m, "FileIO", f)?;
    Ok(m)
}

/// Install `open` in builtins (called at start-up).
pub fn register_open(vm: &mut Vm) {
    crate::builtins::def_fn(vm, "open", open);
}

fn unsupported_type(vm: &mut Vm) -> PyResult {
    let base = vm.exc.os_error;
    super::module_exception(vm, "io.UnsupportedOperation", "UnsupportedOperation", base)
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match unsupported_type(vm) {
        Ok(t) => vm.new_exc_msg(t, msg),
        Err(e) => e,
    }
}

fn stream_type(vm: &mut Vm, name: &'static str, kind: Kind) -> PyResult {
    if let Some(&t) = vm.module_types.get(name) {
        return Ok(t);
    }
    let t = module_type(vm, name, METHODS)?;
    match kind {
        Kind::StringIO => crate::runtime::types::add_method(vm, t, "__new__", new_stringio),
        Kind::BytesIO => crate::runtime::types::add_method(vm, t, "__new__", new_bytesio),
        Kind::File => {}
    }
    if kind != Kind::File {
        crate::runtime::types::add_method(vm, t, "getvalue", getvalue);
    }
    add_property(vm, t, "closed", closed)?;
    if kind == Kind::File {
        add_property(vm, t, "name", name_prop)?;
        add_property(vm, t, "mode", mode_prop)?;
    }
    Ok(t)
}

fn new_memory(vm: &mut Vm, args: &[Obj], kw: Kw, text: bool) -> PyResult {
    check_count(vm, if text { "StringIO" } else { "BytesIO" }, args, 1, 2)?;
    let init = arg_or_kw(
        args,
        kw,
        1,
        if text {
            "initial_value"
        } else {
            "initial_bytes"
        },
    );
    let data = match init {
        None => Vec::new(),
        Some(o) if o.is_none() => Vec::new(),
        Some(o) if text => match pystr::try_str(o) {
            Some(s) => s.as_bytes().to_vec(),
            None => {
                let msg = format!(
                    "initial_value must be str or None, not {}",
                    types::type_name_of(vm, o)
                );
                return Err(vm.type_error(&msg));
            }
        },
        Some(o) => super::buffer_bytes(vm, o)?,
    };
    let kind = if text { Kind::StringIO } else { Kind::BytesIO };
    let s = Stream {
        kind,
        data,
        pos: 0,
        text,
        file: None,
        append: false,
        readable: true,
        writable: true,
        closed: false,
        name: String::new(),
        mode: String::new(),
    };
    new_native(vm, args[0], Box::new(s))
}

fn new_stringio(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    new_memory(vm, args, kw, true)
}

fn new_bytesio(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    new_memory(vm, args, kw, false)
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<(bool, bool, bool, bool, bool)> {
    // (read, write, append, truncate/create, binary)
    let mut r = false;
    let mut w = false;
    let mut a = false;
    let mut x = false;
    let mut plus = false;
    let mut b = false;
    let mut t = false;
    for c in mode.chars() {
        match c {
            'r' => r = true,
            'w' => w = true,
            'a' => a = true,
            'x' => x = true,
            '+' => plus = true,
            'b' => b = true,
            't' => t = true,
            _ => {
                let msg = format!("invalid mode: '{mode}'");
                return Err(vm.value_error(&msg));
            }
        }
    }
    if (r as u8 + w as u8 + a as u8 + x as u8) != 1 || (b && t) {
        let msg = if b && t {
            "can't have text and binary mode at once".to_string()
        } else {
            format!("invalid mode: '{mode}'")
        };
        return Err(vm.value_error(&msg));
    }
    Ok((r || plus, w || a || x || plus, a, w || x, b))
}

fn open(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "open", args, 1, 8)?;
    let path = match pystr::try_str(args[0]) {
        Some(p) => p.to_string(),
        None => {
            let msg = format!(
                "expected str, bytes or os.PathLike object, not {}",
                types::type_name_of(vm, args[0])
            );
            return Err(vm.type_error(&msg));
        }
    };
    let mode = match arg_or_kw(args, kw, 1, "mode") {
        Some(m) => crate::builtins::args::arg_str(vm, m, "open() argument 'mode'")?.to_string(),
        None => "r".to_string(),
    };
    let (rd, wr, app, trunc, bin) = parse_mode(vm, &mode)?;
    let create_new = mode.contains('x');
    let mut oo = std::fs::OpenOptions::new();
    oo.read(rd).write(wr && !app).append(app);
    if trunc || app {
        oo.create(true);
    }
    if mode.contains('w') {
        oo.truncate(true);
    }
    if create_new {
        oo.create_new(true);
    }
    let mut f = oo
        .open(&path)
        .map_err(|e| super::os::os_error(vm, &e, Some(&path)))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(super::os::os_error(vm, &e, Some(&path)));
    }
    let mut data = Vec::new();
    if rd {
        use std::io::Read;
        f.read_to_end(&mut data)
            .map_err(|e| super::os::os_error(vm, &e, Some(&path)))?;
        let _ = f.seek(SeekFrom::Start(0));
    }
    let pos = if app { data.len() } else { 0 };
    let s = Stream {
        kind: Kind::File,
        data,
        pos,
        text: !bin,
        file: Some(f),
        append: app,
        readable: rd,
        writable: wr,
        closed: false,
        name: path,
        mode,
    };
    let tname = if bin { "FileIO" } else { "TextIOFile" };
    let t = stream_type(vm, tname, Kind::File)?;
    let o = new_native(vm, t, Box::new(s))?;
    Ok(o)
}

fn stream(vm: &mut Vm, o: Obj) -> PyResult<&'static mut Stream> {
    super::native_arg::<Stream>(vm, o, "_io._IOBase")
}

fn open_stream(vm: &mut Vm, o: Obj) -> PyResult<&'static mut Stream> {
    let s = stream(vm, o)?;
    if s.closed {
        let msg = if s.kind != Kind::StringIO {
            "I/O operation on closed file."
        } else {
            "I/O operation on closed file"
        };
        return Err(vm.value_error(msg));
    }
    Ok(s)
}

fn readable_stream(vm: &mut Vm, o: Obj) -> PyResult<&'static mut Stream> {
    let s = open_stream(vm, o)?;
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(s)
}

/// The output value for a chunk of the buffer (str for text streams, bytes otherwise).
fn make_out(vm: &mut Vm, text: bool, b: &[u8]) -> PyResult {
    if text {
        pystr::new_string(vm, String::from_utf8_lossy(b).into_owned())
    } else {
        bytes::new_bytes(vm, b)
    }
}

/// Byte length of the first `n` characters of `b` (UTF-8).
fn char_span(b: &[u8], n: usize) -> usize {
    let mut chars = 0;
    for (i, &c) in b.iter().enumerate() {
        if c & 0xc0 != 0x80 {
            if chars == n {
                return i;
            }
            chars += 1;
        }
    }
    b.len()
}

fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xc0 != 0x80).count()
}

fn size_arg(vm: &mut Vm, args: &[Obj], kw: Kw, i: usize) -> PyResult<Option<usize>> {
    match arg_or_kw(args, kw, i, "size") {
        Some(o) if !o.is_none() => {
            let n = crate::builtins::arg_i64(vm, o, "read")?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        _ => Ok(None),
    }
}

fn read(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "read", args, 1, 2)?;
    let n = size_arg(vm, args, kw, 1)?;
    if let Some(s) = super::native_ref::<Stream>(args[0]) {
        if s.closed && s.kind == Kind::File && !s.text {
            return Err(vm.value_error("read of closed file"));
        }
    }
    let s = readable_stream(vm, arg0(args))?;
    let start = s.pos.min(s.data.len());
    let rest = &s.data[start..];
    let len = match n {
        None => rest.len(),
        Some(n) if s.text => char_span(rest, n),
        Some(n) => n.min(rest.len()),
    };
    s.pos = start + len;
    let chunk = rest[..len].to_vec();
    make_out(vm, s.text, &chunk)
}

/// The next line (including its newline) as raw bytes, advancing the position.
fn take_line(s: &mut Stream, limit: Option<usize>) -> Vec<u8> {
    let start = s.pos.min(s.data.len());
    let rest = &s.data[start..];
    let mut end = rest
        .iter()
        .position(|&c| c == b'\n')
        .map(|i| i + 1)
        .unwrap_or(rest.len());
    if let Some(l) = limit {
        end = end.min(if s.text { char_span(rest, l) } else { l });
    }
    s.pos = start + end;
    rest[..end].to_vec()
}

fn readline(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "readline", args, 1, 2)?;
    let n = size_arg(vm, args, kw, 1)?;
    let s = readable_stream(vm, arg0(args))?;
    let line = take_line(s, n);
    make_out(vm, s.text, &line)
}

fn readlines(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "readlines", args, kw, 1, 2)?;
    let s = readable_stream(vm, arg0(args))?;
    let text = s.text;
    let out = list::new_list(vm, 0)?;
    vm.tmp_roots.push(out);
    let r = (|| {
        loop {
            let s = readable_stream(vm, arg0(args))?;
            let line = take_line(s, None);
            if line.is_empty() {
                break;
            }
            let o = make_out(vm, text, &line)?;
            list::list_append(vm, out, o)?;
        }
        Ok(out)
    })();
    vm.tmp_roots.pop();
    r
}

fn next_line(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let s = readable_stream(vm, arg0(args))?;
    let line = take_line(s, None);
    if line.is_empty() {
        return Err(vm.new_exc(vm.exc.stop_iteration));
    }
    make_out(vm, s.text, &line)
}

fn write_bytes(vm: &mut Vm, s: &mut Stream, b: &[u8]) -> PyResult<()> {
    if s.append {
        s.pos = s.data.len();
    }
    let end = s.pos.saturating_add(b.len());
    if end > s.data.len() {
        // A write after a seek far past the end: the gap is zero-filled in memory.
        crate::builtins::str_methods::check_size(vm, end)?;
    }
    if s.pos > s.data.len() {
        s.data.resize(s.pos, 0);
    }
    let start = s.pos;
    if end > s.data.len() {
        s.data.resize(end, 0);
    }
    s.data[start..end].copy_from_slice(b);
    s.pos = end;
    if let Some(f) = s.file.as_mut() {
        let r = if s.append {
            f.write_all(b)
        } else {
            f.seek(SeekFrom::Start(start as u64))
                .and_then(|_| f.write_all(b))
        };
        r.map_err(|e| super::os::os_error(vm, &e, None))?;
    }
    Ok(())
}

fn write(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "write", args, kw, 2, 2)?;
    let s = open_stream(vm, arg0(args))?;
    if !s.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let o = args[1];
    if s.text {
        let t = match pystr::try_str(o) {
            Some(t) => t,
            None => {
                let msg = if s.kind == Kind::StringIO {
                    format!(
                        "string argument expected, got '{}'",
                        types::type_name_of(vm, o)
                    )
                } else {
                    format!(
                        "write() argument must be str, not {}",
                        types::type_name_of(vm, o)
                    )
                };
                return Err(vm.type_error(&msg));
            }
        };
        write_bytes(vm, s, t.as_bytes())?;
        return Ok(Obj::small_int(t.chars().count() as i64));
    }
    if pystr::is_str(o) {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    let b = super::buffer_bytes(vm, o)?;
    write_bytes(vm, s, &b)?;
    Ok(Obj::small_int(b.len() as i64))
}

fn writelines(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "writelines", args, kw, 2, 2)?;
    let l = crate::runtime::iter::collect_list(vm, args[1])?;
    vm.tmp_roots.push(l);
    let r = (|| {
        for x in list::list_items(l).to_vec() {
            write(vm, &[args[0], x], Kw::NONE)?;
        }
        Ok(Obj::NONE)
    })();
    vm.tmp_roots.pop();
    r
}

fn seek(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "seek", args, kw, 2, 3)?;
    let off = crate::builtins::arg_i64(vm, args[1], "seek")?;
    let whence = match args.get(2) {
        Some(&w) => crate::builtins::arg_i64(vm, w, "seek")?,
        None => 0,
    };
    let s = open_stream(vm, arg0(args))?;
    let base = match whence {
        0 => 0,
        1 if s.kind == Kind::StringIO => {
            (char_count(&s.data[..s.pos.min(s.data.len())]) + s.pos.saturating_sub(s.data.len()))
                as i64
        }
        2 if s.kind == Kind::StringIO => char_count(&s.data) as i64,
        1 => s.pos as i64,
        2 => s.data.len() as i64,
        _ => {
            let msg = format!("invalid whence ({whence}, should be 0, 1 or 2)");
            return Err(vm.value_error(&msg));
        }
    };
    if s.text && whence != 0 && off != 0 {
        return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
    }
    let p = base + off;
    if p < 0 {
        let msg = format!("negative seek value {p}");
        return Err(vm.value_error(&msg));
    }
    s.pos = if s.kind == Kind::StringIO {
        char_span(&s.data, p as usize) + (p as usize).saturating_sub(char_count(&s.data))
    } else {
        p as usize
    };
    // Positions past the small-int range (a seek to 1 << 62) are boxed ints.
    crate::runtime::int::int_from_i64(vm, p)
}

fn tell(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "tell", args, kw, 1, 1)?;
    let s = open_stream(vm, arg0(args))?;
    if s.kind == Kind::StringIO {
        let p = s.pos.min(s.data.len());
        let extra = s.pos - p;
        let t = (char_count(&s.data[..p]) + extra) as i64;
        return crate::runtime::int::int_from_i64(vm, t);
    }
    let t = s.pos as i64;
    crate::runtime::int::int_from_i64(vm, t)
}

fn truncate(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "truncate", args, kw, 1, 2)?;
    let n = match args.get(1) {
        Some(&o) if !o.is_none() => crate::builtins::arg_i64(vm, o, "truncate")?.max(0) as usize,
        _ => open_stream(vm, arg0(args))?.pos,
    };
    let s = open_stream(vm, arg0(args))?;
    s.data.truncate(n);
    if let Some(f) = s.file.as_mut() {
        f.set_len(n as u64)
            .map_err(|e| super::os::os_error(vm, &e, None))?;
    }
    crate::runtime::int::int_from_i64(vm, n as i64)
}

fn close(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "close", args, kw, 1, 1)?;
    let s = stream(vm, arg0(args))?;
    if let Some(mut f) = s.file.take() {
        let _ = f.flush();
    }
    s.closed = true;
    Ok(Obj::NONE)
}

fn flush(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "flush", args, kw, 1, 1)?;
    let s = open_stream(vm, arg0(args))?;
    if let Some(f) = s.file.as_mut() {
        let _ = f.flush();
    }
    Ok(Obj::NONE)
}

fn readable(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::from_bool(open_stream(vm, arg0(args))?.readable))
}

fn writable(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::from_bool(open_stream(vm, arg0(args))?.writable))
}

fn seekable(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    open_stream(vm, arg0(args))?;
    Ok(Obj::TRUE)
}

fn iter_self(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "iter_self", args, 1, usize::MAX)?;
    open_stream(vm, arg0(args))?;
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    close(vm, &args[..1], Kw::NONE)?;
    Ok(Obj::NONE)
}

fn getvalue(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "getvalue", args, kw, 1, 1)?;
    let s = open_stream(vm, arg0(args))?;
    let d = s.data.clone();
    make_out(vm, s.kind == Kind::StringIO, &d)
}

fn closed(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::from_bool(stream(vm, arg0(args))?.closed))
}

fn name_prop(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let n = stream(vm, arg0(args))?.name.clone();
    pystr::new_string(vm, n)
}

fn mode_prop(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let m = stream(vm, arg0(args))?.mode.clone();
    pystr::new_string(vm, m)
}
