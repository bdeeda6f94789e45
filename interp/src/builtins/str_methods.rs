//! The methods of str (split, join, find, strip, case, predicates, padding, encode, translate, dunders).
//! Not `%` or format specs (runtime/format.rs, runtime/strformat.rs) nor indexing/slicing in the VM.

use super::args::*;
use super::unicode_tables::{self as tables, in_table};
use crate::obj::*;
use crate::runtime::{bytes, call, dict, int, list, ops, str as pystr, strsearch, tuple, types};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let t = vm.types.str_;
    let methods: &[(&'static str, NativeFn)] = &[
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("replace", str_replace),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("istitle", str_istitle),
        ("isascii", str_isascii),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
        ("format", str_format),
        ("format_map", str_format_map),
        ("__format__", str_dunder_format),
        ("translate", str_translate),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
    ];
    for &(name, f) in methods {
        types::add_method(vm, t, name, f);
    }
    add_static(vm, t, "maketrans", str_maketrans);
    let t = &vm.types;
    for ty in [t.int, t.float, t.complex, t.bool_] {
        types::add_method(vm, ty, "__format__", builtin_dunder_format);
    }
    let o = vm.types.object;
    types::add_method(vm, o, "__format__", object_dunder_format);
    let seqs = [vm.types.str_, vm.types.bytes, vm.types.bytearray];
    for ty in seqs {
        add_sequence_dunders(vm, ty);
    }
    let (s, b) = (vm.types.str_, vm.types.bytes);
    types::add_method(vm, s, "__hash__", dunder_hash);
    types::add_method(vm, b, "__hash__", dunder_hash);
    super::def_fn(vm, "ascii", ascii_fn);
}

/// Store `f` in the type's dict as a staticmethod.
pub(crate) fn add_static(vm: &mut Vm, ty: Obj, name: &'static str, f: NativeFn) {
    add_wrapped(
        vm,
        ty,
        name,
        f,
        ObjKind::StaticMethod,
        vm.types.staticmethod,
    );
}

/// Store `f` in the type's dict as a classmethod.
pub(crate) fn add_classmethod(vm: &mut Vm, ty: Obj, name: &'static str, f: NativeFn) {
    add_wrapped(vm, ty, name, f, ObjKind::ClassMethod, vm.types.classmethod);
}

fn add_wrapped(vm: &mut Vm, ty: Obj, name: &'static str, f: NativeFn, kind: ObjKind, wty: Obj) {
    let fo = call::new_builtin(vm, name, f, Obj::NULL).expect("heap exhausted at start-up");
    vm.tmp_roots.push(fo);
    let w = vm
        .alloc::<WrapperObj>(kind, wty, 0)
        .expect("heap exhausted at start-up");
    vm.tmp_roots.pop();
    w.func = fo;
    types::add_attr(vm, ty, name, Obj::from_ptr(w));
}

// ------------------------------------------------------------------------------------------------
// Argument helpers

/// Reject unknown keywords with the Argument Clinic message.
pub(crate) fn check_kw_clinic(vm: &mut Vm, name: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw.iter() {
        let ks = pystr::try_str(k).unwrap_or("");
        if !allowed.contains(&ks) {
            return Err(vm.type_error(&format!(
                "'{ks}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    Ok(())
}

/// Check a method's argument count (`args` includes self) with CPython's message styles.
pub(crate) fn arity(
    vm: &mut Vm,
    ty: &str,
    name: &str,
    args: &[Obj],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("{ty}.{name}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    let (min, max) = (min.saturating_sub(1), max.saturating_sub(1));
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    const METH_O: &[&str] = &[
        "zfill",
        "partition",
        "rpartition",
        "join",
        "translate",
        "format_map",
        "removeprefix",
        "removesuffix",
        "append",
        "remove",
        "__format__",
        "extend",
    ];
    const OLD_STYLE: &[&str] = &[
        "find",
        "rfind",
        "index",
        "rindex",
        "count",
        "startswith",
        "endswith",
        "split",
        "rsplit",
        "encode",
        "decode",
        "splitlines",
        "expandtabs",
        "hex",
    ];
    let msg = if max == 0 {
        format!("{ty}.{name}() takes no arguments ({n} given)")
    } else if min == 1 && max == 1 && METH_O.contains(&name) {
        format!("{ty}.{name}() takes exactly one argument ({n} given)")
    } else if OLD_STYLE.contains(&name) {
        let (what, k) = if n < min {
            ("least", min)
        } else {
            ("most", max)
        };
        format!(
            "{name}() takes at {what} {k} argument{} ({n} given)",
            plural(k)
        )
    } else if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else {
        let (what, k) = if n < min {
            ("least", min)
        } else {
            ("most", max)
        };
        format!(
            "{name} expected at {what} {k} argument{}, got {n}",
            plural(k)
        )
    };
    Err(vm.type_error(&msg))
}

/// `self` as &str (TypeError for a non-str receiver).
fn self_str(vm: &mut Vm, args: &[Obj], name: &str) -> PyResult<&'static str> {
    match args.first().and_then(|&o| pystr::try_str(o)) {
        Some(s) => Ok(s),
        None => {
            let got = args
                .first()
                .map(|&o| types::type_name_of(vm, o))
                .unwrap_or("nothing");
            let msg =
                format!("descriptor '{name}' for 'str' objects doesn't apply to a '{got}' object");
            Err(vm.type_error(&msg))
        }
    }
}

/// An optional start/end argument: None or an index-like int (clamped to i64).
pub(crate) fn opt_index(vm: &mut Vm, o: Option<Obj>) -> PyResult<Option<i64>> {
    let Some(o) = o else { return Ok(None) };
    if o.is_none() {
        return Ok(None);
    }
    if let Some(v) = int::to_i64(o) {
        return Ok(Some(v));
    }
    if let Some(b) = int::to_bigint(o) {
        let neg = num_traits::Signed::is_negative(&b);
        return Ok(Some(if neg { i64::MIN } else { i64::MAX }));
    }
    let ty = types::type_of(vm, o);
    if types::type_lookup(vm, ty, vm.names.__index__).is_some() {
        return ops::index_value(vm, o).map(Some);
    }
    Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
}

/// CPython's ADJUST_INDICES: clamp [start, end) into [0, len]; may return start > end.
pub(crate) fn adjust_range(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let len_i = len as i64;
    let fix = |v: i64| -> i64 {
        if v < 0 {
            (v.saturating_add(len_i)).max(0)
        } else {
            v
        }
    };
    let s = fix(start.unwrap_or(0));
    let e = fix(end.unwrap_or(len_i)).min(len_i);
    (s as usize, e as usize)
}

/// An int argument as usize-ish length (negative allowed), OverflowError when huge.
pub(crate) fn arg_len(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    if int::is_bigint(o) {
        return Err(vm.new_exc_msg(
            vm.exc.overflow_error,
            "Python int too large to convert to C ssize_t",
        ));
    }
    ops::index_value(vm, o)
}

/// An int argument that must fit a C int (OverflowError otherwise).
pub(crate) fn arg_c_int(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    let v = arg_len(vm, o)?;
    if v > i32::MAX as i64 || v < i32::MIN as i64 {
        return Err(vm.new_exc_msg(
            vm.exc.overflow_error,
            "Python int too large to convert to C int",
        ));
    }
    Ok(v)
}

/// Reject results that would be absurdly large (CPython would raise MemoryError/OverflowError).
pub(crate) fn check_size(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n > crate::runtime::format::max_text_len(vm) {
        return Err(vm.new_exc_msg(vm.exc.memory_error, ""));
    }
    Ok(())
}

fn new_s(vm: &mut Vm, s: &str) -> PyResult {
    pystr::new_str(vm, s)
}

// ------------------------------------------------------------------------------------------------
// Code points vs bytes

/// Byte offset of code point `i` in `s` (clamped to the end).
pub(crate) fn char_to_byte(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
}

/// Code-point index of byte offset `b` (a char boundary).
pub(crate) fn byte_to_char(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        return b;
    }
    s[..b].chars().count()
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

// ------------------------------------------------------------------------------------------------
// Character classes (Python's definitions, approximated with Rust's Unicode tables)

pub(crate) fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

pub(crate) fn py_isdecimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::DECIMAL, c)
}

pub(crate) fn py_isdigit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::DIGIT, c)
}

pub(crate) fn py_isnumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::NUMERIC, c)
}

pub(crate) fn py_isalpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(tables::ALPHA, c)
}

fn py_isalnum(c: char) -> bool {
    py_isalpha(c) || py_isnumeric(c) || py_isdigit(c) || py_isdecimal(c)
}

/// Python's per-character "uppercase" (Lu + Other_Uppercase).
pub(crate) fn py_isupper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(tables::UPPER, c)
}

/// Python's per-character "lowercase" (Ll + Other_Lowercase).
pub(crate) fn py_islower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(tables::LOWER, c)
}

fn is_cased(c: char) -> bool {
    py_islower(c) || py_isupper(c) || is_titlecase(c)
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(tables::TITLE, c)
}

pub fn py_isprintable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(tables::PRINTABLE, c)
}

fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    in_table(tables::ID_START, c)
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    in_table(tables::ID_CONTINUE, c)
}

/// Title-case mapping (upper case except for the digraphs that have a titlecase form).
fn to_title(c: char, out: &mut String) {
    if let Some(m) = tables::case_override(tables::TITLE_X, c) {
        out.push_str(m);
        return;
    }
    match c as u32 {
        0x1C4..=0x1C6 => out.push('\u{1C5}'),
        0x1C7..=0x1C9 => out.push('\u{1C8}'),
        0x1CA..=0x1CC => out.push('\u{1CB}'),
        0x1F1..=0x1F3 => out.push('\u{1F2}'),
        _ => match c {
            'ß' => out.push_str("Ss"),
            'ﬀ' => out.push_str("Ff"),
            'ﬁ' => out.push_str("Fi"),
            'ﬂ' => out.push_str("Fl"),
            'ﬃ' => out.push_str("Ffi"),
            'ﬄ' => out.push_str("Ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("St"),
            _ => out.extend(c.to_uppercase()),
        },
    }
}

/// Lower-case one char; `final_sigma` says whether a capital sigma ends a word here.
fn push_lower(s: &[char], i: usize, out: &mut String) {
    let c = s[i];
    if c == 'Σ' && is_final_sigma(s, i) {
        out.push('ς');
    } else {
        push_lower_char(c, out);
    }
}

fn push_lower_char(c: char, out: &mut String) {
    match tables::case_override(tables::LOWER_X, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_lowercase()),
    }
}

fn push_upper(c: char, out: &mut String) {
    match tables::case_override(tables::UPPER_X, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_uppercase()),
    }
}

/// Unicode Final_Sigma: preceded by a cased letter and not followed by one (case-ignorable
/// characters skipped in both directions).
fn is_final_sigma(s: &[char], i: usize) -> bool {
    let ignorable = |c: char| in_table(tables::CASE_IGNORABLE, c);
    let before = s[..i]
        .iter()
        .rev()
        .find(|&&c| !ignorable(c))
        .is_some_and(|&c| is_cased(c));
    let after = s[i + 1..]
        .iter()
        .find(|&&c| !ignorable(c))
        .is_some_and(|&c| is_cased(c));
    before && !after
}

// ------------------------------------------------------------------------------------------------
// split / rsplit / splitlines / partition

fn split_args(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    name: &str,
) -> PyResult<(Option<&'static str>, i64)> {
    check_kw_clinic(vm, name, kw, &["sep", "maxsplit"])?;
    arity(vm, "str", name, args, Kw::NONE, 1, 3)?;
    let sep = match arg_or_kw(args, kw, 1, "sep") {
        Some(o) if !o.is_none() => {
            let s = match pystr::try_str(o) {
                Some(s) => s,
                None => {
                    let msg = format!("must be str or None, not {}", types::type_name_of(vm, o));
                    return Err(vm.type_error(&msg));
                }
            };
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let maxsplit = match arg_or_kw(args, kw, 2, "maxsplit") {
        Some(o) => arg_len(vm, o)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// The pieces of `s` split on runs of whitespace, left to right.
pub(crate) fn split_whitespace_pieces(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(py_isspace);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(py_isspace) {
            Some(p) => {
                out.push(&rest[..p]);
                rest = rest[p..].trim_start_matches(py_isspace);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn rsplit_whitespace_pieces(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(py_isspace);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(py_isspace) {
            Some(p) => {
                let c_len = rest[p..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push(&rest[p + c_len..]);
                rest = rest[..p].trim_end_matches(py_isspace);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn pieces_to_list(vm: &mut Vm, pieces: &[&str]) -> PyResult {
    let l = list::new_list(vm, pieces.len())?;
    for p in pieces {
        let o = new_s(vm, p)?;
        list::list_append(vm, l, o)?;
    }
    Ok(l)
}

fn str_split(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "split")?;
    let (sep, maxsplit) = split_args(vm, args, kw, "split")?;
    let pieces: Vec<&str> = match sep {
        None => split_whitespace_pieces(s, maxsplit),
        Some(sep) if maxsplit < 0 => strsearch::split(s, sep, usize::MAX),
        Some(sep) => strsearch::split(s, sep, maxsplit as usize),
    };
    pieces_to_list(vm, &pieces)
}

fn str_rsplit(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, args, kw, "rsplit")?;
    let pieces: Vec<&str> = match sep {
        None => rsplit_whitespace_pieces(s, maxsplit),
        Some(sep) if maxsplit < 0 => strsearch::split(s, sep, usize::MAX),
        Some(sep) => strsearch::rsplit(s, sep, maxsplit as usize),
    };
    pieces_to_list(vm, &pieces)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "splitlines")?;
    check_kw_clinic(vm, "splitlines", kw, &["keepends"])?;
    arity(vm, "str", "splitlines", args, Kw::NONE, 1, 2)?;
    let keep = match arg_or_kw(args, kw, 1, "keepends") {
        Some(o) => ops::is_true(vm, o)?,
        None => false,
    };
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
            it.next();
            end += 1;
        }
        pieces.push(if keep { &s[start..end] } else { &s[start..i] });
        start = end;
    }
    if start < s.len() {
        pieces.push(&s[start..]);
    }
    pieces_to_list(vm, &pieces)
}

fn sep_arg(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str) -> PyResult<&'static str> {
    arity(vm, "str", name, args, kw, 2, 2)?;
    let sep = match pystr::try_str(args[1]) {
        Some(s) => s,
        None => {
            let msg = format!("must be str, not {}", types::type_name_of(vm, args[1]));
            return Err(vm.type_error(&msg));
        }
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    Ok(sep)
}

fn triple(vm: &mut Vm, a: &str, b: &str, c: &str) -> PyResult {
    let x = new_s(vm, a)?;
    let y = new_s(vm, b)?;
    let z = new_s(vm, c)?;
    tuple::tuple_from_slice(vm, &[x, y, z])
}

fn str_partition(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "partition")?;
    let sep = sep_arg(vm, args, kw, "partition")?;
    match strsearch::find(s, sep) {
        Some(p) => triple(vm, &s[..p], sep, &s[p + sep.len()..]),
        None => triple(vm, s, "", ""),
    }
}

fn str_rpartition(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "rpartition")?;
    let sep = sep_arg(vm, args, kw, "rpartition")?;
    match strsearch::rfind(s, sep) {
        Some(p) => triple(vm, &s[..p], sep, &s[p + sep.len()..]),
        None => triple(vm, "", "", s),
    }
}

// ------------------------------------------------------------------------------------------------
// join

fn str_join(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let sep = self_str(vm, args, "join")?;
    arity(vm, "str", "join", args, kw, 2, 2)?;
    // A list or tuple is joined from its own items (the argument keeps it alive); anything
    // else is collected into a list first.
    if is_kind(args[1], ObjKind::List) {
        return join_items(vm, sep, list::list_items(args[1]));
    }
    if is_kind(args[1], ObjKind::Tuple) {
        return join_items(vm, sep, tuple::tuple_items(args[1]));
    }
    let it = match crate::runtime::iter::get_iter(vm, args[1]) {
        Ok(it) => it,
        Err(_) => return Err(vm.type_error("can only join an iterable")),
    };
    let l = crate::runtime::iter::collect_list(vm, it)?;
    vm.tmp_roots.push(l);
    let r = join_items(vm, sep, list::list_items(l));
    vm.tmp_roots.pop();
    r
}

/// `sep.join(items)`. The only allocation is the result, after the last read of `items`.
fn join_items(vm: &mut Vm, sep: &str, items: &[Obj]) -> PyResult {
    if items.len() == 1 && pystr::is_str(items[0]) {
        return Ok(items[0]);
    }
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, &x) in items.iter().enumerate() {
        match pystr::try_str(x) {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                let msg = format!(
                    "sequence item {i}: expected str instance, {} found",
                    types::type_name_of(vm, x)
                );
                return Err(vm.type_error(&msg));
            }
        }
    }
    check_size(vm, total)?;
    let mut out = String::with_capacity(total);
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(pystr::try_str(x).unwrap_or(""));
    }
    pystr::new_string(vm, out)
}

// ------------------------------------------------------------------------------------------------
// strip

fn strip_chars(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str) -> PyResult<Option<&'static str>> {
    arity(vm, "str", name, args, kw, 1, 2)?;
    match args.get(1) {
        Some(&o) if !o.is_none() => match pystr::try_str(o) {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(&format!("{name} arg must be None or str"))),
        },
        _ => Ok(None),
    }
}

fn do_strip(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, left: bool, right: bool) -> PyResult {
    let s = self_str(vm, args, name)?;
    let chars = strip_chars(vm, args, kw, name)?;
    let pred = |c: char| match chars {
        Some(cs) => cs.contains(c),
        None => py_isspace(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() && pystr::is_str(args[0]) {
        return Ok(args[0]);
    }
    new_s(vm, r)
}

fn str_strip(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    do_strip(vm, args, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    do_strip(vm, args, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    do_strip(vm, args, kw, "rstrip", false, true)
}

// ------------------------------------------------------------------------------------------------
// find / index / count

/// The part of self a find/count looks at, with the needle.
struct Window {
    hay: &'static str,
    needle: &'static str,
    /// Byte offset of the window start in self.
    base: usize,
    /// The window is inverted (start > end): nothing can be found.
    invalid: bool,
    /// self is ASCII (byte offsets are code-point indices).
    ascii: bool,
}

fn window(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str) -> PyResult<Window> {
    let s = self_str(vm, args, name)?;
    arity(vm, "str", name, args, kw, 2, 4)?;
    let needle = match pystr::try_str(args[1]) {
        Some(n) => n,
        None => {
            let msg = format!("must be str, not {}", types::type_name_of(vm, args[1]));
            return Err(vm.type_error(&msg));
        }
    };
    let start = opt_index(vm, args.get(2).copied())?;
    let end = opt_index(vm, args.get(3).copied())?;
    // A str object knows whether it is ASCII (no scan of the text).
    let o = crate::runtime::ops::native_of(args[0]);
    let ascii = if pystr::is_str(o) {
        pystr::char_len(o) == s.len()
    } else {
        s.is_ascii()
    };
    let n = if ascii { s.len() } else { char_count(s) };
    let (a, b) = adjust_range(n, start, end);
    if a > b || a > n {
        return Ok(Window {
            hay: "",
            needle,
            base: 0,
            invalid: true,
            ascii,
        });
    }
    let (ba, bb) = if ascii {
        (a.min(n), b.min(n))
    } else {
        (char_to_byte(s, a), char_to_byte(s, b))
    };
    Ok(Window {
        hay: &s[ba..bb],
        needle,
        base: ba,
        invalid: false,
        ascii,
    })
}

/// Code-point index of the first (or last) occurrence, or -1.
fn find_impl(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, rev: bool) -> PyResult<i64> {
    let w = window(vm, args, kw, name)?;
    if w.invalid {
        return Ok(-1);
    }
    let found = if rev {
        strsearch::rfind(w.hay, w.needle)
    } else {
        strsearch::find(w.hay, w.needle)
    };
    let s = pystr::try_str(args[0]).unwrap_or("");
    Ok(match found {
        Some(p) if w.ascii => (w.base + p) as i64,
        Some(p) => byte_to_char(s, w.base + p) as i64,
        None => -1,
    })
}

fn str_find(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    Ok(Obj::small_int(find_impl(vm, args, kw, "find", false)?))
}

fn str_rfind(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    Ok(Obj::small_int(find_impl(vm, args, kw, "rfind", true)?))
}

fn str_index(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    match find_impl(vm, args, kw, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Obj::small_int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    match find_impl(vm, args, kw, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Obj::small_int(i)),
    }
}

fn str_count(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let w = window(vm, args, kw, "count")?;
    if w.invalid {
        return Ok(Obj::small_int(0));
    }
    let n = if w.needle.is_empty() {
        char_count(w.hay) + 1
    } else {
        strsearch::count(w.hay, w.needle)
    };
    Ok(Obj::small_int(n as i64))
}

// ------------------------------------------------------------------------------------------------
// replace / startswith / endswith / removeprefix / removesuffix

fn str_replace(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "replace")?;
    check_kw_clinic(vm, "replace", kw, &["count"])?;
    arity(vm, "str", "replace", args, Kw::NONE, 3, 4)?;
    let mut parts = [""; 2];
    for (i, p) in parts.iter_mut().enumerate() {
        *p = match pystr::try_str(args[i + 1]) {
            Some(x) => x,
            None => {
                let msg = format!(
                    "replace() argument {} must be str, not {}",
                    i + 1,
                    types::type_name_of(vm, args[i + 1])
                );
                return Err(vm.type_error(&msg));
            }
        };
    }
    let [old, new] = parts;
    let count = match arg_or_kw(args, kw, 3, "count") {
        Some(o) => arg_len(vm, o)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if old.is_empty() {
        let n = (char_count(s) + 1).min(max);
        check_size(vm, s.len().saturating_add(new.len().saturating_mul(n)))?;
        let mut out = String::new();
        let mut done = 0;
        for c in s.chars() {
            if done < n {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(new);
        }
        return pystr::new_string(vm, out);
    }
    let hits = strsearch::count(s, old).min(max);
    if hits == 0 && pystr::is_str(args[0]) {
        return Ok(args[0]);
    }
    check_size(vm, s.len().saturating_add(new.len().saturating_mul(hits)))?;
    let out = strsearch::replace(s, old, new, hits);
    pystr::new_string(vm, out)
}

fn affix_check(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, at_end: bool) -> PyResult {
    let s = self_str(vm, args, name)?;
    arity(vm, "str", name, args, kw, 2, 4)?;
    let start = opt_index(vm, args.get(2).copied())?;
    let end = opt_index(vm, args.get(3).copied())?;
    let n = char_count(s);
    let (a, b) = adjust_range(n, start, end);
    let prefixes: Vec<Obj> = match tuple::try_tuple(args[1]) {
        Some(t) => t.to_vec(),
        None => vec![args[1]],
    };
    let is_tuple = tuple::try_tuple(args[1]).is_some();
    for p in prefixes {
        let Some(ps) = pystr::try_str(p) else {
            let msg = if is_tuple {
                format!(
                    "tuple for {name} must only contain str, not {}",
                    types::type_name_of(vm, p)
                )
            } else {
                format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    types::type_name_of(vm, p)
                )
            };
            return Err(vm.type_error(&msg));
        };
        if a > n || a > b {
            continue;
        }
        let w = &s[char_to_byte(s, a)..char_to_byte(s, b)];
        let hit = if at_end {
            w.ends_with(ps)
        } else {
            w.starts_with(ps)
        };
        if hit {
            return Ok(Obj::TRUE);
        }
    }
    Ok(Obj::FALSE)
}

fn str_startswith(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    affix_check(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    affix_check(vm, args, kw, "endswith", true)
}

fn str_removeprefix(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "removeprefix")?;
    arity(vm, "str", "removeprefix", args, kw, 2, 2)?;
    let p = arg_str(vm, args[1], "removeprefix() argument")?;
    match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => new_s(vm, r),
        _ => new_s(vm, s),
    }
}

fn str_removesuffix(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "removesuffix")?;
    arity(vm, "str", "removesuffix", args, kw, 2, 2)?;
    let p = arg_str(vm, args[1], "removesuffix() argument")?;
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => new_s(vm, r),
        _ => new_s(vm, s),
    }
}

// ------------------------------------------------------------------------------------------------
// Case conversion

fn map_str(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, f: fn(&str) -> String) -> PyResult {
    let s = self_str(vm, args, name)?;
    arity(vm, "str", name, args, kw, 1, 1)?;
    let out = f(s);
    pystr::new_string(vm, out)
}

fn lower_string(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..cs.len() {
        push_lower(&cs, i, &mut out);
    }
    out
}

fn upper_string(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

fn capitalize_string(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..cs.len() {
        if i == 0 {
            to_title(cs[0], &mut out);
        } else {
            push_lower(&cs, i, &mut out);
        }
    }
    out
}

fn title_string(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..cs.len() {
        let c = cs[i];
        if prev_cased {
            push_lower(&cs, i, &mut out);
        } else {
            to_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn swapcase_string(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..cs.len() {
        let c = cs[i];
        if py_isupper(c) {
            push_lower(&cs, i, &mut out);
        } else if py_islower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Some(m) = tables::case_override(tables::FOLD_X, c) {
            out.push_str(m);
            continue;
        }
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ı' => out.push('ı'),
            '\u{345}' => out.push('ι'),
            _ => {
                let mut up = c.to_uppercase();
                if up.len() > 1
                    || (py_islower(c)
                        && up
                            .clone()
                            .flat_map(char::to_lowercase)
                            .ne(std::iter::once(c)))
                {
                    for u in up.by_ref() {
                        out.extend(u.to_lowercase());
                    }
                } else {
                    out.extend(c.to_lowercase());
                }
            }
        }
    }
    out
}

fn str_upper(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    map_str(vm, args, kw, "upper", upper_string)
}

fn str_lower(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    map_str(vm, args, kw, "lower", lower_string)
}

fn str_capitalize(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    map_str(vm, args, kw, "capitalize", capitalize_string)
}

fn str_title(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    map_str(vm, args, kw, "title", title_string)
}

fn str_swapcase(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    map_str(vm, args, kw, "swapcase", swapcase_string)
}

fn str_casefold(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    map_str(vm, args, kw, "casefold", casefold_string)
}

// ------------------------------------------------------------------------------------------------
// Predicates

fn pred(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, f: fn(&str) -> bool) -> PyResult {
    let s = self_str(vm, args, name)?;
    arity(vm, "str", name, args, kw, 1, 1)?;
    Ok(Obj::from_bool(f(s)))
}

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn str_isdigit(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isdigit", |s| all_nonempty(s, py_isdigit))
}

fn str_isdecimal(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isdecimal", |s| all_nonempty(s, py_isdecimal))
}

fn str_isnumeric(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isnumeric", |s| all_nonempty(s, py_isnumeric))
}

fn str_isalpha(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isalpha", |s| all_nonempty(s, py_isalpha))
}

fn str_isalnum(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isalnum", |s| all_nonempty(s, py_isalnum))
}

fn str_isspace(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isspace", |s| all_nonempty(s, py_isspace))
}

fn str_isascii(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isascii", |s| s.is_ascii())
}

fn str_isprintable(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isprintable", |s| {
        s.chars().all(py_isprintable)
    })
}

fn str_isidentifier(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isidentifier", |s| {
        let mut it = s.chars();
        it.next().is_some_and(is_id_start) && it.all(is_id_continue)
    })
}

fn str_isupper(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "isupper", |s| {
        s.chars().any(py_isupper) && !s.chars().any(|c| py_islower(c) || is_titlecase(c))
    })
}

fn str_islower(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "islower", |s| {
        s.chars().any(py_islower) && !s.chars().any(|c| py_isupper(c) || is_titlecase(c))
    })
}

fn istitle(s: &str) -> bool {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if py_isupper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if py_islower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

fn str_istitle(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    pred(vm, args, kw, "istitle", istitle)
}

// ------------------------------------------------------------------------------------------------
// Padding

fn fill_arg(vm: &mut Vm, args: &[Obj]) -> PyResult<char> {
    match args.get(2) {
        None => Ok(' '),
        Some(&o) => {
            let s = match pystr::try_str(o) {
                Some(s) => s,
                None => {
                    let msg = format!(
                        "The fill character must be a unicode character, not {}",
                        types::type_name_of(vm, o)
                    );
                    return Err(vm.type_error(&msg));
                }
            };
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
    }
}

/// (self, its length in code points, target width, fill char).
fn pad_args(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    name: &str,
) -> PyResult<(&'static str, usize, usize, char)> {
    let s = self_str(vm, args, name)?;
    arity(vm, "str", name, args, kw, 2, 3)?;
    let width = arg_len(vm, args[1])?;
    let fill = fill_arg(vm, args)?;
    let n = char_count(s);
    let width = width.max(0) as usize;
    check_size(vm, width)?;
    Ok((s, n, width, fill))
}

fn padded(vm: &mut Vm, s: &str, left: usize, right: usize, fill: char) -> PyResult {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    pystr::new_string(vm, out)
}

fn str_center(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (s, n, width, fill) = pad_args(vm, args, kw, "center")?;
    if width <= n {
        return new_s(vm, s);
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    padded(vm, s, left, marg - left, fill)
}

fn str_ljust(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (s, n, width, fill) = pad_args(vm, args, kw, "ljust")?;
    padded(vm, s, 0, width.saturating_sub(n), fill)
}

fn str_rjust(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let (s, n, width, fill) = pad_args(vm, args, kw, "rjust")?;
    padded(vm, s, width.saturating_sub(n), 0, fill)
}

/// zfill on text: zeros after a leading sign.
pub(crate) fn zfill_text(s: &str, n: usize, width: usize) -> String {
    if width <= n {
        return s.to_string();
    }
    let zeros = "0".repeat(width - n);
    match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    }
}

fn str_zfill(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "zfill")?;
    arity(vm, "str", "zfill", args, kw, 2, 2)?;
    let width = arg_len(vm, args[1])?.max(0) as usize;
    check_size(vm, width)?;
    let out = zfill_text(s, char_count(s), width);
    pystr::new_string(vm, out)
}

fn str_expandtabs(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "expandtabs")?;
    check_kw_clinic(vm, "expandtabs", kw, &["tabsize"])?;
    arity(vm, "str", "expandtabs", args, Kw::NONE, 1, 2)?;
    let tab = match arg_or_kw(args, kw, 1, "tabsize") {
        Some(o) => arg_c_int(vm, o)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: usize = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    check_size(vm, out.len().saturating_add(n))?;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    pystr::new_string(vm, out)
}

// ------------------------------------------------------------------------------------------------
// encode

/// The canonical codec name for an encoding argument, or None if unknown.
pub(crate) fn codec_name(enc: &str) -> Option<&'static str> {
    let e = enc.to_ascii_lowercase().replace(['_', ' '], "-");
    match e.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some("utf-8"),
        "ascii" | "us-ascii" | "646" => Some("ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin"
        | "iso-ir-100" => Some("latin-1"),
        _ => None,
    }
}

fn lookup_builtin_exc(vm: &mut Vm, name: &str) -> Obj {
    let b = vm.builtins;
    match dict::dict_get_name(vm, b, name) {
        Ok(Some(e)) => e,
        _ => vm.exc.unicode_error,
    }
}

pub(crate) fn unicode_err(vm: &mut Vm, cls_name: &str, msg: &str) -> crate::vm::PyErr {
    let cls = lookup_builtin_exc(vm, cls_name);
    vm.new_exc_msg(cls, msg)
}

fn encode_args(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    name: &str,
) -> PyResult<(&'static str, &'static str)> {
    check_kw_clinic(vm, name, kw, &["encoding", "errors"])?;
    arity(vm, "str", name, args, Kw::NONE, 1, 3)?;
    let enc = match arg_or_kw(args, kw, 1, "encoding") {
        Some(o) => arg_str(vm, o, &format!("{name}() argument 'encoding'"))?,
        None => "utf-8",
    };
    let errors = match arg_or_kw(args, kw, 2, "errors") {
        Some(o) => arg_str(vm, o, &format!("{name}() argument 'errors'"))?,
        None => "strict",
    };
    Ok((enc, errors))
}

/// Encode text with a codec and error handler.
pub(crate) fn encode_text(vm: &mut Vm, s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = match codec_name(enc) {
        Some(c) => c,
        None => {
            return Err(vm.new_exc_msg(vm.exc.lookup_error, &format!("unknown encoding: {enc}")))
        }
    };
    if codec == "utf-8" {
        return Ok(s.as_bytes().to_vec());
    }
    let limit: u32 = if codec == "ascii" { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let v = c as u32;
        if v < limit {
            out.push(v as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(escape_char(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{v};").as_bytes()),
            "strict" => {
                let msg =
                    format!("'{codec}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})", escape_char(c));
                return Err(unicode_err(vm, "UnicodeEncodeError", &msg));
            }
            _ => {
                return Err(vm.new_exc_msg(
                    vm.exc.lookup_error,
                    &format!("unknown error handler name '{errors}'"),
                ))
            }
        }
    }
    Ok(out)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a character.
pub(crate) fn escape_char(c: char) -> String {
    let v = c as u32;
    if v < 0x100 {
        format!("\\x{v:02x}")
    } else if v < 0x10000 {
        format!("\\u{v:04x}")
    } else {
        format!("\\U{v:08x}")
    }
}

fn str_encode(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "encode")?;
    let (enc, errors) = encode_args(vm, args, kw, "encode")?;
    let b = encode_text(vm, s, enc, errors)?;
    bytes::new_bytes(vm, &b)
}

/// ascii(o): repr with non-ASCII characters escaped.
fn ascii_fn(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "ascii", args, kw, 1, 1)?;
    let s = super::repr::ascii_string(vm, args[0])?;
    pystr::new_string(vm, s)
}

// ------------------------------------------------------------------------------------------------
// format / format_map / __format__

fn str_format(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "format")?;
    let out = crate::runtime::strformat::str_format(vm, s, &args[1..], kw, None)?;
    pystr::new_string(vm, out)
}

fn str_format_map(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "format_map")?;
    arity(vm, "str", "format_map", args, kw, 2, 2)?;
    let out = crate::runtime::strformat::str_format(vm, s, &[], Kw::NONE, Some(args[1]))?;
    pystr::new_string(vm, out)
}

/// `int.__format__` and friends: the built-in spec language on the native value.
fn builtin_dunder_format(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    arity(vm, "object", "__format__", args, kw, 2, 2)?;
    let spec = arg_str(vm, args[1], "__format__() argument")?;
    let v = ops::native_of(args[0]);
    if spec.is_empty() && !pystr::is_str(v) {
        let out = super::str_string(vm, args[0])?;
        return pystr::new_string(vm, out);
    }
    let out = crate::runtime::format::format_builtin(vm, v, spec)?;
    pystr::new_string(vm, out)
}

/// `object.__format__`: str(self) for an empty spec, else TypeError.
fn object_dunder_format(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    arity(vm, "object", "__format__", args, kw, 2, 2)?;
    let spec = arg_str(vm, args[1], "__format__() argument")?;
    if !spec.is_empty() {
        let msg = format!(
            "unsupported format string passed to {}.__format__",
            types::type_name_of(vm, args[0])
        );
        return Err(vm.type_error(&msg));
    }
    super::str_obj(vm, args[0])
}

fn str_dunder_format(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    self_str(vm, args, "__format__")?;
    arity(vm, "str", "__format__", args, kw, 2, 2)?;
    let spec = arg_str(vm, args[1], "__format__() argument")?;
    let v = ops::native_of(args[0]);
    let out = crate::runtime::format::format_value(vm, v, spec)?;
    pystr::new_string(vm, out)
}

// ------------------------------------------------------------------------------------------------
// maketrans / translate

fn str_maketrans(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "maketrans", args, kw, 1, 3)?;
    let d = dict::new_dict(vm)?;
    vm.tmp_roots.push(d);
    let r = fill_maketrans(vm, d, args);
    vm.tmp_roots.pop();
    r.map(|_| d)
}

fn fill_maketrans(vm: &mut Vm, d: Obj, args: &[Obj]) -> PyResult<()> {
    if args.len() == 1 {
        let Some(src) = dict::as_dict(args[0]) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let entries: Vec<DictEntry> = dict::dict_entries(src).collect();
        for e in entries {
            let key = if let Some(k) = pystr::try_str(e.key) {
                let mut it = k.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Obj::small_int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if int::is_int(e.key) {
                e.key
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            dict::dict_store(vm, d, key, e.value)?;
        }
        return Ok(());
    }
    let x = arg_str(vm, args[0], "maketrans() argument 1")?;
    let y = arg_str(vm, args[1], "maketrans() argument 2")?;
    if char_count(x) != char_count(y) {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        dict::dict_store(vm, d, Obj::small_int(a as i64), Obj::small_int(b as i64))?;
    }
    if let Some(&z) = args.get(2) {
        let z = arg_str(vm, z, "maketrans() argument 3")?;
        for c in z.chars() {
            dict::dict_store(vm, d, Obj::small_int(c as i64), Obj::NONE)?;
        }
    }
    Ok(())
}

fn str_translate(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_str(vm, args, "translate")?;
    arity(vm, "str", "translate", args, kw, 2, 2)?;
    let table = args[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Obj::small_int(c as i64);
        let v = match crate::runtime::subscr::load_subscr(vm, table, key) {
            Ok(v) => v,
            Err(e) if crate::runtime::exc::exc_matches(vm, e.0, vm.exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if v.is_none() {
            continue;
        }
        if let Some(r) = pystr::try_str(v) {
            out.push_str(r);
        } else if int::is_int(v) {
            match int::to_i64(v)
                .and_then(|x| u32::try_from(x).ok())
                .and_then(char::from_u32)
            {
                Some(r) => out.push(r),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
        check_size(vm, out.len())?;
    }
    pystr::new_string(vm, out)
}

// ------------------------------------------------------------------------------------------------
// Operator dunders of str/bytes/bytearray (for explicit calls like `super().__getitem__(i)`)

/// Register `__len__`, `__getitem__`, `__add__`, comparisons, ... on a text/bytes type.
fn add_sequence_dunders(vm: &mut Vm, ty: Obj) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__iter__", dunder_iter),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
    ];
    for &(name, f) in methods {
        types::add_method(vm, ty, name, f);
    }
}

fn self_native(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, n: usize) -> PyResult<Obj> {
    let ty = args
        .first()
        .map(|&o| types::type_name_of(vm, o))
        .unwrap_or("object");
    arity(vm, ty, name, args, kw, n, n)?;
    Ok(ops::native_of(args[0]))
}

fn dunder_len(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_native(vm, args, kw, "__len__", 1)?;
    let n = super::functions::len_of(vm, s)?;
    int::int_from_i64(vm, n as i64)
}

fn dunder_contains(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_native(vm, args, kw, "__contains__", 2)?;
    Ok(Obj::from_bool(ops::contains(vm, s, args[1])?))
}

fn dunder_getitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_native(vm, args, kw, "__getitem__", 2)?;
    crate::runtime::subscr::load_subscr(vm, s, args[1])
}

fn dunder_iter(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_native(vm, args, kw, "__iter__", 1)?;
    crate::runtime::iter::get_iter(vm, s)
}

/// Binary dunders return NotImplemented when the operation does not apply, so that the VM's
/// operator dispatch (which may call them for built-in left operands) can try the reflected one.
fn dunder_binop(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    name: &str,
    op: crate::bytecode::BinaryOp,
) -> PyResult {
    let s = self_native(vm, args, kw, name, 2)?;
    let other = ops::native_of(args[1]);
    Ok(super::builtin_binary_op(vm, op, s, other)?.unwrap_or(Obj::NOT_IMPLEMENTED))
}

fn dunder_add(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__add__", crate::bytecode::BinaryOp::Add)
}

fn dunder_mul(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__mul__", crate::bytecode::BinaryOp::Multiply)
}

fn dunder_mod(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__mod__", crate::bytecode::BinaryOp::Modulo)
}

fn dunder_eq(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__eq__", crate::bytecode::BinaryOp::Equal)
}

fn dunder_ne(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__ne__", crate::bytecode::BinaryOp::NotEqual)
}

fn dunder_lt(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__lt__", crate::bytecode::BinaryOp::Less)
}

fn dunder_le(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__le__", crate::bytecode::BinaryOp::LessEqual)
}

fn dunder_gt(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__gt__", crate::bytecode::BinaryOp::More)
}

fn dunder_ge(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    dunder_binop(vm, args, kw, "__ge__", crate::bytecode::BinaryOp::MoreEqual)
}

fn dunder_hash(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let s = self_native(vm, args, kw, "__hash__", 1)?;
    let h = ops::hash(vm, s)? as i64;
    int::int_from_i64(vm, h & 0x3fff_ffff_ffff)
}
