//! Iteration: get_iter and iter_next for built-in sequences, dict views, ranges, generators, the
//! built-in iterator objects (enumerate, zip, map, filter, reversed) and user iterators.
//! Not generators' resumption machinery (runtime/gen.rs).

use crate::obj::*;
use crate::runtime::{bytes, call, dict, exc, gen, list, set, str as pystr, tuple, types};
use crate::vm::{PyResult, Vm};

/// A new built-in iterator object.
pub fn new_iter(
    vm: &mut Vm,
    kind: IterKind,
    seq: Obj,
    aux: Obj,
    pos: i64,
    end: i64,
    step: i64,
) -> PyResult {
    let named = |i: usize| vm.types.iter_types[i];
    let ty = match kind {
        IterKind::List => named(0),
        IterKind::Tuple => named(1),
        IterKind::Str if cast::<StrObj>(seq).is_ascii() => named(3),
        IterKind::Str => named(2),
        IterKind::Bytes if is_kind(seq, ObjKind::ByteArray) => named(5),
        IterKind::Bytes => named(4),
        IterKind::Range => named(6),
        IterKind::DictKeys if set::is_set_kind(seq) => named(10),
        IterKind::DictKeys => named(7),
        IterKind::DictValues => named(8),
        IterKind::DictItems => named(9),
        IterKind::Callable => named(11),
        IterKind::Enumerate => vm.types.enumerate,
        IterKind::Zip => vm.types.zip,
        IterKind::Map => vm.types.map,
        IterKind::Filter => vm.types.filter,
        IterKind::Reversed => vm.types.reversed,
        _ => vm.types.iterator,
    };
    let it = vm.alloc::<IterObj>(ObjKind::Iter, ty, 0)?;
    it.kind = kind;
    it.seq = seq;
    it.aux = aux;
    it.pos = pos;
    it.end = end;
    it.step = step;
    Ok(Obj::from_ptr(it))
}

/// iter(o). An iterator or a generator is its own iterator (checked inline: `yield from` and
/// `for` over a generator); everything else goes to `get_iter_new`.
#[inline]
pub fn get_iter(vm: &mut Vm, o: Obj) -> PyResult {
    if o.is_ptr() && matches!(header(o).kind, ObjKind::Iter | ObjKind::Generator) {
        return Ok(o);
    }
    get_iter_new(vm, o)
}

/// `get_iter` for objects that are not iterators themselves.
fn get_iter_new(vm: &mut Vm, o: Obj) -> PyResult {
    if o.is_ptr() {
        let k = header(o).kind;
        let simple = |vm: &mut Vm, kind| new_iter(vm, kind, o, Obj::NULL, 0, 0, 1);
        match k {
            ObjKind::List => return simple(vm, IterKind::List),
            ObjKind::Tuple => return simple(vm, IterKind::Tuple),
            ObjKind::Str => return simple(vm, IterKind::Str),
            ObjKind::Bytes | ObjKind::ByteArray => return simple(vm, IterKind::Bytes),
            ObjKind::Dict => {
                let n = dict::dict_len(o) as i64;
                return new_iter(vm, IterKind::DictKeys, o, Obj::NULL, 0, n, 1);
            }
            ObjKind::Set | ObjKind::FrozenSet => {
                let n = set::set_len(o) as i64;
                return new_iter(vm, IterKind::DictKeys, o, Obj::NULL, 0, n, 1);
            }
            ObjKind::Range => {
                let r = cast::<RangeObj>(o);
                return new_iter(
                    vm,
                    IterKind::Range,
                    Obj::NULL,
                    Obj::NULL,
                    r.start,
                    r.stop,
                    r.step,
                );
            }
            ObjKind::Iter | ObjKind::Generator => return Ok(o),
            _ => {}
        }
    }
    let ty = types::type_of(vm, o);
    if let Some(m) = types::type_lookup(vm, ty, vm.names.__iter__) {
        let it = call::call_with_self(vm, m, o, &[], Kw::NONE)?;
        let ity = types::type_of(vm, it);
        if !is_kind(it, ObjKind::Iter)
            && !is_kind(it, ObjKind::Generator)
            && types::type_lookup(vm, ity, vm.names.__next__).is_none()
        {
            let msg = format!(
                "iter() returned non-iterator of type '{}'",
                types::type_name(ity)
            );
            return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
        }
        return Ok(it);
    }
    if is_kind(o, ObjKind::Instance) {
        let n = cast::<InstanceObj>(o).native;
        if !n.is_null() {
            return get_iter(vm, n);
        }
    }
    if types::type_lookup(vm, ty, vm.names.__getitem__).is_some() {
        return new_iter(vm, IterKind::GetItem, o, Obj::NULL, 0, 0, 1);
    }
    let msg = format!("'{}' object is not iterable", types::type_name(ty));
    Err(vm.new_exc_msg(vm.exc.type_error, &msg))
}

/// next(it): Some(value), or None when exhausted.
/// The interpreter's inline FOR_ITER step for the commonest iterators: the next item of a list
/// or tuple iterator, or of a range iterator whose values are small ints. None: call iter_next
/// (which also handles exhaustion).
#[inline(always)]
pub fn iter_next_fast(it: Obj) -> Option<Obj> {
    if !is_kind(it, ObjKind::Iter) {
        return None;
    }
    let i = cast_mut::<IterObj>(it);
    match i.kind {
        IterKind::List | IterKind::Tuple => {
            let items: &[Obj] = if i.kind == IterKind::List {
                list::list_items(i.seq)
            } else {
                tuple::tuple_items(i.seq)
            };
            let v = *items.get(usize::try_from(i.pos).ok()?)?;
            i.pos += 1;
            Some(v)
        }
        IterKind::Range if i.step > 0 && i.pos < i.end => {
            let v = Obj::try_small_int(i.pos)?;
            i.pos += i.step;
            Some(v)
        }
        _ => None,
    }
}

pub fn iter_next(vm: &mut Vm, it: Obj) -> PyResult<Option<Obj>> {
    if is_kind(it, ObjKind::Iter) {
        return builtin_next(vm, it);
    }
    if is_kind(it, ObjKind::Generator) {
        return match gen::resume(vm, it, Obj::NONE, None)? {
            gen::Step::Yield(v) => Ok(Some(v)),
            gen::Step::Return(_) => Ok(None),
        };
    }
    let ty = types::type_of(vm, it);
    match types::type_lookup(vm, ty, vm.names.__next__) {
        Some(m) => match call::call_with_self(vm, m, it, &[], Kw::NONE) {
            Ok(v) => Ok(Some(v)),
            Err(e) if exc::exc_matches(vm, e.0, vm.exc.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        },
        None => {
            let msg = format!("'{}' object is not an iterator", types::type_name(ty));
            Err(vm.new_exc_msg(vm.exc.type_error, &msg))
        }
    }
}

fn builtin_next(vm: &mut Vm, it: Obj) -> PyResult<Option<Obj>> {
    let i = cast_mut::<IterObj>(it);
    match i.kind {
        IterKind::Range => {
            if (i.step > 0 && i.pos < i.end) || (i.step < 0 && i.pos > i.end) {
                let v = i.pos;
                i.pos += i.step;
                Ok(Some(crate::runtime::int::int_from_i64(vm, v)?))
            } else {
                Ok(None)
            }
        }
        IterKind::List => {
            let items = list::list_items(i.seq);
            let p = i.pos as usize;
            if p < items.len() {
                i.pos += 1;
                Ok(Some(items[p]))
            } else {
                i.pos = crate::runtime::funtable::ITER_LIST_DONE;
                Ok(None)
            }
        }
        IterKind::Tuple => {
            let items = tuple::tuple_items(i.seq);
            let p = i.pos as usize;
            if p < items.len() {
                i.pos += 1;
                Ok(Some(items[p]))
            } else {
                Ok(None)
            }
        }
        IterKind::Str => {
            let s = cast::<StrObj>(i.seq);
            let p = i.pos as usize;
            if p >= s.byte_len {
                return Ok(None);
            }
            let text = s.as_str();
            if s.is_ascii() {
                i.pos += 1;
                return Ok(Some(pystr::ascii_char(vm, text.as_bytes()[p])));
            }
            // pos is a byte offset for non-ASCII strings.
            let c = text[p..].chars().next().unwrap_or('\0');
            i.pos += c.len_utf8() as i64;
            let mut buf = [0u8; 4];
            Ok(Some(pystr::new_str(vm, c.encode_utf8(&mut buf))?))
        }
        IterKind::Bytes => {
            let b = bytes::try_bytes(i.seq).unwrap_or(&[]);
            let p = i.pos as usize;
            if p < b.len() {
                i.pos += 1;
                Ok(Some(Obj::small_int(b[p] as i64)))
            } else {
                Ok(None)
            }
        }
        IterKind::DictKeys if set::is_set_kind(i.seq) => {
            let s = i.seq;
            if set::set_len(s) as i64 != i.end {
                i.end = -1;
                return Err(
                    vm.new_exc_msg(vm.exc.runtime_error, "Set changed size during iteration")
                );
            }
            match set::set_next(s, i.pos as usize) {
                Some((slot, k)) => {
                    i.pos = slot as i64 + 1;
                    Ok(Some(k))
                }
                None => {
                    i.pos = i64::MAX / 2;
                    Ok(None)
                }
            }
        }
        IterKind::DictKeys | IterKind::DictValues | IterKind::DictItems => {
            let d = i.seq;
            if dict::dict_len(d) as i64 != i.end {
                let what = if is_kind(d, ObjKind::Dict) {
                    "dictionary"
                } else {
                    "Set"
                };
                i.end = -1;
                let msg = format!("{what} changed size during iteration");
                return Err(vm.new_exc_msg(vm.exc.runtime_error, &msg));
            }
            loop {
                let p = i.pos as usize;
                match dict::dict_entry_at(d, p) {
                    None => return Ok(None),
                    Some(e) => {
                        i.pos += 1;
                        if e.key.is_null() {
                            continue;
                        }
                        return Ok(Some(match i.kind {
                            IterKind::DictKeys => e.key,
                            IterKind::DictValues => e.value,
                            _ => tuple::tuple_from_slice(vm, &[e.key, e.value])?,
                        }));
                    }
                }
            }
        }
        IterKind::GetItem => {
            let idx = Obj::small_int(i.pos);
            let seq = i.seq;
            match crate::runtime::subscr::load_subscr(vm, seq, idx) {
                Ok(v) => {
                    cast_mut::<IterObj>(it).pos += 1;
                    Ok(Some(v))
                }
                Err(e)
                    if exc::exc_matches(vm, e.0, vm.exc.index_error)
                        || exc::exc_matches(vm, e.0, vm.exc.stop_iteration) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterKind::Callable => {
            if i.pos != 0 {
                return Ok(None);
            }
            let (f, sentinel) = (i.seq, i.aux);
            let v = call::call(vm, f, &[], Kw::NONE)?;
            if v == sentinel || crate::runtime::ops::eq(vm, v, sentinel)? {
                cast_mut::<IterObj>(it).pos = 1;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterKind::Enumerate => {
            let inner = i.seq;
            match iter_next(vm, inner)? {
                Some(v) => {
                    let i = cast_mut::<IterObj>(it);
                    let n = crate::runtime::int::int_from_i64(vm, i.pos)?;
                    i.pos += 1;
                    Ok(Some(tuple::tuple_from_slice(vm, &[n, v])?))
                }
                None => Ok(None),
            }
        }
        IterKind::Zip => {
            let iters = i.seq;
            let n = tuple::tuple_items(iters).len();
            if n == 0 {
                return Ok(None);
            }
            let t = tuple::new_tuple(vm, n)?;
            vm.tmp_roots.push(t);
            let r = (|| {
                for k in 0..n {
                    let sub = tuple::tuple_items(iters)[k];
                    match iter_next(vm, sub)? {
                        Some(v) => cast::<TupleObj>(t).items_mut()[k] = v,
                        None => return Ok(None),
                    }
                }
                Ok(Some(t))
            })();
            vm.tmp_roots.pop();
            r
        }
        IterKind::Map => {
            let (iters, f) = (i.seq, i.aux);
            let n = tuple::tuple_items(iters).len();
            let args = tuple::new_tuple(vm, n)?;
            vm.tmp_roots.push(args);
            let r = (|| {
                for k in 0..n {
                    let sub = tuple::tuple_items(iters)[k];
                    match iter_next(vm, sub)? {
                        Some(v) => cast::<TupleObj>(args).items_mut()[k] = v,
                        None => return Ok(None),
                    }
                }
                call::call(vm, f, tuple::tuple_items(args), Kw::NONE).map(Some)
            })();
            vm.tmp_roots.pop();
            r
        }
        IterKind::Filter => {
            let (inner, f) = (i.seq, i.aux);
            loop {
                match iter_next(vm, inner)? {
                    Some(v) => {
                        let keep = if f.is_none() {
                            crate::runtime::ops::is_true(vm, v)?
                        } else {
                            let r = call::call(vm, f, &[v], Kw::NONE)?;
                            crate::runtime::ops::is_true(vm, r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    None => return Ok(None),
                }
            }
        }
        IterKind::Reversed => {
            if i.pos < 0 {
                return Ok(None);
            }
            let seq = i.seq;
            let idx = Obj::small_int(i.pos);
            i.pos -= 1;
            if let Some(l) = list::as_list(seq) {
                let items = list::list_items(l);
                let p = (i.pos + 1) as usize;
                return Ok(if p < items.len() {
                    Some(items[p])
                } else {
                    None
                });
            }
            crate::runtime::subscr::load_subscr(vm, seq, idx).map(Some)
        }
    }
}

/// Collect an iterable into a new list.
pub fn collect_list(vm: &mut Vm, o: Obj) -> PyResult {
    if let Some(l) = list::as_list(o) {
        let items = list::list_items(l).to_vec();
        return list::list_from_slice(vm, &items);
    }
    if let Some(t) = tuple::try_tuple(o) {
        return list::list_from_slice(vm, t);
    }
    let out = list::new_list(vm, 0)?;
    vm.tmp_roots.push(out);
    let r = (|| {
        let it = get_iter(vm, o)?;
        vm.tmp_roots.push(it);
        let r = (|| {
            while let Some(v) = iter_next(vm, it)? {
                list::list_append(vm, out, v)?;
            }
            Ok(())
        })();
        vm.tmp_roots.pop();
        r
    })();
    vm.tmp_roots.pop();
    r.map(|_| out)
}
