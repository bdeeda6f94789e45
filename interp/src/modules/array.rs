//! The `array` module: typed arrays of numbers stored as packed native bytes (b B h H i I l L q
//! Q f d), with append/extend, indexing, slicing, iteration and tobytes/frombytes. Not 'u'.

use super::arg0;
use super::structmod::{item_size, pack_one, unpack_one};
use super::{add_property, def_fn, module_type, native_ref, new_native, set_attr};
use crate::builtins::args::check_args;
use crate::obj::*;
use crate::runtime::{bytes, iter, list, slice, str as pystr};
use crate::vm::{PyResult, Vm};

pub struct Array {
    pub typecode: u8,
    pub data: Vec<u8>,
}
crate::native_no_trace!(Array);

const LITTLE: bool = cfg!(target_endian = "little");
const TYPECODES: &[u8] = b"bBhHiIlLqQfd";

impl Array {
    fn size(&self) -> usize {
        item_size(self.typecode, true).unwrap_or(1)
    }
    fn len(&self) -> usize {
        self.data.len() / self.size()
    }
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "array")?;
    let t = array_type(vm)?;
    set_attr(vm, m, "array", t)?;
    let tc = pystr::new_str(vm, "bBhHiIlLqQfd")?;
    set_attr(vm, m, "typecodes", tc)?;
    let _ = def_fn;
    Ok(m)
}

fn array_type(vm: &mut Vm) -> PyResult {
    if let Some(&t) = vm.module_types.get("array") {
        return Ok(t);
    }
    let t = module_type(
        vm,
        "array",
        &[
            ("__new__", array_new),
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("tobytes", tobytes),
            ("frombytes", frombytes),
            ("tolist", tolist),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iter__", array_iter),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
        ],
    )?;
    add_property(vm, t, "typecode", typecode)?;
    add_property(vm, t, "itemsize", itemsize)?;
    Ok(t)
}

fn this(vm: &mut Vm, o: Obj) -> PyResult<&'static mut Array> {
    super::native_arg::<Array>(vm, o, "array")
}

fn array_new(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "array", args, kw, 2, 3)?;
    let tc = match pystr::try_str(args[1]) {
        Some(s) if s.len() == 1 && TYPECODES.contains(&s.as_bytes()[0]) => s.as_bytes()[0],
        Some(_) => {
            return Err(
                vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
            )
        }
        None => {
            return Err(vm.type_error("array() argument 1 must be a unicode character, not bytes"))
        }
    };
    let arr = new_native(
        vm,
        args[0],
        Box::new(Array {
            typecode: tc,
            data: Vec::new(),
        }),
    )?;
    if let Some(&init) = args.get(2) {
        vm.tmp_roots.push(arr);
        let r = extend_from(vm, arr, init);
        vm.tmp_roots.pop();
        r?;
    }
    Ok(arr)
}

/// A new array with the same typecode as `like` and the given bytes.
fn new_like(vm: &mut Vm, typecode: u8, data: Vec<u8>) -> PyResult {
    let t = array_type(vm)?;
    new_native(vm, t, Box::new(Array { typecode, data }))
}

fn push_value(vm: &mut Vm, a: &mut Array, v: Obj) -> PyResult<()> {
    let size = a.size();
    let mut buf = [0u8; 8];
    if matches!(a.typecode, b'f' | b'd') && crate::runtime::ops::to_f64(vm, v)?.is_none() {
        let msg = format!(
            "must be real number, not {}",
            crate::runtime::types::type_name_of(vm, v)
        );
        return Err(vm.type_error(&msg));
    }
    if !matches!(a.typecode, b'f' | b'd') && !crate::runtime::int::is_int(v) {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            crate::runtime::types::type_name_of(vm, v)
        );
        return Err(vm.type_error(&msg));
    }
    pack_one(vm, a.typecode, size, LITTLE, v, &mut buf[..size]).map_err(|_| {
        let msg = if a.typecode.is_ascii_uppercase() {
            "unsigned value out of range"
        } else {
            "signed value out of range"
        };
        vm.new_exc_msg(vm.exc.overflow_error, msg)
    })?;
    a.data.extend_from_slice(&buf[..size]);
    Ok(())
}

fn extend_from(vm: &mut Vm, arr: Obj, src: Obj) -> PyResult<()> {
    if let Some(other) = native_ref::<Array>(src) {
        let a = this(vm, arr)?;
        if other.typecode != a.typecode {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let d = other.data.clone();
        a.data.extend_from_slice(&d);
        return Ok(());
    }
    if pystr::is_str(src) {
        return Err(vm.type_error("cannot use a str to initialize an array with typecode"));
    }
    if let Some(b) = bytes::try_bytes(src) {
        if !crate::runtime::list::is_list(src) {
            let a = this(vm, arr)?;
            if b.len() % a.size() != 0 {
                return Err(vm.value_error("bytes length not a multiple of item size"));
            }
            a.data.extend_from_slice(b);
            return Ok(());
        }
    }
    let it = iter::get_iter(vm, src)?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(v) = iter::iter_next(vm, it)? {
            let a = this(vm, arr)?;
            push_value(vm, a, v)?;
        }
        Ok(())
    })();
    vm.tmp_roots.pop();
    r
}

fn get(vm: &mut Vm, a: &Array, i: usize) -> PyResult {
    let s = a.size();
    let chunk: Vec<u8> = a.data[i * s..(i + 1) * s].to_vec();
    unpack_one(vm, a.typecode, s, LITTLE, &chunk)
}

fn append(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "append", args, kw, 2, 2)?;
    let a = this(vm, arg0(args))?;
    push_value(vm, a, args[1])?;
    Ok(Obj::NONE)
}

fn extend(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "extend", args, kw, 2, 2)?;
    this(vm, arg0(args))?;
    extend_from(vm, args[0], args[1])?;
    Ok(Obj::NONE)
}

fn pop(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "pop", args, kw, 1, 2)?;
    let a = this(vm, arg0(args))?;
    let n = a.len();
    if n == 0 {
        return Err(vm.new_exc_msg(vm.exc.index_error, "pop from empty array"));
    }
    let idx = match args.get(1) {
        Some(&i) => slice::norm_index(vm, i, n, "pop index out of range")?,
        None => n - 1,
    };
    let v = get(vm, a, idx)?;
    let s = a.size();
    a.data.drain(idx * s..(idx + 1) * s);
    Ok(v)
}

fn tobytes(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "tobytes", args, kw, 1, 1)?;
    let a = this(vm, arg0(args))?;
    let d = a.data.clone();
    bytes::new_bytes(vm, &d)
}

fn frombytes(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "frombytes", args, kw, 2, 2)?;
    this(vm, arg0(args))?;
    let b = super::buffer_bytes(vm, args[1])?;
    let a = this(vm, arg0(args))?;
    if b.len() % a.size() != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    a.data.extend_from_slice(&b);
    Ok(Obj::NONE)
}

fn tolist(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "tolist", args, kw, 1, 1)?;
    to_list(vm, args[0])
}

fn to_list(vm: &mut Vm, o: Obj) -> PyResult {
    let a = this(vm, o)?;
    let n = a.len();
    let l = list::new_list(vm, n)?;
    vm.tmp_roots.push(l);
    let r = (|| {
        for i in 0..n {
            let v = get(vm, a, i)?;
            list::list_append(vm, l, v)?;
        }
        Ok(l)
    })();
    vm.tmp_roots.pop();
    r
}

fn len(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let a = this(vm, arg0(args))?;
    Ok(Obj::small_int(a.len() as i64))
}

fn getitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__getitem__", args, kw, 2, 2)?;
    let a = this(vm, arg0(args))?;
    let idx = args[1];
    if is_kind(idx, ObjKind::Slice) {
        let (start, _stop, step, count) = slice::slice_indices(vm, idx, a.len())?;
        let s = a.size();
        let mut out = Vec::with_capacity(count * s);
        let mut k = start;
        for _ in 0..count {
            out.extend_from_slice(&a.data[k as usize * s..(k as usize + 1) * s]);
            k += step;
        }
        return new_like(vm, a.typecode, out);
    }
    let i = slice::norm_index(vm, idx, a.len(), "array index out of range")?;
    get(vm, a, i)
}

fn setitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__setitem__", args, kw, 3, 3)?;
    let a = this(vm, arg0(args))?;
    if is_kind(args[1], ObjKind::Slice) {
        let new = match native_ref::<Array>(args[2]) {
            Some(b) if b.typecode == a.typecode => b.data.clone(),
            Some(_) => return Err(vm.type_error("bad argument type for built-in operation")),
            None => {
                let msg = format!(
                    "can only assign array (not \"{}\") to array slice",
                    crate::runtime::types::type_name_of(vm, args[2])
                );
                return Err(vm.type_error(&msg));
            }
        };
        let s = a.size();
        if let Err(count) = slice::assign_slice(vm, &mut a.data, s, args[1], &new)? {
            let msg = format!(
                "attempt to assign array of size {} to extended slice of size {count}",
                new.len() / s
            );
            return Err(vm.value_error(&msg));
        }
        return Ok(Obj::NONE);
    }
    let i = slice::norm_index(vm, args[1], a.len(), "array assignment index out of range")?;
    let mut tmp = Array {
        typecode: a.typecode,
        data: Vec::new(),
    };
    push_value(vm, &mut tmp, args[2])?;
    let s = a.size();
    a.data[i * s..(i + 1) * s].copy_from_slice(&tmp.data);
    Ok(Obj::NONE)
}

fn delitem(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "__delitem__", args, kw, 2, 2)?;
    let a = this(vm, arg0(args))?;
    let s = a.size();
    if is_kind(args[1], ObjKind::Slice) {
        slice::delete_slice(vm, &mut a.data, s, args[1])?;
    } else {
        let i = slice::norm_index(vm, args[1], a.len(), "array assignment index out of range")?;
        a.data.drain(i * s..(i + 1) * s);
    }
    Ok(Obj::NONE)
}

fn array_iter(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "array_iter", args, 1, usize::MAX)?;
    let l = to_list(vm, args[0])?;
    iter::get_iter(vm, l)
}

fn repr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "repr", args, 1, usize::MAX)?;
    let a = this(vm, arg0(args))?;
    let tc = a.typecode as char;
    if a.data.is_empty() {
        return pystr::new_string(vm, format!("array('{tc}')"));
    }
    let l = to_list(vm, args[0])?;
    let body = crate::builtins::repr_string(vm, l)?;
    pystr::new_string(vm, format!("array('{tc}', {body})"))
}

fn eq(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "eq", args, 2, usize::MAX)?;
    let a = this(vm, arg0(args))?;
    match native_ref::<Array>(args[1]) {
        Some(b) => {
            if a.typecode == b.typecode {
                return Ok(Obj::from_bool(a.data == b.data));
            }
            let la = to_list(vm, args[0])?;
            vm.tmp_roots.push(la);
            let lb = to_list(vm, args[1]);
            vm.tmp_roots.pop();
            let lb = lb?;
            Ok(Obj::from_bool(crate::runtime::ops::eq(vm, la, lb)?))
        }
        None => Ok(Obj::NOT_IMPLEMENTED),
    }
}

fn add(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "add", args, 2, usize::MAX)?;
    let a = this(vm, arg0(args))?;
    match native_ref::<Array>(args[1]) {
        Some(b) if b.typecode == a.typecode => {
            let mut d = a.data.clone();
            d.extend_from_slice(&b.data);
            new_like(vm, a.typecode, d)
        }
        _ => Err(vm.type_error("can only append array (not other) to array")),
    }
}

/// `array * n` and `n * array`: the items repeated (empty for n <= 0).
fn mul(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "mul", args, 2, 2)?;
    let a = this(vm, arg0(args))?;
    if !crate::runtime::int::is_int(args[1]) {
        return Ok(Obj::NOT_IMPLEMENTED);
    }
    let n = crate::runtime::ops::index_value(vm, args[1])?.max(0) as usize;
    crate::builtins::str_methods::check_size(vm, a.data.len().saturating_mul(n))?;
    let d = a.data.repeat(n);
    new_like(vm, a.typecode, d)
}

fn iadd(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    crate::builtins::args::check_count(vm, "iadd", args, 2, usize::MAX)?;
    extend_from(vm, args[0], args[1])?;
    Ok(args[0])
}

fn typecode(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let a = this(vm, arg0(args))?;
    let s = (a.typecode as char).to_string();
    pystr::new_string(vm, s)
}

fn itemsize(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let a = this(vm, arg0(args))?;
    Ok(Obj::small_int(a.size() as i64))
}
