//! `str.format` / `str.format_map` (and so f-strings, which compile to `.format` calls): parsing
//! of `{field!conv:spec}` replacement fields. Not the spec language itself (runtime/format.rs).

use crate::obj::*;
use crate::runtime::{attr, exc, format, int, str as pystr, subscr};
use crate::vm::{PyResult, Vm};

/// Argument sources and the automatic-numbering state of one `format` call.
struct Ctx<'a> {
    args: &'a [Obj],
    kw: Kw<'a>,
    mapping: Option<Obj>,
    /// None: not decided yet; Some(true): automatic numbering; Some(false): manual.
    auto: Option<bool>,
    next: usize,
}

/// Render `fmt` with positional `args`, keywords `kw` (or a `mapping` for format_map).
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Obj],
    kw: Kw,
    mapping: Option<Obj>,
) -> PyResult<String> {
    let mut cx = Ctx {
        args,
        kw,
        mapping,
        auto: None,
        next: 0,
    };
    render(vm, fmt, &mut cx, 2)
}

fn render(vm: &mut Vm, fmt: &str, cx: &mut Ctx, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(fmt.len() + 16);
    let b = fmt.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'{' && c != b'}' {
            i += 1;
            continue;
        }
        out.push_str(&fmt[lit_start..i]);
        let doubled = b.get(i + 1) == Some(&c);
        if c == b'}' && !doubled {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c == b'{' && i + 1 >= b.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if doubled {
            out.push(c as char);
            i += 2;
        } else {
            let field = parse_field(vm, fmt, i + 1)?;
            let piece = render_field(vm, &field, cx, depth)?;
            out.push_str(&piece);
            i = field.end;
        }
        lit_start = i;
    }
    out.push_str(&fmt[lit_start..]);
    Ok(out)
}

/// One replacement field: name, conversion, spec, and the byte index just after its '}'.
struct Field<'a> {
    name: &'a str,
    conv: Option<char>,
    spec: &'a str,
    end: usize,
}

/// Parse the field starting at byte `start` (just after '{'), as CPython's parse_field does.
fn parse_field<'a>(vm: &mut Vm, fmt: &'a str, start: usize) -> PyResult<Field<'a>> {
    let b = fmt.as_bytes();
    let mut i = start;
    let mut stop = None;
    while i < b.len() {
        let c = b[i];
        i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while i < b.len() && b[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = stop else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let name = &fmt[start..i - 1];
    if stop == b'}' {
        return Ok(Field {
            name,
            conv: None,
            spec: "",
            end: i,
        });
    }
    let mut conv = None;
    if stop == b'!' {
        let Some(c) = fmt[i..].chars().next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        conv = Some(c);
        i += c.len_utf8();
        if i < b.len() {
            let next = b[i];
            i += 1;
            if next == b'}' {
                return Ok(Field {
                    name,
                    conv,
                    spec: "",
                    end: i,
                });
            }
            if next != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut count = 1;
    while i < b.len() {
        match b[i] {
            b'{' => count += 1,
            b'}' => {
                count -= 1;
                if count == 0 {
                    return Ok(Field {
                        name,
                        conv,
                        spec: &fmt[spec_start..i],
                        end: i + 1,
                    });
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn render_field(vm: &mut Vm, field: &Field, cx: &mut Ctx, depth: u32) -> PyResult<String> {
    let (name, conv, spec) = (field.name, field.conv, field.spec);
    let mut obj = resolve_name(vm, name, cx)?;
    if let Some(c) = conv {
        let s = match c {
            'r' => crate::builtins::repr_string(vm, obj)?,
            's' => crate::builtins::str_string(vm, obj)?,
            'a' => crate::builtins::repr::ascii_string(vm, obj)?,
            _ => return Err(vm.value_error(&format!("Unknown conversion specifier {c}"))),
        };
        obj = pystr::new_string(vm, s)?;
    }
    let spec_owned;
    let spec = if spec.contains(['{', '}']) {
        spec_owned = render(vm, spec, cx, depth - 1)?;
        spec_owned.as_str()
    } else {
        spec
    };
    format::format_value(vm, obj, spec)
}

/// The object named by a field: the argument, then `.attr` and `[key]` steps.
fn resolve_name(vm: &mut Vm, name: &str, cx: &mut Ctx) -> PyResult<Obj> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = lookup_arg(vm, first, cx)?;
    let b = name.as_bytes();
    let mut i = first_end;
    while i < b.len() {
        if b[i] == b'.' {
            let start = i + 1;
            let end = name[start..]
                .find(['.', '['])
                .map(|p| p + start)
                .unwrap_or(name.len());
            let attr_name = &name[start..end];
            if attr_name.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let n = vm.intern(attr_name);
            obj = attr::load_attr(vm, obj, n)?;
            i = end;
        } else if b[i] == b'[' {
            let start = i + 1;
            let Some(close) = name[start..].find(']').map(|p| p + start) else {
                return Err(vm.value_error("Missing ']' in format field"));
            };
            let key = &name[start..close];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let ko = key_obj(vm, key)?;
            obj = subscr::load_subscr(vm, obj, ko)?;
            i = close + 1;
            if i < b.len() && b[i] != b'.' && b[i] != b'[' {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

/// An index key: an int if it is all digits, else a str.
fn key_obj(vm: &mut Vm, key: &str) -> PyResult<Obj> {
    if key.bytes().all(|c| c.is_ascii_digit()) {
        if let Ok(v) = key.parse::<i64>() {
            return int::int_from_i64(vm, v);
        }
    }
    pystr::new_str(vm, key)
}

fn lookup_arg(vm: &mut Vm, first: &str, cx: &mut Ctx) -> PyResult<Obj> {
    if first.is_empty() {
        if cx.auto == Some(false) {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        cx.auto = Some(true);
        let idx = cx.next;
        cx.next += 1;
        return positional(vm, cx, idx);
    }
    if first.bytes().all(|c| c.is_ascii_digit()) {
        if cx.auto == Some(true) {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        cx.auto = Some(false);
        let idx = match first.parse::<usize>() {
            Ok(v) => v,
            Err(_) => return Err(vm.value_error("Too many decimal digits in format string")),
        };
        return positional(vm, cx, idx);
    }
    if let Some(m) = cx.mapping {
        let k = pystr::new_str(vm, first)?;
        return subscr::load_subscr(vm, m, k);
    }
    match cx.kw.get(first) {
        Some(v) => Ok(v),
        None => {
            let k = pystr::new_str(vm, first)?;
            let e = exc::new_exception(vm, vm.exc.key_error, &[k])?;
            Err(crate::vm::PyErr(e))
        }
    }
}

fn positional(vm: &mut Vm, cx: &Ctx, idx: usize) -> PyResult<Obj> {
    match cx.args.get(idx) {
        Some(&o) => Ok(o),
        None => {
            if cx.mapping.is_some() {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            let msg = format!("Replacement index {idx} out of range for positional args tuple");
            Err(vm.new_exc_msg(vm.exc.index_error, &msg))
        }
    }
}
