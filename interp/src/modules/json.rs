//! The `json` module: dumps/dump (CPython's separators, indent, sort_keys, ensure_ascii) and
//! loads/load (a full recursive-descent JSON parser raising JSONDecodeError). Not custom encoders.

use super::{def_fn, set_attr};
use crate::builtins::args::{arg_or_kw, check_count, check_kw};
use crate::obj::*;
use crate::runtime::{call, dict, float, int, list, ops, str as pystr, tuple, types};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "json")?;
    def_fn(vm, m, "dumps", dumps)?;
    def_fn(vm, m, "dump", dump)?;
    def_fn(vm, m, "loads", loads)?;
    def_fn(vm, m, "load", load)?;
    let e = decode_error_type(vm)?;
    set_attr(vm, m, "JSONDecodeError", e)?;
    Ok(m)
}

fn decode_error_type(vm: &mut Vm) -> PyResult {
    let base = vm.exc.value_error;
    super::module_exception(vm, "json.JSONDecodeError", "JSONDecodeError", base)
}

// ------------------------------------------------------------------------------------------------
// Encoding

struct Options {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
}

const DUMP_KW: &[&str] = &[
    "indent",
    "separators",
    "sort_keys",
    "ensure_ascii",
    "skipkeys",
    "default",
    "allow_nan",
    "cls",
    "check_circular",
];

fn options(vm: &mut Vm, kw: Kw) -> PyResult<Options> {
    check_kw(vm, "dumps", kw, DUMP_KW)?;
    let indent = match kw.get("indent") {
        None => None,
        Some(o) if o.is_none() => None,
        Some(o) => match pystr::try_str(o) {
            Some(s) => Some(s.to_string()),
            None => {
                let n = crate::builtins::arg_i64(vm, o, "indent")?;
                Some(" ".repeat(n.clamp(0, 1000) as usize))
            }
        },
    };
    let (mut item_sep, mut key_sep) = (
        if indent.is_some() { "," } else { ", " }.to_string(),
        ": ".to_string(),
    );
    if let Some(s) = kw.get("separators").filter(|s| !s.is_none()) {
        let items = crate::builtins::to_tuple(vm, s)?;
        let items = tuple::tuple_items(items);
        if items.len() != 2 {
            return Err(vm.value_error("separators must be a (item_separator, key_separator) pair"));
        }
        item_sep = crate::builtins::args::arg_str(vm, items[0], "separator")?.to_string();
        key_sep = crate::builtins::args::arg_str(vm, items[1], "separator")?.to_string();
    }
    let flag = |vm: &mut Vm, name: &str, dflt: bool| -> PyResult<bool> {
        match kw.get(name) {
            Some(o) => ops::is_true(vm, o),
            None => Ok(dflt),
        }
    };
    let sort_keys = flag(vm, "sort_keys", false)?;
    let ensure_ascii = flag(vm, "ensure_ascii", true)?;
    Ok(Options {
        indent,
        item_sep,
        key_sep,
        sort_keys,
        ensure_ascii,
    })
}

fn encode_str(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn float_text(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        }
    } else {
        float::float_repr(f)
    }
}

/// The JSON text of a dict key (str, or a scalar converted to str), None if unsupported.
fn key_text(o: Obj) -> Option<String> {
    if let Some(s) = pystr::try_str(o) {
        return Some(s.to_string());
    }
    match o {
        Obj::TRUE => return Some("true".into()),
        Obj::FALSE => return Some("false".into()),
        Obj::NONE => return Some("null".into()),
        _ => {}
    }
    if int::is_int(o) {
        return Some(int::int_to_string(o));
    }
    if o.is_float() {
        return Some(float_text(o.float_value()));
    }
    None
}

struct Encoder<'a> {
    opts: &'a Options,
    out: String,
    /// Containers being encoded (cycle detection).
    active: Vec<Obj>,
}

impl Encoder<'_> {
    fn newline(&mut self, depth: usize) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, o: Obj) -> PyResult<()> {
        vm.check_stack()?;
        if self.active.contains(&o) {
            return Err(vm.value_error("Circular reference detected"));
        }
        self.active.push(o);
        Ok(())
    }

    fn encode(&mut self, vm: &mut Vm, o: Obj, depth: usize) -> PyResult<()> {
        match o {
            Obj::NONE => {
                self.out.push_str("null");
                return Ok(());
            }
            Obj::TRUE => {
                self.out.push_str("true");
                return Ok(());
            }
            Obj::FALSE => {
                self.out.push_str("false");
                return Ok(());
            }
            _ => {}
        }
        if let Some(s) = pystr::try_str(o) {
            encode_str(&mut self.out, s, self.opts.ensure_ascii);
            return Ok(());
        }
        if int::is_int(o) {
            self.out.push_str(&int::int_to_string(o));
            return Ok(());
        }
        if o.is_float() {
            self.out.push_str(&float_text(o.float_value()));
            return Ok(());
        }
        if let Some(d) = dict::as_dict(o) {
            return self.encode_dict(vm, d, depth);
        }
        let seq = if let Some(l) = list::as_list(o) {
            Some(list::list_items(l).to_vec())
        } else {
            tuple::try_tuple(o).map(|t| t.to_vec())
        };
        if let Some(items) = seq {
            return self.encode_seq(vm, o, &items, depth);
        }
        let msg = format!(
            "Object of type {} is not JSON serializable",
            types::type_name_of(vm, o)
        );
        Err(vm.type_error(&msg))
    }

    fn encode_seq(&mut self, vm: &mut Vm, o: Obj, items: &[Obj], depth: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, o)?;
        self.out.push('[');
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.opts.item_sep);
            }
            self.newline(depth + 1);
            self.encode(vm, x, depth + 1)?;
        }
        self.newline(depth);
        self.out.push(']');
        self.active.pop();
        Ok(())
    }

    fn encode_dict(&mut self, vm: &mut Vm, d: Obj, depth: usize) -> PyResult<()> {
        let entries: Vec<(Obj, Obj)> = dict::dict_entries(d).map(|e| (e.key, e.value)).collect();
        if entries.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let mut keyed = Vec::with_capacity(entries.len());
        for (k, v) in entries {
            match key_text(k) {
                Some(t) => keyed.push((t, k, v)),
                None => {
                    let msg = format!(
                        "keys must be str, int, float, bool or None, not {}",
                        types::type_name_of(vm, k)
                    );
                    return Err(vm.type_error(&msg));
                }
            }
        }
        if self.opts.sort_keys {
            let all_str = keyed.iter().all(|(_, k, _)| pystr::is_str(*k));
            if !all_str {
                // CPython compares the original keys; mixing types fails.
                let first = keyed[0].1;
                if keyed
                    .iter()
                    .any(|(_, k, _)| types::type_of(vm, *k) != types::type_of(vm, first))
                {
                    return Err(
                        vm.type_error("'<' not supported between instances of different key types")
                    );
                }
            }
            keyed.sort_by(|a, b| a.0.cmp(&b.0));
        }
        self.enter(vm, d)?;
        self.out.push('{');
        for (i, (t, _, v)) in keyed.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.opts.item_sep);
            }
            self.newline(depth + 1);
            encode_str(&mut self.out, t, self.opts.ensure_ascii);
            self.out.push_str(&self.opts.key_sep);
            self.encode(vm, *v, depth + 1)?;
        }
        self.newline(depth);
        self.out.push('}');
        self.active.pop();
        Ok(())
    }
}

fn dumps_string(vm: &mut Vm, o: Obj, kw: Kw) -> PyResult<String> {
    let opts = options(vm, kw)?;
    let mut enc = Encoder {
        opts: &opts,
        out: String::new(),
        active: Vec::new(),
    };
    enc.encode(vm, o, 0)?;
    Ok(enc.out)
}

fn dumps(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "dumps", args, 1, 1)?;
    let s = dumps_string(vm, args[0], kw)?;
    pystr::new_string(vm, s)
}

fn dump(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "dump", args, 2, 2)?;
    let s = dumps_string(vm, args[0], kw)?;
    let so = pystr::new_string(vm, s)?;
    call::call_method(vm, args[1], "write", &[so])?;
    Ok(Obj::NONE)
}

// ------------------------------------------------------------------------------------------------
// Decoding

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
}

fn decode_error(vm: &mut Vm, s: &str, msg: &str, pos: usize) -> PyErr {
    let before = &s.as_bytes()[..pos.min(s.len())];
    let line = before.iter().filter(|&&c| c == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&c| c == b'\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let char_pos = String::from_utf8_lossy(before).chars().count();
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    let full = format!("{msg}: line {line} column {col} (char {char_pos})");
    match decode_error_type(vm) {
        Ok(t) => vm.new_exc_msg(t, &full),
        Err(e) => e,
    }
}

impl Parser<'_> {
    fn err(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        decode_error(vm, self.s, msg, pos)
    }

    fn skip_ws(&mut self) {
        while self.pos < self.b.len() && matches!(self.b[self.pos], b' ' | b'\t' | b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn starts(&self, lit: &str) -> bool {
        self.s[self.pos..].starts_with(lit)
    }

    fn value(&mut self, vm: &mut Vm) -> PyResult {
        vm.check_stack()?;
        self.skip_ws();
        let c = match self.peek() {
            Some(c) => c,
            None => return Err(self.err(vm, "Expecting value", self.pos)),
        };
        match c {
            b'{' => self.object(vm),
            b'[' => self.array(vm),
            b'"' => {
                let s = self.string(vm)?;
                pystr::new_string(vm, s)
            }
            b'-' | b'0'..=b'9' => {
                if self.starts("-Infinity") {
                    self.pos += 9;
                    return Ok(Obj::float(f64::NEG_INFINITY));
                }
                self.number(vm)
            }
            _ => {
                for (lit, v) in [
                    ("null", Obj::NONE),
                    ("true", Obj::TRUE),
                    ("false", Obj::FALSE),
                    ("NaN", Obj::float(f64::NAN)),
                    ("Infinity", Obj::float(f64::INFINITY)),
                ] {
                    if self.starts(lit) {
                        self.pos += lit.len();
                        return Ok(v);
                    }
                }
                Err(self.err(vm, "Expecting value", self.pos))
            }
        }
    }

    fn number(&mut self, vm: &mut Vm) -> PyResult {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                while matches!(self.peek(), Some(b'0'..=b'9')) {
                    self.pos += 1;
                }
            }
            _ => return Err(self.err(vm, "Expecting value", start)),
        }
        let _ = int_start;
        let mut is_float = false;
        if self.peek() == Some(b'.') && matches!(self.b.get(self.pos + 1), Some(b'0'..=b'9')) {
            is_float = true;
            self.pos += 1;
            while matches!(self.peek(), Some(b'0'..=b'9')) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                is_float = true;
                while matches!(self.peek(), Some(b'0'..=b'9')) {
                    self.pos += 1;
                }
            } else {
                self.pos = save;
            }
        }
        let text = &self.s[start..self.pos];
        if is_float {
            let f: f64 = text.parse().unwrap_or(f64::NAN);
            return Ok(Obj::float(f));
        }
        match text.parse::<i64>() {
            Ok(v) => int::int_from_i64(vm, v),
            Err(_) => match int::parse_int(text, 10) {
                Some(b) => int::int_from_bigint(vm, b),
                None => Err(self.err(vm, "Expecting value", start)),
            },
        }
    }

    fn hex4(&mut self, vm: &mut Vm) -> PyResult<u32> {
        let h = self.s.get(self.pos..self.pos + 4).unwrap_or("");
        match u32::from_str_radix(h, 16) {
            Ok(v) if h.len() == 4 && h.bytes().all(|c| c.is_ascii_hexdigit()) => {
                self.pos += 4;
                Ok(v)
            }
            _ => Err(self.err(vm, "Invalid \\uXXXX escape", self.pos - 1)),
        }
    }

    fn string(&mut self, vm: &mut Vm) -> PyResult<String> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let c = match self.peek() {
                Some(c) => c,
                None => return Err(self.err(vm, "Unterminated string starting at", start)),
            };
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    let e = match self.b.get(self.pos + 1) {
                        Some(&e) => e,
                        None => return Err(self.err(vm, "Unterminated string starting at", start)),
                    };
                    self.pos += 2;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let mut u = self.hex4(vm)?;
                            if (0xd800..0xdc00).contains(&u) && self.starts("\\u") {
                                let save = self.pos;
                                self.pos += 2;
                                let lo = self.hex4(vm)?;
                                if (0xdc00..0xe000).contains(&lo) {
                                    u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                                } else {
                                    self.pos = save;
                                }
                            }
                            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(self.err(vm, "Invalid \\escape", self.pos - 2)),
                    }
                }
                c if c < 0x20 => {
                    return Err(self.err(vm, "Invalid control character at", self.pos))
                }
                _ => {
                    // Copy a run of ordinary characters (valid UTF-8 from the source str).
                    let run_start = self.pos;
                    while let Some(c) = self.peek() {
                        if c == b'"' || c == b'\\' || c < 0x20 {
                            break;
                        }
                        self.pos += 1;
                    }
                    out.push_str(&self.s[run_start..self.pos]);
                }
            }
        }
    }

    fn array(&mut self, vm: &mut Vm) -> PyResult {
        self.pos += 1;
        let l = list::new_list(vm, 0)?;
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(l);
        }
        loop {
            let v = self.value(vm)?;
            list::list_append(vm, l, v)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(l);
                }
                _ => return Err(self.err(vm, "Expecting ',' delimiter", self.pos)),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm) -> PyResult {
        self.pos += 1;
        let d = dict::new_dict(vm)?;
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(d);
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.err(
                    vm,
                    "Expecting property name enclosed in double quotes",
                    self.pos,
                ));
            }
            let ks = self.string(vm)?;
            let k = pystr::new_string(vm, ks)?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.err(vm, "Expecting ':' delimiter", self.pos));
            }
            self.pos += 1;
            let v = self.value(vm)?;
            dict::dict_store(vm, d, k, v)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(d);
                }
                _ => return Err(self.err(vm, "Expecting ',' delimiter", self.pos)),
            }
        }
    }
}

fn loads_str(vm: &mut Vm, s: &str) -> PyResult {
    let mut p = Parser {
        s,
        b: s.as_bytes(),
        pos: 0,
    };
    let v = p.value(vm)?;
    p.skip_ws();
    if p.pos != s.len() {
        return Err(p.err(vm, "Extra data", p.pos));
    }
    Ok(v)
}

fn loads(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "loads", args, 1, 1)?;
    let _ = arg_or_kw;
    if !kw.is_empty() {
        check_kw(
            vm,
            "loads",
            kw,
            &["object_hook", "parse_float", "parse_int", "strict"],
        )?;
    }
    let o = args[0];
    let text: String = if let Some(s) = pystr::try_str(o) {
        s.to_string()
    } else if let Some(b) = crate::runtime::bytes::try_bytes(o) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        let msg = format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            types::type_name_of(vm, o)
        );
        return Err(vm.type_error(&msg));
    };
    loads_str(vm, &text)
}

fn load(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "load", args, 1, 1)?;
    let s = call::call_method(vm, args[0], "read", &[])?;
    loads(vm, &[s], kw)
}
