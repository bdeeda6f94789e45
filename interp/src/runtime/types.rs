//! Type objects: type_of, MRO (C3), subclass checks, lookup along the MRO, creating built-in
//! types and Python classes (`__build_class__`), instantiation. Not attribute access on
//! instances (runtime/attr.rs).

use crate::obj::*;
use crate::runtime::{call, dict, str as pystr, tuple};
use crate::vm::{PyResult, Vm};

/// The type object of any value.
#[inline]
pub fn type_of(vm: &Vm, o: Obj) -> Obj {
    if o.is_ptr() {
        header(o).ty
    } else if o.is_small_int() {
        vm.types.int
    } else if o.is_float() {
        vm.types.float
    } else if o.is_bool() {
        vm.types.bool_
    } else if o == Obj::ELLIPSIS {
        vm.types.ellipsis
    } else if o == Obj::NOT_IMPLEMENTED {
        vm.types.not_implemented
    } else {
        vm.types.none
    }
}

#[inline]
pub fn type_obj(t: Obj) -> &'static TypeObj {
    cast::<TypeObj>(t)
}

pub fn is_type(o: Obj) -> bool {
    is_kind(o, ObjKind::Type)
}

pub fn type_name(t: Obj) -> &'static str {
    pystr::as_rust_str(type_obj(t).name)
}

/// Name of the type of `o` (for error messages).
pub fn type_name_of(vm: &Vm, o: Obj) -> &'static str {
    type_name(type_of(vm, o))
}

/// True if `a` is `b` or a subclass of it.
#[inline]
pub fn is_subclass(a: Obj, b: Obj) -> bool {
    if a == b {
        return true;
    }
    if !is_type(a) {
        return false;
    }
    let mro = type_obj(a).mro;
    if mro.is_null() {
        return false;
    }
    tuple::tuple_items(mro).contains(&b)
}

#[inline]
pub fn is_instance(vm: &Vm, o: Obj, cls: Obj) -> bool {
    is_subclass(type_of(vm, o), cls)
}

/// Find `name` (a str) in the dicts along the MRO of type `t`.
#[inline]
pub fn type_lookup(vm: &mut Vm, t: Obj, name: Obj) -> Option<Obj> {
    // Names are interned qstrs almost always: cache (type, name) -> result, invalidated by any
    // class change (vm.class_version).
    if is_cacheable_name(name) {
        let e = cache_probe(vm, t, name);
        return if e.value.is_null() {
            None
        } else {
            Some(e.value)
        };
    }
    mro_lookup(vm, t, name)
}

#[inline]
fn is_cacheable_name(name: Obj) -> bool {
    is_kind(name, ObjKind::Str) && header(name).flags & hflags::INTERNED != 0
}

fn mro_lookup(vm: &mut Vm, t: Obj, name: Obj) -> Option<Obj> {
    let mro = type_obj(t).mro;
    for &c in tuple::tuple_items(mro) {
        let d = type_obj(c).dict;
        if let Ok(Some(v)) = dict::dict_get_str(vm, d, name) {
            return Some(v);
        }
    }
    None
}

/// The cache entry for (t, name), filled on a miss (class attribute and instance slot).
#[inline]
fn cache_probe(vm: &mut Vm, t: Obj, name: Obj) -> AttrCacheEntry {
    let slot = ((t.bits() >> 4) ^ (name.bits() >> 4).wrapping_mul(0x9e37_79b9)) as usize
        & (ATTR_CACHE_SIZE - 1);
    let e = vm.attr_cache[slot];
    if e.ty == t && e.name == name && e.version == vm.class_version {
        return e;
    }
    let value = mro_lookup(vm, t, name).unwrap_or(Obj::NULL);
    let islot = crate::runtime::instance::layout_slot(vm, t, name)
        .ok()
        .flatten()
        .map(|s| s as i32)
        .unwrap_or(-1);
    let e = AttrCacheEntry {
        ty: t,
        name,
        version: vm.class_version,
        value,
        slot: islot,
    };
    vm.attr_cache[slot] = e;
    e
}

/// The instance-layout slot of `name` in class `t` (cached like class attributes).
#[inline]
pub fn cached_slot(vm: &mut Vm, t: Obj, name: Obj) -> Option<usize> {
    if is_cacheable_name(name) {
        let e = cache_probe(vm, t, name);
        return if e.slot < 0 {
            None
        } else {
            Some(e.slot as usize)
        };
    }
    crate::runtime::instance::layout_slot(vm, t, name)
        .ok()
        .flatten()
}

/// Number of entries of the (type, name) lookup cache (a power of two).
pub const ATTR_CACHE_SIZE: usize = 4096;

/// One entry of the (type, name) lookup cache; `value` NULL caches "not found".
#[derive(Clone, Copy, Default)]
pub struct AttrCacheEntry {
    pub ty: Obj,
    pub name: Obj,
    pub version: u64,
    pub value: Obj,
    /// Instance-layout slot of the name in this class, or -1.
    pub slot: i32,
}

/// Like type_lookup but also reports the class where it was found.
pub fn type_lookup_with_owner(vm: &mut Vm, t: Obj, name: Obj) -> Option<(Obj, Obj)> {
    let mro = type_obj(t).mro;
    for &c in tuple::tuple_items(mro) {
        let d = type_obj(c).dict;
        if let Ok(Some(v)) = dict::dict_get_str(vm, d, name) {
            return Some((v, c));
        }
    }
    None
}

/// C3 linearisation of `t` with the given bases.
fn compute_mro(vm: &mut Vm, t: Obj, bases: &[Obj]) -> PyResult<Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = bases
        .iter()
        .map(|&b| tuple::tuple_items(type_obj(b).mro).to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![t];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let c = s[0];
            if !seqs.iter().any(|s2| s2[1..].contains(&c)) {
                cand = Some(c);
                break;
            }
        }
        match cand {
            Some(c) => {
                out.push(c);
                for s in seqs.iter_mut() {
                    if s[0] == c {
                        s.remove(0);
                    }
                }
            }
            None => {
                return Err(vm.new_exc_msg(
                    vm.exc.type_error,
                    "Cannot create a consistent method resolution order (MRO)",
                ))
            }
        }
    }
}

/// Allocate a type object. `bases` may be empty (only for `object`).
pub fn new_type(
    vm: &mut Vm,
    name: &str,
    bases: &[Obj],
    dict_obj: Obj,
    base_kind: ObjKind,
    flags: u32,
) -> PyResult {
    let name_o = vm.intern(name);
    let bases_t = tuple::tuple_from_slice(vm, bases)?;
    vm.tmp_roots.push(bases_t);
    let d = if dict_obj.is_null() {
        dict::new_dict(vm)?
    } else {
        dict_obj
    };
    vm.tmp_roots.push(d);
    let meta = if vm.types.type_.is_null() {
        Obj::NULL
    } else {
        vm.types.type_
    };
    let t = vm.alloc::<TypeObj>(ObjKind::Type, meta, 0)?;
    t.name = name_o;
    t.bases = bases_t;
    t.dict = d;
    t.base_kind = base_kind;
    t.flags.set(flags);
    let to = Obj::from_ptr(t);
    // A new type may reuse the address of a freed one: invalidate cached lookups.
    vm.class_version += 1;
    vm.tmp_roots.push(to);
    let r = (|| {
        let mro = compute_mro(vm, to, bases)?;
        let mro_t = tuple::tuple_from_slice(vm, &mro)?;
        let t = cast_mut::<TypeObj>(to);
        t.mro = mro_t;
        // Inherit flags and the native base from the bases.
        let mut f = t.flags.get();
        for &b in bases {
            let bt = type_obj(b);
            f |= bt.flags.get() & (tflags::EXCEPTION | tflags::HAS_GETATTR | tflags::HAS_SETATTR);
            if t.native_base.is_null() {
                if !bt.native_base.is_null() {
                    t.native_base = bt.native_base;
                } else if bt.flags.get() & tflags::BUILTIN != 0
                    && b != vm.types.object
                    && bt.base_kind != ObjKind::Exception
                {
                    t.native_base = b;
                }
            }
            if bt.base_kind == ObjKind::Exception {
                t.base_kind = ObjKind::Exception;
            }
        }
        t.flags.set(f);
        Ok(to)
    })();
    vm.tmp_roots.truncate(vm.tmp_roots.len() - 3);
    r
}

/// Add a built-in method to a type's dict.
pub fn add_method(vm: &mut Vm, ty: Obj, name: &'static str, f: NativeFn) {
    let fo = call::new_builtin(vm, name, f, Obj::NULL).expect("heap exhausted at start-up");
    let k = vm.intern(name);
    dict::dict_store(vm, type_obj(ty).dict, k, fo).expect("heap exhausted at start-up");
}

/// Add an attribute to a type's dict.
pub fn add_attr(vm: &mut Vm, ty: Obj, name: &str, v: Obj) {
    let k = vm.intern(name);
    dict::dict_store(vm, type_obj(ty).dict, k, v).expect("heap exhausted at start-up");
}

/// `__build_class__(body, name, *bases, metaclass=None, **kw)`.
/// A class's `__qualname__`: the str its namespace holds (Python classes), else its name.
pub fn type_qualname(vm: &mut Vm, t: Obj) -> Obj {
    let to = type_obj(t);
    if to.flags.get() & tflags::HEAP != 0 {
        if let Ok(Some(q)) = dict::dict_get_str(vm, to.dict, vm.names.__qualname__) {
            if pystr::try_str(q).is_some() {
                return q;
            }
        }
    }
    to.name
}

pub fn build_class(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    if args.len() < 2 {
        return Err(vm.new_exc_msg(vm.exc.type_error, "__build_class__: not enough arguments"));
    }
    let body = args[0];
    let name = args[1];
    // The body is run as a function with its own globals: anything else would be cast.
    if !is_kind(body, ObjKind::Function) {
        return Err(vm.new_exc_msg(
            vm.exc.type_error,
            "__build_class__: func must be a function",
        ));
    }
    if pystr::try_str(name).is_none() {
        return Err(vm.new_exc_msg(vm.exc.type_error, "__build_class__: name is not a string"));
    }
    let mut bases: Vec<Obj> = args[2..].to_vec();
    check_bases(vm, &bases)?;
    let mut meta = Obj::NULL;
    for (k, v) in kw.iter() {
        if pystr::as_rust_str(k) == "metaclass" {
            meta = v;
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object);
    }
    let ns = dict::new_dict(vm)?;
    vm.tmp_roots.push(ns);
    let r = (|| {
        let f = cast::<FunctionObj>(body);
        let code = f.code;
        let cell = crate::vm::frame::run_code_with_locals(vm, code, f.globals, ns, body)?;
        // The body stored its simple name; the code tree knows the nesting (`Outer.Inner`).
        let q = crate::vm::code::code_info(code).qualname.get();
        let k = vm.names.__qualname__;
        if dict::dict_get_str(vm, ns, k)? == Some(name) {
            dict::dict_store(vm, ns, k, q)?;
        }
        let cls = if !meta.is_null() && meta != vm.types.type_ {
            {
                let bt = tuple::tuple_from_slice(vm, &bases)?;
                call::call(vm, meta, &[name, bt, ns], Kw::NONE)?
            }
        } else {
            new_class(vm, pystr::as_rust_str(name), &bases, ns)?
        };
        if is_kind(cell, ObjKind::Cell) {
            cast_mut::<CellObj>(cell).value = cls;
        }
        Ok(cls)
    })();
    vm.tmp_roots.pop();
    r
}

/// `type(name, bases, dict)` / `type.__new__(meta, name, bases, dict)`: check the arguments the
/// way CPython does (the class machinery casts them), then create the class.
pub fn type_from_args(vm: &mut Vm, name: Obj, bases: Obj, ns: Obj) -> PyResult {
    let wrong = |vm: &mut Vm, n: u8, want: &str, o: Obj| {
        let msg = format!(
            "type.__new__() argument {n} must be {want}, not {}",
            type_name_of(vm, o)
        );
        Err(vm.new_exc_msg(vm.exc.type_error, &msg))
    };
    let Some(name) = pystr::try_str(name) else {
        return wrong(vm, 1, "str", name);
    };
    let Some(bases) = tuple::try_tuple(bases).map(|b| b.to_vec()) else {
        return wrong(vm, 2, "tuple", bases);
    };
    let Some(ns) = dict::as_dict(ns) else {
        return wrong(vm, 3, "dict", ns);
    };
    check_bases(vm, &bases)?;
    let bases = if bases.is_empty() {
        vec![vm.types.object]
    } else {
        bases
    };
    let ns = dict::dict_copy(vm, ns, ObjKind::Dict, vm.types.dict)?;
    new_class(vm, name, &bases, ns)
}

/// Every base of a new class must be a type that allows subclassing.
fn check_bases(vm: &mut Vm, bases: &[Obj]) -> PyResult<()> {
    for &b in bases {
        if !is_type(b) {
            return Err(vm.new_exc_msg(vm.exc.type_error, "bases must be types"));
        }
        if type_obj(b).flags.get() & tflags::BASETYPE == 0 {
            let msg = format!("type '{}' is not an acceptable base type", type_name(b));
            return Err(vm.new_exc_msg(vm.exc.type_error, &msg));
        }
    }
    Ok(())
}

/// Create a Python class from its namespace.
pub fn new_class(vm: &mut Vm, name: &str, bases: &[Obj], ns: Obj) -> PyResult {
    let mut flags = tflags::HEAP | tflags::BASETYPE;
    let has = |vm: &mut Vm, n: Obj| dict::dict_get_str(vm, ns, n).ok().flatten().is_some();
    if has(vm, vm.names.__getattr__) {
        flags |= tflags::HAS_GETATTR;
    }
    if has(vm, vm.names.__setattr__) || has(vm, vm.names.__delattr__) {
        flags |= tflags::HAS_SETATTR;
    }
    // Plain functions stored as __new__ are static methods implicitly.
    if let Some(nf) = dict::dict_get_str(vm, ns, vm.names.__new__)? {
        if is_kind(nf, ObjKind::Function) {
            let ty = vm.types.staticmethod;
            let w = vm.alloc::<WrapperObj>(ObjKind::StaticMethod, ty, 0)?;
            w.func = nf;
            let k = vm.names.__new__;
            dict::dict_store(vm, ns, k, Obj::from_ptr(w))?;
        }
    }
    let cls = new_type(vm, name, bases, ns, ObjKind::Instance, flags)?;
    vm.class_version += 1;
    Ok(cls)
}

/// Create an instance of a Python class `cls` (no __init__ call): the object.__new__ part.
pub fn alloc_instance(vm: &mut Vm, cls: Obj) -> PyResult {
    let t = type_obj(cls);
    if t.base_kind == ObjKind::Exception {
        return crate::runtime::exc::new_exception(vm, cls, &[]);
    }
    // Room for the attributes instances of this class usually get.
    let layout = type_obj(cls).layout;
    let n = if layout.is_null() {
        0
    } else {
        dict::dict_len(layout)
    };
    let slots = if n > 0 {
        crate::runtime::list::new_value_array(vm, n)?
    } else {
        Obj::NULL
    };
    vm.tmp_roots.push(slots);
    let r = vm.alloc::<InstanceObj>(ObjKind::Instance, cls, 0);
    vm.tmp_roots.pop();
    let i = r?;
    i.slots = slots;
    Ok(Obj::from_ptr(i))
}
