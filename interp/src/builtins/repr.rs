//! repr() and str() of every object, as CPython prints them (recursive containers included).
//! Not format specs (runtime/format.rs).

use crate::obj::*;
use crate::runtime::{
    bytes, call, complex, dict, exc, float, int, list, set, str as pystr, tuple, types,
};
use crate::vm::{PyResult, Vm};

/// repr of a str, with CPython's quote choice and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20
                || c as u32 == 0x7f
                || (0x80..0xa1).contains(&(c as u32))
                || c as u32 == 0xad =>
            {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let v = c as u32;
                if v <= 0xffff {
                    out.push_str(&format!("\\u{v:04x}"))
                } else {
                    out.push_str(&format!("\\U{v:08x}"))
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    !crate::builtins::str_methods::py_isprintable(c)
}

/// Mark `o` as being printed: false if it already is (a cycle, printed as `[...]`).
/// Containers nested deeper than the recursion limit raise RecursionError like CPython (the
/// cycle scan and the string copying per level were quadratic in the depth).
fn enter(vm: &mut Vm, o: Obj) -> PyResult<bool> {
    if vm.repr_active.contains(&o) {
        return Ok(false);
    }
    if vm.repr_active.len() >= vm.max_depth {
        return Err(vm.new_exc_msg(
            vm.exc.recursion_error,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    vm.repr_active.push(o);
    Ok(true)
}

fn leave(vm: &mut Vm) {
    vm.repr_active.pop();
}

fn join_reprs(vm: &mut Vm, items: &[Obj], out: &mut String) -> PyResult<()> {
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_string(vm, x)?);
    }
    Ok(())
}

fn qualified_name(vm: &mut Vm, t: Obj) -> String {
    let name = pystr::as_rust_str(types::type_qualname(vm, t)).to_string();
    if types::type_obj(t).flags.get() & tflags::HEAP != 0 {
        let d = types::type_obj(t).dict;
        if let Ok(Some(m)) = dict::dict_get_str(vm, d, vm.names.__module__) {
            if let Some(ms) = pystr::try_str(m) {
                if ms != "builtins" {
                    return format!("{ms}.{name}");
                }
            }
        }
    }
    name
}

/// The repr of a Python-class instance's default: `<__main__.C object at 0x...>`.
pub fn default_repr(vm: &mut Vm, o: Obj) -> String {
    let t = types::type_of(vm, o);
    format!("<{} object at {:#x}>", qualified_name(vm, t), o.bits())
}

/// repr(o) as a Rust string.
pub fn repr_string(vm: &mut Vm, o: Obj) -> PyResult<String> {
    if o.is_small_int() {
        return Ok(o.small_int_value().to_string());
    }
    if o.is_float() {
        return Ok(float::float_repr(o.float_value()));
    }
    if !o.is_ptr() {
        return Ok(match o {
            Obj::NONE => "None",
            Obj::TRUE => "True",
            Obj::FALSE => "False",
            Obj::ELLIPSIS => "Ellipsis",
            Obj::NOT_IMPLEMENTED => "NotImplemented",
            Obj::NULL => "<NULL>",
            _ => "<?>",
        }
        .to_string());
    }
    let ty = types::type_of(vm, o);
    if types::type_obj(ty).flags.get() & tflags::HEAP != 0 {
        if let Some(m) = types::type_lookup(vm, ty, vm.names.__repr__) {
            if !is_kind(m, ObjKind::BuiltinFn) {
                let r = call::call_with_self(vm, m, o, &[], Kw::NONE)?;
                return match pystr::try_str(r) {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        let msg = format!(
                            "__repr__ returned non-string (type {})",
                            types::type_name_of(vm, r)
                        );
                        Err(vm.new_exc_msg(vm.exc.type_error, &msg))
                    }
                };
            }
        }
    }
    Ok(match header(o).kind {
        ObjKind::Str => str_repr(pystr::as_rust_str(o)),
        ObjKind::BigInt => int::int_to_string(o),
        ObjKind::Complex => {
            let (r, i) = complex::complex_parts(o);
            complex::complex_repr(r, i)
        }
        ObjKind::Bytes => bytes::bytes_repr(cast::<BytesObj>(o).bytes()),
        ObjKind::ByteArray => format!("bytearray({})", bytes::bytes_repr(bytes::bytearray_data(o))),
        ObjKind::Tuple => {
            if !enter(vm, o)? {
                return Ok("(...)".into());
            }
            let items = tuple::tuple_items(o);
            let mut s = String::from("(");
            let r = join_reprs(vm, items, &mut s);
            leave(vm);
            r?;
            if items.len() == 1 {
                s.push(',');
            }
            s.push(')');
            s
        }
        ObjKind::List => {
            if !enter(vm, o)? {
                return Ok("[...]".into());
            }
            let items = list::list_items(o).to_vec();
            let mut s = String::from("[");
            let r = join_reprs(vm, &items, &mut s);
            leave(vm);
            r?;
            s.push(']');
            s
        }
        ObjKind::Dict => {
            if !enter(vm, o)? {
                return Ok("{...}".into());
            }
            let entries: Vec<DictEntry> = dict::dict_entries(o).collect();
            let mut s = String::from("{");
            let r = (|| {
                for (i, e) in entries.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&repr_string(vm, e.key)?);
                    s.push_str(": ");
                    s.push_str(&repr_string(vm, e.value)?);
                }
                Ok(())
            })();
            leave(vm);
            r?;
            s.push('}');
            s
        }
        ObjKind::Set | ObjKind::FrozenSet => {
            let frozen = header(o).kind == ObjKind::FrozenSet;
            let items: Vec<Obj> = set::set_items(o).collect();
            if items.is_empty() {
                return Ok(if frozen {
                    "frozenset()".into()
                } else {
                    "set()".into()
                });
            }
            if !enter(vm, o)? {
                return Ok("{...}".into());
            }
            let mut s = String::from(if frozen { "frozenset({" } else { "{" });
            let r = join_reprs(vm, &items, &mut s);
            leave(vm);
            r?;
            s.push_str(if frozen { "})" } else { "}" });
            s
        }
        ObjKind::Range => {
            let r = cast::<RangeObj>(o);
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        ObjKind::Slice => {
            let s = cast::<SliceObj>(o);
            let (a, b, c) = (s.start, s.stop, s.step);
            format!(
                "slice({}, {}, {})",
                repr_string(vm, a)?,
                repr_string(vm, b)?,
                repr_string(vm, c)?
            )
        }
        ObjKind::Type => format!("<class '{}'>", qualified_name(vm, o)),
        ObjKind::Function => {
            let code = crate::vm::code::code_info(cast::<FunctionObj>(o).code);
            format!(
                "<function {} at {:#x}>",
                pystr::as_rust_str(code.qualname.get()),
                o.bits()
            )
        }
        ObjKind::BuiltinFn => format!("<built-in function {}>", cast::<BuiltinFnObj>(o).name),
        ObjKind::BoundMethod => {
            let m = cast::<BoundMethodObj>(o);
            let (f, s) = (m.func, m.self_);
            let st = types::type_of(vm, s);
            let fname = match kind_of(f) {
                Some(ObjKind::Function) => pystr::as_rust_str(
                    crate::vm::code::code_info(cast::<FunctionObj>(f).code)
                        .qualname
                        .get(),
                )
                .to_string(),
                Some(ObjKind::BuiltinFn) => {
                    format!("{}.{}", types::type_name(st), cast::<BuiltinFnObj>(f).name)
                }
                _ => "?".into(),
            };
            format!("<bound method {} of {}>", fname, repr_string(vm, s)?)
        }
        ObjKind::Module => format!(
            "<module '{}'>",
            pystr::try_str(cast::<ModuleObj>(o).name).unwrap_or("?")
        ),
        ObjKind::Exception => {
            let name = types::type_name(ty).to_string();
            let args = exc::exc_args(o).to_vec();
            let mut s = format!("{name}(");
            join_reprs(vm, &args, &mut s)?;
            s.push(')');
            s
        }
        ObjKind::Generator => {
            let f = cast::<GeneratorObj>(o).func;
            let code = crate::vm::code::code_info(cast::<FunctionObj>(f).code);
            format!(
                "<generator object {} at {:#x}>",
                pystr::as_rust_str(code.qualname.get()),
                o.bits()
            )
        }
        ObjKind::Cell => format!("<cell at {:#x}>", o.bits()),
        ObjKind::Instance => {
            let n = cast::<InstanceObj>(o).native;
            if is_kind(n, ObjKind::ByteArray) {
                return Ok(format!(
                    "{}({})",
                    types::type_name(ty),
                    bytes::bytes_repr(bytes::bytearray_data(n))
                ));
            }
            if !n.is_null()
                && types::type_lookup(vm, ty, vm.names.__repr__)
                    .map(|m| is_kind(m, ObjKind::BuiltinFn))
                    .unwrap_or(true)
                && types::type_obj(ty).native_base != Obj::NULL
            {
                if set::is_set_kind(n) {
                    // Set subclasses show their class: S({1, 2}), S().
                    let name = types::type_name(ty);
                    let items: Vec<Obj> = set::set_items(n).collect();
                    let mut s = format!("{name}({{");
                    join_reprs(vm, &items, &mut s)?;
                    return Ok(if items.is_empty() {
                        format!("{name}()")
                    } else {
                        s + "})"
                    });
                }
                return repr_string(vm, n);
            }
            default_repr(vm, o)
        }
        ObjKind::Native => {
            if let Some(m) = types::type_lookup(vm, ty, vm.names.__repr__) {
                let r = call::call_with_self(vm, m, o, &[], Kw::NONE)?;
                if let Some(s) = pystr::try_str(r) {
                    return Ok(s.to_string());
                }
            }
            default_repr(vm, o)
        }
        ObjKind::Property => format!("<property object at {:#x}>", o.bits()),
        _ => format!("<{} object at {:#x}>", types::type_name(ty), o.bits()),
    })
}

pub fn repr_obj(vm: &mut Vm, o: Obj) -> PyResult {
    if pystr::is_str(o)
        && !pystr::as_rust_str(o).contains(['\'', '\\'])
        && pystr::as_rust_str(o)
            .chars()
            .all(|c| !c.is_control() && (c as u32) < 0x80 || (c as u32) > 0xa0)
    {
        let s = format!("'{}'", pystr::as_rust_str(o));
        return pystr::new_string(vm, s);
    }
    let s = repr_string(vm, o)?;
    pystr::new_string(vm, s)
}

/// str(o) as a Rust string.
pub fn str_string(vm: &mut Vm, o: Obj) -> PyResult<String> {
    if pystr::is_str(o) {
        return Ok(pystr::as_rust_str(o).to_string());
    }
    if !o.is_ptr() {
        return repr_string(vm, o);
    }
    let ty = types::type_of(vm, o);
    if types::type_obj(ty).flags.get() & tflags::HEAP != 0 {
        if let Some(m) = types::type_lookup(vm, ty, vm.names.__str__) {
            if !is_kind(m, ObjKind::BuiltinFn) {
                let r = call::call_with_self(vm, m, o, &[], Kw::NONE)?;
                return match pystr::try_str(r) {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        let msg = format!(
                            "__str__ returned non-string (type {})",
                            types::type_name_of(vm, r)
                        );
                        Err(vm.new_exc_msg(vm.exc.type_error, &msg))
                    }
                };
            }
        }
        if let Some(m) = types::type_lookup(vm, ty, vm.names.__repr__) {
            if !is_kind(m, ObjKind::BuiltinFn) {
                return repr_string(vm, o);
            }
        }
    }
    match header(o).kind {
        ObjKind::Exception => exc::exc_str(vm, o),
        ObjKind::Instance => {
            let n = cast::<InstanceObj>(o).native;
            if is_kind(n, ObjKind::ByteArray) || set::is_set_kind(n) {
                return repr_string(vm, o);
            }
            if !n.is_null() {
                return str_string(vm, n);
            }
            repr_string(vm, o)
        }
        _ => repr_string(vm, o),
    }
}

pub fn str_obj(vm: &mut Vm, o: Obj) -> PyResult {
    if pystr::is_str(o) {
        return Ok(o);
    }
    let s = str_string(vm, o)?;
    pystr::new_string(vm, s)
}

/// ascii(o) as a Rust string: the repr with non-ASCII characters escaped.
pub fn ascii_string(vm: &mut Vm, o: Obj) -> PyResult<String> {
    let r = repr_string(vm, o)?;
    if r.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(r.len() + 8);
    for c in r.chars() {
        let v = c as u32;
        if v < 0x80 {
            out.push(c);
        } else if v < 0x100 {
            out.push_str(&format!("\\x{v:02x}"));
        } else if v < 0x10000 {
            out.push_str(&format!("\\u{v:04x}"));
        } else {
            out.push_str(&format!("\\U{v:08x}"));
        }
    }
    Ok(out)
}
