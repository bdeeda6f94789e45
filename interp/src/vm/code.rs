//! Runtime code objects: a decoded prelude, the bytecode where it lies, and the module context
//! (qstr table as interned strings, constant table as objects). Not the compiler's RawCode
//! (code.rs), which this is built from.

use crate::bytecode::{self, Prelude};
use crate::code::{scope_flags, CodeKind, CompiledModule, Const, EmitKind, RawCode, TypeHints};
use crate::gc::Heap;
use crate::mpy::read::{MpyView, RawCodeRef};
use crate::mpy::verify::{EntryState, Verified};
use crate::obj::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Where a module's bytes live: owned by each code object (copied), a read-only file mapping
/// shared by the whole module (execute in place), or the binary's read-only data (frozen).
pub enum Backing {
    Owned,
    Mapped(std::sync::Arc<memmap2::Mmap>),
    Static,
}

impl Backing {
    /// True when code objects point into the module's bytes instead of copying them.
    pub fn in_place(&self) -> bool {
        !matches!(self, Backing::Owned)
    }
    pub fn name(&self) -> &'static str {
        match self {
            Backing::Owned => "copied",
            Backing::Mapped(_) => "mapped",
            Backing::Static => "frozen",
        }
    }
}

/// Per-module data shared by all its code objects.
pub struct ModuleCtx {
    /// Module qstr table: interned str objects, index = file qstr index.
    pub qstrs: Vec<Obj>,
    /// Module constant table.
    pub consts: Vec<Obj>,
    /// The file name (qstr entry 0) as a str object.
    pub filename: Obj,
    pub backing: Backing,
}

pub struct CodeInfo {
    pub ctx: Rc<ModuleCtx>,
    pub kind: CodeKind,
    /// The function's fun_data (prelude + bytecode). Points into `fun_obj`'s bytes (a RawData
    /// block in the GC heap, so a copied or compiled function is charged to the heap) or into
    /// the module backing (mapping or static data, not charged).
    data_ptr: *const u8,
    data_len: usize,
    /// The GC-heap block holding fun_data when it was copied (NULL when running in place).
    /// Heap objects never move, so `data_ptr` stays valid while this is marked.
    fun_obj: Obj,
    pub n_state: usize,
    pub n_exc_stack: usize,
    pub scope_flags: u8,
    pub n_pos_args: usize,
    pub n_kwonly_args: usize,
    pub n_def_pos_args: usize,
    pub simple_name: Obj,
    /// CPython's `__qualname__` (`C.m`, `f.<locals>.g`), set for every code object of a
    /// module once its tree is built (`assign_qualnames`); an interned str.
    pub qualname: std::cell::Cell<Obj>,
    pub arg_names: Vec<Obj>,
    pub cells: Vec<u8>,
    pub line_info: std::ops::Range<usize>,
    /// Offset of the first opcode in fun_data.
    pub code_start: usize,
    pub children: Vec<Obj>,
    pub emit: EmitKind,
    pub hints: Option<TypeHints>,
    /// For verified (.mpy) code: the states allowed where the VM lands after a data-dependent
    /// transfer (handlers, unwinding), sorted by offset. None for trusted compiler output.
    pub entry_states: Option<Box<[EntryState]>>,
    /// Machine code compiled for this code object by a tier, or null (entry point).
    pub native_entry: std::cell::Cell<*const u8>,
    /// Inline caches of the attribute opcodes (vm/icache.rs).
    pub caches: crate::vm::icache::CodeCaches,
    /// Keeps the tier's code alive.
    pub native_owner: std::cell::RefCell<Option<Box<dyn std::any::Any>>>,
    /// The argument count of a call that binds by copying the arguments into their locals
    /// (exactly n_pos_args positional arguments, no keywords, and the function itself has no
    /// closure): `n_pos_args` when the code is not a generator and has no `*args`, `**kw`,
    /// keyword-only arguments or cells; `usize::MAX` otherwise (no call count matches).
    pub plain_args: usize,
    /// The direct entry of a native-to-native call, with the tables its frame needs (set by a
    /// tier with `native_entry`; null entry = none). Read by machine code at CI_DIRECT_* offsets.
    pub direct: std::cell::Cell<DirectInfo>,
}

/// What machine code's direct call reads from the callee's code: the entry built by the native
/// emitter for plain calls (`fn(caller: &mut NativeFrame, fun, args: *const Obj) -> Obj`, see
/// funtable.rs) and raw pointers to the tables its NativeFrame holds.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DirectInfo {
    pub entry: *const u8,
    pub qstrs: *const Obj,
    pub consts: *const Obj,
    pub sites: *const crate::vm::icache::SiteCache,
}

impl Default for DirectInfo {
    fn default() -> Self {
        DirectInfo {
            entry: std::ptr::null(),
            qstrs: std::ptr::null(),
            consts: std::ptr::null(),
            sites: std::ptr::null(),
        }
    }
}

impl CodeInfo {
    #[inline(always)]
    pub fn fun_data(&self) -> &[u8] {
        // SAFETY: data_ptr/data_len describe bytes of `fun_obj` (a heap block this code object
        // marks, and heap objects never move), of the module's mapping (kept alive through
        // ctx.backing), or static data; all outlive self.
        unsafe { std::slice::from_raw_parts(self.data_ptr, self.data_len) }
    }
    /// The opcodes.
    #[inline(always)]
    pub fn bytecode(&self) -> &[u8] {
        &self.fun_data()[self.code_start..]
    }
    pub fn line_table(&self) -> &[u8] {
        &self.fun_data()[self.line_info.clone()]
    }
    /// Install the direct entry (machine code in the same mapping as `native_entry`, kept alive
    /// by `native_owner`) with the table pointers of this code (fixed once the code exists).
    pub fn set_direct_entry(&self, entry: *const u8) {
        self.direct.set(DirectInfo {
            entry,
            qstrs: self.ctx.qstrs.as_ptr(),
            consts: self.ctx.consts.as_ptr(),
            sites: self.caches.sites_ptr(),
        });
    }
    pub fn line_of(&self, bc_offset: usize) -> u32 {
        bytecode::line_for_offset(self.line_table(), bc_offset)
    }
    /// May the VM continue at bytecode offset `target` with TOS index `sp` and `exc_sp`
    /// exception entries? Always true for trusted code; for verified code, only states the
    /// verifier allowed there.
    pub fn transfer_ok(&self, target: usize, sp: isize, exc_sp: usize) -> bool {
        let Some(entries) = &self.entry_states else {
            return true;
        };
        let Ok(k) = entries.binary_search_by_key(&target, |e| e.offset as usize) else {
            return false;
        };
        let e = entries[k];
        let depth = sp + 1;
        depth >= e.min_depth as isize
            && depth <= e.max_depth as isize
            && exc_sp == e.exc_depth as usize
    }
    /// True when fun_data was copied into the GC heap (false: it runs in place).
    pub fn fun_in_heap(&self) -> bool {
        !self.fun_obj.is_null()
    }
    pub fn is_generator(&self) -> bool {
        self.scope_flags & crate::code::scope_flags::GENERATOR != 0
    }
    pub fn trace(&self, heap: &mut Heap) {
        for &c in &self.ctx.consts {
            mark_obj(heap, c);
        }
        mark_obj(heap, self.ctx.filename);
        mark_obj(heap, self.fun_obj);
        for &c in &self.children {
            mark_obj(heap, c);
        }
    }
}

/// Errors while turning loaded data into code objects.
#[derive(Debug)]
pub struct LoadError(pub String);

fn const_to_obj(vm: &mut Vm, c: &Const) -> PyResult {
    use crate::runtime as rt;
    Ok(match c {
        Const::FunTable | Const::None => Obj::NONE,
        Const::False => Obj::FALSE,
        Const::True => Obj::TRUE,
        Const::Ellipsis => Obj::ELLIPSIS,
        // Identifier-like constants are interned, as CPython does: names used with getattr,
        // dict keys and comparisons then match interned names by identity.
        Const::Str(s) if is_name_like(s) => vm.intern(s),
        Const::Str(s) => rt::str::new_str(vm, s)?,
        Const::Bytes(b) => rt::bytes::new_bytes(vm, b)?,
        Const::Int(s) => match rt::int::parse_int_literal(vm, s) {
            Some(o) => o?,
            None => return Err(vm.new_exc_msg(vm.exc.value_error, "invalid int constant")),
        },
        Const::Float(f) => Obj::float(*f),
        Const::Complex(im) => rt::complex::new_complex(vm, 0.0, *im)?,
        Const::Tuple(items) => {
            let t = rt::tuple::new_tuple(vm, items.len())?;
            vm.tmp_roots.push(t);
            for (i, it) in items.iter().enumerate() {
                let o = const_to_obj(vm, it)?;
                cast::<TupleObj>(t).items_mut()[i] = o;
            }
            vm.tmp_roots.pop();
            t
        }
    })
}

/// Give the children of `parent` (a module body, class body or function) CPython's qualified
/// names: `prefix` + simple name, where a class body's children continue with `Class.` and a
/// function's with `f.<locals>.`. The code tree carries no qualnames (MicroPython's bytecode
/// has none), so they are derived from its shape: a class body is the code that starts by
/// storing `__module__` (what both compilers emit for a class).
fn assign_qualnames(vm: &mut Vm, parent: Obj, prefix: &str) {
    for &c in &code_info(parent).children {
        let info = code_info(c);
        let q = format!(
            "{prefix}{}",
            crate::runtime::str::as_rust_str(info.simple_name)
        );
        let qs = vm.intern(&q);
        info.qualname.set(qs);
        let simple = crate::runtime::str::as_rust_str(info.simple_name);
        let comprehension = matches!(
            simple,
            "<listcomp>" | "<dictcomp>" | "<setcomp>" | "<genexpr>"
        );
        // CPython 3.11 (the oracle) names code nested in a comprehension `<listcomp>.<lambda>`.
        let sub = if comprehension || is_class_body(info) {
            format!("{q}.")
        } else {
            format!("{q}.<locals>.")
        };
        assign_qualnames(vm, c, &sub);
    }
}

/// Whether `info` is a class body: bytecode that begins `LOAD_NAME __name__; STORE_NAME
/// __module__`.
fn is_class_body(info: &CodeInfo) -> bool {
    use crate::bytecode::{decode_instr, op};
    if info.kind != CodeKind::Bytecode {
        return false;
    }
    let code = info.bytecode();
    let qstr_is = |arg: i64, name: &str| {
        usize::try_from(arg)
            .ok()
            .and_then(|k| info.ctx.qstrs.get(k))
            .and_then(|&o| crate::runtime::str::try_str(o))
            == Some(name)
    };
    match decode_instr(code, 0) {
        Ok(a) if a.op == op::LOAD_NAME && qstr_is(a.arg, "__name__") => {
            matches!(decode_instr(code, a.next), Ok(b) if b.op == op::STORE_NAME && qstr_is(b.arg, "__module__"))
        }
        _ => false,
    }
}

/// A short string of ASCII letters, digits and underscores (CPython's `all_name_chars`).
fn is_name_like(s: &str) -> bool {
    s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Build the code objects of a compiled module (trusted: our compiler's output). Returns the
/// top-level Code object.
pub fn load_module_code(vm: &mut Vm, m: &CompiledModule, backing: Backing) -> PyResult {
    let qstrs: Vec<&str> = m.qstrs.iter().map(|s| s.as_str()).collect();
    let base = vm.tmp_roots.len();
    let r = make_ctx(vm, &qstrs, &m.consts, backing)
        .and_then(|ctx| make_code(vm, &ctx, Src::Owned(&m.root)));
    vm.tmp_roots.truncate(base);
    if let Ok(root) = r {
        assign_qualnames(vm, root, "");
        crate::vm::prepare_module(vm, root);
    }
    r
}

/// Build the code objects of a verified .mpy file. `data` is the file's bytes: with an in-place
/// backing they must be the backing's own bytes (the mapping, or static data), and the code
/// objects point into them; with `Backing::Owned` each function's bytes are copied.
pub fn load_view_code(
    vm: &mut Vm,
    data: &[u8],
    view: &MpyView,
    verified: &Verified,
    backing: Backing,
) -> PyResult {
    let in_place = backing.in_place();
    let base = vm.tmp_roots.len();
    let src = Src::View {
        data,
        rc: &view.root,
        verified,
        in_place,
    };
    let r =
        make_ctx(vm, &view.qstrs, &view.consts, backing).and_then(|ctx| make_code(vm, &ctx, src));
    vm.tmp_roots.truncate(base);
    if let Ok(root) = r {
        assign_qualnames(vm, root, "");
        crate::vm::prepare_module(vm, root);
    }
    r
}

/// Where one function's code comes from.
#[derive(Clone, Copy)]
enum Src<'a> {
    Owned(&'a RawCode),
    View {
        data: &'a [u8],
        rc: &'a RawCodeRef,
        verified: &'a Verified,
        in_place: bool,
    },
}

impl<'a> Src<'a> {
    fn children(self) -> Vec<Src<'a>> {
        match self {
            Src::Owned(rc) => rc.children.iter().map(Src::Owned).collect(),
            Src::View {
                data,
                rc,
                verified,
                in_place,
            } => rc
                .children
                .iter()
                .zip(&verified.children)
                .map(|(rc, verified)| Src::View {
                    data,
                    rc,
                    verified,
                    in_place,
                })
                .collect(),
        }
    }
}

/// The module context: interned qstr table and constant objects.
fn make_ctx(
    vm: &mut Vm,
    qstr_text: &[&str],
    const_data: &[Const],
    backing: Backing,
) -> PyResult<Rc<ModuleCtx>> {
    let m_consts = const_data;
    let qstrs: Vec<Obj> = qstr_text.iter().map(|s| vm.intern(s)).collect();
    let filename = qstrs
        .first()
        .copied()
        .unwrap_or_else(|| vm.intern("<stdin>"));
    // The constants stay on tmp_roots (the caller truncates) until a code object holds them.
    let mut consts = Vec::with_capacity(m_consts.len());
    for c in m_consts {
        let o = const_to_obj(vm, c)?;
        vm.tmp_roots.push(o);
        consts.push(o);
    }
    Ok(Rc::new(ModuleCtx {
        qstrs,
        consts,
        filename,
        backing,
    }))
}

fn make_code(vm: &mut Vm, ctx: &Rc<ModuleCtx>, src: Src) -> PyResult {
    let base = vm.tmp_roots.len();
    let r = make_code_rooted(vm, ctx, src);
    vm.tmp_roots.truncate(base);
    r
}

fn make_code_rooted(vm: &mut Vm, ctx: &Rc<ModuleCtx>, src: Src) -> PyResult {
    let kids = src.children();
    let mut children = Vec::with_capacity(kids.len());
    for ch in kids {
        let c = make_code(vm, ctx, ch)?;
        vm.tmp_roots.push(c);
        children.push(c);
    }
    let info = match src {
        Src::Owned(rc) => {
            let owned = copy_to_heap(vm, &rc.fun_data)?;
            let parts = Parts {
                kind: rc.kind,
                prelude_offset: rc.prelude_offset as usize,
                emit: rc.emit,
                hints: rc.hints.clone(),
                entry_states: None,
            };
            build_info(vm, ctx, owned, parts, children)?
        }
        Src::View {
            data,
            rc,
            verified,
            in_place,
        } => {
            let Some(bytes) = data.get(rc.bytecode_range()) else {
                return Err(vm.new_exc_msg(vm.exc.value_error, "malformed .mpy file: range"));
            };
            let fun = if in_place {
                FunBytes::InPlace(bytes.as_ptr(), bytes.len())
            } else {
                copy_to_heap(vm, bytes)?
            };
            let parts = Parts {
                kind: rc.bytecode_kind(),
                prelude_offset: rc.prelude_offset as usize,
                emit: EmitKind::Bytecode,
                hints: None,
                entry_states: Some(verified.entries.clone().into_boxed_slice()),
            };
            let info = build_info(vm, ctx, fun, parts, children)?;
            let machine_code = rc.machine_code.clone().and_then(|r| data.get(r));
            return finish_code(vm, info, machine_code);
        }
    };
    finish_code(vm, info, None)
}

/// Allocate the code object; for adder native blocks, have the tier install their machine code
/// (copied into executable memory). Without a tier the function runs its bytecode.
fn finish_code(vm: &mut Vm, info: CodeInfo, machine_code: Option<&[u8]>) -> PyResult {
    let ty = vm.types.code;
    let obj = vm.alloc::<CodeObj>(ObjKind::Code, ty, 0)?;
    // SAFETY: the field is zeroed memory, not a valid Box: write without dropping.
    unsafe { std::ptr::write(&mut obj.info, Box::new(info)) };
    let code = Obj::from_ptr(obj);
    if let Some(mc) = machine_code {
        if let Some(tier) = vm.tier.take() {
            vm.tmp_roots.push(code);
            let r = tier.install(vm, code, mc);
            vm.tmp_roots.pop();
            vm.tier = Some(tier);
            if let Err(msg) = r {
                return Err(vm.new_exc_msg(vm.exc.value_error, &msg));
            }
        }
    }
    Ok(code)
}

/// A function's bytes: a private copy in a GC-heap RawData block, or a pointer into the module's
/// backing (mapping or static data), which the module context keeps alive.
enum FunBytes {
    Heap(Obj),
    InPlace(*const u8, usize),
}

/// Copy fun_data into a new RawData block of the GC heap (so RAM-resident code counts in
/// `gc.mem_alloc()` and against `-X heapsize`). The block stays on `vm.tmp_roots` until the code
/// object that owns it exists (the caller's `make_code` truncates them).
fn copy_to_heap(vm: &mut Vm, bytes: &[u8]) -> PyResult<FunBytes> {
    let raw = crate::runtime::bytes::new_raw(vm, bytes.len())?;
    cast::<RawData>(raw).data().copy_from_slice(bytes);
    vm.tmp_roots.push(raw);
    Ok(FunBytes::Heap(raw))
}

/// Per-function data besides the bytes and children.
struct Parts {
    kind: CodeKind,
    prelude_offset: usize,
    emit: EmitKind,
    hints: Option<TypeHints>,
    entry_states: Option<Box<[EntryState]>>,
}

fn build_info(
    vm: &mut Vm,
    ctx: &Rc<ModuleCtx>,
    fun: FunBytes,
    parts: Parts,
    children: Vec<Obj>,
) -> PyResult<CodeInfo> {
    let Parts {
        kind,
        prelude_offset,
        emit,
        hints,
        entry_states,
    } = parts;
    let (fun_obj, data_ptr, data_len): (Obj, *const u8, usize) = match fun {
        FunBytes::Heap(raw) => {
            let b = cast::<RawData>(raw).data();
            (raw, b.as_ptr(), b.len())
        }
        FunBytes::InPlace(p, l) => (Obj::NULL, p, l),
    };
    // SAFETY: data_ptr/data_len describe the heap block `fun_obj` (rooted on vm.tmp_roots until
    // the code object holds it; objects never move), or bytes of ctx.backing (a live mapping or
    // static data) that outlive the code object, which holds ctx.
    let bytes: &[u8] = unsafe { std::slice::from_raw_parts(data_ptr, data_len) };
    let bad = |vm: &mut Vm, what: &str| {
        vm.new_exc_msg(vm.exc.value_error, &format!("malformed code: {what}"))
    };
    let start = if kind == CodeKind::Native {
        prelude_offset
    } else {
        0
    };
    let p: Prelude = match bytecode::read_prelude_at(bytes, start) {
        Ok(p) => p,
        Err(_) => return Err(bad(vm, "prelude")),
    };
    let q = |i: u32| ctx.qstrs.get(i as usize).copied();
    let simple_name = match q(p.simple_name) {
        Some(o) => o,
        None => return Err(bad(vm, "qstr index")),
    };
    let mut arg_names = Vec::with_capacity(p.arg_names.len());
    for &a in &p.arg_names {
        match q(a) {
            Some(o) => arg_names.push(o),
            None => return Err(bad(vm, "qstr index")),
        }
    }
    let cells = bytes[p.cells.clone()].to_vec();
    let caches = if kind == CodeKind::Bytecode {
        crate::vm::icache::CodeCaches::for_bytecode(&bytes[p.code_start..])
    } else {
        Default::default()
    };
    let n_state = p.sig.n_state as usize;
    let plain = p.sig.scope_flags
        & (scope_flags::GENERATOR | scope_flags::VARARGS | scope_flags::VARKEYWORDS)
        == 0
        && p.sig.n_kwonly_args == 0
        && cells.is_empty();
    let plain_args = if plain {
        p.sig.n_pos_args as usize
    } else {
        usize::MAX
    };
    Ok(CodeInfo {
        ctx: ctx.clone(),
        kind,
        data_ptr,
        data_len,
        fun_obj,
        n_state,
        n_exc_stack: p.sig.n_exc_stack as usize,
        scope_flags: p.sig.scope_flags,
        n_pos_args: p.sig.n_pos_args as usize,
        n_kwonly_args: p.sig.n_kwonly_args as usize,
        n_def_pos_args: p.sig.n_def_pos_args as usize,
        simple_name,
        qualname: std::cell::Cell::new(simple_name),
        arg_names,
        cells,
        line_info: p.line_info,
        code_start: if kind == CodeKind::Bytecode {
            p.code_start
        } else {
            0
        },
        children,
        emit,
        hints,
        entry_states,
        native_entry: std::cell::Cell::new(std::ptr::null()),
        native_owner: std::cell::RefCell::new(None),
        caches,
        plain_args,
        direct: Default::default(),
    })
}

#[inline(always)]
pub fn code_info(code: Obj) -> &'static CodeInfo {
    &cast::<CodeObj>(code).info
}
