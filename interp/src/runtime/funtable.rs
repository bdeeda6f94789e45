//! The FunTable: the one list of `extern "C"` entry points machine code calls (by index, through
//! a register), the native frame they share with it, and how a compiled function is called.
//! Not the semantics of the operations (the runtime functions they wrap) nor any code generation.
//!
//! Conventions (design.md §1): every entry takes the `NativeFrame` first. An entry that can fail
//! returns `Obj::NULL` (or a negative code for the control entries) and leaves the exception in
//! `NativeFrame::pending`; Rust never unwinds through machine code. Control entries return a
//! bytecode offset to continue at (>= 0), `EXIT_ERR` (leave with `pending`), `EXIT_RET` (return
//! `ret_val`) or `FALL_THROUGH`.

use crate::bytecode::{op, BinaryOp, UnaryOp};
use crate::obj::*;
use crate::runtime as rt;
use crate::vm::code::{CodeInfo, DirectInfo};
use crate::vm::frame::{bind_args, frame_slots, push_slots};
use crate::vm::icache;
use crate::vm::{PyErr, PyResult, Vm};

/// Control results (see the module doc).
pub const EXIT_ERR: isize = -1;
pub const FALL_THROUGH: isize = -2;
pub const EXIT_RET: isize = -3;
/// Returned by `for_iter` when the iterator is exhausted (never a valid object word).
pub const ITER_STOP: Obj = Obj(0x2a);
/// Exception-stack handler word: bit 0 marks a finally-type entry (as in the interpreter).
const EXC_FINALLY: i64 = 1;

/// The activation record shared by machine code and the entries. Machine code reaches everything
/// (FunTable, state, qstrs, constants) through it: no absolute address is ever emitted.
#[repr(C)]
pub struct NativeFrame {
    pub fun_table: *const FunTable,
    /// n_state slots (locals at the top, reversed; value stack from 0) then the exception stack.
    pub state: *mut Obj,
    /// The module's qstr table (interned str objects).
    pub qstrs: *const Obj,
    /// The module's constant table.
    pub consts: *const Obj,
    /// The exception raised by a failing entry.
    pub pending: Obj,
    /// The value being returned through `finally` blocks.
    pub ret_val: Obj,
    pub vm: *mut Vm,
    pub code: *const CodeInfo,
    pub func: Obj,
    pub globals: Obj,
    /// 3 words per exception-stack entry: handler (small int, bit 0 = finally), saved sp, exc.
    pub exc: *mut Obj,
    pub exc_sp: usize,
    /// Generators only. In: the bytecode offset to resume at (0 = start). The machine code sets
    /// it to `usize::MAX` on entry and, when it yields, to the offset to resume at next.
    pub gen_ip: usize,
    /// Generators only, set when yielding: index of TOS in the state array (the yielded value;
    /// `send` writes there).
    pub gen_sp: isize,
    /// The code's inline-cache entries (vm/icache.rs), read by machine code's cache probes.
    pub sites: *const icache::SiteCache,
    /// `&vm.class_version` (the caches' validity stamp).
    pub class_version: *const u64,
    /// The builtins dict (LOAD_GLOBAL's cache probe for names found there).
    pub builtins: Obj,
}

pub const NF_FUN_TABLE: i32 = std::mem::offset_of!(NativeFrame, fun_table) as i32;
pub const NF_STATE: i32 = std::mem::offset_of!(NativeFrame, state) as i32;
pub const NF_QSTRS: i32 = std::mem::offset_of!(NativeFrame, qstrs) as i32;
pub const NF_CONSTS: i32 = std::mem::offset_of!(NativeFrame, consts) as i32;
pub const NF_RET_VAL: i32 = std::mem::offset_of!(NativeFrame, ret_val) as i32;
pub const NF_PENDING: i32 = std::mem::offset_of!(NativeFrame, pending) as i32;
pub const NF_GEN_IP: i32 = std::mem::offset_of!(NativeFrame, gen_ip) as i32;
pub const NF_GEN_SP: i32 = std::mem::offset_of!(NativeFrame, gen_sp) as i32;
pub const NF_SITES: i32 = std::mem::offset_of!(NativeFrame, sites) as i32;
pub const NF_CLASS_VERSION: i32 = std::mem::offset_of!(NativeFrame, class_version) as i32;
/// Object layout read by machine code's inline-cache probes: the header's type word, an
/// instance's dict / slot array / used count, and the first item of a ValueArray.
pub const HDR_TY: i32 = std::mem::offset_of!(Header, ty) as i32;
pub const INST_DICT: i32 = std::mem::offset_of!(InstanceObj, dict) as i32;
pub const INST_SLOTS: i32 = std::mem::offset_of!(InstanceObj, slots) as i32;
pub const INST_USED: i32 = std::mem::offset_of!(InstanceObj, used) as i32;
pub const VALUES_ITEMS: i32 = std::mem::offset_of!(ValueArray, items) as i32;
/// A ValueArray's capacity (STORE_ATTR's append in machine code).
pub const VALUES_CAP: i32 = std::mem::offset_of!(ValueArray, cap) as i32;
pub const NF_GLOBALS: i32 = std::mem::offset_of!(NativeFrame, globals) as i32;
pub const NF_BUILTINS: i32 = std::mem::offset_of!(NativeFrame, builtins) as i32;
/// Dict layout read by machine code's LOAD_GLOBAL cache probe: the table of a dict, the table's
/// index size, capacity and data (index array of n_index i32 padded to 8 bytes, then entries).
pub const DICT_TABLE: i32 = std::mem::offset_of!(DictObj, table) as i32;
pub const DT_N_INDEX: i32 = std::mem::offset_of!(DictTable, n_index) as i32;
pub const DT_USED: i32 = std::mem::offset_of!(DictTable, used) as i32;
pub const DT_CAP: i32 = std::mem::offset_of!(DictTable, cap) as i32;
pub const DT_DATA: i32 = std::mem::offset_of!(DictTable, data) as i32;
pub const DE_KEY: i32 = std::mem::offset_of!(DictEntry, key) as i32;
pub const DE_VALUE: i32 = std::mem::offset_of!(DictEntry, value) as i32;
/// Object layout read by machine code's FOR_ITER fast path (range and list iterators).
pub const HDR_KIND: i32 = std::mem::offset_of!(Header, kind) as i32;
pub const KIND_ITER: u8 = ObjKind::Iter as u8;
/// GET_ITER in machine code: an iterator or a generator is its own iterator.
pub const KIND_GENERATOR: u8 = ObjKind::Generator as u8;
pub const ITER_KIND: i32 = std::mem::offset_of!(IterObj, kind) as i32;
pub const ITER_KIND_RANGE: u8 = IterKind::Range as u8;
pub const ITER_KIND_LIST: u8 = IterKind::List as u8;
pub const ITER_KIND_TUPLE: u8 = IterKind::Tuple as u8;
/// What a list iterator's position becomes when it is exhausted (iter.rs `iter_next`).
pub const ITER_LIST_DONE: i64 = i64::MAX / 2;
pub const ITER_SEQ: i32 = std::mem::offset_of!(IterObj, seq) as i32;
pub const ITER_POS: i32 = std::mem::offset_of!(IterObj, pos) as i32;
pub const ITER_END: i32 = std::mem::offset_of!(IterObj, end) as i32;
pub const ITER_STEP: i32 = std::mem::offset_of!(IterObj, step) as i32;
pub const KIND_LIST: u8 = ObjKind::List as u8;
pub const KIND_TUPLE: u8 = ObjKind::Tuple as u8;
pub const TUPLE_LEN: i32 = std::mem::offset_of!(TupleObj, len) as i32;
pub const TUPLE_ITEMS: i32 = std::mem::offset_of!(TupleObj, items) as i32;
pub const LIST_LEN: i32 = std::mem::offset_of!(ListObj, len) as i32;
pub const LIST_STORAGE: i32 = std::mem::offset_of!(ListObj, storage) as i32;
/// bytearray and bytes items (LOAD_SUBSCR / STORE_SUBSCR inline).
pub const KIND_BYTEARRAY: u8 = ObjKind::ByteArray as u8;
pub const KIND_BYTES: u8 = ObjKind::Bytes as u8;
pub const BA_LEN: i32 = std::mem::offset_of!(ByteArrayObj, len) as i32;
pub const BA_STORAGE: i32 = std::mem::offset_of!(ByteArrayObj, storage) as i32;
pub const RAW_BYTES: i32 = std::mem::offset_of!(RawData, bytes) as i32;
pub const BYTES_LEN: i32 = std::mem::offset_of!(BytesObj, len) as i32;
pub const BYTES_DATA: i32 = std::mem::offset_of!(BytesObj, data) as i32;
/// A DictEntry is 24 bytes (machine code indexes entries as 16 * i + 8 * i).
const _: () = assert!(std::mem::size_of::<DictEntry>() == 24);
/// Offset of a cell's value in a CellObj (LOAD_DEREF inline).
pub const CELL_VALUE: i32 = std::mem::offset_of!(CellObj, value) as i32;

// The direct native-to-native call (native.rs `direct_call` at the call site, `direct_entry` in
// the callee): the caller checks the callee object, the callee's direct entry reserves its frame
// area on the Vm stack and builds its NativeFrame in its machine stack frame, as `run_native`.
pub const NF_VM: i32 = std::mem::offset_of!(NativeFrame, vm) as i32;
pub const NF_CODE: i32 = std::mem::offset_of!(NativeFrame, code) as i32;
pub const NF_FUNC: i32 = std::mem::offset_of!(NativeFrame, func) as i32;
pub const NF_EXC: i32 = std::mem::offset_of!(NativeFrame, exc) as i32;
pub const NF_EXC_SP: i32 = std::mem::offset_of!(NativeFrame, exc_sp) as i32;
/// NativeFrame size in words (every field is one word).
pub const NF_WORDS: u32 = (std::mem::size_of::<NativeFrame>() / 8) as u32;
const _: () = assert!(std::mem::size_of::<NativeFrame>() == 8 * NF_WORDS as usize);
pub const KIND_FUNCTION: u8 = ObjKind::Function as u8;
/// A class called at a direct-call site (`new_instance`).
pub const KIND_TYPE: u8 = ObjKind::Type as u8;
/// The left operand of a binary operator whose method is called directly (`binary_dunder`).
pub const KIND_INSTANCE: u8 = ObjKind::Instance as u8;
/// LOAD_ATTR / LOAD_METHOD on a module (machine code's probe of icache::load_module_attr).
pub const KIND_MODULE: u8 = ObjKind::Module as u8;
pub const KIND_DICT: u8 = ObjKind::Dict as u8;
pub const MODULE_DICT: i32 = std::mem::offset_of!(ModuleObj, dict) as i32;
/// Call sites send builtin functions and methods (this kind) to `call_builtin`.
pub const KIND_BUILTIN_FN: u8 = ObjKind::BuiltinFn as u8;
pub const FUN_CODE: i32 = std::mem::offset_of!(FunctionObj, code) as i32;
pub const FUN_GLOBALS: i32 = std::mem::offset_of!(FunctionObj, globals) as i32;
pub const FUN_CLOSURE: i32 = std::mem::offset_of!(FunctionObj, closure) as i32;
/// The `Box<CodeInfo>` (a pointer) of a CodeObj.
pub const CODEOBJ_INFO: i32 = std::mem::offset_of!(CodeObj, info) as i32;
pub const CI_PLAIN_ARGS: i32 = std::mem::offset_of!(CodeInfo, plain_args) as i32;
const CI_DIRECT: usize = std::mem::offset_of!(CodeInfo, direct);
pub const CI_DIRECT_ENTRY: i32 = (CI_DIRECT + std::mem::offset_of!(DirectInfo, entry)) as i32;
pub const CI_DIRECT_QSTRS: i32 = (CI_DIRECT + std::mem::offset_of!(DirectInfo, qstrs)) as i32;
pub const CI_DIRECT_CONSTS: i32 = (CI_DIRECT + std::mem::offset_of!(DirectInfo, consts)) as i32;
pub const CI_DIRECT_SITES: i32 = (CI_DIRECT + std::mem::offset_of!(DirectInfo, sites)) as i32;
/// Vm fields (words) the direct entry reads and writes: the recursion depth and its limit, the
/// value stack's raw pointer, length and top, the native stack's base and limit, cur_globals.
pub const VM_DEPTH: i32 = std::mem::offset_of!(Vm, depth) as i32;
pub const VM_MAX_DEPTH: i32 = std::mem::offset_of!(Vm, max_depth) as i32;
pub const VM_STACK_RAW: i32 = std::mem::offset_of!(Vm, stack_raw) as i32;
pub const VM_STACK_SLOTS: i32 = std::mem::offset_of!(Vm, stack_slots) as i32;
pub const VM_STACK_TOP: i32 = std::mem::offset_of!(Vm, stack_top) as i32;
pub const VM_STACK_BASE: i32 = std::mem::offset_of!(Vm, stack_base) as i32;
pub const VM_STACK_LIMIT: i32 = (std::mem::offset_of!(Vm, opts)
    + std::mem::offset_of!(crate::vm::VmOptions, stack_limit))
    as i32;
pub const VM_CUR_GLOBALS: i32 = std::mem::offset_of!(Vm, cur_globals) as i32;
/// The layout words of the direct call, for the native ABI marker (mpy/native.rs).
pub const DIRECT_CALL_LAYOUT: [i32; 30] = [
    NF_VM,
    NF_CODE,
    NF_FUNC,
    NF_EXC,
    NF_EXC_SP,
    NF_WORDS as i32,
    KIND_FUNCTION as i32,
    KIND_TYPE as i32,
    KIND_INSTANCE as i32,
    KIND_MODULE as i32,
    KIND_DICT as i32,
    MODULE_DICT,
    KIND_BUILTIN_FN as i32,
    FUN_CODE,
    FUN_GLOBALS,
    FUN_CLOSURE,
    CODEOBJ_INFO,
    CI_PLAIN_ARGS,
    CI_DIRECT_ENTRY,
    CI_DIRECT_QSTRS,
    CI_DIRECT_CONSTS,
    CI_DIRECT_SITES,
    VM_DEPTH,
    VM_MAX_DEPTH,
    VM_STACK_RAW,
    VM_STACK_SLOTS,
    VM_STACK_TOP,
    VM_STACK_BASE,
    VM_STACK_LIMIT,
    VM_CUR_GLOBALS,
];

impl NativeFrame {
    #[inline(always)]
    fn vm(&mut self) -> &'static mut Vm {
        // SAFETY: `vm` was set by `call_native` from a live `&mut Vm` that is not used while the
        // machine code (and so this entry) runs; single-threaded.
        unsafe { &mut *self.vm }
    }
    #[inline(always)]
    fn code(&self) -> &'static CodeInfo {
        // SAFETY: the code object is kept alive by the function being run.
        unsafe { &*self.code }
    }
    #[inline(always)]
    fn qstr(&self, i: usize) -> Obj {
        self.code().ctx.qstrs.get(i).copied().unwrap_or(Obj::NONE)
    }
    #[inline(always)]
    fn slot(&self, i: usize) -> Obj {
        // SAFETY: the emitter only passes slot indices < n_state (static stack depth).
        unsafe { *self.state.add(i) }
    }
    #[inline(always)]
    fn set_slot(&mut self, i: usize, v: Obj) {
        // SAFETY: as in `slot`.
        unsafe { *self.state.add(i) = v }
    }
    fn slots(&self, base: usize, n: usize) -> &'static [Obj] {
        // SAFETY: base..base+n are value-stack slots below n_state (static stack depth).
        unsafe { std::slice::from_raw_parts(self.state.add(base), n) }
    }
    fn slots_mut(&mut self, base: usize, n: usize) -> &'static mut [Obj] {
        // SAFETY: as in `slots`.
        unsafe { std::slice::from_raw_parts_mut(self.state.add(base), n) }
    }
    fn exc_entry(&mut self, i: usize) -> &'static mut [Obj] {
        // SAFETY: i < n_exc_stack (the emitter tracks exception nesting statically).
        unsafe { std::slice::from_raw_parts_mut(self.exc.add(3 * i), 3) }
    }
    #[inline(always)]
    fn fail(&mut self, e: PyErr) -> Obj {
        self.pending = e.0;
        Obj::NULL
    }
    #[inline(always)]
    fn ret(&mut self, r: PyResult) -> Obj {
        match r {
            Ok(v) => v,
            Err(e) => self.fail(e),
        }
    }
    #[inline(always)]
    fn unit(&mut self, r: PyResult<()>) -> Obj {
        match r {
            Ok(()) => Obj::NONE,
            Err(e) => self.fail(e),
        }
    }
}

/// Declares the table once: the `#[repr(C)]` struct of pointers, the `Fun` index enum, the names
/// (for listings and .mpy linking) and the static table itself.
macro_rules! fun_table {
    ($( $name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty; )*) => {
        #[repr(C)]
        pub struct FunTable {
            $( pub $name: extern "C" fn(&mut NativeFrame $(, $ty)*) -> $ret, )*
        }
        /// Index of each entry in the table.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u32)]
        pub enum Fun { $( $name, )* }
        pub const FUN_NAMES: &[&str] = &[ $( stringify!($name), )* ];
        /// Each entry's full signature as text (part of the native ABI marker, mpy/native.rs).
        pub const FUN_SIGNATURES: &[&str] = &[ $( stringify!($name($($arg: $ty),*) -> $ret), )* ];
        pub static FUN_TABLE: FunTable = FunTable { $( $name: $name, )* };
    };
}

fun_table! {
    load_global(q: usize, site: usize) -> Obj;
    store_global(q: usize, v: Obj) -> Obj;
    delete_global(q: usize) -> Obj;
    load_attr(o: Obj, q: usize, site: usize) -> Obj;
    load_method(o: Obj, q: usize, base: usize, site: usize) -> Obj;
    load_super_method(q: usize, base: usize) -> Obj;
    store_attr(o: Obj, q: usize, v: Obj, site: usize) -> Obj;
    load_subscr(o: Obj, idx: Obj) -> Obj;
    load_slice(o: Obj, start: Obj, stop: Obj) -> Obj;
    store_subscr(o: Obj, idx: Obj, v: Obj) -> Obj;
    binary_op(op: usize, a: Obj, b: Obj) -> Obj;
    binary_dunder(op: usize, a: Obj, b: Obj, k: usize) -> Obj;
    binary_after_lhs(op: usize, a: Obj, b: Obj) -> Obj;
    unary_op(op: usize, a: Obj) -> Obj;
    is_true(a: Obj) -> Obj;
    call(packed: usize, base: usize) -> Obj;
    call_method(packed: usize, base: usize) -> Obj;
    call_builtin(fun: Obj, args: usize, n: usize) -> Obj;
    call_var_kw(packed: usize, base: usize, is_method: usize) -> Obj;
    new_instance(npos: usize, base: usize) -> Obj;
    init_finish(npos: usize, base: usize, r: Obj) -> Obj;
    build_tuple(n: usize, base: usize) -> Obj;
    build_list(n: usize, base: usize) -> Obj;
    build_set(n: usize, base: usize) -> Obj;
    build_map(n: usize) -> Obj;
    store_map(d: Obj, k: Obj, v: Obj) -> Obj;
    store_comp(kind: usize, coll: Obj, a: Obj, b: Obj) -> Obj;
    build_slice(start: Obj, stop: Obj, step: Obj) -> Obj;
    unpack_sequence(seq: Obj, n: usize, base: usize) -> Obj;
    unpack_ex(seq: Obj, n: usize, base: usize) -> Obj;
    make_function(child: usize, defaults: Obj, kwdefaults: Obj) -> Obj;
    make_closure(child: usize, n_cells: usize, base: usize, defaults: Obj, kwdefaults: Obj) -> Obj;
    get_iter(o: Obj) -> Obj;
    get_iter_stack(base: usize) -> Obj;
    for_iter(base: usize) -> Obj;
    import_name(q: usize, fromlist: Obj, level: Obj) -> Obj;
    import_from(m: Obj, q: usize) -> Obj;
    import_star(m: Obj) -> Obj;
    load_build_class() -> Obj;
    int_from_i64(v: i64) -> Obj;
    raise_obj(o: Obj) -> Obj;
    raise_from(o: Obj, cause: Obj) -> Obj;
    raise_last() -> Obj;
    unbound_local(i: usize) -> Obj;
    unbound_free(i: usize) -> Obj;
    setup_exc(handler: usize, sp: usize) -> Obj;
    pop_exc() -> Obj;
    setup_with(base: usize, handler: usize) -> Obj;
    with_cleanup(base: usize) -> Obj;
    raise_dispatch(op_ip: usize) -> isize;
    end_finally(op_ip: usize, tos: usize) -> isize;
    unwind_return(op_ip: usize) -> isize;
    unwind_jump(op_ip: usize, dest: usize, u: usize) -> isize;
    bad_dispatch() -> Obj;
    yield_from(base: usize) -> Obj;
    list_prepend(x: Obj, b: Obj) -> Obj;
}

// ------------------------------------------------------------------------------------------------
// Names, attributes, subscripts

// The attribute and global entries take `site`, the bytecode offset of their instruction, and
// use the interpreter's inline caches for it (vm/icache.rs), exactly as run_frame does.

extern "C" fn load_global(f: &mut NativeFrame, q: usize, site: usize) -> Obj {
    let (name, g) = (f.qstr(q), f.globals);
    let (vm, caches) = (f.vm(), &f.code().caches);
    if let Some(v) = icache::load_global(vm, caches, site, g, name) {
        return v;
    }
    match rt::names::load_global(vm, g, name) {
        Ok(v) => {
            icache::fill_global(vm, caches, site, g, name);
            v
        }
        Err(e) => f.fail(e),
    }
}

extern "C" fn store_global(f: &mut NativeFrame, q: usize, v: Obj) -> Obj {
    let (name, g) = (f.qstr(q), f.globals);
    let r = rt::dict::dict_store(f.vm(), g, name, v);
    f.unit(r)
}

extern "C" fn delete_global(f: &mut NativeFrame, q: usize) -> Obj {
    let (name, g) = (f.qstr(q), f.globals);
    let r = rt::names::delete_name(f.vm(), g, name);
    f.unit(r)
}

extern "C" fn load_attr(f: &mut NativeFrame, o: Obj, q: usize, site: usize) -> Obj {
    let (vm, caches) = (f.vm(), &f.code().caches);
    if let Some(v) = icache::load_attr(vm, caches, site, o) {
        return v;
    }
    let name = f.qstr(q);
    if let Some(v) = icache::load_module_attr(caches, site, o, name) {
        return v;
    }
    match rt::attr::load_attr(vm, o, name) {
        Ok(v) => {
            fill_site(vm, caches, site, o, name, false);
            v
        }
        Err(e) => f.fail(e),
    }
}

/// After a LOAD_ATTR / LOAD_METHOD lookup: the instance cache, or for a module the module
/// cache (native code only: the interpreter's sites keep instance entries).
#[inline(always)]
fn fill_site(vm: &mut Vm, caches: &icache::CodeCaches, site: usize, o: Obj, name: Obj, m: bool) {
    if is_kind(o, ObjKind::Module) {
        icache::fill_module(caches, site, o, name);
    } else {
        icache::fill(vm, caches, site, o, name, m);
    }
}

/// Writes (method, self_or_NULL) at state[base], state[base+1].
extern "C" fn load_method(f: &mut NativeFrame, o: Obj, q: usize, base: usize, site: usize) -> Obj {
    let (vm, caches) = (f.vm(), &f.code().caches);
    if let Some((m, s)) = icache::load_method(vm, caches, site, o) {
        f.set_slot(base, m);
        f.set_slot(base + 1, s);
        return Obj::NONE;
    }
    let name = f.qstr(q);
    if let Some(v) = icache::load_module_attr(caches, site, o, name) {
        f.set_slot(base, v);
        f.set_slot(base + 1, Obj::NULL);
        return Obj::NONE;
    }
    match rt::attr::load_method(vm, o, name) {
        Ok((m, s)) => {
            fill_site(vm, caches, site, o, name, true);
            f.set_slot(base, m);
            f.set_slot(base + 1, s);
            Obj::NONE
        }
        Err(e) => f.fail(e),
    }
}

/// [super, cls, self] at state[base..] -> [meth, self] at state[base..].
extern "C" fn load_super_method(f: &mut NativeFrame, q: usize, base: usize) -> Obj {
    let name = f.qstr(q);
    let (cls, self_) = (f.slot(base + 1), f.slot(base + 2));
    match rt::attr::load_super_method(f.vm(), cls, self_, name) {
        Ok((m, s)) => {
            f.set_slot(base, m);
            f.set_slot(base + 1, s);
            Obj::NONE
        }
        Err(e) => f.fail(e),
    }
}

extern "C" fn store_attr(f: &mut NativeFrame, o: Obj, q: usize, v: Obj, site: usize) -> Obj {
    let name = f.qstr(q);
    let (vm, caches) = (f.vm(), &f.code().caches);
    let r = if v.is_null() {
        rt::attr::delete_attr(vm, o, name)
    } else if icache::store_attr(vm, caches, site, o, v) {
        Ok(())
    } else {
        rt::attr::store_attr(vm, o, name, v)
            .map(|()| icache::fill(vm, caches, site, o, name, false))
    };
    f.unit(r)
}

extern "C" fn load_subscr(f: &mut NativeFrame, o: Obj, idx: Obj) -> Obj {
    let r = rt::subscr::load_subscr(f.vm(), o, idx);
    f.ret(r)
}

/// `o[start:stop]` (BUILD_SLICE 2 + LOAD_SUBSCR).
extern "C" fn load_slice(f: &mut NativeFrame, o: Obj, start: Obj, stop: Obj) -> Obj {
    let r = rt::subscr::load_slice(f.vm(), o, start, stop);
    f.ret(r)
}

extern "C" fn store_subscr(f: &mut NativeFrame, o: Obj, idx: Obj, v: Obj) -> Obj {
    let r = if v.is_null() {
        rt::subscr::delete_subscr(f.vm(), o, idx)
    } else {
        rt::subscr::store_subscr(f.vm(), o, idx, v)
    };
    f.unit(r)
}

// ------------------------------------------------------------------------------------------------
// Operators

extern "C" fn binary_op(f: &mut NativeFrame, op: usize, a: Obj, b: Obj) -> Obj {
    let Some(bop) = BinaryOp::from_u8(op as u8) else {
        return bad_dispatch(f);
    };
    // Native code comes here after its own int and float paths: strings and containers first
    // (what `ops::binary_op` does for them, without its dispatch).
    if bop == BinaryOp::In && matches!(kind_of(b), Some(ObjKind::Str | ObjKind::Dict)) {
        return match rt::ops::contains(f.vm(), b, a) {
            Ok(r) => Obj::from_bool(r),
            Err(e) => f.fail(e),
        };
    }
    if is_kind(a, ObjKind::Str) && is_kind(b, ObjKind::Str) {
        match bop {
            BinaryOp::Add | BinaryOp::InplaceAdd => {
                let r = rt::str::concat(f.vm(), a, b);
                return f.ret(r);
            }
            BinaryOp::Equal => return Obj::from_bool(rt::str::str_eq(a, b)),
            BinaryOp::NotEqual => return Obj::from_bool(!rt::str::str_eq(a, b)),
            _ => {}
        }
    }
    // The interpreter's fast paths, in the same order as run_frame.
    if a.is_small_int() && b.is_small_int() {
        if let Some(r) = crate::vm::dispatch::small_int_fast(bop, a, b) {
            return r;
        }
    }
    if a.is_float() || b.is_float() {
        if let Some(r) = crate::vm::dispatch::float_fast(bop, a, b) {
            return r;
        }
    }
    // Comparisons of two str (native code only; the same result as the general path).
    if let Some(r) = crate::builtins::seqops::str_compare(bop, a, b) {
        return Obj::from_bool(r);
    }
    let r = rt::ops::binary_op(f.vm(), bop, a, b);
    f.ret(r)
}

/// BINARY_OP's slow path in machine code, first (native.rs `binary`): when `a op b` starts by
/// calling `type(a).<op>(a, b)` (`rt::ops::lhs_dunder`) and that method is a function with a
/// direct entry taking two arguments by plain binding, return the method for machine code to
/// call directly with state[k..k + 2] as arguments. Else NULL with `pending` NULL (the caller
/// takes `binary_op`). Either way a and b are written to state[k] and state[k + 1] (free
/// value-stack slots), where machine code reloads them from.
extern "C" fn binary_dunder(f: &mut NativeFrame, op: usize, a: Obj, b: Obj, k: usize) -> Obj {
    f.pending = Obj::NULL;
    f.set_slot(k, a);
    f.set_slot(k + 1, b);
    let Some(bop) = BinaryOp::from_u8(op as u8) else {
        return Obj::NULL;
    };
    let Some(m) = rt::ops::lhs_dunder(f.vm(), bop, a, b) else {
        return Obj::NULL;
    };
    match plain_native(m, 2) {
        Some(code) if !code.direct.get().entry.is_null() => m,
        _ => Obj::NULL,
    }
}

/// `a op b` after the `binary_dunder` method returned NotImplemented.
extern "C" fn binary_after_lhs(f: &mut NativeFrame, op: usize, a: Obj, b: Obj) -> Obj {
    let Some(bop) = BinaryOp::from_u8(op as u8) else {
        return bad_dispatch(f);
    };
    let r = rt::ops::binary_op_after_lhs(f.vm(), bop, a, b);
    f.ret(r)
}

extern "C" fn unary_op(f: &mut NativeFrame, op: usize, a: Obj) -> Obj {
    let Some(uop) = UnaryOp::from_u8(op as u8) else {
        return bad_dispatch(f);
    };
    let r = rt::ops::unary_op(f.vm(), uop, a);
    f.ret(r)
}

extern "C" fn is_true(f: &mut NativeFrame, a: Obj) -> Obj {
    match rt::ops::is_true(f.vm(), a) {
        Ok(b) => Obj::from_bool(b),
        Err(e) => f.fail(e),
    }
}

// ------------------------------------------------------------------------------------------------
// Calls: the callee and its arguments are in the state array from `base` (stack order).

extern "C" fn call(f: &mut NativeFrame, packed: usize, base: usize) -> Obj {
    let (npos, nkw) = (packed & 0xff, (packed >> 8) & 0xff);
    let fun = f.slot(base);
    let args = f.slots(base + 1, npos);
    let kw = f.slots(base + 1 + npos, 2 * nkw);
    let r = call_direct(f.vm(), fun, args, Kw(kw));
    f.ret(r)
}

/// `call()`, going straight to the callee's machine code when it is a function with a native
/// entry (what `call` -> `call_function` -> `call_native_code` would reach anyway).
#[inline(always)]
fn call_direct(vm: &mut Vm, fun: Obj, args: &[Obj], kw: Kw) -> PyResult {
    if kw.is_empty() {
        if let Some(code) = plain_native(fun, args.len()) {
            return call_plain_native(vm, fun, code, args);
        }
    }
    if is_kind(fun, ObjKind::Function) {
        let code = crate::vm::code::code_info(cast::<FunctionObj>(fun).code);
        if !code.native_entry.get().is_null() {
            return call_native(vm, fun, code, args, kw);
        }
    }
    rt::call::call(vm, fun, args, kw)
}

/// A builtin function or method (the call site checked the kind) on `n` positional arguments at
/// `args`, an address in the state array (the arguments stay rooted there).
extern "C" fn call_builtin(f: &mut NativeFrame, fun: Obj, args: usize, n: usize) -> Obj {
    if !is_kind(fun, ObjKind::BuiltinFn) {
        return bad_dispatch(f);
    }
    // SAFETY: the emitter passes the address of `n` consecutive value-stack slots of this frame
    // (below n_state), which hold the arguments for the duration of the call.
    let args = unsafe { std::slice::from_raw_parts(args as *const Obj, n) };
    let func = cast::<BuiltinFnObj>(fun).func;
    let r = func(f.vm(), args, Kw::NONE);
    f.ret(r)
}

extern "C" fn call_method(f: &mut NativeFrame, packed: usize, base: usize) -> Obj {
    let (npos, nkw) = (packed & 0xff, (packed >> 8) & 0xff);
    let fun = f.slot(base);
    let self_ = f.slot(base + 1);
    let kw = f.slots(base + 2 + npos, 2 * nkw);
    let args = if self_.is_null() {
        f.slots(base + 2, npos)
    } else {
        f.slots(base + 1, npos + 1)
    };
    let r = call_direct(f.vm(), fun, args, Kw(kw));
    f.ret(r)
}

/// [fun, (self,) args.., kw pairs.., bitmap] from `base`.
extern "C" fn call_var_kw(
    f: &mut NativeFrame,
    packed: usize,
    base: usize,
    is_method: usize,
) -> Obj {
    let (npos, nkw) = (packed & 0xff, (packed >> 8) & 0xff);
    let fun = f.slot(base);
    let (self_, a0) = if is_method != 0 {
        (f.slot(base + 1), base + 2)
    } else {
        (Obj::NULL, base + 1)
    };
    let args = f.slots(a0, npos);
    let kw = f.slots(a0 + npos, 2 * nkw);
    let bitmap = f.slot(a0 + npos + 2 * nkw);
    let r = rt::call::call_var_kw(f.vm(), fun, self_, args, kw, bitmap);
    f.ret(r)
}

/// CALL_FUNCTION of a class (state[base], `npos` arguments after it, no keywords), first half
/// (native.rs `direct_call`): when it is a plain Python class whose cached `__init__`
/// (`rt::call::cached_init`) is a function with a direct entry taking self and the `npos`
/// arguments by plain binding, allocate the instance into state[base] (the class stays alive as
/// the instance's type) and return the `__init__` for machine code to call directly with
/// state[base..] as its arguments. Else NULL and nothing changed: with `pending` NULL the caller
/// takes the `call` entry; with `pending` set the allocation failed.
extern "C" fn new_instance(f: &mut NativeFrame, npos: usize, base: usize) -> Obj {
    f.pending = Obj::NULL;
    let cls = f.slot(base);
    let vm = f.vm();
    let Some(init) = rt::call::cached_init(vm, cls) else {
        return Obj::NULL;
    };
    match plain_native(init, npos + 1) {
        Some(code) if !code.direct.get().entry.is_null() => {}
        _ => return Obj::NULL,
    }
    match rt::types::alloc_instance(vm, cls) {
        Ok(obj) => {
            f.set_slot(base, obj);
            init
        }
        Err(e) => f.fail(e),
    }
}

/// Second half of `new_instance`, when the direct call of `__init__` did not return None: `r` is
/// its result (TypeError unless None), or NULL when the direct entry declined (a recursion
/// limit; nothing ran since `new_instance`, so the class's cached `__init__` is still the one,
/// and the general call raises as `type_call` would). Returns the instance (state[base]).
extern "C" fn init_finish(f: &mut NativeFrame, npos: usize, base: usize, r: Obj) -> Obj {
    let obj = f.slot(base);
    let args = f.slots(base + 1, npos);
    let vm = f.vm();
    let r = if r.is_null() {
        let init = rt::types::type_obj(rt::types::type_of(vm, obj))
            .init_fn
            .get();
        rt::call::call_with_self(vm, init, obj, args, Kw::NONE)
    } else {
        Ok(r)
    };
    match r.and_then(|r| rt::call::check_init_result(vm, r)) {
        Ok(()) => obj,
        Err(e) => f.fail(e),
    }
}

// ------------------------------------------------------------------------------------------------
// Building containers

extern "C" fn build_tuple(f: &mut NativeFrame, n: usize, base: usize) -> Obj {
    let items = f.slots(base, n);
    let r = rt::tuple::tuple_from_slice(f.vm(), items);
    f.ret(r)
}

extern "C" fn build_list(f: &mut NativeFrame, n: usize, base: usize) -> Obj {
    let items = f.slots(base, n);
    let r = rt::list::list_from_slice(f.vm(), items);
    f.ret(r)
}

/// `[x] + b` (BUILD_LIST 1 with its BINARY_OP +, the list never built on its own when b is a
/// list).
extern "C" fn list_prepend(f: &mut NativeFrame, x: Obj, b: Obj) -> Obj {
    let vm = f.vm();
    let r = if is_kind(b, ObjKind::List) {
        rt::list::list_prepend(vm, x, b)
    } else {
        rt::list::list_from_slice(vm, &[x])
            .and_then(|l| rt::ops::binary_op(vm, BinaryOp::Add, l, b))
    };
    f.ret(r)
}

extern "C" fn build_set(f: &mut NativeFrame, n: usize, base: usize) -> Obj {
    let items = f.slots(base, n);
    let r = rt::set::set_from_slice(f.vm(), items);
    f.ret(r)
}

extern "C" fn build_map(f: &mut NativeFrame, n: usize) -> Obj {
    let r = rt::dict::new_dict_with_capacity(f.vm(), n);
    f.ret(r)
}

extern "C" fn store_map(f: &mut NativeFrame, d: Obj, k: Obj, v: Obj) -> Obj {
    let r = rt::seq::store_map(f.vm(), d, k, v);
    f.unit(r)
}

/// STORE_COMP: kind 0 list.append(a), 1 dict[a] = b, 2 set.add(a).
extern "C" fn store_comp(f: &mut NativeFrame, kind: usize, coll: Obj, a: Obj, b: Obj) -> Obj {
    let r = rt::seq::store_comp(f.vm(), kind, coll, a, b);
    f.unit(r)
}

extern "C" fn build_slice(f: &mut NativeFrame, start: Obj, stop: Obj, step: Obj) -> Obj {
    let r = rt::slice::new_slice(f.vm(), start, stop, step);
    f.ret(r)
}

extern "C" fn unpack_sequence(f: &mut NativeFrame, seq: Obj, n: usize, base: usize) -> Obj {
    let dest = f.slots_mut(base, n);
    let r = rt::seq::unpack_sequence(f.vm(), seq, dest);
    f.unit(r)
}

extern "C" fn unpack_ex(f: &mut NativeFrame, seq: Obj, n: usize, base: usize) -> Obj {
    let (left, right) = (n & 0xff, (n >> 8) & 0xff);
    let dest = f.slots_mut(base, left + right + 1);
    let r = rt::seq::unpack_ex(f.vm(), seq, left, right, dest);
    f.unit(r)
}

// ------------------------------------------------------------------------------------------------
// Functions

fn child(f: &mut NativeFrame, i: usize) -> Result<Obj, Obj> {
    match f.code().children.get(i) {
        Some(&c) => Ok(c),
        None => Err(bad_dispatch(f)),
    }
}

extern "C" fn make_function(f: &mut NativeFrame, ch: usize, defaults: Obj, kwd: Obj) -> Obj {
    let c = match child(f, ch) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let g = f.globals;
    let r = rt::func::make_function(f.vm(), c, g, defaults, kwd, &[]);
    f.ret(r)
}

extern "C" fn make_closure(
    f: &mut NativeFrame,
    ch: usize,
    n_cells: usize,
    base: usize,
    defaults: Obj,
    kwd: Obj,
) -> Obj {
    let c = match child(f, ch) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let g = f.globals;
    let cells = f.slots(base, n_cells);
    let r = rt::func::make_function(f.vm(), c, g, defaults, kwd, cells);
    f.ret(r)
}

// ------------------------------------------------------------------------------------------------
// Iteration

extern "C" fn get_iter(f: &mut NativeFrame, o: Obj) -> Obj {
    let r = rt::iter::get_iter(f.vm(), o);
    f.ret(r)
}

/// Replaces state[base] (the iterable) by the 4-slot area [NULL, iter, NULL, NULL], or, for a
/// list or tuple, [NULL, seq, position (small int), NULL]: the sequence is stepped in place
/// with no iterator object (`for_iter`, and the machine code's FOR_ITER; machine code writes
/// the same area for them itself). The area is private to the native frame: a for loop's
/// iterator is never visible to Python code.
extern "C" fn get_iter_stack(f: &mut NativeFrame, base: usize) -> Obj {
    let o = f.slot(base);
    if is_kind(o, ObjKind::List) || is_kind(o, ObjKind::Tuple) {
        f.set_slot(base, Obj::NULL);
        f.set_slot(base + 1, o);
        f.set_slot(base + 2, Obj::small_int(0));
        f.set_slot(base + 3, Obj::NULL);
        return Obj::NONE;
    }
    match rt::iter::get_iter(f.vm(), o) {
        Ok(it) => {
            f.set_slot(base, Obj::NULL);
            f.set_slot(base + 1, it);
            f.set_slot(base + 2, Obj::NULL);
            f.set_slot(base + 3, Obj::NULL);
            Obj::NONE
        }
        Err(e) => f.fail(e),
    }
}

extern "C" fn for_iter(f: &mut NativeFrame, base: usize) -> Obj {
    let s0 = f.slot(base);
    let (seq, pos) = (f.slot(base + 1), f.slot(base + 2));
    if s0.is_null() && pos.is_small_int() {
        // A list or tuple stepped in place (get_iter_stack).
        let items: &[Obj] = match kind_of(seq) {
            Some(ObjKind::List) => rt::list::list_items(seq),
            Some(ObjKind::Tuple) => rt::tuple::tuple_items(seq),
            _ => &[],
        };
        let i = pos.small_int_value();
        return match usize::try_from(i).ok().and_then(|i| items.get(i)) {
            Some(&v) => {
                f.set_slot(base + 2, Obj::small_int(i + 1));
                v
            }
            None => ITER_STOP,
        };
    }
    let it = if s0.is_null() { seq } else { s0 };
    match rt::iter::iter_next(f.vm(), it) {
        Ok(Some(v)) => v,
        Ok(None) => ITER_STOP,
        Err(e) => f.fail(e),
    }
}

/// YIELD_FROM on [iter, send] at state[base..]: when the sub-iterator yields, its value goes to
/// state[base + 1] and the result is `ITER_STOP` (the generator yields it and resumes at this
/// instruction); when it returns, its value is the result (and goes to state[base]).
extern "C" fn yield_from(f: &mut NativeFrame, base: usize) -> Obj {
    let (it, send) = (f.slot(base), f.slot(base + 1));
    // A generator sub-iterator (the common case) is resumed directly.
    let r = if is_kind(it, ObjKind::Generator) {
        rt::gen::resume(f.vm(), it, send, None)
    } else {
        rt::gen::yield_from_step(f.vm(), it, send)
    };
    match r {
        Ok(rt::gen::Step::Yield(v)) => {
            f.set_slot(base + 1, v);
            ITER_STOP
        }
        Ok(rt::gen::Step::Return(v)) => {
            f.set_slot(base, v);
            v
        }
        Err(e) => f.fail(e),
    }
}

// ------------------------------------------------------------------------------------------------
// Imports, class building, constants

extern "C" fn import_name(f: &mut NativeFrame, q: usize, fromlist: Obj, level: Obj) -> Obj {
    let (name, g) = (f.qstr(q), f.globals);
    let r = rt::import::import_name(f.vm(), g, name, fromlist, level);
    f.ret(r)
}

extern "C" fn import_from(f: &mut NativeFrame, m: Obj, q: usize) -> Obj {
    let name = f.qstr(q);
    let r = rt::import::import_from(f.vm(), m, name);
    f.ret(r)
}

extern "C" fn import_star(f: &mut NativeFrame, m: Obj) -> Obj {
    let g = f.globals;
    let r = rt::import::import_star(f.vm(), m, g);
    f.unit(r)
}

extern "C" fn load_build_class(f: &mut NativeFrame) -> Obj {
    f.vm().names.build_class_fn
}

extern "C" fn int_from_i64(f: &mut NativeFrame, v: i64) -> Obj {
    let r = rt::int::int_from_i64(f.vm(), v);
    f.ret(r)
}

// ------------------------------------------------------------------------------------------------
// Raising: these always return NULL with `pending` set.

extern "C" fn raise_obj(f: &mut NativeFrame, o: Obj) -> Obj {
    match rt::exc::make_raisable(f.vm(), o) {
        Ok(e) => f.fail(PyErr(e)),
        Err(e) => f.fail(e),
    }
}

extern "C" fn raise_from(f: &mut NativeFrame, o: Obj, cause: Obj) -> Obj {
    let vm = f.vm();
    let r = rt::exc::make_raisable(vm, o).and_then(|e| {
        rt::exc::set_cause(vm, e, cause)?;
        Ok(e)
    });
    match r {
        Ok(e) => f.fail(PyErr(e)),
        Err(e) => f.fail(e),
    }
}

extern "C" fn raise_last(f: &mut NativeFrame) -> Obj {
    let mut e = Obj::NULL;
    for i in (0..f.exc_sp).rev() {
        let x = f.exc_entry(i)[2];
        if !x.is_null() {
            e = x;
            break;
        }
    }
    let vm = f.vm();
    if e.is_null() {
        e = vm.handling.last().copied().unwrap_or(Obj::NULL);
    }
    if e.is_null() {
        let err = vm.new_exc_msg(vm.exc.runtime_error, "No active exception to reraise");
        return f.fail(err);
    }
    f.fail(PyErr(e))
}

extern "C" fn unbound_local(f: &mut NativeFrame, _i: usize) -> Obj {
    let vm = f.vm();
    let e = vm.new_exc_msg(
        vm.exc.unbound_local_error,
        "local variable referenced before assignment",
    );
    f.fail(e)
}

extern "C" fn unbound_free(f: &mut NativeFrame, _i: usize) -> Obj {
    let vm = f.vm();
    let e = vm.new_exc_msg(
        vm.exc.name_error,
        "free variable referenced before assignment",
    );
    f.fail(e)
}

extern "C" fn bad_dispatch(f: &mut NativeFrame) -> Obj {
    let vm = f.vm();
    let e = vm.new_exc_msg(vm.exc.runtime_error, "native code: internal dispatch error");
    f.fail(e)
}

// ------------------------------------------------------------------------------------------------
// Exception stack. Our native ABI keeps the value stack depth static: a finally block is always
// entered with exactly one word above its saved sp (the "reason"): None, an exception, small int
// -1 (a return in progress; the value is in `ret_val`), or small int (dest << 8 | u) (an unwind
// jump in progress to bytecode offset dest with u entries left, bit 7 = pop a for iterator).

/// SETUP_EXCEPT / SETUP_FINALLY: `handler` = offset << 1 | finally flag; `sp` = saved sp + 1.
extern "C" fn setup_exc(f: &mut NativeFrame, handler: usize, sp: usize) -> Obj {
    let i = f.exc_sp;
    let e = f.exc_entry(i);
    e[0] = Obj::small_int(handler as i64);
    e[1] = Obj::small_int(sp as i64 - 1);
    e[2] = Obj::NULL;
    f.exc_sp += 1;
    Obj::NONE
}

/// POP_EXCEPT_JUMP: drop the top entry.
extern "C" fn pop_exc(f: &mut NativeFrame) -> Obj {
    f.exc_sp = f.exc_sp.saturating_sub(1);
    Obj::NONE
}

/// SETUP_WITH: state[base] is the manager; leaves [__exit__, mgr] at base, pushes the entry
/// (saved sp = base + 1) and returns `__enter__()`'s result.
extern "C" fn setup_with(f: &mut NativeFrame, base: usize, handler: usize) -> Obj {
    let mgr = f.slot(base);
    let vm = f.vm();
    let r = (|| {
        let (exit_m, exit_s) = rt::attr::load_method(vm, mgr, vm.names.__exit__)?;
        f.set_slot(base, exit_m);
        f.set_slot(base + 1, exit_s);
        let (enter_m, enter_s) = rt::attr::load_method(vm, mgr, vm.names.__enter__)?;
        rt::call::call_method_obj(vm, enter_m, enter_s, &[])
    })();
    match r {
        Ok(v) => {
            setup_exc(f, (handler << 1) | EXC_FINALLY as usize, base + 2);
            v
        }
        Err(e) => f.fail(e),
    }
}

/// WITH_CLEANUP on [__exit__, mgr, reason] at base: leaves one word at base.
extern "C" fn with_cleanup(f: &mut NativeFrame, base: usize) -> Obj {
    let (exit_m, exit_s, t) = (f.slot(base), f.slot(base + 1), f.slot(base + 2));
    let vm = f.vm();
    if t.is_none() || t.is_small_int() {
        let r = rt::call::call_method_obj(vm, exit_m, exit_s, &[Obj::NONE, Obj::NONE, Obj::NONE]);
        match r {
            Ok(_) => {
                f.set_slot(base, t);
                Obj::NONE
            }
            Err(e) => f.fail(e),
        }
    } else {
        let ty = rt::types::type_of(vm, t);
        let r = rt::call::call_method_obj(vm, exit_m, exit_s, &[ty, t, Obj::NONE])
            .and_then(|r| rt::ops::is_true(vm, r));
        match r {
            Ok(swallow) => {
                f.set_slot(base, if swallow { Obj::NONE } else { t });
                Obj::NONE
            }
            Err(e) => f.fail(e),
        }
    }
}

/// An entry failed at bytecode offset `op_ip` with `pending` set: record the traceback and find
/// a handler. Returns the handler offset (exception stored at its stack slot) or EXIT_ERR.
extern "C" fn raise_dispatch(f: &mut NativeFrame, op_ip: usize) -> isize {
    let exc = f.pending;
    let code = f.code();
    let opcode = code.bytecode().get(op_ip).copied().unwrap_or(0);
    if opcode != op::END_FINALLY && opcode != op::RAISE_LAST {
        let (file, line, name) = (code.ctx.filename, code.line_of(op_ip), code.simple_name);
        rt::exc::add_traceback(f.vm(), exc, file, line, name);
    }
    find_handler(f, exc, op_ip)
}

fn find_handler(f: &mut NativeFrame, exc: Obj, op_ip: usize) -> isize {
    if let Some(handled) = (0..f.exc_sp)
        .map(|i| f.exc_entry(i)[2])
        .rfind(|x| !x.is_null())
    {
        rt::exc::set_implicit_context(exc, handled);
    }
    while f.exc_sp > 0 {
        let handler = (f.exc_entry(f.exc_sp - 1)[0].small_int_value() >> 1) as usize;
        if handler <= op_ip {
            f.exc_sp -= 1;
        } else {
            break;
        }
    }
    if f.exc_sp == 0 {
        return EXIT_ERR;
    }
    let e = f.exc_entry(f.exc_sp - 1);
    let handler = (e[0].small_int_value() >> 1) as isize;
    let sp = e[1].small_int_value();
    e[2] = exc;
    f.set_slot((sp + 1) as usize, exc);
    handler
}

/// END_FINALLY with the reason at state[tos].
extern "C" fn end_finally(f: &mut NativeFrame, op_ip: usize, tos: usize) -> isize {
    f.exc_sp = f.exc_sp.saturating_sub(1);
    let t = f.slot(tos);
    if t.is_none() {
        FALL_THROUGH
    } else if t.is_small_int() {
        let v = t.small_int_value();
        if v < 0 {
            unwind_return(f, op_ip)
        } else {
            unwind_jump(f, op_ip, (v >> 8) as usize, (v & 0xff) as usize)
        }
    } else {
        f.pending = t;
        find_handler(f, t, op_ip)
    }
}

/// RETURN_VALUE inside try blocks (`ret_val` already stored): run pending finally handlers.
extern "C" fn unwind_return(f: &mut NativeFrame, op_ip: usize) -> isize {
    while f.exc_sp > 0 {
        let e = f.exc_entry(f.exc_sp - 1);
        let h = e[0].small_int_value();
        if h & EXC_FINALLY != 0 && (h >> 1) as usize > op_ip {
            let fin_sp = e[1].small_int_value();
            f.set_slot((fin_sp + 1) as usize, Obj::small_int(-1));
            return (h >> 1) as isize;
        }
        f.exc_sp -= 1;
    }
    EXIT_RET
}

/// UNWIND_JUMP (and its continuation from END_FINALLY).
extern "C" fn unwind_jump(f: &mut NativeFrame, op_ip: usize, dest: usize, mut u: usize) -> isize {
    while u & 0x7f > 0 && f.exc_sp > 0 {
        u -= 1;
        let e = f.exc_entry(f.exc_sp - 1);
        let h = e[0].small_int_value();
        if h & EXC_FINALLY != 0 && (h >> 1) as usize > op_ip {
            let fin_sp = e[1].small_int_value();
            f.set_slot(
                (fin_sp + 1) as usize,
                Obj::small_int(((dest as i64) << 8) | u as i64),
            );
            return (h >> 1) as isize;
        }
        f.exc_sp -= 1;
    }
    dest as isize
}

// ------------------------------------------------------------------------------------------------
// Calling machine code

/// The machine-code entry: `fn(frame) -> result` (NULL = exception in `frame.pending`).
pub type NativeEntry = extern "C" fn(&mut NativeFrame) -> Obj;

/// Set `n` words at `p` to NULL with plain stores: frames are a few words, where a call to
/// memset (what the compiler makes of a loop or `write_bytes`) costs more than the stores.
///
/// # Safety
/// `p..p + n` must be valid for writes.
#[inline(always)]
unsafe fn clear_words(p: *mut Obj, n: usize) {
    for k in 0..n {
        // SAFETY: k < n (the caller's contract); volatile keeps the loop a loop.
        unsafe { p.add(k).write_volatile(Obj::NULL) };
    }
}

/// The code of `fun` when it is a function with machine code that a call with `n` positional
/// arguments and no keywords enters by copying the arguments into its locals
/// (`CodeInfo::plain_args`: no generator, `*args`, `**kw`, keyword-only arguments, cells or
/// closure). The common Python-to-Python call; everything else takes `call_native`'s general
/// binding or `rt::call::call`.
#[inline(always)]
pub fn plain_native(fun: Obj, n: usize) -> Option<&'static CodeInfo> {
    if !is_kind(fun, ObjKind::Function) {
        return None;
    }
    let f = cast::<FunctionObj>(fun);
    let code = crate::vm::code::code_info(f.code);
    if code.plain_args == n && f.closure.is_null() && !code.native_entry.get().is_null() {
        Some(code)
    } else {
        None
    }
}

/// Call `fun` (a function whose `plain_native` code is `code`) with `args`: reserve its frame
/// area, write the arguments into their local slots (locals are stored top-down) and clear only
/// the other slots, then run the machine code.
#[inline]
pub fn call_plain_native(vm: &mut Vm, fun: Obj, code: &CodeInfo, args: &[Obj]) -> PyResult {
    let saved_top = vm.stack_top;
    let n_state = code.n_state;
    let n = frame_slots(code);
    let na = args.len();
    if saved_top + n > vm.stack.len() || na > n_state {
        return Err(vm.new_exc_msg(vm.exc.recursion_error, "maximum recursion depth exceeded"));
    }
    // SAFETY: saved_top + n <= stack.len() (checked above; the stack Vec is never reallocated)
    // and na <= n_state <= n (checked above).
    let state = unsafe {
        let state = vm.stack.as_mut_ptr().add(saved_top);
        clear_words(state, n_state - na);
        for (i, &a) in args.iter().enumerate() {
            *state.add(n_state - 1 - i) = a;
        }
        clear_words(state.add(n_state), n - n_state);
        state
    };
    vm.stack_top = saved_top + n;
    run_native(vm, fun, code, state, saved_top)
}

/// Call a function whose code has a native entry: bind arguments exactly as for bytecode into a
/// fresh state array, then run the machine code on a `NativeFrame`.
pub fn call_native(vm: &mut Vm, func: Obj, code: &CodeInfo, args: &[Obj], kw: Kw) -> PyResult {
    if kw.is_empty() && code.plain_args == args.len() && cast::<FunctionObj>(func).closure.is_null()
    {
        return call_plain_native(vm, func, code, args);
    }
    if code.is_generator() {
        return rt::gen::new_generator(vm, func, args, kw);
    }
    let saved_top = vm.stack_top;
    let r = push_slots(vm, frame_slots(code))
        .and_then(|state| bind_args(vm, func, code, state, args, kw).map(|()| state));
    match r {
        Ok(state) => run_native(vm, func, code, state, saved_top),
        Err(e) => {
            vm.stack_top = saved_top;
            Err(e)
        }
    }
}

/// Run the machine code of `func` on its bound state array (reserved from `saved_top`, which is
/// restored afterwards), with the recursion-depth and native-stack checks.
#[inline(always)]
fn run_native(
    vm: &mut Vm,
    func: Obj,
    code: &CodeInfo,
    state: *mut Obj,
    saved_top: usize,
) -> PyResult {
    let globals = cast::<FunctionObj>(func).globals;
    let mut frame = NativeFrame {
        fun_table: &FUN_TABLE,
        state,
        qstrs: code.ctx.qstrs.as_ptr(),
        consts: code.ctx.consts.as_ptr(),
        pending: Obj::NULL,
        ret_val: Obj::NULL,
        vm: vm as *mut Vm,
        code: code as *const CodeInfo,
        func,
        globals,
        // SAFETY: the exception slots follow the n_state slots inside the reserved area.
        exc: unsafe { state.add(code.n_state) },
        exc_sp: 0,
        gen_ip: 0,
        gen_sp: 0,
        sites: code.caches.sites_ptr(),
        class_version: &vm.class_version,
        builtins: vm.builtins,
    };
    vm.depth += 1;
    let saved_globals = std::mem::replace(&mut vm.cur_globals, globals);
    let r = if vm.depth > vm.max_depth {
        Err(vm.new_exc_msg(vm.exc.recursion_error, "maximum recursion depth exceeded"))
    } else if let Err(e) = vm.check_stack() {
        Err(e)
    } else {
        // SAFETY: native_entry was installed by a tier together with the executable memory
        // that holds it (kept alive by code.native_owner); it has the NativeEntry signature.
        let entry: NativeEntry = unsafe { std::mem::transmute(code.native_entry.get()) };
        let v = entry(&mut frame);
        if v.is_null() {
            Err(PyErr(frame.pending))
        } else {
            Ok(v)
        }
    };
    vm.depth -= 1;
    vm.cur_globals = saved_globals;
    vm.stack_top = saved_top;
    r
}

/// Bytes a native generator object is allocated with after its `GeneratorObj`: its frame.
pub const GENERATOR_FRAME_SIZE: usize = std::mem::size_of::<NativeFrame>();
const _: () = assert!(
    std::mem::size_of::<GeneratorObj>().is_multiple_of(std::mem::align_of::<NativeFrame>())
);
// A generator object stays at 64 bytes (four granules); its state slots follow the frame
// (gen.rs `new_generator`).
const _: () = assert!(std::mem::size_of::<GeneratorObj>() == 64);
const _: () = assert!(GENERATOR_FRAME_SIZE.is_multiple_of(std::mem::align_of::<Obj>()));

/// The `NativeFrame` stored right after a native generator object (`GeneratorObj::native`).
#[inline(always)]
pub fn generator_frame(g: &GeneratorObj) -> *mut NativeFrame {
    // One past the object is inside its allocation when `g.native` (GENERATOR_FRAME_SIZE extra
    // bytes, suitably aligned: see the assertion above); callers check `native` before using it.
    (g as *const GeneratorObj).wrapping_add(1) as *mut NativeFrame
}

/// Build a native generator's frame once, when the generator is made: everything but the
/// resume position (ip, exception depth, thrown exception) stays the same for its lifetime
/// (the state array never moves, code and globals are the function's).
pub fn init_generator_frame(vm: &mut Vm, g: &mut GeneratorObj, code: &'static CodeInfo) {
    let state = rt::gen::state_slots(g);
    let nf = NativeFrame {
        fun_table: &FUN_TABLE,
        state,
        qstrs: code.ctx.qstrs.as_ptr(),
        consts: code.ctx.consts.as_ptr(),
        pending: Obj::NULL,
        ret_val: Obj::NULL,
        vm: vm as *mut Vm,
        code: code as *const CodeInfo,
        func: g.func,
        globals: cast::<FunctionObj>(g.func).globals,
        // SAFETY: the exception slots follow the n_state slots in the state array.
        exc: unsafe { state.add(code.n_state) },
        exc_sp: 0,
        gen_ip: 0,
        gen_sp: 0,
        sites: code.caches.sites_ptr(),
        class_version: &vm.class_version,
        builtins: vm.builtins,
    };
    // SAFETY: `g` was allocated with GENERATOR_FRAME_SIZE bytes after it (`native` is set),
    // zeroed and aligned; the write initialises them.
    unsafe { generator_frame(g).write(nf) };
}

/// Run (resume) a native generator on its stored frame, from its saved ip and exception depth,
/// with `throw` raised at the resume point; saves ip / sp / exc_sp back into the generator when
/// it yields. The caller (gen.rs `run`) does the bookkeeping common to both tiers (running
/// flag, depth, finished state).
#[inline(always)]
pub fn run_native_generator(
    gobj: Obj,
    code: &'static CodeInfo,
    throw: Option<Obj>,
) -> PyResult<rt::gen::Step> {
    let g = cast_mut::<GeneratorObj>(gobj);
    let nf = generator_frame(g);
    // SAFETY: `g.native` (the caller checks): the frame was built by init_generator_frame.
    // The generator is marked running, so nothing else uses the frame until we return.
    let (v, ip, sp, exc_sp, pending) = unsafe {
        (*nf).pending = throw.unwrap_or(Obj::NULL);
        (*nf).gen_ip = g.ip;
        (*nf).exc_sp = g.exc_sp as usize;
        // SAFETY: as in `call_native`: the entry was installed by a tier with the code that
        // holds it (kept alive by code.native_owner) and has the NativeEntry signature.
        let entry: NativeEntry = std::mem::transmute(code.native_entry.get());
        let v = entry(&mut *nf);
        let r = ((*nf).gen_ip, (*nf).gen_sp, (*nf).exc_sp, (*nf).pending);
        // Leave no stale values for the collector to keep alive.
        (*nf).pending = Obj::NULL;
        (*nf).ret_val = Obj::NULL;
        (v, r.0, r.1, r.2, r.3)
    };
    let g = cast_mut::<GeneratorObj>(gobj);
    // Lossless: exc_sp <= n_exc_stack, which fits in u32 (a code's stack depth).
    g.exc_sp = exc_sp as u32;
    if v.is_null() {
        Err(PyErr(pending))
    } else if ip == usize::MAX {
        Ok(rt::gen::Step::Return(v))
    } else {
        g.ip = ip;
        g.sp = sp;
        Ok(rt::gen::Step::Yield(v))
    }
}
