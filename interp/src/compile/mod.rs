//! The compiler driver: source to CompiledModule (v6 bytecode), running MicroPython's passes (scope,
//! stack size, code size, emit until stable) over every scope. Not parsing, not the .mpy writer.

mod emit;
mod expr;
mod scope;
mod stmt;

use std::collections::HashMap;

use crate::ast::{Expr, ExprKind, FuncDef, Stmt, StmtKind};
use crate::bytecode::{self, op, Signature};
use crate::code::{CodeKind, CompiledModule, Const, EmitKind, RawCode, TypeHints};
use crate::parse::{self, ParseOptions};

pub use emit::Pass;
use emit::{Emitter, Label};
use scope::{IdKind, Scope, ScopeKind, ScopeNode};

/// What kind of input is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// A module (file input).
    #[default]
    Exec,
    /// A single expression whose value is returned.
    Eval,
    /// REPL input: expression statements at top level call `__repl_print__`.
    Single,
}

/// Compiler options (see the API docs in the crate root).
#[derive(Clone, Copy, Debug)]
pub struct CompileOptions {
    pub mode: Mode,
    pub emit: EmitKind,
    pub opt_level: u8,
    pub small_int_bits: u8,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            mode: Mode::Exec,
            emit: EmitKind::Bytecode,
            opt_level: 0,
            small_int_bits: crate::code::MPY_DEFAULT_SMALL_INT_BITS,
        }
    }
}

/// A compile error, reported as a Python exception of `kind` at `line`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{filename}:{line}: {kind}: {msg}")]
pub struct CompileError {
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
}

/// Compile Python source to a module of v6 bytecode.
pub fn compile_source(
    source: &str,
    filename: &str,
    opts: &CompileOptions,
) -> Result<CompiledModule, CompileError> {
    let perr = |e: parse::ParseError| CompileError {
        kind: e.kind,
        msg: e.msg,
        filename: filename.to_string(),
        line: e.line,
        col: e.col,
    };
    if source.contains('\0') {
        let line = source[..source.find('\0').unwrap_or(0)]
            .matches('\n')
            .count() as u32
            + 1;
        return Err(CompileError {
            kind: "SyntaxError",
            msg: "source code cannot contain null bytes".into(),
            filename: filename.into(),
            line,
            col: 1,
        });
    }
    let popts = ParseOptions {
        debug: opts.opt_level == 0,
    };
    let body: Vec<Stmt> = match opts.mode {
        Mode::Eval => {
            let e = parse::parse_eval(source, popts).map_err(perr)?;
            let line = e.line;
            vec![Stmt {
                kind: StmtKind::Expr(e),
                line,
            }]
        }
        _ => parse::parse_module(source, popts).map_err(perr)?,
    };
    let mut c = Compiler::new(filename, *opts);
    c.compile_module(&body).map_err(|e| CompileError {
        filename: filename.to_string(),
        ..e
    })
}

/// Compile already-read bytes: invalid UTF-8 is a SyntaxError, never a panic.
pub fn compile_bytes(
    source: &[u8],
    filename: &str,
    opts: &CompileOptions,
) -> Result<CompiledModule, CompileError> {
    match std::str::from_utf8(source) {
        Ok(s) => compile_source(s, filename, opts),
        Err(e) => {
            let line = source[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count() as u32
                + 1;
            Err(CompileError {
                kind: "SyntaxError",
                msg: "invalid UTF-8 in source".into(),
                filename: filename.into(),
                line,
                col: 1,
            })
        }
    }
}

/// Loop context for break/continue.
#[derive(Clone, Copy, Debug)]
struct LoopLabels {
    break_label: Label,
    continue_label: Label,
    except_level: u32,
    /// `break` must pop the 4-slot for-iterator.
    break_from_for: bool,
}

pub(crate) struct Compiler<'a> {
    opts: CompileOptions,
    qstrs: Vec<String>,
    qstr_map: HashMap<String, usize>,
    consts: Vec<Const>,
    scopes: Vec<Scope<'a>>,
    /// AST node address to scope index (defs, lambdas, classes, comprehensions).
    scope_of: HashMap<usize, usize>,
    pass: Pass,
    cur: usize,
    next_label: Label,
    loop_ctx: Option<LoopLabels>,
    cur_except_level: u32,
    /// Names imported from micropython that act as emitter decorators (`native`, `viper`).
    emitter_decorators: HashMap<String, EmitKind>,
    /// Constant index by AST node: later emit passes find a node's constant by identity, as
    /// MicroPython does (matters for NaN, which equals nothing).
    const_by_node: HashMap<usize, usize>,
    /// Index of str/bytes/int constants by value (floats and tuples are searched).
    const_index: HashMap<(u8, Vec<u8>), usize>,
    /// Line of the statement being compiled (for errors on nodes without a line).
    pub(crate) stmt_line: u32,
}

type CResult<T> = Result<T, CompileError>;

pub(crate) fn key_of<T>(r: &T) -> usize {
    r as *const T as usize
}

impl<'a> Compiler<'a> {
    fn new(filename: &str, opts: CompileOptions) -> Compiler<'a> {
        let mut c = Compiler {
            opts,
            qstrs: Vec::new(),
            qstr_map: HashMap::new(),
            consts: Vec::new(),
            scopes: Vec::new(),
            scope_of: HashMap::new(),
            pass: Pass::Scope,
            cur: 0,
            next_label: 0,
            loop_ctx: None,
            cur_except_level: 0,
            emitter_decorators: HashMap::new(),
            stmt_line: 1,
            const_by_node: HashMap::new(),
            const_index: HashMap::new(),
        };
        c.use_qstr(filename);
        c
    }

    pub(crate) fn error(&self, msg: &str, line: u32) -> CompileError {
        let line = if line == 0 { self.stmt_line } else { line };
        CompileError {
            kind: "SyntaxError",
            msg: msg.into(),
            filename: String::new(),
            line,
            col: 1,
        }
    }

    // ----- tables ----------------------------------------------------------------------------

    pub(crate) fn use_qstr(&mut self, s: &str) -> usize {
        if let Some(i) = self.qstr_map.get(s) {
            return *i;
        }
        self.qstrs.push(s.to_string());
        self.qstr_map.insert(s.to_string(), self.qstrs.len() - 1);
        self.qstrs.len() - 1
    }

    /// Register a qstr operand (also in dead code, as MicroPython's emitter does).
    pub(crate) fn use_qstr_live(&mut self, s: &str) -> usize {
        self.use_qstr(s)
    }

    fn use_const(&mut self, c: Const) -> usize {
        if self.pass != Pass::Emit {
            return 0;
        }
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(i) = self.const_index.get(k) {
                return *i;
            }
        } else if let Some(i) = self.consts.iter().position(|x| const_equal(x, &c)) {
            return i;
        }
        self.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, self.consts.len() - 1);
        }
        self.consts.len() - 1
    }

    // ----- emitter shortcuts -----------------------------------------------------------------

    pub(crate) fn em(&mut self) -> &mut Emitter {
        &mut self.scopes[self.cur].em
    }
    pub(crate) fn scope(&self) -> &Scope<'a> {
        &self.scopes[self.cur]
    }
    pub(crate) fn scope_mut(&mut self) -> &mut Scope<'a> {
        &mut self.scopes[self.cur]
    }
    pub(crate) fn new_label(&mut self) -> Label {
        self.next_label += 1;
        self.next_label - 1
    }
    pub(crate) fn op(&mut self, opcode: u8, delta: i32) {
        self.em().op(opcode, delta);
    }
    pub(crate) fn op_qstr(&mut self, opcode: u8, name: &str, delta: i32) {
        let q = self.use_qstr_live(name);
        self.em().op_uint(opcode, q as u64, delta);
    }
    pub(crate) fn jump(&mut self, opcode: u8, label: Label, delta: i32) {
        self.em().jump(opcode, label, delta);
        if opcode == op::JUMP || opcode == op::POP_EXCEPT_JUMP {
            self.em().suppress_dead_code();
        }
    }
    pub(crate) fn label(&mut self, label: Label) {
        self.em().label_assign(label);
    }
    pub(crate) fn adjust(&mut self, delta: i32) {
        self.em().adjust_stack(delta);
    }
    pub(crate) fn line(&mut self, line: u32) {
        self.em().set_source_line(line);
    }
    /// LOAD_CONST_OBJ for the constant of AST node `key` (re-used by identity across passes).
    pub(crate) fn load_node_const(&mut self, key: usize, c: Const) {
        if self.pass == Pass::Emit {
            if let Some(i) = self.const_by_node.get(&key).copied() {
                self.em().op_uint(op::LOAD_CONST_OBJ, i as u64, 1);
                return;
            }
            let i = self.use_const(c);
            self.const_by_node.insert(key, i);
            self.em().op_uint(op::LOAD_CONST_OBJ, i as u64, 1);
            return;
        }
        self.load_const_obj(c);
    }

    pub(crate) fn load_const_obj(&mut self, c: Const) {
        let i = self.use_const(c);
        self.em().op_uint(op::LOAD_CONST_OBJ, i as u64, 1);
    }
    pub(crate) fn return_value(&mut self) {
        self.op(op::RETURN_VALUE, -1);
        self.em().suppress_dead_code();
    }

    /// Load an int: small-int opcode if it fits the target's small-int width, else a constant.
    pub(crate) fn load_int(&mut self, v: &num_bigint::BigInt) {
        use num_traits::ToPrimitive;
        let bits = self.opts.small_int_bits.clamp(2, 63) as u32;
        if let Some(x) = v.to_i64() {
            let lim = 1i64 << (bits - 1);
            if (-lim..lim).contains(&x) {
                self.em().load_small_int(x);
                return;
            }
        }
        self.load_const_obj(Const::Int(v.to_string()));
    }

    // ----- identifiers -----------------------------------------------------------------------

    pub(crate) fn load_id(&mut self, name: &str) {
        if self.pass == Pass::Scope {
            let cur = self.cur;
            let (i, _) = self.scopes[cur].find_or_add(name, IdKind::GlobalImplicit);
            if self.scopes[cur].ids[i].kind == IdKind::GlobalImplicit {
                scope::check_to_close_over(&mut self.scopes, cur, i);
            }
            return;
        }
        self.id_op(name, op::LOAD_NAME, op::LOAD_GLOBAL, IdOp::Load);
    }

    pub(crate) fn store_id(&mut self, name: &str) {
        if self.pass == Pass::Scope {
            self.declare_modified(self.cur, name);
            return;
        }
        self.id_op(name, op::STORE_NAME, op::STORE_GLOBAL, IdOp::Store);
    }

    pub(crate) fn delete_id(&mut self, name: &str) {
        if self.pass == Pass::Scope {
            self.declare_modified(self.cur, name);
            return;
        }
        self.id_op(name, op::DELETE_NAME, op::DELETE_GLOBAL, IdOp::Delete);
    }

    pub(crate) fn declare_modified(&mut self, si: usize, name: &str) -> usize {
        let (i, _) = self.scopes[si].find_or_add(name, IdKind::GlobalImplicit);
        if self.scopes[si].kind.is_func_like()
            && self.scopes[si].ids[i].kind == IdKind::GlobalImplicit
        {
            self.scopes[si].ids[i].kind = IdKind::Local;
        }
        i
    }

    fn id_op(&mut self, name: &str, name_op: u8, global_op: u8, which: IdOp) {
        let delta = match which {
            IdOp::Load => 1,
            IdOp::Store => -1,
            IdOp::Delete => 0,
        };
        let (kind, local) = match self.scope().find(name) {
            Some(i) => (self.scope().ids[i].kind, self.scope().ids[i].local_num),
            None => {
                let k = if self.scope().kind.is_func_like() {
                    IdKind::GlobalExplicit
                } else {
                    IdKind::GlobalImplicit
                };
                (k, 0)
            }
        };
        match kind {
            IdKind::GlobalImplicit | IdKind::Undecided => self.op_qstr(name_op, name, delta),
            IdKind::GlobalExplicit => self.op_qstr(global_op, name, delta),
            IdKind::Local => match which {
                IdOp::Load => self.em().load_fast(local),
                IdOp::Store => self.em().store_fast(local),
                IdOp::Delete => self.em().op_uint(op::DELETE_FAST, local as u64, 0),
            },
            IdKind::Cell | IdKind::Free => {
                let opcode = match which {
                    IdOp::Load => op::LOAD_DEREF,
                    IdOp::Store => op::STORE_DEREF,
                    IdOp::Delete => op::DELETE_DEREF,
                };
                self.em().op_uint(opcode, local as u64, delta);
            }
        }
    }

    // ----- scopes and passes -----------------------------------------------------------------

    /// Create (in the scope pass) or look up the scope made from the node at `key`.
    pub(crate) fn child_scope(
        &mut self,
        key: usize,
        make: impl FnOnce(usize) -> Scope<'a>,
    ) -> CResult<usize> {
        if self.pass == Pass::Scope {
            let s = make(self.cur);
            self.scopes.push(s);
            let idx = self.scopes.len() - 1;
            self.scope_of.insert(key, idx);
            Ok(idx)
        } else {
            // Every pass walks the same code, so the scope pass has made this scope.
            self.scope_of
                .get(&key)
                .copied()
                .ok_or_else(|| CompileError {
                    kind: "RuntimeError",
                    msg: "internal compiler error: scope not found".into(),
                    filename: String::new(),
                    line: self.stmt_line,
                    col: 1,
                })
        }
    }

    /// MicroPython stores local numbers of cells and closure counts in single bytes.
    fn check_byte_limits(&self, si: usize) -> CResult<()> {
        let s = &self.scopes[si];
        let too_many = s
            .ids
            .iter()
            .any(|id| id.kind == IdKind::Cell && id.local_num > 255)
            || s.ids.iter().filter(|id| id.kind == IdKind::Free).count() > 255
            // Local numbers are u16; the prelude signature (bytecode::read_signature) holds at
            // most 14 bits of positional and 12 bits of keyword-only/default argument counts.
            || s.num_locals > u16::MAX as u32
            || s.num_pos_args >= 1 << 14
            || s.num_kwonly_args >= 1 << 12
            || s.num_def_pos_args >= 1 << 12;
        if too_many {
            return Err(CompileError {
                kind: "SyntaxError",
                msg: "too many local variables".into(),
                filename: String::new(),
                line: s.first_line,
                col: 1,
            });
        }
        Ok(())
    }

    fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<CompiledModule> {
        self.note_emitter_imports(body);
        let mut root = Scope::new(
            ScopeKind::Module,
            ScopeNode::Module(body),
            None,
            "<module>".into(),
            1,
        );
        // `-X emit=`: the module-wide default, inherited by every nested scope.
        root.emit_kind = self.opts.emit;
        self.scopes.push(root);
        let mut i = 0;
        while i < self.scopes.len() {
            self.run_pass(i, Pass::Scope)?;
            i += 1;
        }
        for si in 0..self.scopes.len() {
            scope::compute_things(&mut self.scopes, si);
            self.check_byte_limits(si)?;
        }
        for si in 0..self.scopes.len() {
            self.run_pass(si, Pass::StackSize)?;
            self.run_pass(si, Pass::CodeSize)?;
            let mut prev = usize::MAX;
            let mut prev_lines = usize::MAX;
            for _ in 0..64 {
                self.run_pass(si, Pass::Emit)?;
                let em = &self.scopes[si].em;
                if em.code.len() == prev && em.line_info.len() == prev_lines {
                    break;
                }
                prev = em.code.len();
                prev_lines = em.line_info.len();
            }
            self.check_jump_range(si)?;
        }
        let root = self.build_raw_code(0);
        Ok(CompiledModule {
            qstrs: std::mem::take(&mut self.qstrs),
            consts: std::mem::take(&mut self.consts),
            root,
            arch: 0,
            arch_flags: None,
            small_int_bits: self.opts.small_int_bits,
        })
    }

    /// Record `from micropython import native, viper` so `@native`/`@viper` select emitters.
    fn note_emitter_imports(&mut self, body: &[Stmt]) {
        for s in body {
            if let StmtKind::ImportFrom(0, m, names) = &s.kind {
                if m == "micropython" {
                    for a in names {
                        let kind = match a.name.as_str() {
                            "native" => EmitKind::Native,
                            "viper" => EmitKind::Viper,
                            _ => continue,
                        };
                        self.emitter_decorators
                            .insert(a.asname.clone().unwrap_or(a.name.clone()), kind);
                    }
                }
            }
        }
    }

    fn check_jump_range(&self, si: usize) -> CResult<()> {
        if self.scopes[si].em.overflow {
            return Err(CompileError {
                kind: "RuntimeError",
                msg: "bytecode overflow".into(),
                filename: String::new(),
                line: self.scopes[si].first_line,
                col: 1,
            });
        }
        Ok(())
    }

    fn run_pass(&mut self, si: usize, pass: Pass) -> CResult<()> {
        self.pass = pass;
        self.cur = si;
        self.next_label = 0;
        self.loop_ctx = None;
        self.cur_except_level = 0;
        let lines = self.opts.opt_level < 3;
        // Every scope's line table starts from line 1.
        self.scopes[si].em.start_pass(pass, 1, lines);
        let name = self.scopes[si].simple_name.clone();
        self.use_qstr(&name);
        if pass != Pass::Scope {
            for q in self.arg_names(si) {
                self.use_qstr(&q);
            }
        }
        match self.scopes[si].node {
            ScopeNode::Module(body) => self.compile_module_scope(body)?,
            ScopeNode::Func(f) => {
                if f.lambda_body.is_some() {
                    self.compile_lambda_scope(f)?
                } else {
                    self.compile_function_scope(f)?
                }
            }
            ScopeNode::Class(c) => self.compile_class_scope(c)?,
            ScopeNode::Comp(e) => self.compile_comp_scope(e)?,
        }
        if pass != Pass::Scope {
            let s = &mut self.scopes[si];
            s.stack_size = s.em.max_stack.max(0) as u32;
        }
        Ok(())
    }

    /// The prelude's argument names: each parameter slot's name, or `*` for closure cells and the
    /// comprehension iterator.
    fn arg_names(&self, si: usize) -> Vec<String> {
        let s = &self.scopes[si];
        let n = s.num_pos_args + s.num_kwonly_args;
        // One pass over the ids (a find per argument was quadratic in the argument count).
        let mut names = vec!["*".to_string(); n as usize];
        for id in s.ids.iter().rev() {
            if id.flags & scope::ID_FLAG_IS_PARAM != 0 && (id.local_num as usize) < names.len() {
                names[id.local_num as usize] = id.name.clone();
            }
        }
        names
    }

    fn compile_module_scope(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if self.opts.mode == Mode::Eval {
            // eval input: the single expression's value is returned.
            if let [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }] = body
            {
                self.expr(e)?;
                self.return_value();
                return Ok(());
            }
        }
        self.stmts(body)?;
        self.op(op::LOAD_CONST_NONE, 1);
        self.return_value();
        Ok(())
    }

    fn build_raw_code(&mut self, si: usize) -> RawCode {
        let children: Vec<usize> = self.scopes[si].em.children.clone();
        let kids: Vec<RawCode> = children.iter().map(|c| self.build_raw_code(*c)).collect();
        let names = self.arg_names(si);
        let hints = self.hints_of(si);
        let s = &self.scopes[si];
        let mut fun_data = Vec::new();
        let n_state = (s.num_locals + s.stack_size).max(1);
        let sig = Signature {
            n_state,
            n_exc_stack: s.exc_stack_size,
            scope_flags: s.flags & 0x0f,
            n_pos_args: s.num_pos_args,
            n_kwonly_args: s.num_kwonly_args,
            n_def_pos_args: s.num_def_pos_args,
        };
        bytecode::write_signature(&mut fun_data, &sig);
        let mut info = Vec::new();
        bytecode::write_vuint(&mut info, self.qstr_map[&s.simple_name] as u64);
        for n in &names {
            bytecode::write_vuint(&mut info, self.qstr_map[n] as u64);
        }
        info.extend_from_slice(&s.em.line_info);
        let cells: Vec<u8> = s
            .ids
            .iter()
            .filter(|id| id.kind == IdKind::Cell)
            .map(|id| id.local_num as u8)
            .collect();
        bytecode::write_size_info(&mut fun_data, info.len() as u32, cells.len() as u32);
        fun_data.extend_from_slice(&info);
        fun_data.extend_from_slice(&cells);
        fun_data.extend_from_slice(&s.em.code);
        let mut rc = RawCode::bytecode(fun_data, kids);
        rc.kind = CodeKind::Bytecode;
        rc.emit = s.emit_kind;
        rc.hints = hints;
        rc
    }

    /// Collect a function's annotations (parameters, `*args`/`**kw`, annotated locals, return).
    pub(crate) fn annotations_of(f: &FuncDef) -> Option<Annotations> {
        let mut names = Vec::new();
        let params = f
            .params
            .iter()
            .chain(f.star.iter())
            .chain(f.kwonly.iter())
            .chain(f.dstar.iter());
        for p in params {
            if let Some(a) = &p.annotation {
                names.push((p.name.clone(), annotation_text(a)));
            }
        }
        collect_local_annotations(&f.body, &mut names);
        let ret = f.returns.as_ref().map(annotation_text);
        if names.is_empty() && ret.is_none() {
            return None;
        }
        Some(Annotations { names, ret })
    }

    /// TypeHints of scope `si` (after local numbering): one entry per prelude argument slot, plus
    /// annotated locals by local number.
    fn hints_of(&self, si: usize) -> Option<TypeHints> {
        let s = &self.scopes[si];
        let ann = s.annotations.as_ref()?;
        let n_args = (s.num_pos_args + s.num_kwonly_args) as usize;
        let mut args = vec![None; n_args];
        let mut locals = Vec::new();
        for (name, text) in &ann.names {
            let Some(id) = s.find(name).map(|i| &s.ids[i]) else {
                continue;
            };
            let slot = id.local_num as usize;
            if id.flags & scope::ID_FLAG_IS_PARAM != 0 && slot < n_args {
                args[slot] = Some(text.clone());
            } else if matches!(id.kind, IdKind::Local | IdKind::Cell)
                && !locals.iter().any(|(n, _)| *n == id.local_num)
            {
                locals.push((id.local_num, text.clone()));
            }
        }
        Some(TypeHints {
            args,
            ret: ann.ret.clone(),
            locals,
        })
    }
}

/// Annotation texts of one function, before local numbers are known.
#[derive(Clone, Debug, Default)]
pub(crate) struct Annotations {
    pub names: Vec<(String, String)>,
    pub ret: Option<String>,
}

/// A hashable identity for constants whose equality is plain value equality.
fn const_key(c: &Const) -> Option<(u8, Vec<u8>)> {
    match c {
        Const::Str(s) => Some((0, s.as_bytes().to_vec())),
        Const::Bytes(b) => Some((1, b.clone())),
        Const::Int(s) => Some((2, s.as_bytes().to_vec())),
        _ => None,
    }
}

/// Constant de-duplication as mpy-cross does it: same type and equal value, where NaN never equals
/// anything and 0.0 differs from -0.0.
fn const_equal(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) | (Const::Complex(x), Const::Complex(y)) => {
            x == y && x.is_sign_negative() == y.is_sign_negative()
        }
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_equal(p, q))
        }
        _ => a == b,
    }
}

#[derive(Clone, Copy)]
enum IdOp {
    Load,
    Store,
    Delete,
}

/// The text of an annotation expression (a name or dotted name; anything else as a placeholder).
pub(crate) fn annotation_text(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Attribute(b, a) => format!("{}.{}", annotation_text(b), a),
        ExprKind::Str(s) => s.clone(),
        ExprKind::NoneLit => "None".into(),
        ExprKind::Subscript(b, _) => annotation_text(b),
        _ => "?".into(),
    }
}

fn collect_local_annotations(body: &[Stmt], out: &mut Vec<(String, String)>) {
    for s in body {
        match &s.kind {
            StmtKind::AnnAssign(t, a, _) => {
                if let ExprKind::Name(n) = &t.kind {
                    out.push((n.clone(), annotation_text(a)));
                }
            }
            StmtKind::If(_, b, elifs, o) => {
                collect_local_annotations(b, out);
                for (_, eb) in elifs {
                    collect_local_annotations(eb, out);
                }
                collect_local_annotations(o, out);
            }
            StmtKind::While(_, b, o) | StmtKind::For(_, _, b, o, _) => {
                collect_local_annotations(b, out);
                collect_local_annotations(o, out);
            }
            StmtKind::With(_, b, _) => collect_local_annotations(b, out),
            StmtKind::Try(b, hs, o, f) => {
                collect_local_annotations(b, out);
                for h in hs {
                    collect_local_annotations(&h.body, out);
                }
                collect_local_annotations(o, out);
                if let Some(f) = f {
                    collect_local_annotations(f, out);
                }
            }
            _ => {}
        }
    }
}
