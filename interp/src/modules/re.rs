//! The `re` module: compile/match/search/fullmatch/sub/subn/split/findall/finditer/escape, with
//! Pattern and Match native types over our own engine (re_engine.rs). Not bytes patterns.

use super::arg0;
use super::re_engine::{self, Regex};
use super::{add_property, def_fn, module_type, native_ref, new_native, set_attr};
use crate::builtins::args::{arg_or_kw, check_count};
use crate::obj::*;
use crate::runtime::{call, dict, list, str as pystr, tuple, types};
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// Backtracking steps allowed per search before giving up.
const BUDGET: u64 = 100_000_000;

struct Pattern {
    re: Rc<Regex>,
    pattern: Obj,
}

impl NativeData for Pattern {
    fn trace(&self, heap: &mut crate::gc::Heap) {
        mark_obj(heap, self.pattern);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

struct Match {
    pattern: Obj,
    string: Obj,
    text: Rc<Vec<char>>,
    slots: Vec<Option<usize>>,
    pos: usize,
    endpos: usize,
}

impl NativeData for Match {
    fn trace(&self, heap: &mut crate::gc::Heap) {
        mark_obj(heap, self.pattern);
        mark_obj(heap, self.string);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "re")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("compile", compile),
        ("match", re_match),
        ("search", re_search),
        ("fullmatch", re_fullmatch),
        ("sub", re_sub),
        ("subn", re_subn),
        ("split", re_split),
        ("findall", re_findall),
        ("finditer", re_finditer),
        ("escape", escape),
        ("purge", purge),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    for (n, v) in [
        ("I", re_engine::IGNORECASE),
        ("IGNORECASE", re_engine::IGNORECASE),
        ("M", re_engine::MULTILINE),
        ("MULTILINE", re_engine::MULTILINE),
        ("S", re_engine::DOTALL),
        ("DOTALL", re_engine::DOTALL),
        ("X", re_engine::VERBOSE),
        ("VERBOSE", re_engine::VERBOSE),
        ("A", 256),
        ("ASCII", 256),
        ("U", 32),
        ("UNICODE", 32),
    ] {
        set_attr(vm, m, n, Obj::small_int(v as i64))?;
    }
    let e = error_type(vm)?;
    set_attr(vm, m, "error", e)?;
    let p = pattern_type(vm)?;
    set_attr(vm, m, "Pattern", p)?;
    let mt = match_type(vm)?;
    set_attr(vm, m, "Match", mt)?;
    Ok(m)
}

fn error_type(vm: &mut Vm) -> PyResult {
    let base = vm.exc.exception;
    super::module_exception(vm, "re.error", "error", base)
}

fn re_error(vm: &mut Vm, msg: &str) -> PyErr {
    match error_type(vm) {
        Ok(t) => vm.new_exc_msg(t, msg),
        Err(e) => e,
    }
}

fn pattern_type(vm: &mut Vm) -> PyResult {
    if let Some(&t) = vm.module_types.get("Pattern") {
        return Ok(t);
    }
    let t = module_type(
        vm,
        "Pattern",
        &[
            ("match", p_match),
            ("search", p_search),
            ("fullmatch", p_fullmatch),
            ("sub", p_sub),
            ("subn", p_subn),
            ("split", p_split),
            ("findall", p_findall),
            ("finditer", p_finditer),
            ("__repr__", p_repr),
        ],
    )?;
    add_property(vm, t, "pattern", p_pattern)?;
    add_property(vm, t, "flags", p_flags)?;
    add_property(vm, t, "groups", p_groups)?;
    add_property(vm, t, "groupindex", p_groupindex)?;
    Ok(t)
}

fn match_type(vm: &mut Vm) -> PyResult {
    if let Some(&t) = vm.module_types.get("Match") {
        return Ok(t);
    }
    let t = module_type(
        vm,
        "Match",
        &[
            ("group", m_group),
            ("groups", m_groups),
            ("groupdict", m_groupdict),
            ("start", m_start),
            ("end", m_end),
            ("span", m_span),
            ("expand", m_expand),
            ("__getitem__", m_getitem),
            ("__repr__", m_repr),
            ("__bool__", m_bool),
        ],
    )?;
    add_property(vm, t, "string", m_string)?;
    add_property(vm, t, "re", m_re)?;
    add_property(vm, t, "pos", m_pos)?;
    add_property(vm, t, "endpos", m_endpos)?;
    add_property(vm, t, "lastindex", m_lastindex)?;
    add_property(vm, t, "lastgroup", m_lastgroup)?;
    Ok(t)
}

// ------------------------------------------------------------------------------------------------
// Compiling

fn flags_arg(vm: &mut Vm, o: Option<Obj>) -> PyResult<u32> {
    match o {
        Some(f) if !f.is_none() => Ok(crate::builtins::arg_i64(vm, f, "flags")? as u32),
        _ => Ok(0),
    }
}

fn compile_obj(vm: &mut Vm, pat: Obj, flags: u32) -> PyResult {
    if native_ref::<Pattern>(pat).is_some() {
        if flags != 0 {
            return Err(vm.value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(pat);
    }
    let s = match pystr::try_str(pat) {
        Some(s) => s,
        None => {
            let msg = format!(
                "first argument must be string or compiled pattern, not {}",
                types::type_name_of(vm, pat)
            );
            return Err(vm.type_error(&msg));
        }
    };
    let re = Regex::new(s, flags).map_err(|e| re_error(vm, &e))?;
    let t = pattern_type(vm)?;
    new_native(
        vm,
        t,
        Box::new(Pattern {
            re: Rc::new(re),
            pattern: pat,
        }),
    )
}

fn compile(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "compile", args, 1, 2)?;
    let flags = flags_arg(vm, arg_or_kw(args, kw, 1, "flags"))?;
    compile_obj(vm, args[0], flags)
}

fn purge(_vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::NONE)
}

fn escape(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_args(vm, "escape", args, kw, 1, 1)?;
    let s = crate::builtins::args::arg_str(vm, args[0], "escape() argument")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !(c.is_alphanumeric() || c == '_') && (c as u32) < 128 {
            out.push('\\');
        }
        out.push(c);
    }
    pystr::new_string(vm, out)
}

fn pat(vm: &mut Vm, o: Obj) -> PyResult<&'static mut Pattern> {
    super::native_arg::<Pattern>(vm, o, "re.Pattern")
}

fn subject(vm: &mut Vm, o: Obj) -> PyResult<Rc<Vec<char>>> {
    match pystr::try_str(o) {
        Some(s) => Ok(Rc::new(s.chars().collect())),
        None => {
            let msg = format!(
                "expected string or bytes-like object, got '{}'",
                types::type_name_of(vm, o)
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn budget_error(vm: &mut Vm) -> PyErr {
    vm.new_exc_msg(
        vm.exc.runtime_error,
        "regular expression backtracking limit exceeded",
    )
}

// ------------------------------------------------------------------------------------------------
// Matching entry points

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Match,
    Search,
    Full,
}

fn do_match(
    vm: &mut Vm,
    p: Obj,
    string: Obj,
    pos: Option<Obj>,
    endpos: Option<Obj>,
    mode: Mode,
) -> PyResult {
    let re = pat(vm, p)?.re.clone();
    let text = subject(vm, string)?;
    let n = text.len() as i64;
    let clampi = |vm: &mut Vm, o: Option<Obj>, d: i64| -> PyResult<usize> {
        match o {
            Some(o) if !o.is_none() => {
                let v = crate::builtins::arg_i64(vm, o, "pos")?;
                Ok((if v < 0 { 0 } else { v }).min(n) as usize)
            }
            _ => Ok(d as usize),
        }
    };
    let pos = clampi(vm, pos, 0)?;
    let endpos = clampi(vm, endpos, n)?.max(pos);
    let mut budget = BUDGET;
    let slots = match mode {
        Mode::Search => re.search(&text, pos, endpos, false, &mut budget),
        _ => re.match_at(&text, pos, endpos, false, mode == Mode::Full, &mut budget),
    };
    if budget == 0 {
        return Err(budget_error(vm));
    }
    match slots {
        Some(s) => new_match(vm, p, string, text, s, pos, endpos),
        None => Ok(Obj::NONE),
    }
}

fn new_match(
    vm: &mut Vm,
    p: Obj,
    string: Obj,
    text: Rc<Vec<char>>,
    slots: Vec<Option<usize>>,
    pos: usize,
    endpos: usize,
) -> PyResult {
    let t = match_type(vm)?;
    new_native(
        vm,
        t,
        Box::new(Match {
            pattern: p,
            string,
            text,
            slots,
            pos,
            endpos,
        }),
    )
}

/// Module-level function: compile args[0] with flags, then call `f(pattern, rest...)`.
fn with_compiled(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    n_args: usize,
    flag_pos: usize,
    f: fn(&mut Vm, &[Obj], Kw) -> PyResult,
) -> PyResult {
    check_count(vm, "re", args, n_args, flag_pos + 1)?;
    let flags = flags_arg(vm, arg_or_kw(args, kw, flag_pos, "flags"))?;
    let p = compile_obj(vm, args[0], flags)?;
    let mut a = vec![p];
    a.extend_from_slice(&args[1..args.len().min(flag_pos)]);
    // Keyword args other than flags pass through (count, maxsplit).
    let rest: Vec<Obj> = kw
        .iter()
        .filter(|(k, _)| pystr::try_str(*k) != Some("flags"))
        .flat_map(|(k, v)| [k, v])
        .collect();
    f(vm, &a, Kw(&rest))
}

fn re_match(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    with_compiled(vm, args, kw, 2, 2, p_match)
}

fn re_search(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    with_compiled(vm, args, kw, 2, 2, p_search)
}

fn re_fullmatch(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    with_compiled(vm, args, kw, 2, 2, p_fullmatch)
}

fn re_sub(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    with_compiled(vm, args, kw, 3, 4, p_sub)
}

fn re_subn(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    with_compiled(vm, args, kw, 3, 4, p_subn)
}

fn re_split(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    with_compiled(vm, args, kw, 2, 3, p_split)
}

fn re_findall(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    with_compiled(vm, args, kw, 2, 2, p_findall)
}

fn re_finditer(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    with_compiled(vm, args, kw, 2, 2, p_finditer)
}

fn p_match_mode(vm: &mut Vm, args: &[Obj], kw: Kw, mode: Mode) -> PyResult {
    check_count(vm, "match", args, 2, 4)?;
    do_match(
        vm,
        args[0],
        args[1],
        arg_or_kw(args, kw, 2, "pos"),
        arg_or_kw(args, kw, 3, "endpos"),
        mode,
    )
}

fn p_match(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    p_match_mode(vm, args, kw, Mode::Match)
}

fn p_search(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    p_match_mode(vm, args, kw, Mode::Search)
}

fn p_fullmatch(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    p_match_mode(vm, args, kw, Mode::Full)
}

/// All successive matches (CPython 3.7+ rules for empty matches), at most `limit` (0: all).
fn all_matches(
    vm: &mut Vm,
    re: &Regex,
    text: &[char],
    limit: usize,
) -> PyResult<Vec<Vec<Option<usize>>>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut must_advance = false;
    let mut budget = BUDGET;
    while pos <= text.len() && (limit == 0 || out.len() < limit) {
        let m = re.search(text, pos, text.len(), must_advance, &mut budget);
        if budget == 0 {
            return Err(budget_error(vm));
        }
        let s = match m {
            Some(s) => s,
            None => break,
        };
        let (a, b) = (s[0].unwrap_or(0), s[1].unwrap_or(0));
        must_advance = a == b;
        pos = b;
        out.push(s);
    }
    Ok(out)
}

fn substr(text: &[char], a: usize, b: usize) -> String {
    text[a.min(b)..b].iter().collect()
}

fn group_value(
    vm: &mut Vm,
    text: &[char],
    slots: &[Option<usize>],
    g: usize,
    dflt: Obj,
) -> PyResult {
    match (
        slots.get(2 * g).copied().flatten(),
        slots.get(2 * g + 1).copied().flatten(),
    ) {
        (Some(a), Some(b)) => pystr::new_string(vm, substr(text, a, b)),
        _ => Ok(dflt),
    }
}

fn p_findall(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "findall", args, 2, 4)?;
    let _ = kw;
    let re = pat(vm, arg0(args))?.re.clone();
    let text = subject(vm, args[1])?;
    let ms = all_matches(vm, &re, &text, 0)?;
    let out = list::new_list(vm, ms.len())?;
    vm.tmp_roots.push(out);
    let r = (|| {
        let empty = vm.intern("");
        for s in &ms {
            let v = if re.groups == 0 {
                group_value(vm, &text, s, 0, empty)?
            } else if re.groups == 1 {
                group_value(vm, &text, s, 1, empty)?
            } else {
                group_tuple(vm, re.groups, |vm, k| {
                    group_value(vm, &text, s, k + 1, empty)
                })?
            };
            list::list_append(vm, out, v)?;
        }
        Ok(out)
    })();
    vm.tmp_roots.pop();
    r
}

fn p_finditer(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "finditer", args, 2, 4)?;
    let _ = kw;
    let re = pat(vm, arg0(args))?.re.clone();
    let text = subject(vm, args[1])?;
    let ms = all_matches(vm, &re, &text, 0)?;
    let out = list::new_list(vm, ms.len())?;
    vm.tmp_roots.push(out);
    let r = (|| {
        let n = text.len();
        for s in ms {
            let m = new_match(vm, args[0], args[1], text.clone(), s, 0, n)?;
            list::list_append(vm, out, m)?;
        }
        crate::runtime::iter::get_iter(vm, out)
    })();
    vm.tmp_roots.pop();
    r
}

fn count_arg(vm: &mut Vm, args: &[Obj], kw: Kw, i: usize, name: &str) -> PyResult<usize> {
    match arg_or_kw(args, kw, i, name) {
        Some(o) => Ok(crate::builtins::arg_i64(vm, o, name)?.max(0) as usize),
        None => Ok(0),
    }
}

fn p_split(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "split", args, 2, 3)?;
    let maxsplit = count_arg(vm, args, kw, 2, "maxsplit")?;
    let re = pat(vm, arg0(args))?.re.clone();
    let text = subject(vm, args[1])?;
    let ms = all_matches(vm, &re, &text, maxsplit)?;
    let out = list::new_list(vm, 0)?;
    vm.tmp_roots.push(out);
    let r = (|| {
        let mut last = 0;
        for s in &ms {
            let (a, b) = (s[0].unwrap_or(0), s[1].unwrap_or(0));
            let piece = pystr::new_string(vm, substr(&text, last, a))?;
            list::list_append(vm, out, piece)?;
            for g in 1..=re.groups {
                let v = group_value(vm, &text, s, g, Obj::NONE)?;
                list::list_append(vm, out, v)?;
            }
            last = b;
        }
        let tail = pystr::new_string(vm, substr(&text, last, text.len()))?;
        list::list_append(vm, out, tail)?;
        Ok(out)
    })();
    vm.tmp_roots.pop();
    r
}

/// A parsed replacement template: literal text and group references.
enum Piece {
    Lit(String),
    Group(usize),
}

fn parse_template(vm: &mut Vm, re: &Regex, t: &str) -> PyResult<Vec<Piece>> {
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let check = |vm: &mut Vm, g: usize| -> PyResult<usize> {
        if g > re.groups {
            let msg = format!("invalid group reference {g}");
            return Err(re_error(vm, &msg));
        }
        Ok(g)
    };
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '\\' {
            lit.push(c);
            continue;
        }
        let e = match chars.get(i) {
            Some(&e) => e,
            None => return Err(re_error(vm, "bad escape (end of pattern)")),
        };
        i += 1;
        let group = match e {
            'g' => {
                if chars.get(i) != Some(&'<') {
                    return Err(re_error(vm, "missing <"));
                }
                let close = match chars[i..].iter().position(|&c| c == '>') {
                    Some(p) => i + p,
                    None => return Err(re_error(vm, "missing >, unterminated name")),
                };
                let name: String = chars[i + 1..close].iter().collect();
                i = close + 1;
                match name.parse::<usize>() {
                    Ok(g) => Some(check(vm, g)?),
                    Err(_) => match re.names.get(&name) {
                        Some(&g) => Some(g),
                        None => {
                            let msg = format!("unknown group name '{name}'");
                            return Err(vm.new_exc_msg(vm.exc.index_error, &msg));
                        }
                    },
                }
            }
            '1'..='9' => {
                let mut g = e as usize - '0' as usize;
                if let Some(&d @ '0'..='9') = chars.get(i) {
                    g = g * 10 + (d as usize - '0' as usize);
                    i += 1;
                }
                Some(check(vm, g)?)
            }
            'n' => {
                lit.push('\n');
                None
            }
            't' => {
                lit.push('\t');
                None
            }
            'r' => {
                lit.push('\r');
                None
            }
            '\\' => {
                lit.push('\\');
                None
            }
            '0' => {
                lit.push('\0');
                None
            }
            e if e.is_ascii_alphabetic() => {
                let msg = format!("bad escape \\{e}");
                return Err(re_error(vm, &msg));
            }
            e => {
                lit.push('\\');
                lit.push(e);
                None
            }
        };
        if let Some(g) = group {
            if !lit.is_empty() {
                out.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            out.push(Piece::Group(g));
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}

fn expand(text: &[char], slots: &[Option<usize>], t: &[Piece], out: &mut String) {
    for p in t {
        match p {
            Piece::Lit(s) => out.push_str(s),
            Piece::Group(g) => {
                if let (Some(a), Some(b)) = (slots[2 * g], slots[2 * g + 1]) {
                    out.extend(&text[a..b]);
                }
            }
        }
    }
}

fn do_sub(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult<(Obj, usize)> {
    check_count(vm, "sub", args, 3, 4)?;
    let count = count_arg(vm, args, kw, 3, "count")?;
    let re = pat(vm, arg0(args))?.re.clone();
    let repl = args[1];
    let text = subject(vm, args[2])?;
    let template = match pystr::try_str(repl) {
        Some(t) => Some(parse_template(vm, &re, t)?),
        None => None,
    };
    let ms = all_matches(vm, &re, &text, count)?;
    let mut out = String::new();
    let mut last = 0;
    for s in &ms {
        let (a, b) = (s[0].unwrap_or(0), s[1].unwrap_or(0));
        out.extend(&text[last..a]);
        match &template {
            Some(t) => expand(&text, s, t, &mut out),
            None => {
                let m = new_match(vm, args[0], args[2], text.clone(), s.clone(), 0, text.len())?;
                let r = call::call(vm, repl, &[m], Kw::NONE)?;
                match pystr::try_str(r) {
                    Some(r) => out.push_str(r),
                    None => {
                        let msg = format!(
                            "expected str instance, {} found",
                            types::type_name_of(vm, r)
                        );
                        return Err(vm.type_error(&msg));
                    }
                }
            }
        }
        last = b;
    }
    out.extend(&text[last..]);
    let o = pystr::new_string(vm, out)?;
    Ok((o, ms.len()))
}

fn p_sub(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    do_sub(vm, args, kw).map(|(o, _)| o)
}

fn p_subn(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (o, n) = do_sub(vm, args, kw)?;
    tuple::tuple_from_slice(vm, &[o, Obj::small_int(n as i64)])
}

fn p_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let p = pat(vm, arg0(args))?;
    let (po, flags) = (p.pattern, p.re.flags);
    let r = crate::builtins::repr_string(vm, po)?;
    let mut names = Vec::new();
    for (n, v) in [
        ("re.IGNORECASE", re_engine::IGNORECASE),
        ("re.MULTILINE", re_engine::MULTILINE),
        ("re.DOTALL", re_engine::DOTALL),
        ("re.VERBOSE", re_engine::VERBOSE),
    ] {
        if flags & v != 0 {
            names.push(n);
        }
    }
    let s = if names.is_empty() {
        format!("re.compile({r})")
    } else {
        format!("re.compile({r}, {})", names.join("|"))
    };
    pystr::new_string(vm, s)
}

fn p_pattern(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(pat(vm, arg0(args))?.pattern)
}

fn p_flags(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::small_int((pat(vm, arg0(args))?.re.flags | 32) as i64))
}

fn p_groups(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::small_int(pat(vm, arg0(args))?.re.groups as i64))
}

fn p_groupindex(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let re = pat(vm, arg0(args))?.re.clone();
    let d = dict::new_dict(vm)?;
    vm.tmp_roots.push(d);
    let r = (|| {
        let mut names: Vec<(&String, &usize)> = re.names.iter().collect();
        names.sort_by_key(|(_, &g)| g);
        for (n, &g) in names {
            let k = pystr::new_str(vm, n)?;
            dict::dict_store(vm, d, k, Obj::small_int(g as i64))?;
        }
        Ok(d)
    })();
    vm.tmp_roots.pop();
    r
}

// ------------------------------------------------------------------------------------------------
// Match objects

fn mat(vm: &mut Vm, o: Obj) -> PyResult<&'static mut Match> {
    super::native_arg::<Match>(vm, o, "re.Match")
}

fn groups_of(m: &Match) -> usize {
    m.slots.len() / 2 - 1
}

/// A group argument (index or name) as an index.
fn group_index(vm: &mut Vm, m: &Match, g: Obj) -> PyResult<usize> {
    if let Some(i) = crate::runtime::int::to_i64(g) {
        if i >= 0 && (i as usize) <= groups_of(m) {
            return Ok(i as usize);
        }
    } else if let Some(name) = pystr::try_str(g) {
        if let Some(p) = native_ref::<Pattern>(m.pattern) {
            if let Some(&i) = p.re.names.get(name) {
                return Ok(i);
            }
        }
    }
    Err(vm.new_exc_msg(vm.exc.index_error, "no such group"))
}

fn m_group(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let m = mat(vm, arg0(args))?;
    if args.len() <= 2 {
        let g = match args.get(1) {
            Some(&g) => group_index(vm, m, g)?,
            None => 0,
        };
        return group_value(vm, &m.text.clone(), &m.slots.clone(), g, Obj::NONE);
    }
    let (text, slots) = (m.text.clone(), m.slots.clone());
    let wanted = &args[1..];
    group_tuple(vm, wanted.len(), |vm, k| {
        let m = mat(vm, arg0(args))?;
        let i = group_index(vm, m, wanted[k])?;
        group_value(vm, &text, &slots, i, Obj::NONE)
    })
}

/// A tuple of `n` values made by `f`, each stored as soon as it exists (so no new object waits
/// in Rust-only memory while the next one is allocated).
fn group_tuple(
    vm: &mut Vm,
    n: usize,
    mut f: impl FnMut(&mut Vm, usize) -> PyResult<Obj>,
) -> PyResult<Obj> {
    let t = tuple::new_tuple(vm, n)?;
    vm.tmp_roots.push(t);
    let r = (|| {
        for k in 0..n {
            let v = f(vm, k)?;
            tuple::tuple_items_mut(t)[k] = v;
        }
        Ok(t)
    })();
    vm.tmp_roots.pop();
    r
}

fn m_getitem(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    m_group(vm, &args[..2.min(args.len())], Kw::NONE)
}

fn m_groups(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "groups", args, 1, 2)?;
    let dflt = arg_or_kw(args, kw, 1, "default").unwrap_or(Obj::NONE);
    let m = mat(vm, arg0(args))?;
    let (text, slots) = (m.text.clone(), m.slots.clone());
    let n = groups_of(m);
    group_tuple(vm, n, |vm, k| group_value(vm, &text, &slots, k + 1, dflt))
}

fn m_groupdict(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "groupdict", args, 1, 2)?;
    let dflt = arg_or_kw(args, kw, 1, "default").unwrap_or(Obj::NONE);
    let m = mat(vm, arg0(args))?;
    let (text, slots) = (m.text.clone(), m.slots.clone());
    let mut names: Vec<(String, usize)> = match native_ref::<Pattern>(m.pattern) {
        Some(p) => p.re.names.iter().map(|(k, &v)| (k.clone(), v)).collect(),
        None => Vec::new(),
    };
    names.sort_by_key(|(_, g)| *g);
    let d = dict::new_dict(vm)?;
    vm.tmp_roots.push(d);
    let r = (|| {
        for (n, g) in names {
            let k = pystr::new_string(vm, n)?;
            vm.tmp_roots.push(k);
            let v = group_value(vm, &text, &slots, g, dflt);
            vm.tmp_roots.pop();
            dict::dict_store(vm, d, k, v?)?;
        }
        Ok(d)
    })();
    vm.tmp_roots.pop();
    r
}

fn span_of(vm: &mut Vm, args: &[Obj]) -> PyResult<(i64, i64)> {
    let m = mat(vm, arg0(args))?;
    let g = match args.get(1) {
        Some(&g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok(match (m.slots[2 * g], m.slots[2 * g + 1]) {
        (Some(a), Some(b)) => (a as i64, b as i64),
        _ => (-1, -1),
    })
}

fn m_start(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::small_int(span_of(vm, args)?.0))
}

fn m_end(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::small_int(span_of(vm, args)?.1))
}

fn m_span(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let (a, b) = span_of(vm, args)?;
    tuple::tuple_from_slice(vm, &[Obj::small_int(a), Obj::small_int(b)])
}

fn m_expand(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    crate::builtins::args::check_args(vm, "expand", args, kw, 2, 2)?;
    let m = mat(vm, arg0(args))?;
    let re = match native_ref::<Pattern>(m.pattern) {
        Some(p) => p.re.clone(),
        None => return Err(vm.type_error("bad match")),
    };
    let t = crate::builtins::args::arg_str(vm, args[1], "template")?;
    let pieces = parse_template(vm, &re, t)?;
    let mut out = String::new();
    expand(&m.text, &m.slots, &pieces, &mut out);
    pystr::new_string(vm, out)
}

fn m_repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let m = mat(vm, arg0(args))?;
    let (a, b) = (m.slots[0].unwrap_or(0), m.slots[1].unwrap_or(0));
    let s = substr(&m.text, a, b);
    let r = crate::builtins::repr::str_repr(&s);
    pystr::new_string(vm, format!("<re.Match object; span=({a}, {b}), match={r}>"))
}

fn m_bool(_vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::TRUE)
}

fn m_string(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(mat(vm, arg0(args))?.string)
}

fn m_re(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(mat(vm, arg0(args))?.pattern)
}

fn m_pos(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::small_int(mat(vm, arg0(args))?.pos as i64))
}

fn m_endpos(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    Ok(Obj::small_int(mat(vm, arg0(args))?.endpos as i64))
}

fn last_group(m: &Match) -> Option<usize> {
    // The group that closed last: greatest end, then latest start, then the outermost.
    (1..=groups_of(m))
        .filter_map(|g| match (m.slots[2 * g], m.slots[2 * g + 1]) {
            (Some(a), Some(e)) => Some((e, a, std::cmp::Reverse(g))),
            _ => None,
        })
        .max()
        .map(|(_, _, std::cmp::Reverse(g))| g)
}

fn m_lastindex(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let m = mat(vm, arg0(args))?;
    Ok(last_group(m)
        .map(|g| Obj::small_int(g as i64))
        .unwrap_or(Obj::NONE))
}

fn m_lastgroup(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let m = mat(vm, arg0(args))?;
    let g = match last_group(m) {
        Some(g) => g,
        None => return Ok(Obj::NONE),
    };
    let name = native_ref::<Pattern>(m.pattern).and_then(|p| {
        p.re.names
            .iter()
            .find(|(_, &v)| v == g)
            .map(|(k, _)| k.clone())
    });
    match name {
        Some(n) => pystr::new_string(vm, n),
        None => Ok(Obj::NONE),
    }
}
