//! Runtime code objects: a decoded prelude, the bytecode where it lies, and the module context
//! (qstr table as interned strings, constant table as objects). Not the compiler's RawCode
//! (code.rs), which this is built from.

use crate::bytecode::{self, Prelude};
use crate::code::{CodeKind, CompiledModule, Const, EmitKind, RawCode, TypeHints};
use crate::gc::Heap;
use crate::obj::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Where a module's bytes live: owned by the code, or a read-only file mapping shared by the
/// whole module (execute in place).
pub enum Backing {
    Owned,
    Mapped(std::sync::Arc<memmap2::Mmap>),
    Static,
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
    /// The function's fun_data (prelude + bytecode). Points into `owned` or the module backing.
    data_ptr: *const u8,
    data_len: usize,
    _owned: Box<[u8]>,
    pub n_state: usize,
    pub n_exc_stack: usize,
    pub scope_flags: u8,
    pub n_pos_args: usize,
    pub n_kwonly_args: usize,
    pub n_def_pos_args: usize,
    pub simple_name: Obj,
    pub arg_names: Vec<Obj>,
    pub cells: Vec<u8>,
    pub line_info: std::ops::Range<usize>,
    /// Offset of the first opcode in fun_data.
    pub code_start: usize,
    pub children: Vec<Obj>,
    pub emit: EmitKind,
    pub hints: Option<TypeHints>,
    /// Machine code compiled for this code object by a tier, or null (entry point).
    pub native_entry: std::cell::Cell<*const u8>,
    /// Inline caches of the attribute opcodes (vm/icache.rs).
    pub caches: crate::vm::icache::CodeCaches,
    /// Keeps the tier's code alive.
    pub native_owner: std::cell::RefCell<Option<Box<dyn std::any::Any>>>,
}

impl CodeInfo {
    #[inline(always)]
    pub fn fun_data(&self) -> &[u8] {
        // SAFETY: data_ptr/data_len describe bytes owned by `owned`, by the module's mapping (kept
        // alive through ctx.backing), or static data; all outlive self.
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
    pub fn line_of(&self, bc_offset: usize) -> u32 {
        bytecode::line_for_offset(self.line_table(), bc_offset)
    }
    pub fn is_generator(&self) -> bool {
        self.scope_flags & crate::code::scope_flags::GENERATOR != 0
    }
    pub fn trace(&self, heap: &mut Heap) {
        for &c in &self.ctx.consts {
            mark_obj(heap, c);
        }
        mark_obj(heap, self.ctx.filename);
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

/// Build the code objects of a compiled (or loaded) module. Returns the top-level Code object.
pub fn load_module_code(vm: &mut Vm, m: &CompiledModule, backing: Backing) -> PyResult {
    let qstrs: Vec<Obj> = m.qstrs.iter().map(|s| vm.intern(s)).collect();
    let filename = qstrs
        .first()
        .copied()
        .unwrap_or_else(|| vm.intern("<stdin>"));
    let base = vm.tmp_roots.len();
    let mut consts = Vec::with_capacity(m.consts.len());
    for c in &m.consts {
        let o = const_to_obj(vm, c)?;
        vm.tmp_roots.push(o);
        consts.push(o);
    }
    let ctx = Rc::new(ModuleCtx {
        qstrs,
        consts,
        filename,
        backing,
    });
    let r = make_code(vm, &ctx, &m.root);
    vm.tmp_roots.truncate(base);
    r
}

fn make_code(vm: &mut Vm, ctx: &Rc<ModuleCtx>, rc: &RawCode) -> PyResult {
    let base = vm.tmp_roots.len();
    let mut children = Vec::with_capacity(rc.children.len());
    for ch in &rc.children {
        let c = make_code(vm, ctx, ch)?;
        vm.tmp_roots.push(c);
        children.push(c);
    }
    let owned: Box<[u8]> = rc.fun_data.clone().into_boxed_slice();
    let info = build_info(
        vm,
        ctx,
        rc.kind,
        owned,
        rc.prelude_offset as usize,
        children,
        rc.emit,
        rc.hints.clone(),
    )?;
    let ty = vm.types.code;
    let obj = vm.alloc::<CodeObj>(ObjKind::Code, ty, 0)?;
    // SAFETY: the field is zeroed memory, not a valid Box: write without dropping.
    unsafe { std::ptr::write(&mut obj.info, Box::new(info)) };
    vm.tmp_roots.truncate(base);
    Ok(Obj::from_ptr(obj))
}

#[allow(clippy::too_many_arguments)]
fn build_info(
    vm: &mut Vm,
    ctx: &Rc<ModuleCtx>,
    kind: CodeKind,
    owned: Box<[u8]>,
    prelude_offset: usize,
    children: Vec<Obj>,
    emit: EmitKind,
    hints: Option<TypeHints>,
) -> PyResult<CodeInfo> {
    let bad = |vm: &mut Vm, what: &str| {
        vm.new_exc_msg(vm.exc.value_error, &format!("malformed code: {what}"))
    };
    let start = if kind == CodeKind::Native {
        prelude_offset
    } else {
        0
    };
    let p: Prelude = match bytecode::read_prelude_at(&owned, start) {
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
    let cells = owned[p.cells.clone()].to_vec();
    let caches = if kind == CodeKind::Bytecode {
        crate::vm::icache::CodeCaches::for_bytecode(&owned[p.code_start..])
    } else {
        Default::default()
    };
    let n_state = p.sig.n_state as usize;
    let data_ptr = owned.as_ptr();
    let data_len = owned.len();
    Ok(CodeInfo {
        ctx: ctx.clone(),
        kind,
        data_ptr,
        data_len,
        _owned: owned,
        n_state,
        n_exc_stack: p.sig.n_exc_stack as usize,
        scope_flags: p.sig.scope_flags,
        n_pos_args: p.sig.n_pos_args as usize,
        n_kwonly_args: p.sig.n_kwonly_args as usize,
        n_def_pos_args: p.sig.n_def_pos_args as usize,
        simple_name,
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
        native_entry: std::cell::Cell::new(std::ptr::null()),
        native_owner: std::cell::RefCell::new(None),
        caches,
    })
}

#[inline(always)]
pub fn code_info(code: Obj) -> &'static CodeInfo {
    &cast::<CodeObj>(code).info
}
