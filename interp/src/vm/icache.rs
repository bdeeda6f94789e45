//! Inline caches for attribute access on instances of Python classes, one per LOAD_ATTR /
//! LOAD_METHOD / STORE_ATTR site, in a side table keyed by bytecode offset (the bytecode itself
//! stays read-only). Not the general lookup rules (runtime/attr.rs), which fill the caches.

use crate::bytecode::{decode_instr, op};
use crate::obj::*;
use crate::runtime::{instance, types};
use crate::vm::Vm;
use std::cell::Cell;

const NO_SITE: u16 = u16::MAX;
const NO_SLOT: u32 = u32::MAX;
/// `slot` of a LOAD_METHOD entry for a receiver of a built-in type (str, dict, list, ...): an
/// object whose type is the entry's type has no instance attributes, so the method is the
/// type's attribute while the class version holds (machine code compares `slot` with this value
/// as a sign-extended 32-bit immediate, hence i32::MAX; layout slots are far smaller).
pub const BUILTIN_RECV: u32 = i32::MAX as u32;

/// `repr(C)` because native code reads the entries directly (offsets below).
#[derive(Clone, Copy, Default)]
#[repr(C)]
pub struct SiteCache {
    /// The instance type the entry is valid for (NULL: empty).
    ty: Obj,
    /// vm.class_version when filled.
    version: u64,
    /// Instance-layout slot of the name, or NO_SLOT.
    slot: u32,
    /// For LOAD_METHOD: the plain function found on the class (NULL: attribute is not a method).
    method: Obj,
    /// For LOAD_GLOBAL: the globals' hash table and the entry index of the name in it, or (when
    /// the name is a builtin) the globals table's fill count plus the builtins table and index.
    gtable: Obj,
    gidx: u32,
    gused: usize,
    btable: Obj,
    bidx: u32,
}

/// Layout of a site entry for machine code: size and field offsets (`slot` is 32 bits).
pub const SITE_SIZE: i32 = std::mem::size_of::<SiteCache>() as i32;
pub const SITE_TY: i32 = std::mem::offset_of!(SiteCache, ty) as i32;
pub const SITE_VERSION: i32 = std::mem::offset_of!(SiteCache, version) as i32;
pub const SITE_SLOT: i32 = std::mem::offset_of!(SiteCache, slot) as i32;
pub const SITE_METHOD: i32 = std::mem::offset_of!(SiteCache, method) as i32;
pub const SITE_GTABLE: i32 = std::mem::offset_of!(SiteCache, gtable) as i32;
pub const SITE_GIDX: i32 = std::mem::offset_of!(SiteCache, gidx) as i32;
pub const SITE_BTABLE: i32 = std::mem::offset_of!(SiteCache, btable) as i32;
pub const SITE_GUSED: i32 = std::mem::offset_of!(SiteCache, gused) as i32;
pub const SITE_BIDX: i32 = std::mem::offset_of!(SiteCache, bidx) as i32;

/// The cache side table of one code object.
#[derive(Default)]
pub struct CodeCaches {
    site_of: Box<[u16]>,
    sites: Box<[Cell<SiteCache>]>,
}

impl CodeCaches {
    /// Build the table for `bytecode` (sites are attribute opcodes; decoding errors end the scan).
    pub fn for_bytecode(bytecode: &[u8]) -> CodeCaches {
        let mut site_of = vec![NO_SITE; bytecode.len()];
        let mut n = 0usize;
        let mut pos = 0;
        while pos < bytecode.len() {
            let Ok(ins) = decode_instr(bytecode, pos) else {
                break;
            };
            if matches!(
                ins.op,
                op::LOAD_ATTR | op::LOAD_METHOD | op::STORE_ATTR | op::LOAD_GLOBAL
            ) && n < NO_SITE as usize
            {
                site_of[pos] = n as u16;
                n += 1;
            }
            pos = ins.next;
        }
        if n == 0 {
            return CodeCaches::default();
        }
        CodeCaches {
            site_of: site_of.into_boxed_slice(),
            sites: vec![Cell::new(SiteCache::default()); n].into_boxed_slice(),
        }
    }

    /// The index of the site at bytecode `offset` in the entry array (a function of the
    /// bytecode alone, so machine code may hold it).
    pub fn site_index(&self, offset: usize) -> Option<usize> {
        let i = *self.site_of.get(offset)?;
        ((i as usize) < self.sites.len()).then_some(i as usize)
    }

    /// The entry array (what `site_index` indexes; `Cell<SiteCache>` has SiteCache's layout).
    pub fn sites_ptr(&self) -> *const SiteCache {
        self.sites.as_ptr() as *const SiteCache
    }

    #[inline(always)]
    fn site(&self, offset: usize) -> Option<&Cell<SiteCache>> {
        let i = *self.site_of.get(offset)?;
        self.sites.get(i as usize)
    }
}

#[inline(always)]
fn valid_for(vm: &Vm, c: &SiteCache, o: Obj) -> bool {
    o.is_ptr()
        && header(o).ty == c.ty
        && c.version == vm.class_version
        && cast::<InstanceObj>(o).dict.is_null()
}

/// LOAD_ATTR fast path: the value from the instance's slot.
#[inline(always)]
pub fn load_attr(vm: &Vm, caches: &CodeCaches, offset: usize, o: Obj) -> Option<Obj> {
    let c = caches.site(offset)?.get();
    if c.slot != NO_SLOT && valid_for(vm, &c, o) {
        return instance::slot_value(o, c.slot as usize);
    }
    None
}

/// LOAD_METHOD fast path: (function, self) when the class method is not shadowed.
#[inline(always)]
pub fn load_method(vm: &Vm, caches: &CodeCaches, offset: usize, o: Obj) -> Option<(Obj, Obj)> {
    let c = caches.site(offset)?.get();
    if c.slot == BUILTIN_RECV {
        let hit = o.is_ptr() && header(o).ty == c.ty && c.version == vm.class_version;
        return hit.then_some((c.method, o));
    }
    if !c.method.is_null() && valid_for(vm, &c, o) {
        if c.slot != NO_SLOT && instance::slot_value(o, c.slot as usize).is_some() {
            return None;
        }
        return Some((c.method, o));
    }
    None
}

/// STORE_ATTR fast path: overwrite an existing slot. Returns false when the slow path is needed.
#[inline(always)]
pub fn store_attr(vm: &Vm, caches: &CodeCaches, offset: usize, o: Obj, v: Obj) -> bool {
    let Some(cell) = caches.site(offset) else {
        return false;
    };
    let c = cell.get();
    if c.slot != NO_SLOT && valid_for(vm, &c, o) {
        let i = cast_mut::<InstanceObj>(o);
        let s = c.slot as usize;
        if s < i.used {
            cast::<ValueArray>(i.slots).slots()[s] = v;
            return true;
        }
        // Appending the next attribute in layout order (the common case in __init__).
        if s == i.used && !i.slots.is_null() && s < cast::<ValueArray>(i.slots).cap {
            cast::<ValueArray>(i.slots).slots()[s] = v;
            i.used = s + 1;
            return true;
        }
    }
    false
}

/// Record what the slow path learnt about `name` on instances of `o`'s type.
pub fn fill(vm: &mut Vm, caches: &CodeCaches, offset: usize, o: Obj, name: Obj, for_method: bool) {
    let Some(cell) = caches.site(offset) else {
        return;
    };
    if for_method && builtin_receiver(o) {
        return fill_builtin_method(vm, cell, o, name);
    }
    if !is_kind(o, ObjKind::Instance) || !cast::<InstanceObj>(o).dict.is_null() {
        return;
    }
    let ty = header(o).ty;
    let flags = types::type_obj(ty).flags.get();
    if flags & (tflags::HAS_GETATTR | tflags::HAS_SETATTR) != 0 {
        return;
    }
    let cls_attr = types::type_lookup(vm, ty, name);
    let mut method = Obj::NULL;
    if let Some(a) = cls_attr {
        if is_kind(a, ObjKind::Function) && for_method {
            method = a;
        } else if !is_kind(a, ObjKind::Function) && !is_kind(a, ObjKind::BuiltinFn) {
            // Properties, descriptors, class data: the instance slot would not be the whole story.
            return;
        }
    }
    let slot = types::cached_slot(vm, ty, name)
        .map(|s| s as u32)
        .unwrap_or(NO_SLOT);
    if slot == NO_SLOT && method.is_null() {
        return;
    }
    cell.set(SiteCache {
        ty,
        version: vm.class_version,
        slot,
        method,
        ..Default::default()
    });
}

/// LOAD_ATTR / LOAD_METHOD on a module (native code's entries): the value at the cached entry
/// of the module's dict, while that dict has the same table and the entry still holds `name`
/// (the table is only compared, never read, until it is the module's current one).
#[inline(always)]
pub fn load_module_attr(caches: &CodeCaches, offset: usize, o: Obj, name: Obj) -> Option<Obj> {
    if !is_kind(o, ObjKind::Module) {
        return None;
    }
    let c = caches.site(offset)?.get();
    if c.gtable.is_null() {
        return None;
    }
    let d = cast::<ModuleObj>(o).dict;
    if !is_kind(d, ObjKind::Dict) {
        return None;
    }
    let t = cast::<DictObj>(d).table;
    if t != c.gtable {
        return None;
    }
    let e = cast::<DictTable>(t).entries().get(c.gidx as usize)?;
    (e.key == name).then_some(e.value)
}

/// Record where `name` is in module `o`'s dict (`load_module_attr`); the site's instance
/// fields stay empty (type NULL), so instance probes miss.
pub fn fill_module(caches: &CodeCaches, offset: usize, o: Obj, name: Obj) {
    let Some(cell) = caches.site(offset) else {
        return;
    };
    if !is_kind(o, ObjKind::Module)
        || !is_kind(name, ObjKind::Str)
        || header(name).flags & hflags::INTERNED == 0
    {
        return;
    }
    let d = cast::<ModuleObj>(o).dict;
    if !is_kind(d, ObjKind::Dict) {
        return;
    }
    if let Some(i) = crate::runtime::dict::entry_index_of_str(d, name) {
        cell.set(SiteCache {
            gtable: cast::<DictObj>(d).table,
            gidx: i as u32,
            ..Default::default()
        });
    }
}

/// An object of a built-in type whose instances never carry attributes of their own, so every
/// object of its exact type finds its methods on the type (subclass instances are Instances,
/// with their own type).
fn builtin_receiver(o: Obj) -> bool {
    matches!(
        kind_of(o),
        Some(
            ObjKind::Str
                | ObjKind::Dict
                | ObjKind::List
                | ObjKind::Tuple
                | ObjKind::Set
                | ObjKind::FrozenSet
                | ObjKind::Bytes
                | ObjKind::ByteArray
                | ObjKind::Generator
        )
    )
}

/// Record the built-in method `name` of `o`'s built-in type for LOAD_METHOD.
fn fill_builtin_method(vm: &mut Vm, cell: &Cell<SiteCache>, o: Obj, name: Obj) {
    let ty = header(o).ty;
    let t = types::type_obj(ty);
    if t.flags.get() & (tflags::BUILTIN | tflags::HEAP) != tflags::BUILTIN
        || Some(t.base_kind) != kind_of(o)
    {
        return;
    }
    match types::type_lookup(vm, ty, name) {
        Some(m) if is_kind(m, ObjKind::BuiltinFn) => cell.set(SiteCache {
            ty,
            version: vm.class_version,
            slot: BUILTIN_RECV,
            method: m,
            ..Default::default()
        }),
        _ => {}
    }
}

/// LOAD_GLOBAL fast path: the value at the cached entry of globals (or builtins, while globals
/// has gained no entries since).
#[inline(always)]
pub fn load_global(
    vm: &Vm,
    caches: &CodeCaches,
    offset: usize,
    globals: Obj,
    name: Obj,
) -> Option<Obj> {
    let c = caches.site(offset)?.get();
    if c.gtable.is_null() {
        return None;
    }
    let gt = cast::<DictObj>(globals).table;
    if gt != c.gtable {
        return None;
    }
    if c.btable.is_null() {
        let e = cast::<DictTable>(gt).entries().get(c.gidx as usize)?;
        return if e.key == name { Some(e.value) } else { None };
    }
    if cast::<DictTable>(gt).used != c.gused {
        return None;
    }
    let bt = cast::<DictObj>(vm.builtins).table;
    if bt != c.btable {
        return None;
    }
    let e = cast::<DictTable>(bt).entries().get(c.bidx as usize)?;
    if e.key == name {
        Some(e.value)
    } else {
        None
    }
}

/// Record where LOAD_GLOBAL found `name`.
pub fn fill_global(vm: &mut Vm, caches: &CodeCaches, offset: usize, globals: Obj, name: Obj) {
    let Some(cell) = caches.site(offset) else {
        return;
    };
    if !is_kind(globals, ObjKind::Dict)
        || !is_kind(name, ObjKind::Str)
        || header(name).flags & hflags::INTERNED == 0
    {
        return;
    }
    let gt = cast::<DictObj>(globals).table;
    let mut c = SiteCache {
        gtable: gt,
        ..Default::default()
    };
    if let Some(i) = crate::runtime::dict::entry_index_of_str(globals, name) {
        c.gidx = i as u32;
    } else if let Some(i) = crate::runtime::dict::entry_index_of_str(vm.builtins, name) {
        c.gused = cast::<DictTable>(gt).used;
        c.btable = cast::<DictObj>(vm.builtins).table;
        c.bidx = i as u32;
    } else {
        return;
    }
    cell.set(c);
}
