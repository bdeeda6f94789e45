//! Heap object layouts: the common header, one struct per object kind, tracing and finalisation.
//! Not the behaviour of the types (runtime/ and builtins/) nor the allocator (gc.rs).
//!
//! Every heap object starts with a `Header` (kind, size in granules, type object). Structs are
//! `#[repr(C)]` so machine code can use their field offsets. Objects are reached through `Obj`
//! words; the accessors here turn an `Obj` into a reference after checking its kind.

pub mod value;

pub use value::{fits_small_int, Obj, SMALL_INT_BITS, SMALL_INT_MAX, SMALL_INT_MIN};

use crate::gc::Heap;
use std::any::Any;
use std::cell::Cell;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ObjKind {
    /// Raw bytes with no references (the body of bytearray, array, etc.).
    RawData = 1,
    /// An array of Obj slots (list storage, generator state, tuples' storage is inline).
    ValueArray,
    /// Hash table of a dict or set.
    DictTable,
    Str,
    Bytes,
    ByteArray,
    BigInt,
    Complex,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Type,
    Instance,
    Exception,
    Function,
    BoundMethod,
    BuiltinFn,
    Code,
    Module,
    Cell,
    Generator,
    Range,
    Slice,
    Iter,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    /// A Rust value behind `dyn NativeData` (module types: deque, StringIO, array, ...).
    Native,
}

#[repr(C)]
pub struct Header {
    pub kind: ObjKind,
    pub flags: u8,
    pub _reserved: u16,
    /// Size of the allocation in 16-byte granules (written by the heap).
    pub granules: u32,
    /// The object's type (a Type object).
    pub ty: Obj,
}

pub mod hflags {
    /// A Str that is interned (never freed, pointer equality implies string equality).
    pub const INTERNED: u8 = 1;
    /// A ValueArray/RawData that is owned by a single container (no separate identity).
    pub const STORAGE: u8 = 2;
}

#[inline(always)]
pub fn header(o: Obj) -> &'static Header {
    // SAFETY: callers pass only heap pointers (checked with is_ptr); heap objects start with a
    // Header and stay alive while reachable (conservative stack scan keeps locals alive).
    unsafe { &*o.ptr::<Header>() }
}

#[inline(always)]
pub fn kind_of(o: Obj) -> Option<ObjKind> {
    if o.is_ptr() {
        Some(header(o).kind)
    } else {
        None
    }
}

#[inline(always)]
pub fn is_kind(o: Obj, k: ObjKind) -> bool {
    o.is_ptr() && header(o).kind == k
}

/// Cast an object to its struct. The caller has checked the kind.
#[inline(always)]
pub fn cast<T>(o: Obj) -> &'static T {
    // SAFETY: see `header`; the caller checked that the kind matches T.
    unsafe { &*o.ptr::<T>() }
}

#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn cast_mut<T>(o: Obj) -> &'static mut T {
    // SAFETY: as `cast`. The interpreter is single-threaded and never holds two &mut to one
    // object across a call that could reach it again.
    unsafe { &mut *o.ptr::<T>() }
}

// ------------------------------------------------------------------------------------------------
// Layouts

#[repr(C)]
pub struct ValueArray {
    pub hdr: Header,
    pub cap: usize,
    pub items: [Obj; 0],
}

impl ValueArray {
    #[inline(always)]
    pub fn slots(&self) -> &'static mut [Obj] {
        // SAFETY: the allocation holds `cap` slots after the fixed part.
        unsafe { std::slice::from_raw_parts_mut(self.items.as_ptr() as *mut Obj, self.cap) }
    }
}

#[repr(C)]
pub struct RawData {
    pub hdr: Header,
    pub cap: usize,
    pub bytes: [u8; 0],
}

impl RawData {
    #[inline(always)]
    pub fn data(&self) -> &'static mut [u8] {
        // SAFETY: the allocation holds `cap` bytes after the fixed part.
        unsafe { std::slice::from_raw_parts_mut(self.bytes.as_ptr() as *mut u8, self.cap) }
    }
}

#[repr(C)]
pub struct StrObj {
    pub hdr: Header,
    pub hash: Cell<u64>,
    pub byte_len: usize,
    /// Number of code points (== byte_len for ASCII).
    pub char_len: usize,
    pub data: [u8; 0],
}

impl StrObj {
    #[inline(always)]
    pub fn as_str(&self) -> &'static str {
        // SAFETY: the bytes after the fixed part are valid UTF-8 of byte_len bytes (checked at
        // construction) and live as long as the object.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(
                self.data.as_ptr(),
                self.byte_len,
            ))
        }
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.byte_len == self.char_len
    }
}

/// bytes: immutable, inline data.
#[repr(C)]
pub struct BytesObj {
    pub hdr: Header,
    pub hash: Cell<u64>,
    pub len: usize,
    pub data: [u8; 0],
}

impl BytesObj {
    #[inline(always)]
    pub fn bytes(&self) -> &'static [u8] {
        // SAFETY: `len` bytes follow the fixed part.
        unsafe { std::slice::from_raw_parts(self.data.as_ptr(), self.len) }
    }
}

/// bytearray: growable, data in a RawData block.
#[repr(C)]
pub struct ByteArrayObj {
    pub hdr: Header,
    pub len: usize,
    pub storage: Obj,
}

#[repr(C)]
pub struct BigIntObj {
    pub hdr: Header,
    /// Values that fit an i64 (but not a small int) are kept here, with `value` zero (owning no
    /// memory): arithmetic just past the 48-bit small-int range (hashes, 64-bit masks) then
    /// costs one GC allocation, no malloc.
    pub is_word: bool,
    pub word: i64,
    /// The value when `is_word` is false (then it does not fit an i64).
    pub value: num_bigint::BigInt,
}

#[repr(C)]
pub struct ComplexObj {
    pub hdr: Header,
    pub re: f64,
    pub im: f64,
}

#[repr(C)]
pub struct TupleObj {
    pub hdr: Header,
    pub len: usize,
    pub items: [Obj; 0],
}

impl TupleObj {
    #[inline(always)]
    pub fn items(&self) -> &'static [Obj] {
        // SAFETY: `len` slots follow the fixed part.
        unsafe { std::slice::from_raw_parts(self.items.as_ptr(), self.len) }
    }
    #[inline(always)]
    pub fn items_mut(&self) -> &'static mut [Obj] {
        // SAFETY: as above; only used while building a fresh tuple.
        unsafe { std::slice::from_raw_parts_mut(self.items.as_ptr() as *mut Obj, self.len) }
    }
}

#[repr(C)]
pub struct ListObj {
    pub hdr: Header,
    pub len: usize,
    /// A ValueArray (or NULL when empty with no capacity).
    pub storage: Obj,
}

impl ListObj {
    #[inline(always)]
    pub fn items(&self) -> &'static mut [Obj] {
        if self.storage.is_null() {
            return &mut [];
        }
        &mut cast::<ValueArray>(self.storage).slots()[..self.len]
    }
    #[inline(always)]
    pub fn capacity(&self) -> usize {
        if self.storage.is_null() {
            0
        } else {
            cast::<ValueArray>(self.storage).cap
        }
    }
}

/// dict: an insertion-ordered hash table in `table` (a DictTable).
#[repr(C)]
pub struct DictObj {
    pub hdr: Header,
    pub len: usize,
    pub table: Obj,
}

/// set and frozenset: an open-addressing table laid out like CPython's setobject.c, so that
/// iteration follows the same (hash) order. Slot i is empty when `keys[i]` is NULL and its hash
/// is 0, a deleted ("dummy") slot when the key is NULL and the hash is `SET_DUMMY_HASH`.
#[repr(C)]
pub struct SetObj {
    pub hdr: Header,
    /// Active entries.
    pub used: usize,
    /// Active plus dummy entries.
    pub fill: usize,
    /// Number of slots - 1 (the table size is a power of two).
    pub mask: usize,
    /// Where set.pop() starts its search.
    pub finger: usize,
    /// ValueArray of mask+1 keys.
    pub keys: Obj,
    /// RawData of mask+1 native-endian u64 hashes.
    pub hashes: Obj,
}

/// The hash stored in a deleted set slot (never the hash of a live key).
pub const SET_DUMMY_HASH: u64 = u64::MAX;

/// Layout of the hash table block: index array (i32, -1 empty, -2 deleted) then entries.
#[repr(C)]
pub struct DictTable {
    pub hdr: Header,
    /// Number of index slots (power of two).
    pub n_index: usize,
    /// Capacity of the entry array.
    pub cap: usize,
    /// Entries used so far (including deleted ones).
    pub used: usize,
    pub data: [u64; 0],
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct DictEntry {
    pub hash: u64,
    /// NULL when deleted.
    pub key: Obj,
    pub value: Obj,
}

impl DictTable {
    #[inline(always)]
    pub fn index(&self) -> &'static mut [i32] {
        // SAFETY: the block holds n_index i32 slots first (padded to 8 bytes).
        unsafe { std::slice::from_raw_parts_mut(self.data.as_ptr() as *mut i32, self.n_index) }
    }
    #[inline(always)]
    pub fn entries(&self) -> &'static mut [DictEntry] {
        let off = (self.n_index * 4).div_ceil(8);
        // SAFETY: after the index array come `cap` entries.
        unsafe {
            std::slice::from_raw_parts_mut(
                (self.data.as_ptr() as *mut u64).add(off) as *mut DictEntry,
                self.cap,
            )
        }
    }
}

pub mod tflags {
    /// A built-in type (its instances are of the type's `base_kind`).
    pub const BUILTIN: u32 = 1;
    /// Instances of this type (or a subclass) are exceptions.
    pub const EXCEPTION: u32 = 2;
    /// Defined in Python (class statement).
    pub const HEAP: u32 = 4;
    /// The class (or a base) defines __getattr__.
    pub const HAS_GETATTR: u32 = 8;
    /// The class (or a base) defines __setattr__ or __delattr__.
    pub const HAS_SETATTR: u32 = 16;
    /// Subclasses may be created.
    pub const BASETYPE: u32 = 32;
}

#[repr(C)]
pub struct TypeObj {
    pub hdr: Header,
    pub name: Obj,
    pub bases: Obj,
    pub mro: Obj,
    pub dict: Obj,
    /// The kind instances of this type have (Instance for plain Python classes).
    pub base_kind: ObjKind,
    pub flags: Cell<u32>,
    /// For Python classes deriving from a built-in type other than object: that type.
    pub native_base: Obj,
    /// Instance attribute layout: dict name -> slot index (append-only), or NULL.
    pub layout: Obj,
    /// Instantiation cache (runtime/call.rs `type_call`): the Python `__init__` function of a
    /// plain Python class with the default `__new__`, valid while `vm.class_version` equals
    /// `init_version`; NULL when not cached.
    pub init_fn: Cell<Obj>,
    pub init_version: Cell<u64>,
}

/// An instance of a Python class. `native` holds the built-in base value (a list for
/// `class L(list)`), or NULL.
#[repr(C)]
pub struct InstanceObj {
    pub hdr: Header,
    /// The attribute dict once materialised (`__dict__` used, or attributes out of layout
    /// order); NULL while attributes live in `slots`.
    pub dict: Obj,
    pub native: Obj,
    /// ValueArray of attribute values indexed by the class layout (runtime/instance.rs).
    pub slots: Obj,
    /// Number of layout slots in use (attributes were set in layout order).
    pub used: usize,
}

#[repr(C)]
pub struct ExceptionObj {
    pub hdr: Header,
    pub args: Obj,
    /// A list of (filename, line, function name) tuples, innermost last, or NULL.
    pub traceback: Obj,
    pub cause: Obj,
    pub context: Obj,
    pub dict: Obj,
    pub suppress_context: bool,
}

#[repr(C)]
pub struct FunctionObj {
    pub hdr: Header,
    /// The Code object.
    pub code: Obj,
    /// The globals dict of the defining module.
    pub globals: Obj,
    /// Tuple of default positional values, or NULL.
    pub defaults: Obj,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Obj,
    /// Tuple of closed-over cells, or NULL.
    pub closure: Obj,
    /// Attribute dict (function attributes), NULL until used.
    pub dict: Obj,
    /// Compiled machine code for this function (owned by the tier), or null.
    pub native: Cell<*const u8>,
}

#[repr(C)]
pub struct BoundMethodObj {
    pub hdr: Header,
    pub func: Obj,
    pub self_: Obj,
}

/// A built-in function: positional args, then keyword args as a flat [key, value, ...] slice.
pub type NativeFn = fn(&mut crate::vm::Vm, &[Obj], Kw) -> crate::vm::PyResult;

/// Keyword arguments of a call: a flat slice of (key str, value) pairs.
#[derive(Clone, Copy, Default)]
pub struct Kw<'a>(pub &'a [Obj]);

impl<'a> Kw<'a> {
    pub const NONE: Kw<'static> = Kw(&[]);
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len() / 2
    }
    /// (key, value) pairs; keys are str objects.
    pub fn iter(&self) -> impl Iterator<Item = (Obj, Obj)> + 'a {
        self.0.chunks_exact(2).map(|c| (c[0], c[1]))
    }
    /// The value passed for keyword `name`, if any.
    pub fn get(&self, name: &str) -> Option<Obj> {
        self.iter()
            .find(|(k, _)| is_kind(*k, ObjKind::Str) && cast::<StrObj>(*k).as_str() == name)
            .map(|(_, v)| v)
    }
}

#[repr(C)]
pub struct BuiltinFnObj {
    pub hdr: Header,
    pub name: &'static str,
    pub func: NativeFn,
    /// Extra data some builtins carry (e.g. the type a method belongs to), or NULL.
    pub data: Obj,
}

#[repr(C)]
pub struct CodeObj {
    pub hdr: Header,
    pub info: Box<crate::vm::code::CodeInfo>,
}

#[repr(C)]
pub struct ModuleObj {
    pub hdr: Header,
    pub name: Obj,
    pub dict: Obj,
}

#[repr(C)]
pub struct CellObj {
    pub hdr: Header,
    pub value: Obj,
}

#[repr(C)]
pub struct GeneratorObj {
    pub hdr: Header,
    pub func: Obj,
    /// The state slots, inside this allocation, after the object (and its `NativeFrame` when
    /// `native`): n_state slots, then 3 slots per exception-stack entry (`slots`).
    pub state: *mut Obj,
    /// Saved instruction pointer (offset into the bytecode), or usize::MAX when finished.
    pub ip: usize,
    /// Saved stack pointer (index of TOS in state, -1 when empty).
    pub sp: isize,
    /// The sub-generator when suspended at YIELD_FROM on a generator (it is at state[sp - 1]),
    /// else NULL; set each time the frame yields (runtime/gen.rs `run`), read only while the
    /// generator is suspended (`resumable`), so resuming it can go straight to the
    /// sub-generator.
    pub yf: Obj,
    pub exc_sp: u32,
    pub running: bool,
    pub started: bool,
    /// The code has machine code: a `NativeFrame` follows the object (runtime/funtable.rs
    /// `generator_frame`), built when the generator is made and reused by every resume.
    pub native: bool,
}

impl GeneratorObj {
    /// The state slots (n_state, then the exception stack).
    #[inline]
    pub fn slots(&self) -> &[Obj] {
        if self.func.is_null() {
            return &[];
        }
        let code = crate::vm::code::code_info(cast::<FunctionObj>(self.func).code);
        let n = code.n_state + 3 * code.n_exc_stack;
        // SAFETY: `state` points at the slots allocated with the object for its function's code
        // (new_generator), which never changes.
        unsafe { std::slice::from_raw_parts(self.state, n) }
    }
}

#[repr(C)]
pub struct RangeObj {
    pub hdr: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

#[repr(C)]
pub struct SliceObj {
    pub hdr: Header,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

/// Built-in iterators: `kind` says over what; `seq` is the sequence, `pos`/`end`/`step` the state.
#[repr(C)]
pub struct IterObj {
    pub hdr: Header,
    pub kind: IterKind,
    pub seq: Obj,
    pub aux: Obj,
    pub pos: i64,
    pub end: i64,
    pub step: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum IterKind {
    Range,
    List,
    Tuple,
    Str,
    Bytes,
    DictKeys,
    DictValues,
    DictItems,
    /// Calls `seq.__getitem__(pos)` until IndexError.
    GetItem,
    /// `iter(callable, sentinel)`.
    Callable,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
}

#[repr(C)]
pub struct PropertyObj {
    pub hdr: Header,
    pub fget: Obj,
    pub fset: Obj,
    pub fdel: Obj,
    pub doc: Obj,
}

/// classmethod and staticmethod wrappers.
#[repr(C)]
pub struct WrapperObj {
    pub hdr: Header,
    pub func: Obj,
}

#[repr(C)]
pub struct SuperObj {
    pub hdr: Header,
    pub ty: Obj,
    pub obj: Obj,
}

/// A Rust value the GC owns: module-defined types implement this.
pub trait NativeData: Any {
    /// Report every Obj this value holds.
    fn trace(&self, heap: &mut Heap);
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

#[repr(C)]
pub struct NativeObj {
    pub hdr: Header,
    pub data: Box<dyn NativeData>,
    /// Instance dict for Python subclasses, or NULL.
    pub dict: Obj,
}

// ------------------------------------------------------------------------------------------------
// Tracing and finalisation (called by the heap).

#[inline(always)]
pub fn mark_obj(heap: &mut Heap, o: Obj) {
    if o.is_ptr() {
        heap.mark(o.ptr());
    }
}

/// Mark every object `h` refers to.
///
/// # Safety
/// `h` is the header of a live heap object.
pub unsafe fn trace_children(h: *mut Header, heap: &mut Heap) {
    let o = Obj::from_ptr(h);
    // SAFETY: the caller guarantees h is live.
    let hdr = unsafe { &*h };
    mark_obj(heap, hdr.ty);
    match hdr.kind {
        ObjKind::RawData
        | ObjKind::Str
        | ObjKind::Bytes
        | ObjKind::BigInt
        | ObjKind::Complex
        | ObjKind::Range => {}
        ObjKind::ValueArray => {
            for &x in cast::<ValueArray>(o).slots().iter() {
                mark_obj(heap, x);
            }
        }
        ObjKind::DictTable => {
            let t = cast::<DictTable>(o);
            for e in &t.entries()[..t.used] {
                mark_obj(heap, e.key);
                mark_obj(heap, e.value);
            }
        }
        ObjKind::ByteArray => mark_obj(heap, cast::<ByteArrayObj>(o).storage),
        ObjKind::Tuple => {
            for &x in cast::<TupleObj>(o).items() {
                mark_obj(heap, x);
            }
        }
        ObjKind::List => mark_obj(heap, cast::<ListObj>(o).storage),
        ObjKind::Dict => mark_obj(heap, cast::<DictObj>(o).table),
        ObjKind::Set | ObjKind::FrozenSet => {
            let s = cast::<SetObj>(o);
            mark_obj(heap, s.keys);
            mark_obj(heap, s.hashes);
        }
        ObjKind::Type => {
            let t = cast::<TypeObj>(o);
            for x in [t.name, t.bases, t.mro, t.dict, t.native_base, t.layout] {
                mark_obj(heap, x);
            }
        }
        ObjKind::Instance => {
            let i = cast::<InstanceObj>(o);
            mark_obj(heap, i.dict);
            mark_obj(heap, i.native);
            mark_obj(heap, i.slots);
        }
        ObjKind::Exception => {
            let e = cast::<ExceptionObj>(o);
            for x in [e.args, e.traceback, e.cause, e.context, e.dict] {
                mark_obj(heap, x);
            }
        }
        ObjKind::Function => {
            let f = cast::<FunctionObj>(o);
            for x in [
                f.code,
                f.globals,
                f.defaults,
                f.kwdefaults,
                f.closure,
                f.dict,
            ] {
                mark_obj(heap, x);
            }
        }
        ObjKind::BoundMethod => {
            let m = cast::<BoundMethodObj>(o);
            mark_obj(heap, m.func);
            mark_obj(heap, m.self_);
        }
        ObjKind::BuiltinFn => mark_obj(heap, cast::<BuiltinFnObj>(o).data),
        ObjKind::Code => cast::<CodeObj>(o).info.trace(heap),
        ObjKind::Module => {
            let m = cast::<ModuleObj>(o);
            mark_obj(heap, m.name);
            mark_obj(heap, m.dict);
        }
        ObjKind::Cell => mark_obj(heap, cast::<CellObj>(o).value),
        ObjKind::Generator => {
            let g = cast::<GeneratorObj>(o);
            mark_obj(heap, g.func);
            mark_obj(heap, g.yf);
            for &x in g.slots() {
                mark_obj(heap, x);
            }
            if g.native {
                // The frame's own words (func, globals, builtins) are reachable from the
                // function; these two hold values while the generator runs.
                let nf = crate::runtime::funtable::generator_frame(g);
                // SAFETY: a native generator is allocated with its frame after it.
                let (pending, ret_val) = unsafe { ((*nf).pending, (*nf).ret_val) };
                mark_obj(heap, pending);
                mark_obj(heap, ret_val);
            }
        }
        ObjKind::Slice => {
            let s = cast::<SliceObj>(o);
            for x in [s.start, s.stop, s.step] {
                mark_obj(heap, x);
            }
        }
        ObjKind::Iter => {
            let i = cast::<IterObj>(o);
            mark_obj(heap, i.seq);
            mark_obj(heap, i.aux);
        }
        ObjKind::Property => {
            let p = cast::<PropertyObj>(o);
            for x in [p.fget, p.fset, p.fdel, p.doc] {
                mark_obj(heap, x);
            }
        }
        ObjKind::ClassMethod | ObjKind::StaticMethod => mark_obj(heap, cast::<WrapperObj>(o).func),
        ObjKind::Super => {
            let s = cast::<SuperObj>(o);
            mark_obj(heap, s.ty);
            mark_obj(heap, s.obj);
        }
        ObjKind::Native => {
            let n = cast::<NativeObj>(o);
            n.data.trace(heap);
            mark_obj(heap, n.dict);
        }
    }
}

/// Run the Rust destructor of an unreachable object (kinds that own Rust memory).
///
/// # Safety
/// `h` is the header of an unreachable heap object, finalised once.
pub unsafe fn finalize(h: *mut Header) {
    let o = Obj::from_ptr(h);
    // SAFETY: the caller guarantees h is a valid, unreachable object; drop_in_place runs once.
    unsafe {
        match (*h).kind {
            ObjKind::BigInt => std::ptr::drop_in_place(&mut cast_mut::<BigIntObj>(o).value),
            ObjKind::Code => std::ptr::drop_in_place(&mut cast_mut::<CodeObj>(o).info),
            ObjKind::Native => std::ptr::drop_in_place(&mut cast_mut::<NativeObj>(o).data),
            _ => {}
        }
    }
}
