//! The virtual machine state: heap, built-in types, module table, interned strings, the value
//! stack, and allocation with garbage collection. Not the dispatch loop (vm/dispatch.rs).

pub mod code;
pub mod dispatch;
pub mod frame;
pub mod icache;

use crate::gc::Heap;
use crate::obj::*;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The intern table's hasher: FxHash's mixing over 8 bytes at a time (names are short and not
/// adversarial; SipHash cost more than the rest of a `getattr` by a run-time built name).
#[derive(Default, Clone, Copy)]
pub struct NameHasher(u64);

type BuildNameHasher = BuildHasherDefault<NameHasher>;

impl NameHasher {
    #[inline(always)]
    fn mix(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.mix(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.mix(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// An exception in flight: the exception instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr(pub Obj);

pub type PyResult<T = Obj> = Result<T, PyErr>;

/// The built-in type objects, reachable by name from Rust.
#[derive(Default)]
pub struct Types {
    pub object: Obj,
    pub type_: Obj,
    pub none: Obj,
    pub bool_: Obj,
    pub int: Obj,
    pub float: Obj,
    pub complex: Obj,
    pub str_: Obj,
    pub bytes: Obj,
    pub bytearray: Obj,
    pub tuple: Obj,
    pub list: Obj,
    pub dict: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub function: Obj,
    pub bound_method: Obj,
    pub builtin_function: Obj,
    pub code: Obj,
    pub module: Obj,
    pub cell: Obj,
    pub generator: Obj,
    pub iterator: Obj,
    pub property: Obj,
    pub classmethod: Obj,
    pub staticmethod: Obj,
    pub super_: Obj,
    pub ellipsis: Obj,
    pub not_implemented: Obj,
    pub raw: Obj,
    pub memoryview: Obj,
    pub dict_keys: Obj,
    pub dict_values: Obj,
    pub dict_items: Obj,
    pub enumerate: Obj,
    pub zip: Obj,
    pub map: Obj,
    pub filter: Obj,
    pub reversed: Obj,
    /// Iterator types named as CPython names them (list_iterator, range_iterator, ...).
    pub iter_types: [Obj; ITER_TYPE_NAMES.len()],
}

/// CPython's names of the built-in iterator types, indexed by `iter_type_index`.
pub const ITER_TYPE_NAMES: [&str; 13] = [
    "list_iterator",
    "tuple_iterator",
    "str_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "callable_iterator",
    "iterator",
];

/// The built-in exception classes used by the runtime itself.
#[derive(Default)]
pub struct ExcTypes {
    pub base_exception: Obj,
    pub exception: Obj,
    pub system_exit: Obj,
    pub keyboard_interrupt: Obj,
    pub generator_exit: Obj,
    pub stop_iteration: Obj,
    pub arithmetic_error: Obj,
    pub overflow_error: Obj,
    pub zero_division_error: Obj,
    pub assertion_error: Obj,
    pub attribute_error: Obj,
    pub eof_error: Obj,
    pub import_error: Obj,
    pub lookup_error: Obj,
    pub index_error: Obj,
    pub key_error: Obj,
    pub memory_error: Obj,
    pub name_error: Obj,
    pub os_error: Obj,
    pub runtime_error: Obj,
    pub not_implemented_error: Obj,
    pub recursion_error: Obj,
    pub syntax_error: Obj,
    pub indentation_error: Obj,
    pub type_error: Obj,
    pub value_error: Obj,
    pub unicode_error: Obj,
    pub unbound_local_error: Obj,
    pub module_not_found_error: Obj,
}

/// Options fixed at start-up.
#[derive(Clone, Debug)]
pub struct VmOptions {
    pub heap_size: usize,
    pub emit: crate::code::EmitKind,
    pub opt_level: u8,
    pub verbose: u8,
    /// Run .mpy files from a read-only mapping (true) or copy them into RAM (false).
    pub mpy_in_place: bool,
    /// Maximum native stack the interpreter may use, in bytes.
    pub stack_limit: usize,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            heap_size: 128 << 20,
            emit: crate::code::EmitKind::Bytecode,
            opt_level: 0,
            verbose: 0,
            mpy_in_place: true,
            stack_limit: 200 << 20,
        }
    }
}

/// The hook a machine-code tier plugs in (implemented by adder-jit; the interpreter never
/// depends on it).
pub trait Tier {
    /// Compile a function's code for `emit`; Err carries a reason shown to the user.
    fn compile(&self, vm: &mut Vm, code: Obj, emit: crate::code::EmitKind) -> Result<(), String>;
    /// Install machine code loaded from one of our native .mpy blocks (mpy/native.rs) for
    /// `code`, which holds the bytecode it was emitted from. The default keeps the bytecode.
    fn install(&self, _vm: &mut Vm, _code: Obj, _machine_code: &[u8]) -> Result<(), String> {
        Ok(())
    }
    /// A module's code tree was just built (`root` is its top-level code): a tier may compile
    /// its functions ahead, together (one executable mapping per module). Failures are silent:
    /// `compile` runs again when each function is made and reports them then.
    fn prepare_module(&self, _vm: &mut Vm, _root: Obj) {}
}

/// Let the tier (if any) see a freshly built module code tree.
pub fn prepare_module(vm: &mut Vm, root: Obj) {
    if let Some(tier) = vm.tier.take() {
        tier.prepare_module(vm, root);
        vm.tier = Some(tier);
    }
}

pub struct Vm {
    pub heap: Heap,
    pub types: Types,
    pub exc: ExcTypes,
    pub builtins: Obj,
    pub builtins_module: Obj,
    /// sys.modules
    pub modules: Obj,
    pub sys_path: Obj,
    pub sys_argv: Obj,
    pub sys_module: Obj,
    pub main_module: Obj,
    interned: HashMap<&'static str, Obj, BuildNameHasher>,
    /// Pre-interned names the runtime uses often.
    pub names: crate::runtime::names::Names,
    /// The value stack shared by all bytecode frames (locals and operands).
    pub stack: Vec<Obj>,
    /// Index of the first free slot of `stack`.
    pub stack_top: usize,
    /// `stack`'s data pointer and length as plain words (machine code's direct calls reserve
    /// frames with them; the Vec is never reallocated).
    pub stack_raw: *mut Obj,
    pub stack_slots: usize,
    /// Objects Rust code keeps alive temporarily (precise roots).
    pub tmp_roots: Vec<Obj>,
    /// The exception being handled (for bare `raise` and context chaining), per handler nesting.
    pub handling: Vec<Obj>,
    /// Address of the outermost interpreter frame on the native stack.
    pub stack_base: usize,
    pub opts: VmOptions,
    pub tier: Option<Box<dyn Tier>>,
    /// Call depth of Python frames (for the recursion limit).
    pub depth: usize,
    pub max_depth: usize,
    /// Pre-allocated MemoryError instance (raised when even allocating an exception fails).
    pub memory_error_instance: Obj,
    /// Counter bumped on every class attribute change (invalidates method caches).
    pub class_version: u64,
    /// Extra precise roots registered by modules (e.g. module-level caches).
    pub extra_roots: Vec<Obj>,
    /// Frozen .mpy images by path below the `.frozen` sys.path entry without `.py`: `mod`,
    /// `pkg/__init__`, `pkg/sub` (runtime/import.rs).
    pub frozen: HashMap<String, &'static [u8]>,
    /// Heap lock depth (micropython.heap_lock).
    pub heap_lock: usize,
    /// Containers being repr'd (to print `[...]` for cycles).
    pub repr_active: Vec<Obj>,
    /// Globals dict of the innermost running Python frame.
    pub cur_globals: Obj,
    /// Types created by built-in modules, by name (e.g. "deque", "StringIO").
    pub module_types: HashMap<&'static str, Obj>,
    /// Cache of type attribute lookups (runtime/types.rs); values are also in type dicts, so
    /// it holds no roots, and entries are only trusted when their version is current.
    pub attr_cache: Box<[crate::runtime::types::AttrCacheEntry]>,
}

/// Smallest `-X heapsize` accepted: what start-up allocates, with room to spare.
pub const MIN_HEAP_BYTES: usize = 192 << 10;

impl Vm {
    /// A VM with built-in types, builtins and sys initialised. `stack_base` must be the address
    /// of a local in the outermost frame that will run Python code.
    pub fn new(opts: VmOptions) -> Result<Box<Vm>, String> {
        if opts.heap_size < MIN_HEAP_BYTES {
            // The built-in types, functions and modules created at start-up live in the heap
            // (about 110 KiB): refuse clearly instead of running out half-way through.
            return Err(format!(
                "heap size {} is too small: start-up needs at least {} bytes",
                opts.heap_size, MIN_HEAP_BYTES
            ));
        }
        let heap = Heap::new(opts.heap_size).map_err(|e| format!("cannot map heap: {e}"))?;
        let mut vm = Box::new(Vm {
            heap,
            types: Types::default(),
            exc: ExcTypes::default(),
            builtins: Obj::NULL,
            builtins_module: Obj::NULL,
            modules: Obj::NULL,
            sys_path: Obj::NULL,
            sys_argv: Obj::NULL,
            sys_module: Obj::NULL,
            main_module: Obj::NULL,
            interned: HashMap::default(),
            names: Default::default(),
            stack: vec![Obj::NULL; 1 << 20],
            stack_top: 0,
            stack_raw: std::ptr::null_mut(),
            stack_slots: 0,
            tmp_roots: Vec::new(),
            handling: Vec::new(),
            stack_base: crate::gc::stack_pointer(),
            opts,
            tier: None,
            depth: 0,
            max_depth: 10_000,
            memory_error_instance: Obj::NULL,
            class_version: 0,
            extra_roots: Vec::new(),
            frozen: HashMap::new(),
            heap_lock: 0,
            repr_active: Vec::new(),
            cur_globals: Obj::NULL,
            module_types: HashMap::new(),
            attr_cache: vec![Default::default(); crate::runtime::types::ATTR_CACHE_SIZE]
                .into_boxed_slice(),
        });
        vm.stack_raw = vm.stack.as_mut_ptr();
        vm.stack_slots = vm.stack.len();
        crate::runtime::init::init_vm(&mut vm);
        Ok(vm)
    }

    // --------------------------------------------------------------------------------------------
    // Allocation

    /// Allocate an object of `size` bytes with the given kind and type. Collects garbage when the
    /// heap is full; raises MemoryError when that does not help.
    #[inline]
    pub fn alloc_raw(&mut self, size: usize, kind: ObjKind, ty: Obj) -> PyResult<*mut Header> {
        if self.heap_lock > 0 {
            return Err(self.memory_error());
        }
        if self.heap.wants_collect() {
            self.collect();
        }
        let h = match self.heap.alloc(size) {
            Some(h) => h,
            None => {
                self.collect();
                match self.heap.alloc(size) {
                    Some(h) => h,
                    None => return Err(self.memory_error()),
                }
            }
        };
        // SAFETY: `h` is a fresh zeroed allocation of at least `size` >= header bytes.
        unsafe {
            (*h).kind = kind;
            (*h).ty = ty;
        }
        Ok(h)
    }

    /// Allocate a fixed-size object `T` (a `#[repr(C)]` struct starting with a Header) with
    /// `extra` trailing bytes; all fields start zeroed (Obj fields are NULL).
    #[inline]
    pub fn alloc<T>(&mut self, kind: ObjKind, ty: Obj, extra: usize) -> PyResult<&'static mut T> {
        let h = self.alloc_raw(std::mem::size_of::<T>() + extra, kind, ty)?;
        // SAFETY: the allocation is large enough for T and zeroed; T's fields are plain data for
        // which all-zero is a valid value (Obj NULL, integers 0, Cell 0) or are written by the
        // caller before use (Box fields: callers use ptr::write).
        Ok(unsafe { &mut *(h as *mut T) })
    }

    fn memory_error(&mut self) -> PyErr {
        PyErr(self.memory_error_instance)
    }

    /// Run a full collection now.
    pub fn collect(&mut self) {
        if std::env::var_os("ADDER_GC_TRACE").is_some() {
            eprintln!(
                "gc: collection {} used {} KiB",
                self.heap.collections + 1,
                self.heap.used_bytes() >> 10
            );
        }
        let regs = crate::gc::spill_registers();
        std::hint::black_box(&regs);
        let sp = crate::gc::stack_pointer();
        self.mark_roots();
        // SAFETY: sp..stack_base is this thread's live stack (stack_base was recorded by the
        // outermost interpreter frame; sp is a local of this function, deeper than every caller).
        unsafe { self.heap.scan_range_conservative(sp, self.stack_base) };
        self.heap.trace_all();
        self.heap.sweep();
    }

    fn mark_roots(&mut self) {
        let roots: Vec<Obj> = self.root_list();
        for r in roots {
            mark_obj(&mut self.heap, r);
        }
        for i in 0..self.stack_top {
            let o = self.stack[i];
            mark_obj(&mut self.heap, o);
        }
        for i in 0..self.tmp_roots.len() {
            let o = self.tmp_roots[i];
            mark_obj(&mut self.heap, o);
        }
        for i in 0..self.handling.len() {
            let o = self.handling[i];
            mark_obj(&mut self.heap, o);
        }
        for i in 0..self.extra_roots.len() {
            let o = self.extra_roots[i];
            mark_obj(&mut self.heap, o);
        }
        for i in 0..self.repr_active.len() {
            let o = self.repr_active[i];
            mark_obj(&mut self.heap, o);
        }
        let cg = self.cur_globals;
        mark_obj(&mut self.heap, cg);
        let mt: Vec<Obj> = self.module_types.values().copied().collect();
        for o in mt {
            mark_obj(&mut self.heap, o);
        }
        for o in self.names.all() {
            mark_obj(&mut self.heap, o);
        }
        let interned: Vec<Obj> = self.interned.values().copied().collect();
        for o in interned {
            mark_obj(&mut self.heap, o);
        }
    }

    fn root_list(&self) -> Vec<Obj> {
        let t = &self.types;
        let e = &self.exc;
        let mut v = vec![
            self.builtins,
            self.builtins_module,
            self.modules,
            self.sys_path,
            self.sys_argv,
            self.sys_module,
            self.main_module,
            self.memory_error_instance,
        ];
        v.extend([
            t.object,
            t.type_,
            t.none,
            t.bool_,
            t.int,
            t.float,
            t.complex,
            t.str_,
            t.bytes,
            t.bytearray,
            t.tuple,
            t.list,
            t.dict,
            t.set,
            t.frozenset,
            t.range,
            t.slice,
            t.function,
            t.bound_method,
            t.builtin_function,
            t.code,
            t.module,
            t.cell,
            t.generator,
            t.iterator,
            t.property,
            t.classmethod,
            t.staticmethod,
            t.super_,
            t.ellipsis,
            t.not_implemented,
            t.raw,
            t.memoryview,
            t.dict_keys,
            t.dict_values,
            t.dict_items,
            t.enumerate,
            t.zip,
            t.map,
            t.filter,
            t.reversed,
        ]);
        v.extend_from_slice(&t.iter_types);
        v.extend([
            e.base_exception,
            e.exception,
            e.system_exit,
            e.keyboard_interrupt,
            e.generator_exit,
            e.stop_iteration,
            e.arithmetic_error,
            e.overflow_error,
            e.zero_division_error,
            e.assertion_error,
            e.attribute_error,
            e.eof_error,
            e.import_error,
            e.lookup_error,
            e.index_error,
            e.key_error,
            e.memory_error,
            e.name_error,
            e.os_error,
            e.runtime_error,
            e.not_implemented_error,
            e.recursion_error,
            e.syntax_error,
            e.indentation_error,
            e.type_error,
            e.value_error,
            e.unicode_error,
            e.unbound_local_error,
            e.module_not_found_error,
        ]);
        v
    }

    // --------------------------------------------------------------------------------------------
    // Strings and interning

    /// The interned string object for `s` (created on first use; never freed).
    pub fn intern(&mut self, s: &str) -> Obj {
        if let Some(&o) = self.interned.get(s) {
            return o;
        }
        let o = crate::runtime::str::new_str_raw(self, s).expect("out of memory while interning");
        header_mut(o).flags |= hflags::INTERNED;
        let key: &'static str = cast::<StrObj>(o).as_str();
        self.interned.insert(key, o);
        o
    }

    /// The interned version of a str object, if one exists (for fast identity comparisons).
    pub fn lookup_interned(&self, s: &str) -> Option<Obj> {
        self.interned.get(s).copied()
    }

    /// The globals dict of the running Python code (the main module's before any runs).
    pub fn current_globals(&self) -> Obj {
        if !self.cur_globals.is_null() {
            self.cur_globals
        } else if !self.main_module.is_null() {
            cast::<ModuleObj>(self.main_module).dict
        } else {
            self.builtins
        }
    }

    /// Check the call depth (`vm.depth`, already counting the frame about to run) against the
    /// recursion limit, then the native stack (`check_stack`).
    #[inline]
    pub fn check_depth(&mut self) -> PyResult<()> {
        if self.depth > self.max_depth {
            return Err(
                self.new_exc_msg(self.exc.recursion_error, "maximum recursion depth exceeded")
            );
        }
        self.check_stack()
    }

    /// Check how deep the native stack is; raise RuntimeError before it overflows.
    #[inline]
    pub fn check_stack(&mut self) -> PyResult<()> {
        // The address of a local of the caller's frame: close enough to the stack pointer for a
        // limit with a safety margin, and no call (`gc::stack_pointer` is a call so that a
        // collection's scan starts below its caller's frame).
        let here = 0u8;
        let sp = std::hint::black_box(&here) as *const u8 as usize;
        if self.stack_base.saturating_sub(sp) > self.opts.stack_limit {
            return Err(
                self.new_exc_msg(self.exc.recursion_error, "maximum recursion depth exceeded")
            );
        }
        Ok(())
    }
}

#[inline(always)]
pub fn header_mut(o: Obj) -> &'static mut Header {
    // SAFETY: o is a heap pointer (callers check); single-threaded access.
    unsafe { &mut *o.ptr::<Header>() }
}
