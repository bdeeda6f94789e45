//! Built-in functions (print, len, isinstance, min/max, sorted, ...) and the constructors of the
//! built-in types (`int()`, `list()`, `range()`, ...).
//! Not the methods of those types (their own files).

use super::args::*;
use super::{arg_i64, def_fn, new_range, range_len, repr_string, str_string};
use crate::bytecode::BinaryOp;
use crate::obj::*;
use crate::runtime::{
    attr, bytes, call, complex, dict, float, int, iter, list, ops, set, str as pystr, tuple, types,
};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    def_fn(vm, "print", print);
    def_fn(vm, "len", len);
    def_fn(vm, "repr", repr);
    def_fn(vm, "isinstance", isinstance);
    def_fn(vm, "issubclass", issubclass);
    def_fn(vm, "hasattr", hasattr);
    def_fn(vm, "getattr", getattr);
    def_fn(vm, "setattr", setattr);
    def_fn(vm, "delattr", delattr);
    def_fn(vm, "iter", iter_fn);
    def_fn(vm, "next", next);
    def_fn(vm, "abs", abs);
    def_fn(vm, "min", min);
    def_fn(vm, "max", max);
    def_fn(vm, "sum", sum);
    def_fn(vm, "sorted", sorted);
    def_fn(vm, "any", any);
    def_fn(vm, "all", all);
    def_fn(vm, "chr", chr);
    def_fn(vm, "ord", ord);
    def_fn(vm, "hex", hex);
    def_fn(vm, "oct", oct);
    def_fn(vm, "bin", bin);
    def_fn(vm, "id", id);
    def_fn(vm, "hash", hash);
    def_fn(vm, "callable", callable);
    def_fn(vm, "divmod", divmod);
    def_fn(vm, "pow", pow);
    def_fn(vm, "round", round);
    def_fn(vm, "globals", globals);
    def_fn(vm, "locals", globals);
    def_fn(vm, "dir", dir);
    def_fn(vm, "vars", vars);
    def_fn(vm, "__import__", import);
    def_fn(vm, "__repl_print__", repl_print);
    def_fn(vm, "exec", exec);
    def_fn(vm, "eval", eval);
    def_fn(vm, "compile", compile);
    def_fn(vm, "input", input);
    def_fn(vm, "format", format);
    def_fn(vm, "ascii", repr);
    let bc = def_fn(vm, "__build_class__", types::build_class);
    vm.names.build_class_fn = bc;

    let t = &vm.types;
    let ctors: Vec<(Obj, NativeFn)> = vec![
        (t.int, int_new_sub),
        (t.float, float_new_sub),
        (t.complex, complex_new_sub),
        (t.bool_, bool_new),
        (t.str_, str_new_sub),
        (t.bytes, bytes_new_sub),
        (t.bytearray, bytearray_new_sub),
        (t.tuple, tuple_new_sub),
        (t.list, list_new_sub),
        (t.dict, dict_new_sub),
        (t.set, set_new_sub),
        (t.frozenset, frozenset_new_sub),
        (t.range, range_new),
        (t.slice, slice_new),
        (t.enumerate, enumerate_new),
        (t.zip, zip_new),
        (t.map, map_new),
        (t.filter, filter_new),
        (t.reversed, reversed_new),
    ];
    for (ty, f) in ctors {
        types::add_method(vm, ty, "__new__", f);
    }
    let l = vm.types.list;
    types::add_method(vm, l, "__init__", list_init);
    let r = vm.types.range;
    types::add_method(vm, r, "index", range_index);
    types::add_method(vm, r, "count", range_count);
    let s = vm.types.slice;
    types::add_method(vm, s, "indices", slice_indices_m);
    let d = vm.types.dict;
    types::add_method(vm, d, "__init__", dict_init);
}

fn write_stdout(vm: &mut Vm, file: Option<Obj>, s: &str) -> PyResult<()> {
    match file {
        None => {
            crate::modules::stdout_write(vm, s.as_bytes());
            Ok(())
        }
        Some(f) => {
            let so = pystr::new_str(vm, s)?;
            call::call_method(vm, f, "write", &[so])?;
            Ok(())
        }
    }
}

fn print(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kw.get("sep") {
        Some(s) if !s.is_none() => arg_str(vm, s, "sep")?.to_string(),
        _ => " ".to_string(),
    };
    let end = match kw.get("end") {
        Some(s) if !s.is_none() => arg_str(vm, s, "end")?.to_string(),
        _ => "\n".to_string(),
    };
    let file = kw.get("file").filter(|f| !f.is_none());
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&str_string(vm, a)?);
    }
    out.push_str(&end);
    write_stdout(vm, file, &out)?;
    Ok(Obj::NONE)
}

fn repl_print(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    if let Some(&a) = args.first() {
        if !a.is_none() {
            let s = repr_string(vm, a)? + "\n";
            write_stdout(vm, None, &s)?;
        }
    }
    Ok(Obj::NONE)
}

/// len(o) as usize.
pub fn len_of(vm: &mut Vm, o: Obj) -> PyResult<usize> {
    if o.is_ptr() {
        match header(o).kind {
            ObjKind::Str => return Ok(pystr::char_len(o)),
            ObjKind::List => return Ok(list::list_len(o)),
            ObjKind::Tuple => return Ok(tuple::tuple_items(o).len()),
            ObjKind::Dict => return Ok(dict::dict_len(o)),
            ObjKind::Set | ObjKind::FrozenSet => return Ok(set::set_len(o)),
            ObjKind::Bytes | ObjKind::ByteArray => {
                return Ok(bytes::try_bytes(o).unwrap_or(&[]).len())
            }
            ObjKind::Range => {
                let r = cast::<RangeObj>(o);
                return Ok(range_len(r.start, r.stop, r.step));
            }
            _ => {}
        }
    }
    let ty = types::type_of(vm, o);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__len__) {
        let r = call::call_with_self(vm, m, o, &[], Kw::NONE)?;
        return match int::to_i64(r) {
            Some(v) if v >= 0 => Ok(v as usize),
            Some(_) => Err(vm.value_error("__len__() should return >= 0")),
            None => Err(vm.type_error("'__len__' must return an integer")),
        };
    }
    let n = ops::native_of(o);
    if n != o {
        return len_of(vm, n);
    }
    let msg = format!("object of type '{}' has no len()", types::type_name(ty));
    Err(vm.type_error(&msg))
}

fn len(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "len", args, kw, 1, 1)?;
    let n = len_of(vm, args[0])?;
    int::int_from_i64(vm, n as i64)
}

fn repr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "repr", args, kw, 1, 1)?;
    let s = repr_string(vm, args[0])?;
    pystr::new_string(vm, s)
}

fn class_check(vm: &mut Vm, t: Obj, f: &mut dyn FnMut(&mut Vm, Obj) -> bool) -> PyResult<bool> {
    if let Some(items) = tuple::try_tuple(t) {
        for &c in items {
            if class_check(vm, c, f)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !types::is_type(t) {
        return Err(vm.type_error("isinstance() arg 2 must be a type or tuple of types"));
    }
    Ok(f(vm, t))
}

fn isinstance(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "isinstance", args, kw, 2, 2)?;
    let o = args[0];
    let r = class_check(vm, args[1], &mut |vm, c| types::is_instance(vm, o, c))?;
    Ok(Obj::from_bool(r))
}

fn issubclass(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "issubclass", args, kw, 2, 2)?;
    let o = args[0];
    if !types::is_type(o) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_check(vm, args[1], &mut |_vm, c| types::is_subclass(o, c))?;
    Ok(Obj::from_bool(r))
}

fn attr_name(vm: &mut Vm, o: Obj) -> PyResult<Obj> {
    // Names are interned strings most of the time (constants, identifiers): no lookup.
    if is_kind(o, ObjKind::Str) && header(o).flags & hflags::INTERNED != 0 {
        return Ok(o);
    }
    match pystr::try_str(o) {
        Some(s) => Ok(vm.intern(s)),
        None => {
            let msg = format!(
                "attribute name must be string, not '{}'",
                crate::runtime::types::type_name_of(vm, o)
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn hasattr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "hasattr", args, kw, 2, 2)?;
    let n = attr_name(vm, args[1])?;
    match attr::try_load_attr(vm, args[0], n) {
        Ok(r) => Ok(Obj::from_bool(r.is_some())),
        Err(e) if crate::runtime::exc::exc_matches(vm, e.0, vm.exc.attribute_error) => {
            Ok(Obj::FALSE)
        }
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "getattr", args, kw, 2, 3)?;
    let n = attr_name(vm, args[1])?;
    match attr::load_attr(vm, args[0], n) {
        Ok(v) => Ok(v),
        Err(e)
            if args.len() == 3
                && crate::runtime::exc::exc_matches(vm, e.0, vm.exc.attribute_error) =>
        {
            Ok(args[2])
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "setattr", args, kw, 3, 3)?;
    let n = attr_name(vm, args[1])?;
    attr::store_attr(vm, args[0], n, args[2])?;
    Ok(Obj::NONE)
}

fn delattr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "delattr", args, kw, 2, 2)?;
    let n = attr_name(vm, args[1])?;
    attr::delete_attr(vm, args[0], n)?;
    Ok(Obj::NONE)
}

fn iter_fn(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "iter", args, kw, 1, 2)?;
    if args.len() == 2 {
        return iter::new_iter(vm, IterKind::Callable, args[0], args[1], 0, 0, 1);
    }
    iter::get_iter(vm, args[0])
}

fn next(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "next", args, kw, 1, 2)?;
    let it = args[0];
    if is_kind(it, ObjKind::Generator) {
        return match crate::runtime::gen::resume(vm, it, Obj::NONE, None)? {
            crate::runtime::gen::Step::Yield(v) => Ok(v),
            crate::runtime::gen::Step::Return(r) => {
                if args.len() == 2 {
                    Ok(args[1])
                } else {
                    Err(crate::runtime::gen::stop_iteration(vm, r))
                }
            }
        };
    }
    if !is_kind(it, ObjKind::Iter) {
        let ty = types::type_of(vm, it);
        if types::type_lookup(vm, ty, vm.names.__next__).is_none() {
            let msg = format!("'{}' object is not an iterator", types::type_name(ty));
            return Err(vm.type_error(&msg));
        }
        if args.len() == 1 {
            let m = types::type_lookup(vm, ty, vm.names.__next__).unwrap_or(Obj::NULL);
            return call::call_with_self(vm, m, it, &[], Kw::NONE);
        }
    }
    match iter::iter_next(vm, it)? {
        Some(v) => Ok(v),
        None => {
            if args.len() == 2 {
                Ok(args[1])
            } else {
                Err(vm.new_exc(vm.exc.stop_iteration))
            }
        }
    }
}

fn abs(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "abs", args, kw, 1, 1)?;
    let o = args[0];
    if o.is_float() {
        return Ok(Obj::float(o.float_value().abs()));
    }
    if int::is_int(o) {
        let neg = match int::to_i64(o) {
            Some(v) => v < 0,
            None => num_traits::Signed::is_negative(&int::to_bigint(o).unwrap_or_default()),
        };
        return if neg {
            int::int_negate(vm, o)
        } else if o.is_bool() {
            Ok(Obj::small_int((o == Obj::TRUE) as i64))
        } else {
            Ok(o)
        };
    }
    if complex::is_complex(o) {
        let (r, i) = complex::complex_parts(o);
        return Ok(Obj::float(r.hypot(i)));
    }
    let ty = types::type_of(vm, o);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__abs__) {
        return call::call_with_self(vm, m, o, &[], Kw::NONE);
    }
    let msg = format!("bad operand type for abs(): '{}'", types::type_name(ty));
    Err(vm.type_error(&msg))
}

fn min_max(vm: &mut Vm, args: &[Obj], kw: Kw, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    check_kw(vm, name, kw, &["key", "default"])?;
    let key = kw.get("key").filter(|k| !k.is_none());
    let default = kw.get("default");
    if args.is_empty() {
        return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0")));
    }
    let items = if args.len() == 1 {
        iter::collect_list(vm, args[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(&format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        list::list_from_slice(vm, args)?
    };
    vm.tmp_roots.push(items);
    let r = (|| {
        let v = list::list_items(items).to_vec();
        if v.is_empty() {
            return match default {
                Some(d) => Ok(d),
                None => Err(vm.value_error(&format!("{name}() arg is an empty sequence"))),
            };
        }
        let mut best = v[0];
        let mut best_key = match key {
            Some(k) => call::call(vm, k, &[best], Kw::NONE)?,
            None => best,
        };
        vm.tmp_roots.push(best_key);
        for &x in &v[1..] {
            let kx = match key {
                Some(k) => call::call(vm, k, &[x], Kw::NONE)?,
                None => x,
            };
            let better = if is_max {
                ops::less(vm, best_key, kx)?
            } else {
                ops::less(vm, kx, best_key)?
            };
            if better {
                best = x;
                best_key = kx;
                *vm.tmp_roots.last_mut().unwrap() = kx;
            }
        }
        vm.tmp_roots.pop();
        Ok(best)
    })();
    vm.tmp_roots.pop();
    r
}

fn min(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    min_max(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    min_max(vm, args, kw, true)
}

fn sum(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "sum", kw, &["start"])?;
    check_count(vm, "sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .copied()
        .or_else(|| kw.get("start"))
        .unwrap_or(Obj::small_int(0));
    if pystr::is_str(acc) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = iter::get_iter(vm, args[0])?;
    vm.tmp_roots.push(it);
    vm.tmp_roots.push(acc);
    let r = (|| {
        while let Some(x) = iter::iter_next(vm, it)? {
            acc = if acc.is_small_int() && x.is_small_int() {
                int::int_from_i64(vm, acc.small_int_value() + x.small_int_value())?
            } else if acc.is_float() && x.is_float() {
                Obj::float(acc.float_value() + x.float_value())
            } else {
                ops::binary_op(vm, BinaryOp::Add, acc, x)?
            };
            *vm.tmp_roots.last_mut().unwrap() = acc;
        }
        Ok(acc)
    })();
    vm.tmp_roots.truncate(vm.tmp_roots.len() - 2);
    r
}

/// Sort a slice of objects with optional key function, stable, Python `<` semantics.
pub fn sort_objs(vm: &mut Vm, items: &mut [Obj], key: Option<Obj>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Obj> = match key {
        Some(k) => {
            let kl = list::new_list(vm, items.len())?;
            vm.tmp_roots.push(kl);
            for &x in items.iter() {
                let kv = call::call(vm, k, &[x], Kw::NONE)?;
                list::list_append(vm, kl, kv)?;
            }
            let v = list::list_items(kl).to_vec();
            vm.tmp_roots.pop();
            vm.tmp_roots.push(kl);
            v
        }
        None => items.to_vec(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Merge sort on indices (stable); comparisons may fail.
    let all_small = keys.iter().all(|k| k.is_small_int());
    if all_small {
        idx.sort_by_key(|&i| keys[i].small_int_value());
        if reverse {
            idx.reverse();
            // Keep stability for equal keys under reverse: re-sort equal runs ascending by index.
            let mut j = 0;
            while j < idx.len() {
                let mut k = j + 1;
                while k < idx.len() && keys[idx[k]] == keys[idx[j]] {
                    k += 1;
                }
                idx[j..k].reverse();
                j = k;
            }
        }
    } else {
        let mut cmp_less = |a: usize, b: usize| -> bool {
            if err.is_some() {
                return false;
            }
            let (x, y) = if reverse {
                (keys[b], keys[a])
            } else {
                (keys[a], keys[b])
            };
            match ops::less(vm, x, y) {
                Ok(r) => r,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        };
        merge_sort(&mut idx, &mut cmp_less);
    }
    if key.is_some() {
        vm.tmp_roots.pop();
    }
    if let Some(e) = err {
        return Err(e);
    }
    let orig = items.to_vec();
    for (i, &j) in idx.iter().enumerate() {
        items[i] = orig[j];
    }
    Ok(())
}

fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], less);
    merge_sort(&mut v[mid..], less);
    if !less(v[mid], v[mid - 1]) {
        return;
    }
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if less(right[j], left[i]) {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
}

fn sorted(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "sorted", kw, &["key", "reverse"])?;
    check_count(vm, "sorted", args, 1, 1)?;
    let l = iter::collect_list(vm, args[0])?;
    vm.tmp_roots.push(l);
    let key = kw.get("key").filter(|k| !k.is_none());
    let reverse = match kw.get("reverse") {
        Some(r) => ops::is_true(vm, r)?,
        None => false,
    };
    let r = sort_objs(vm, list::list_items(l), key, reverse);
    vm.tmp_roots.pop();
    r.map(|_| l)
}

fn any(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "any", args, kw, 1, 1)?;
    let it = iter::get_iter(vm, args[0])?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(x) = iter::iter_next(vm, it)? {
            if ops::is_true(vm, x)? {
                return Ok(Obj::TRUE);
            }
        }
        Ok(Obj::FALSE)
    })();
    vm.tmp_roots.pop();
    r
}

fn all(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "all", args, kw, 1, 1)?;
    let it = iter::get_iter(vm, args[0])?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(x) = iter::iter_next(vm, it)? {
            if !ops::is_true(vm, x)? {
                return Ok(Obj::FALSE);
            }
        }
        Ok(Obj::TRUE)
    })();
    vm.tmp_roots.pop();
    r
}

fn chr(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "chr", args, kw, 1, 1)?;
    let v = arg_i64(vm, args[0], "chr()")?;
    match u32::try_from(v).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            pystr::new_str(vm, c.encode_utf8(&mut b))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "ord", args, kw, 1, 1)?;
    let o = args[0];
    if let Some(s) = pystr::try_str(o) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(Obj::small_int(c as i64));
        }
        let msg = format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        );
        return Err(vm.type_error(&msg));
    }
    if let Some(b) = bytes::try_bytes(o) {
        if b.len() == 1 {
            return Ok(Obj::small_int(b[0] as i64));
        }
        let msg = format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        );
        return Err(vm.type_error(&msg));
    }
    let msg = format!(
        "ord() expected string of length 1, but {} found",
        types::type_name_of(vm, o)
    );
    Err(vm.type_error(&msg))
}

fn radix_fn(vm: &mut Vm, args: &[Obj], kw: Kw, name: &str, radix: u32, prefix: &str) -> PyResult {
    check_args(vm, name, args, kw, 1, 1)?;
    let mut o = args[0];
    if !int::is_int(o) {
        let v = ops::index_value(vm, o)?;
        o = int::int_from_i64(vm, v)?;
    }
    let s = int::int_to_radix(o, radix);
    let out = match s.strip_prefix('-') {
        Some(d) => format!("-{prefix}{d}"),
        None => format!("{prefix}{s}"),
    };
    pystr::new_string(vm, out)
}

fn hex(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    radix_fn(vm, args, kw, "hex", 16, "0x")
}
fn oct(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    radix_fn(vm, args, kw, "oct", 8, "0o")
}
fn bin(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    radix_fn(vm, args, kw, "bin", 2, "0b")
}

fn id(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "id", args, kw, 1, 1)?;
    int::int_from_u64(vm, args[0].bits() & 0x7fff_ffff_ffff)
}

pub(crate) fn hash(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "hash", args, kw, 1, 1)?;
    let o = args[0];
    if int::is_int(o) {
        return int::int_from_i64(vm, int::int_hash(o));
    }
    if o.is_float() {
        return int::int_from_i64(vm, float::float_hash(o.float_value()));
    }
    let h = ops::hash(vm, o)? as i64;
    int::int_from_i64(vm, h & 0x3fff_ffff_ffff)
}

fn callable(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "callable", args, kw, 1, 1)?;
    let o = args[0];
    let r = match kind_of(o) {
        Some(ObjKind::Function | ObjKind::BuiltinFn | ObjKind::BoundMethod | ObjKind::Type) => true,
        _ => {
            let ty = types::type_of(vm, o);
            types::type_lookup(vm, ty, vm.names.__call__).is_some()
        }
    };
    Ok(Obj::from_bool(r))
}

fn divmod(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "divmod", args, kw, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if y != 0 {
            let (q, r) = int::floor_divmod_i64(x, y);
            let q = int::int_from_i64(vm, q)?;
            let r = int::int_from_i64(vm, r)?;
            return tuple::tuple_from_slice(vm, &[q, r]);
        }
    }
    let ty = types::type_of(vm, a);
    if types::type_obj(ty).flags.get() & tflags::HEAP != 0 {
        let dn = vm.intern("__divmod__");
        if let Some(m) = types::type_lookup(vm, ty, dn) {
            return call::call_with_self(vm, m, a, &[b], Kw::NONE);
        }
    }
    let q = ops::binary_op(vm, BinaryOp::FloorDivide, a, b)?;
    vm.tmp_roots.push(q);
    let r = ops::binary_op(vm, BinaryOp::Modulo, a, b);
    vm.tmp_roots.pop();
    let r = r?;
    tuple::tuple_from_slice(vm, &[q, r])
}

fn pow(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "pow", args, 2, 3)?;
    let _ = kw;
    if args.len() == 3 && !args[2].is_none() {
        return int::int_pow_mod(vm, args[0], args[1], args[2]);
    }
    ops::binary_op(vm, BinaryOp::Power, args[0], args[1])
}

/// Round half to even at `ndigits` decimals.
fn round_float(x: f64, nd: i64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    if nd > 300 {
        return x;
    }
    if nd < -308 {
        return 0.0 * x;
    }
    // Use the decimal representation for correct half-even behaviour.
    let s = if nd >= 0 {
        format!("{:.*}", nd as usize, x)
    } else {
        String::new()
    };
    if nd >= 0 {
        // format! rounds half to even on the exact binary value, which is what CPython does.
        return s.parse().unwrap_or(x);
    }
    let p = 10f64.powi((-nd) as i32);
    let y = x / p;
    let r = y.round();
    let r = if (y - y.trunc()).abs() == 0.5 {
        2.0 * (y / 2.0).round()
    } else {
        r
    };
    r * p
}

fn round(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "round", kw, &["ndigits"])?;
    check_count(vm, "round", args, 1, 2)?;
    let x = args[0];
    let nd = args
        .get(1)
        .copied()
        .or_else(|| kw.get("ndigits"))
        .filter(|n| !n.is_none());
    if int::is_int(x) {
        let v = if x.is_bool() {
            Obj::small_int((x == Obj::TRUE) as i64)
        } else {
            x
        };
        return match nd {
            None => Ok(v),
            Some(n) => {
                let n = arg_i64(vm, n, "round()")?;
                if n >= 0 {
                    return Ok(v);
                }
                let b = int::to_bigint(v).unwrap_or_default();
                let p = num_bigint::BigInt::from(10).pow((-n).min(4000) as u32);
                let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                int::int_from_bigint(vm, q * p)
            }
        };
    }
    if x.is_float() {
        let f = x.float_value();
        return match nd {
            None => {
                if !f.is_finite() {
                    let msg = if f.is_nan() {
                        "cannot convert float NaN to integer"
                    } else {
                        "cannot convert float infinity to integer"
                    };
                    let cls = if f.is_nan() {
                        vm.exc.value_error
                    } else {
                        vm.exc.overflow_error
                    };
                    return Err(vm.new_exc_msg(cls, msg));
                }
                let r = f.round();
                let r = if (f - f.trunc()).abs() == 0.5 {
                    2.0 * (f / 2.0).round()
                } else {
                    r
                };
                float_to_int(vm, r)
            }
            Some(n) => {
                let n = arg_i64(vm, n, "round()")?;
                Ok(Obj::float(round_float(f, n)))
            }
        };
    }
    let ty = types::type_of(vm, x);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__round__) {
        let extra: Vec<Obj> = nd.into_iter().collect();
        return call::call_with_self(vm, m, x, &extra, Kw::NONE);
    }
    let msg = format!(
        "type {} doesn't define __round__ method",
        types::type_name(ty)
    );
    Err(vm.type_error(&msg))
}

/// int(f) for a finite float.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_exc_msg(
            vm.exc.overflow_error,
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return int::int_from_i64(vm, t as i64);
    }
    let b = num_bigint::BigInt::from(t as i128);
    if t.abs() < 1.0e38 {
        return int::int_from_bigint(vm, b);
    }
    // Exact conversion through the binary representation.
    let (m, e) = float::frexp(t);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let v = num_bigint::BigInt::from(mant) << ((e - 53).max(0) as usize);
    int::int_from_bigint(vm, v)
}

fn globals(vm: &mut Vm, _args: &[Obj], _kw: Kw) -> PyResult {
    Ok(vm.current_globals())
}

fn dir(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "dir", args, kw, 0, 1)?;
    let out = list::new_list(vm, 0)?;
    vm.tmp_roots.push(out);
    let r = (|| {
        let mut names: Vec<Obj> = Vec::new();
        let mut add_dict = |d: Obj| {
            for e in dict::dict_entries(d) {
                if pystr::is_str(e.key) && !names.iter().any(|&n| pystr::str_eq(n, e.key)) {
                    names.push(e.key);
                }
            }
        };
        match args.first() {
            None => add_dict(vm.current_globals()),
            // A module lists its namespace only (CPython's module.__dir__).
            Some(&o) if is_kind(o, ObjKind::Module) => add_dict(cast::<ModuleObj>(o).dict),
            Some(&o) => {
                if let Some(d) = attr::attr_dict(vm, o)? {
                    add_dict(d);
                }
                let t = if types::is_type(o) {
                    o
                } else {
                    types::type_of(vm, o)
                };
                for &c in tuple::tuple_items(types::type_obj(t).mro) {
                    add_dict(types::type_obj(c).dict);
                }
            }
        }
        let mut v = names;
        sort_objs(vm, &mut v, None, false)?;
        list::list_set_items(vm, out, &v)
    })();
    vm.tmp_roots.pop();
    r.map(|_| out)
}

fn vars(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "vars", args, kw, 0, 1)?;
    match args.first() {
        None => Ok(vm.current_globals()),
        Some(&o) => match attr::attr_dict(vm, o)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn import(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(
        vm,
        "__import__",
        kw,
        &["globals", "locals", "fromlist", "level"],
    )?;
    check_count(vm, "__import__", args, 1, 5)?;
    let name = arg_str(vm, args[0], "__import__() argument 1")?;
    let name = vm.intern(name);
    let globals = args
        .get(1)
        .copied()
        .or_else(|| kw.get("globals"))
        .filter(|g| !g.is_none())
        .unwrap_or(vm.current_globals());
    let fromlist = args
        .get(3)
        .copied()
        .or_else(|| kw.get("fromlist"))
        .unwrap_or(Obj::NONE);
    let level = args
        .get(4)
        .copied()
        .or_else(|| kw.get("level"))
        .unwrap_or(Obj::small_int(0));
    crate::runtime::import::import_name(vm, globals, name, fromlist, level)
}

fn source_text(vm: &mut Vm, o: Obj) -> PyResult<String> {
    if let Some(s) = pystr::try_str(o) {
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::try_bytes(o) {
        return String::from_utf8(b.to_vec())
            .map_err(|_| vm.new_exc_msg(vm.exc.syntax_error, "invalid UTF-8 in source"));
    }
    Err(vm.type_error("source must be a string, bytes or code object"))
}

fn exec_or_eval(
    vm: &mut Vm,
    args: &[Obj],
    kw: Kw,
    mode: crate::frontend::SourceMode,
    name: &str,
) -> PyResult {
    check_count(vm, name, args, 1, 3)?;
    let _ = kw;
    let globals = args
        .get(1)
        .copied()
        .filter(|g| !g.is_none())
        .unwrap_or_else(|| vm.current_globals());
    let locals = args
        .get(2)
        .copied()
        .filter(|g| !g.is_none())
        .unwrap_or(globals);
    if dict::as_dict(globals).is_none() {
        return Err(vm.type_error(&format!("{name}() globals must be a dict")));
    }
    if dict::dict_get_str(vm, globals, vm.names.__builtins__)?.is_none() {
        let k = vm.names.__builtins__;
        let b = vm.builtins_module;
        dict::dict_store(vm, globals, k, b)?;
    }
    let code = if is_kind(args[0], ObjKind::Code) {
        args[0]
    } else {
        let src = source_text(vm, args[0])?;
        crate::frontend::compile_to_code(vm, &src, "<string>", mode)?
    };
    vm.tmp_roots.push(code);
    let r = crate::vm::frame::run_code_with_locals(vm, code, globals, locals, Obj::NULL);
    vm.tmp_roots.pop();
    let r = r?;
    Ok(if mode == crate::frontend::SourceMode::Eval {
        r
    } else {
        Obj::NONE
    })
}

fn exec(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    exec_or_eval(vm, args, kw, crate::frontend::SourceMode::Exec, "exec")
}

fn eval(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    exec_or_eval(vm, args, kw, crate::frontend::SourceMode::Eval, "eval")
}

fn compile(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "compile", args, 3, 6)?;
    let _ = kw;
    let src = source_text(vm, args[0])?;
    let filename = arg_str(vm, args[1], "compile() filename")?.to_string();
    let mode = match arg_str(vm, args[2], "compile() mode")? {
        "exec" => crate::frontend::SourceMode::Exec,
        "eval" => crate::frontend::SourceMode::Eval,
        "single" => crate::frontend::SourceMode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    crate::frontend::compile_to_code(vm, &src, &filename, mode)
}

fn input(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "input", args, kw, 0, 1)?;
    if let Some(&p) = args.first() {
        let s = str_string(vm, p)?;
        write_stdout(vm, None, &s)?;
        crate::modules::stdout_flush();
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_exc(vm.exc.eof_error)),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            pystr::new_string(vm, line)
        }
        Err(e) => Err(vm.new_exc_msg(vm.exc.os_error, &e.to_string())),
    }
}

fn format(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "format", args, kw, 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) => arg_str(vm, s, "format() argument 2")?.to_string(),
        None => String::new(),
    };
    let s = crate::runtime::format::format_value(vm, args[0], &spec)?;
    pystr::new_string(vm, s)
}

// ------------------------------------------------------------------------------------------------
// Constructors of built-in types: args[0] is the class.

fn int_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "int", kw, &["base"])?;
    let a = &args[1..];
    check_count(vm, "int", a, 0, 2)?;
    let base = a.get(1).copied().or_else(|| kw.get("base"));
    let Some(&x) = a.first() else {
        return Ok(Obj::small_int(0));
    };
    if let Some(b) = base {
        let b = arg_i64(vm, b, "int() base")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match (pystr::try_str(x), bytes::try_bytes(x)) {
            (Some(s), _) => s.to_string(),
            (None, Some(bb)) => String::from_utf8_lossy(bb).to_string(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return match int::parse_int(&text, b as u32) {
            Some(v) => int::int_from_bigint(vm, v),
            None => {
                let msg = format!(
                    "invalid literal for int() with base {}: {}",
                    b,
                    super::repr::str_repr(&text)
                );
                Err(vm.value_error(&msg))
            }
        };
    }
    to_int(vm, x)
}

/// int(x) for one argument.
pub fn to_int(vm: &mut Vm, x: Obj) -> PyResult {
    if x.is_small_int() || int::is_bigint(x) {
        return Ok(x);
    }
    if x.is_bool() {
        return Ok(Obj::small_int((x == Obj::TRUE) as i64));
    }
    if x.is_float() {
        return float_to_int(vm, x.float_value());
    }
    if let Some(s) = pystr::try_str(x) {
        if let Some(v) = int::parse_small_decimal(s) {
            return int::int_from_i64(vm, v);
        }
        return match int::parse_int(s, 10) {
            Some(v) => int::int_from_bigint(vm, v),
            None => {
                let msg = format!(
                    "invalid literal for int() with base 10: {}",
                    super::repr::str_repr(s)
                );
                Err(vm.value_error(&msg))
            }
        };
    }
    if let Some(b) = bytes::try_bytes(x) {
        let s = String::from_utf8_lossy(b).to_string();
        return match int::parse_int(&s, 10) {
            Some(v) => int::int_from_bigint(vm, v),
            None => Err(vm.value_error(&format!(
                "invalid literal for int() with base 10: {}",
                crate::runtime::bytes::bytes_repr(b)
            ))),
        };
    }
    let ty = types::type_of(vm, x);
    for name in ["__int__", "__index__"] {
        let n = vm.intern(name);
        if let Some(m) = types::type_lookup(vm, ty, n) {
            return call::call_with_self(vm, m, x, &[], Kw::NONE);
        }
    }
    let n = ops::native_of(x);
    if n != x {
        return to_int(vm, n);
    }
    let msg = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        types::type_name(ty)
    );
    Err(vm.type_error(&msg))
}

fn float_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "float", args, kw, 1, 2)?;
    let Some(&x) = args.get(1) else {
        return Ok(Obj::float(0.0));
    };
    to_float(vm, x).map(Obj::float)
}

/// float(x).
pub fn to_float(vm: &mut Vm, x: Obj) -> PyResult<f64> {
    if let Some(f) = ops::to_f64(vm, x)? {
        return Ok(f);
    }
    if let Some(s) = pystr::try_str(x) {
        return float::parse_float(s).ok_or_else(|| {
            let msg = format!(
                "could not convert string to float: {}",
                super::repr::str_repr(s)
            );
            vm.value_error(&msg)
        });
    }
    let ty = types::type_of(vm, x);
    for name in ["__float__", "__index__"] {
        let n = vm.intern(name);
        if let Some(m) = types::type_lookup(vm, ty, n) {
            let r = call::call_with_self(vm, m, x, &[], Kw::NONE)?;
            if let Some(f) = ops::to_f64(vm, r)? {
                return Ok(f);
            }
        }
    }
    let n = ops::native_of(x);
    if n != x {
        return to_float(vm, n);
    }
    let msg = format!(
        "float() argument must be a string or a real number, not '{}'",
        types::type_name(ty)
    );
    Err(vm.type_error(&msg))
}

fn complex_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "complex", kw, &["real", "imag"])?;
    let a = &args[1..];
    let re = arg_or_kw(a, kw, 0, "real").unwrap_or(Obj::small_int(0));
    let im = arg_or_kw(a, kw, 1, "imag").unwrap_or(Obj::small_int(0));
    if let Some(s) = pystr::try_str(re) {
        return match parse_complex(s) {
            Some((r, i)) => complex::new_complex(vm, r, i),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    let parts = |vm: &mut Vm, o: Obj| -> PyResult<(f64, f64)> {
        if complex::is_complex(o) {
            Ok(complex::complex_parts(o))
        } else {
            Ok((to_float(vm, o)?, 0.0))
        }
    };
    let (r1, i1) = parts(vm, re)?;
    let (r2, i2) = parts(vm, im)?;
    complex::new_complex(vm, r1 - i2, i1 + r2)
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim().trim_start_matches('(').trim_end_matches(')');
    if let Some(body) = t.strip_suffix('j').or_else(|| t.strip_suffix('J')) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-')
                && bytes[i - 1] != b'e'
                && bytes[i - 1] != b'E'
            {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (float::parse_float(&body[..i])?, &body[i..]),
            None => (0.0, body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => float::parse_float(x)?,
        };
        return Some((re, im));
    }
    Some((float::parse_float(t)?, 0.0))
}

fn bool_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "bool", args, kw, 1, 2)?;
    match args.get(1) {
        Some(&x) => Ok(Obj::from_bool(ops::is_true(vm, x)?)),
        None => Ok(Obj::FALSE),
    }
}

fn str_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "str", kw, &["object", "encoding", "errors"])?;
    let a = &args[1..];
    check_count(vm, "str", a, 0, 3)?;
    let x = match arg_or_kw(a, kw, 0, "object") {
        Some(x) => x,
        None => return Ok(vm.intern("")),
    };
    if a.len() >= 2 || kw.get("encoding").is_some() || kw.get("errors").is_some() {
        if let Some(b) = bytes::try_bytes(x) {
            let enc = match arg_or_kw(a, kw, 1, "encoding") {
                Some(e) => arg_str(vm, e, "str() argument 'encoding'")?,
                None => "utf-8",
            };
            let errors = match arg_or_kw(a, kw, 2, "errors") {
                Some(e) => arg_str(vm, e, "str() argument 'errors'")?,
                None => "strict",
            };
            let s = super::bytes_methods::decode_bytes(vm, b, enc, errors)?;
            return pystr::new_string(vm, s);
        }
        if pystr::try_str(x).is_some() {
            return Err(vm.type_error("decoding str is not supported"));
        }
    }
    super::str_obj(vm, x)
}

fn bytes_from(vm: &mut Vm, a: &[Obj], kw: Kw, name: &str) -> PyResult<Vec<u8>> {
    check_kw(vm, name, kw, &["encoding", "errors"])?;
    let Some(&x) = a.first() else {
        return Ok(vec![]);
    };
    if let Some(s) = pystr::try_str(x) {
        let Some(enc) = arg_or_kw(a, kw, 1, "encoding") else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = arg_str(vm, enc, &format!("{name}() argument 'encoding'"))?;
        let errors = match arg_or_kw(a, kw, 2, "errors") {
            Some(e) => arg_str(vm, e, &format!("{name}() argument 'errors'"))?,
            None => "strict",
        };
        return super::str_methods::encode_text(vm, s, enc, errors);
    }
    if let Some(b) = bytes::try_bytes(x) {
        return Ok(b.to_vec());
    }
    // an array's or memoryview's buffer: its items' bytes, not one byte per item
    if let Some(a) = crate::modules::native_ref::<crate::modules::array::Array>(x) {
        return Ok(a.data.clone());
    }
    if let Some(b) = super::memoryview::memoryview_bytes(x) {
        return Ok(b);
    }
    if int::is_int(x) {
        let n = arg_i64(vm, x, name)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        super::str_methods::check_size(vm, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let l = iter::collect_list(vm, x)?;
    let mut out = Vec::with_capacity(list::list_len(l));
    for &v in list::list_items(l).to_vec().iter() {
        let b = ops::index_value(vm, v)?;
        if !(0..256).contains(&b) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(b as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let v = bytes_from(vm, &args[1..], kw, "bytes")?;
    bytes::new_bytes(vm, &v)
}

fn bytearray_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    let v = bytes_from(vm, &args[1..], kw, "bytearray")?;
    bytes::new_bytearray(vm, &v)
}

fn tuple_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "tuple", args, kw, 1, 2)?;
    match args.get(1) {
        Some(&x) => super::to_tuple(vm, x),
        None => tuple::new_tuple(vm, 0),
    }
}

fn list_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "list", args, kw, 1, 2)?;
    match args.get(1) {
        Some(&x) => iter::collect_list(vm, x),
        None => list::new_list(vm, 0),
    }
}

fn list_init(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "list", args, kw, 1, 2)?;
    let l = list::as_list(args[0]).unwrap_or(args[0]);
    if let Some(&x) = args.get(1) {
        let src = iter::collect_list(vm, x)?;
        let items = list::list_items(src).to_vec();
        list::list_set_items(vm, l, &items)?;
    }
    Ok(Obj::NONE)
}

/// Update dict `d` from a mapping or iterable of pairs, then keywords.
pub fn dict_update_from(vm: &mut Vm, d: Obj, src: Option<Obj>, kw: Kw) -> PyResult<()> {
    if let Some(x) = src {
        if let Some(sd) = dict::as_dict(x) {
            let entries: Vec<DictEntry> = dict::dict_entries(sd).collect();
            for e in entries {
                dict::dict_store(vm, d, e.key, e.value)?;
            }
        } else if attr::try_load_attr(vm, x, vm.names.keys)?.is_some() {
            let keys = call::call_method(vm, x, "keys", &[])?;
            let kl = iter::collect_list(vm, keys)?;
            vm.tmp_roots.push(kl);
            for &k in list::list_items(kl).to_vec().iter() {
                let v = crate::runtime::subscr::load_subscr(vm, x, k)?;
                dict::dict_store(vm, d, k, v)?;
            }
            vm.tmp_roots.pop();
        } else {
            let l = iter::collect_list(vm, x)?;
            vm.tmp_roots.push(l);
            let r = (|| {
                for (i, &p) in list::list_items(l).to_vec().iter().enumerate() {
                    let pl = iter::collect_list(vm, p)?;
                    let items = list::list_items(pl);
                    if items.len() != 2 {
                        let msg = format!(
                            "dictionary update sequence element #{} has length {}; 2 is required",
                            i,
                            items.len()
                        );
                        return Err(vm.value_error(&msg));
                    }
                    let (k, v) = (items[0], items[1]);
                    dict::dict_store(vm, d, k, v)?;
                }
                Ok(())
            })();
            vm.tmp_roots.pop();
            r?;
        }
    }
    for (k, v) in kw.iter() {
        dict::dict_store(vm, d, k, v)?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "dict", args, 1, 2)?;
    let d = dict::new_dict(vm)?;
    vm.tmp_roots.push(d);
    let r = dict_update_from(vm, d, args.get(1).copied(), kw);
    vm.tmp_roots.pop();
    r.map(|_| d)
}

fn dict_init(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "dict", args, 1, 2)?;
    let d = dict::as_dict(args[0]).unwrap_or(args[0]);
    dict_update_from(vm, d, args.get(1).copied(), kw)?;
    Ok(Obj::NONE)
}

fn fill_set(vm: &mut Vm, s: Obj, src: Option<Obj>) -> PyResult {
    if let Some(x) = src {
        set::set_update(vm, s, x)?;
    }
    Ok(s)
}

fn set_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "set", args, kw, 1, 2)?;
    let s = set::new_set(vm)?;
    fill_set(vm, s, args.get(1).copied())
}

fn frozenset_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "frozenset", args, kw, 1, 2)?;
    if let Some(&x) = args.get(1) {
        if is_kind(x, ObjKind::FrozenSet) {
            return Ok(x);
        }
    }
    let s = set::new_frozenset(vm)?;
    fill_set(vm, s, args.get(1).copied())
}

fn range_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "range", args, kw, 2, 4)?;
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (0, arg_i64(vm, a[0], "range()")?, 1),
        2 => (
            arg_i64(vm, a[0], "range()")?,
            arg_i64(vm, a[1], "range()")?,
            1,
        ),
        _ => (
            arg_i64(vm, a[0], "range()")?,
            arg_i64(vm, a[1], "range()")?,
            arg_i64(vm, a[2], "range()")?,
        ),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    new_range(vm, start, stop, step)
}

fn slice_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "slice", args, kw, 2, 4)?;
    let a = &args[1..];
    match a.len() {
        1 => crate::runtime::slice::new_slice(vm, Obj::NONE, a[0], Obj::NONE),
        2 => crate::runtime::slice::new_slice(vm, a[0], a[1], Obj::NONE),
        _ => crate::runtime::slice::new_slice(vm, a[0], a[1], a[2]),
    }
}

fn enumerate_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "enumerate", kw, &["start", "iterable"])?;
    let a = &args[1..];
    let src = match arg_or_kw(a, kw, 0, "iterable") {
        Some(s) => s,
        None => return Err(vm.type_error("enumerate() missing required argument 'iterable'")),
    };
    let start = match arg_or_kw(a, kw, 1, "start") {
        Some(s) => arg_i64(vm, s, "enumerate()")?,
        None => 0,
    };
    let it = iter::get_iter(vm, src)?;
    vm.tmp_roots.push(it);
    let r = iter::new_iter(vm, IterKind::Enumerate, it, Obj::NULL, start, 0, 1);
    vm.tmp_roots.pop();
    r
}

fn iters_tuple(vm: &mut Vm, srcs: &[Obj]) -> PyResult {
    let t = tuple::new_tuple(vm, srcs.len())?;
    vm.tmp_roots.push(t);
    let r = (|| {
        for (i, &s) in srcs.iter().enumerate() {
            let it = iter::get_iter(vm, s)?;
            cast::<TupleObj>(t).items_mut()[i] = it;
        }
        Ok(t)
    })();
    vm.tmp_roots.pop();
    r
}

fn zip_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_kw(vm, "zip", kw, &["strict"])?;
    let t = iters_tuple(vm, &args[1..])?;
    vm.tmp_roots.push(t);
    let r = iter::new_iter(vm, IterKind::Zip, t, Obj::NULL, 0, 0, 1);
    vm.tmp_roots.pop();
    r
}

fn map_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "map", args, kw, 3, usize::MAX)?;
    let t = iters_tuple(vm, &args[2..])?;
    vm.tmp_roots.push(t);
    let r = iter::new_iter(vm, IterKind::Map, t, args[1], 0, 0, 1);
    vm.tmp_roots.pop();
    r
}

fn filter_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "filter", args, kw, 3, 3)?;
    let it = iter::get_iter(vm, args[2])?;
    vm.tmp_roots.push(it);
    let r = iter::new_iter(vm, IterKind::Filter, it, args[1], 0, 0, 1);
    vm.tmp_roots.pop();
    r
}

fn reversed_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "reversed", args, kw, 2, 2)?;
    let o = args[1];
    let ty = types::type_of(vm, o);
    if types::type_obj(ty).flags.get() & tflags::HEAP != 0 {
        if let Some(m) = types::type_lookup(vm, ty, vm.names.__reversed__) {
            return call::call_with_self(vm, m, o, &[], Kw::NONE);
        }
    }
    if is_kind(o, ObjKind::Range) {
        let r = cast::<RangeObj>(o);
        let n = range_len(r.start, r.stop, r.step) as i64;
        let last = r.start + (n - 1) * r.step;
        return iter::new_iter(
            vm,
            IterKind::Range,
            Obj::NULL,
            Obj::NULL,
            last,
            r.start - r.step,
            -r.step,
        );
    }
    // A dict (or OrderedDict, a dict underneath) and the dict views: their items in reverse
    // insertion order.
    let n = ops::native_of(o);
    if matches!(kind_of(n), Some(ObjKind::Dict)) || super::dict_methods::is_view(vm, o) {
        let l = iter::collect_list(vm, n)?;
        vm.tmp_roots.push(l);
        let len = list::list_len(l) as i64;
        let r = iter::new_iter(vm, IterKind::Reversed, l, Obj::NULL, len - 1, 0, -1);
        vm.tmp_roots.pop();
        return r;
    }
    if types::type_lookup(vm, ty, vm.names.__getitem__).is_none()
        && !matches!(
            kind_of(o),
            Some(
                ObjKind::List | ObjKind::Tuple | ObjKind::Str | ObjKind::Bytes | ObjKind::ByteArray
            )
        )
    {
        let msg = format!("'{}' object is not reversible", types::type_name(ty));
        return Err(vm.type_error(&msg));
    }
    let n = len_of(vm, o)? as i64;
    iter::new_iter(vm, IterKind::Reversed, o, Obj::NULL, n - 1, 0, -1)
}

/// `Base.__new__(cls, ...)` with `cls` a Python subclass of built-in `Base` (as called by
/// `super().__new__(cls, ...)`): an instance of `cls` whose built-in part is `v`.
fn wrap_for_subclass(vm: &mut Vm, cls: Obj, base: Obj, v: Obj) -> PyResult {
    if cls == base || !types::is_type(cls) || !types::is_subclass(cls, base) {
        return Ok(v);
    }
    vm.tmp_roots.push(v);
    let r = types::alloc_instance(vm, cls);
    vm.tmp_roots.pop();
    let o = r?;
    if is_kind(o, ObjKind::Instance) {
        cast_mut::<InstanceObj>(o).native = v;
    }
    Ok(o)
}

macro_rules! subclassable_ctor {
    ($($name:ident = $imp:ident, $ty:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
                let v = $imp(vm, args, kw)?;
                let base = vm.types.$ty;
                wrap_for_subclass(vm, args.first().copied().unwrap_or(base), base, v)
            }
        )*
    };
}

subclassable_ctor! {
    int_new_sub = int_new, int;
    float_new_sub = float_new, float;
    complex_new_sub = complex_new, complex;
    str_new_sub = str_new, str_;
    bytes_new_sub = bytes_new, bytes;
    bytearray_new_sub = bytearray_new, bytearray;
    tuple_new_sub = tuple_new, tuple;
    list_new_sub = list_new, list;
    dict_new_sub = dict_new, dict;
    set_new_sub = set_new, set;
    frozenset_new_sub = frozenset_new, frozenset;
}

fn range_index(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "index", args, kw, 2, 2)?;
    let r = cast::<RangeObj>(args[0]);
    if let Some(v) = int::to_i64(args[1]) {
        if super::range_contains(r.start, r.stop, r.step, v) {
            return int::int_from_i64(vm, (v - r.start) / r.step);
        }
    }
    let s = repr_string(vm, args[1])?;
    Err(vm.value_error(&format!("{s} is not in range")))
}

fn range_count(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "count", args, kw, 2, 2)?;
    let r = cast::<RangeObj>(args[0]);
    let hit = int::to_i64(args[1])
        .filter(|_| !args[1].is_float())
        .map(|v| super::range_contains(r.start, r.stop, r.step, v))
        .unwrap_or(false);
    Ok(Obj::small_int(hit as i64))
}

fn slice_indices_m(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "indices", args, kw, 2, 2)?;
    let n = arg_i64(vm, args[1], "indices()")?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = crate::runtime::slice::slice_indices(vm, args[0], n as usize)?;
    let (a, b, c) = (
        int::int_from_i64(vm, start)?,
        int::int_from_i64(vm, stop)?,
        int::int_from_i64(vm, step)?,
    );
    tuple::tuple_from_slice(vm, &[a, b, c])
}
