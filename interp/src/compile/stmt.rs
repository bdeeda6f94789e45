//! Statement code generation: assignment and deletion targets, control flow (if/while/for, the
//! optimised range loop), try/except/finally, with, imports, def/class and the scope bodies.
//! Not expressions (expr.rs) and not the pass driver (mod.rs).

use super::emit::{Label, Pass};
use super::expr::{flatten_chain, Trailer};
use super::scope::{
    self, IdKind, Scope, ScopeKind, ScopeNode, ID_FLAG_IS_DBL_STAR_PARAM, ID_FLAG_IS_PARAM,
    ID_FLAG_IS_STAR_PARAM,
};
use super::{key_of, CResult, Compiler, LoopLabels, Mode};
use crate::ast::*;
use crate::bytecode::{op, BinaryOp};
use crate::code::{scope_flags, EmitKind};
use crate::parse::fold::{is_const_false, is_const_true};
use num_traits::{ToPrimitive, Zero};

/// How a target is being assigned (MicroPython's assign_kind_t).
#[derive(Clone, Copy, PartialEq, Eq)]
enum AssignKind {
    Store,
    AugLoad,
    AugStore,
}

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.line(s.line);
        self.stmt_line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => self.expr_stmt(e)?,
            StmtKind::Assign(targets, value) => self.assign_stmt(targets, value)?,
            StmtKind::AugAssign(t, bop, v) => {
                self.assign_target(t, AssignKind::AugLoad)?;
                self.expr(v)?;
                self.em().binary_op(*bop);
                self.assign_target(t, AssignKind::AugStore)?;
            }
            StmtKind::AnnAssign(t, _ann, value) => match value {
                Some(v) => {
                    self.expr(v)?;
                    self.assign(t)?;
                }
                None => {
                    if self.pass == Pass::Scope && self.scope().kind == ScopeKind::Function {
                        if let ExprKind::Name(n) = &t.kind {
                            self.scope_mut().find_or_add(n, IdKind::Local);
                        }
                    }
                }
            },
            StmtKind::Pass => {}
            StmtKind::Break => self.break_continue(true, s.line)?,
            StmtKind::Continue => self.break_continue(false, s.line)?,
            StmtKind::Return(v) => {
                // Eval mode compiles the expression as a module-level return.
                let eval_root =
                    self.opts.mode == super::Mode::Eval && self.scope().kind == ScopeKind::Module;
                if self.scope().kind != ScopeKind::Function && !eval_root {
                    return Err(self.error("'return' outside function", s.line));
                }
                match v {
                    Some(Expr {
                        kind: ExprKind::IfExp(cond, a, b),
                        ..
                    }) => {
                        // `return a if c else b` returns from each branch (as CPython does).
                        let fail = self.new_label();
                        self.if_cond(cond, false, fail)?;
                        self.expr(a)?;
                        self.return_value();
                        self.label(fail);
                        self.expr(b)?;
                    }
                    Some(v) => self.expr(v)?,
                    None => self.op(op::LOAD_CONST_NONE, 1),
                }
                self.return_value();
            }
            StmtKind::Raise(exc, cause) => {
                let n = match (exc, cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        2
                    }
                };
                self.op(op::RAISE_LAST + n as u8, -n);
                self.em().suppress_dead_code();
            }
            StmtKind::Global(names) => self.declare_global_nonlocal(names, true, s.line)?,
            StmtKind::Nonlocal(names) => self.declare_global_nonlocal(names, false, s.line)?,
            StmtKind::Del(targets) => {
                for t in targets {
                    self.del_target(t)?;
                }
            }
            StmtKind::Assert(test, msg) => {
                if self.opts.opt_level == 0 {
                    let end = self.new_label();
                    self.if_cond(test, true, end)?;
                    self.op_qstr(op::LOAD_GLOBAL, "AssertionError", 1);
                    if let Some(m) = msg {
                        self.expr(m)?;
                        self.em().op_uint(op::CALL_FUNCTION, 1, -1);
                    }
                    self.op(op::RAISE_OBJ, -1);
                    self.em().suppress_dead_code();
                    self.label(end);
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.em().load_small_int(0);
                    self.op(op::LOAD_CONST_NONE, 1);
                    let base = self.import_name(&a.name, a.asname.is_some());
                    self.store_id(a.asname.as_deref().unwrap_or(&base));
                }
            }
            StmtKind::ImportFrom(level, module, names) => {
                self.import_from(*level, module, names, s.line)?
            }
            StmtKind::If(cond, body, elifs, orelse) => self.if_stmt(cond, body, elifs, orelse)?,
            StmtKind::While(cond, body, orelse) => self.while_stmt(cond, body, orelse)?,
            StmtKind::For(target, iter, body, orelse, is_async) => {
                if *is_async {
                    self.async_for(target, iter, body, orelse, s.line)?;
                } else {
                    self.for_stmt(target, iter, body, orelse)?;
                }
            }
            StmtKind::Try(body, handlers, orelse, finally) => match finally {
                Some(fin) => self.try_finally(body, handlers, orelse, fin)?,
                None => self.try_except(body, handlers, orelse)?,
            },
            StmtKind::With(items, body, is_async) => {
                if *is_async {
                    if self.scope().flags & scope_flags::GENERATOR == 0 {
                        return Err(self.error("async for/with outside async function", s.line));
                    }
                    self.async_with(items, body)?;
                } else {
                    self.with_items(items, body)?;
                }
            }
            StmtKind::FunctionDef(f) => self.funcdef(f)?,
            StmtKind::ClassDef(c) => self.classdef(c)?,
        }
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult<()> {
        if self.opts.mode == Mode::Single && self.scope().kind == ScopeKind::Module {
            self.load_id("__repl_print__");
            self.expr(e)?;
            self.em().op_uint(op::CALL_FUNCTION, 1, -1);
            self.op(op::POP_TOP, -1);
            return Ok(());
        }
        let lonely_constant = matches!(
            e.kind,
            ExprKind::Int(_)
                | ExprKind::Float(_)
                | ExprKind::Imag(_)
                | ExprKind::Str(_)
                | ExprKind::StrObj(_)
                | ExprKind::Bytes(_)
                | ExprKind::NoneLit
                | ExprKind::True
                | ExprKind::False
                | ExprKind::Ellipsis
                | ExprKind::ConstTuple(_)
        );
        if !lonely_constant {
            self.expr(e)?;
            self.op(op::POP_TOP, -1);
        }
        Ok(())
    }

    fn assign_stmt(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult<()> {
        if targets.len() == 1 {
            if let (ExprKind::Tuple(lhs, false), ExprKind::Tuple(rhs, false)) =
                (&targets[0].kind, &value.kind)
            {
                let n = lhs.len();
                if n == rhs.len()
                    && (n == 2 || n == 3)
                    && !lhs.iter().any(|t| matches!(t.kind, ExprKind::Starred(_)))
                {
                    for r in rhs {
                        self.expr(r)?;
                    }
                    if n == 3 {
                        self.op(op::ROT_THREE, 0);
                    }
                    self.op(op::ROT_TWO, 0);
                    for t in lhs {
                        self.assign(t)?;
                    }
                    return Ok(());
                }
            }
        }
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.op(op::DUP_TOP, 1);
            }
            self.assign(t)?;
        }
        Ok(())
    }

    /// Store TOS into a target.
    pub(crate) fn assign(&mut self, t: &'a Expr) -> CResult<()> {
        self.assign_target(t, AssignKind::Store)
    }

    fn assign_target(&mut self, t: &'a Expr, kind: AssignKind) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => {
                if kind == AssignKind::AugLoad {
                    self.load_id(n);
                } else {
                    self.store_id(n);
                }
                Ok(())
            }
            ExprKind::Attribute(..) | ExprKind::Subscript(..) => self.assign_chain(t, kind),
            ExprKind::Tuple(items, _) | ExprKind::List(items) if kind == AssignKind::Store => {
                self.assign_tuple(items)
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::NoneLit
            | ExprKind::True
            | ExprKind::False => Err(self.error("can't assign to literal", t.line)),
            _ => Err(self.error("can't assign to expression", t.line)),
        }
    }

    fn assign_chain(&mut self, t: &'a Expr, kind: AssignKind) -> CResult<()> {
        let (base, trailers) = flatten_chain(t);
        let (last, prefix) = trailers.split_last().expect("chain has a trailer");
        if kind != AssignKind::AugStore {
            self.expr(base)?;
            for tr in prefix {
                self.trailer(tr)?;
            }
        }
        match last {
            Trailer::Index(idx, _) => {
                if kind == AssignKind::AugStore {
                    self.op(op::ROT_THREE, 0);
                    self.op(op::STORE_SUBSCR, -3);
                } else {
                    self.expr(idx)?;
                    if kind == AssignKind::AugLoad {
                        self.op(op::DUP_TOP_TWO, 2);
                        self.op(op::LOAD_SUBSCR, -1);
                    } else {
                        self.op(op::STORE_SUBSCR, -3);
                    }
                }
            }
            Trailer::Attr(name, _) => {
                if kind == AssignKind::AugLoad {
                    self.op(op::DUP_TOP, 1);
                    self.op_qstr(op::LOAD_ATTR, name, 0);
                } else {
                    if kind == AssignKind::AugStore {
                        self.op(op::ROT_TWO, 0);
                    }
                    self.op_qstr(op::STORE_ATTR, name, -2);
                }
            }
            Trailer::Call(..) => return Err(self.error("can't assign to expression", t.line)),
        }
        Ok(())
    }

    fn assign_tuple(&mut self, items: &'a [Expr]) -> CResult<()> {
        let mut star: Option<usize> = None;
        for (i, it) in items.iter().enumerate() {
            if matches!(it.kind, ExprKind::Starred(_)) {
                if star.is_some() {
                    return Err(self.error("multiple *x in assignment", it.line));
                }
                star = Some(i);
                let right = items.len() - i - 1;
                self.em()
                    .op_uint(op::UNPACK_EX, (i | right << 8) as u64, (i + right) as i32);
            }
        }
        if star.is_none() {
            self.em().op_uint(
                op::UNPACK_SEQUENCE,
                items.len() as u64,
                items.len() as i32 - 1,
            );
        }
        for it in items {
            match &it.kind {
                ExprKind::Starred(inner) => self.assign(inner)?,
                _ => self.assign(it)?,
            }
        }
        Ok(())
    }

    fn del_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_id(n),
            ExprKind::Attribute(..) | ExprKind::Subscript(..) => {
                let (base, trailers) = flatten_chain(t);
                let (last, prefix) = trailers.split_last().expect("chain has a trailer");
                self.expr(base)?;
                for tr in prefix {
                    self.trailer(tr)?;
                }
                match last {
                    Trailer::Index(idx, _) => {
                        self.expr(idx)?;
                        self.op(op::LOAD_NULL, 1);
                        self.op(op::ROT_THREE, 0);
                        self.op(op::STORE_SUBSCR, -3);
                    }
                    Trailer::Attr(name, _) => {
                        self.op(op::LOAD_NULL, 1);
                        self.op(op::ROT_TWO, 0);
                        self.op_qstr(op::STORE_ATTR, name, -2);
                    }
                    Trailer::Call(..) => return Err(self.error("can't delete expression", t.line)),
                }
            }
            ExprKind::Tuple(items, _) | ExprKind::List(items) if !items.is_empty() => {
                for it in items {
                    self.del_target(it)?;
                }
            }
            _ => return Err(self.error("can't delete expression", t.line)),
        }
        Ok(())
    }

    fn declare_global_nonlocal(
        &mut self,
        names: &[String],
        is_global: bool,
        line: u32,
    ) -> CResult<()> {
        if self.pass != Pass::Scope {
            return Ok(());
        }
        if !is_global && self.scope().kind == ScopeKind::Module {
            return Err(self.error("can't declare nonlocal in outer code", line));
        }
        let cur = self.cur;
        for n in names {
            let (i, added) = self.scopes[cur].find_or_add(n, IdKind::Undecided);
            let kind = self.scopes[cur].ids[i].kind;
            if is_global {
                if !added && kind != IdKind::GlobalExplicit && kind != IdKind::GlobalImplicit {
                    return Err(self.error("identifier redefined as global", line));
                }
                self.scopes[cur].ids[i].kind = IdKind::GlobalExplicit;
                if let Some(j) = self.scopes[0].find(n) {
                    self.scopes[0].ids[j].kind = IdKind::GlobalExplicit;
                }
            } else if kind == IdKind::Undecided {
                self.scopes[cur].ids[i].kind = IdKind::GlobalImplicit;
                scope::check_to_close_over(&mut self.scopes, cur, i);
                if self.scopes[cur].ids[i].kind == IdKind::GlobalImplicit {
                    return Err(self.error("no binding for nonlocal found", line));
                }
            } else if kind != IdKind::Free {
                return Err(self.error("identifier redefined as nonlocal", line));
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, line: u32) -> CResult<()> {
        let ctx = match self.loop_ctx {
            Some(c) => c,
            None => {
                let msg = if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' outside loop"
                };
                return Err(self.error(msg, line));
            }
        };
        let depth = self.cur_except_level - ctx.except_level;
        let label = if is_break {
            ctx.break_label
        } else {
            ctx.continue_label
        };
        let pop_iter = is_break && ctx.break_from_for;
        if depth == 0 {
            if pop_iter {
                for _ in 0..4 {
                    self.em().raw(op::POP_TOP);
                }
            }
            self.em().jump(op::JUMP, label, 0);
        } else {
            self.em().jump(op::UNWIND_JUMP, label, 0);
            self.em().raw(if pop_iter { 0x80 } else { 0 } | depth as u8);
        }
        self.em().suppress_dead_code();
        Ok(())
    }

    /// IMPORT_NAME for a dotted name; returns the name bound by `import a.b` (the first part).
    fn import_name(&mut self, name: &str, is_as: bool) -> String {
        self.op_qstr(op::IMPORT_NAME, name, -1);
        let parts: Vec<&str> = name.split('.').collect();
        if is_as {
            for p in &parts[1..] {
                self.op_qstr(op::LOAD_ATTR, p, 0);
            }
        }
        parts[0].to_string()
    }

    fn import_from(
        &mut self,
        level: u32,
        module: &str,
        names: &'a [Alias],
        line: u32,
    ) -> CResult<()> {
        self.em().load_small_int(level as i64);
        if names.is_empty() {
            if self.scope().kind != ScopeKind::Module {
                return Err(self.error("import * not at module level", line));
            }
            self.load_str("*");
            self.em().op_uint(op::BUILD_TUPLE, 1, 0);
            self.import_name(module, false);
            self.op(op::IMPORT_STAR, -1);
            return Ok(());
        }
        for a in names {
            self.load_str(&a.name);
        }
        self.em()
            .op_uint(op::BUILD_TUPLE, names.len() as u64, 1 - names.len() as i32);
        self.import_name(module, false);
        for a in names {
            self.op_qstr(op::IMPORT_FROM, &a.name, 1);
            self.store_id(a.asname.as_deref().unwrap_or(&a.name));
        }
        self.op(op::POP_TOP, -1);
        Ok(())
    }

    fn if_stmt(
        &mut self,
        cond: &'a Expr,
        body: &'a [Stmt],
        elifs: &'a [(Expr, Vec<Stmt>)],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let end = self.new_label();
        if !is_const_false(cond) {
            let fail = self.new_label();
            self.if_cond(cond, false, fail)?;
            self.stmts(body)?;
            if is_const_true(cond) {
                self.label(end);
                return Ok(());
            }
            if !(elifs.is_empty() && orelse.is_empty()) {
                self.jump(op::JUMP, end, 0);
            }
            self.label(fail);
        }
        for (c, b) in elifs {
            if !is_const_false(c) {
                let fail = self.new_label();
                self.if_cond(c, false, fail)?;
                self.stmts(b)?;
                if is_const_true(c) {
                    self.label(end);
                    return Ok(());
                }
                self.jump(op::JUMP, end, 0);
                self.label(fail);
            }
        }
        self.stmts(orelse)?;
        self.label(end);
        Ok(())
    }

    fn start_loop(&mut self, break_from_for: bool) -> (Option<LoopLabels>, LoopLabels) {
        let old = self.loop_ctx;
        let break_label = self.new_label();
        let continue_label = self.new_label();
        let ctx = LoopLabels {
            break_label,
            continue_label,
            except_level: self.cur_except_level,
            break_from_for,
        };
        self.loop_ctx = Some(ctx);
        (old, ctx)
    }

    fn while_stmt(&mut self, cond: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let (old, ctx) = self.start_loop(false);
        if !is_const_false(cond) {
            let top = self.new_label();
            if !is_const_true(cond) {
                self.jump(op::JUMP, ctx.continue_label, 0);
            }
            self.label(top);
            self.stmts(body)?;
            self.label(ctx.continue_label);
            self.if_cond(cond, true, top)?;
        }
        self.loop_ctx = old;
        self.stmts(orelse)?;
        self.label(ctx.break_label);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        if let Some((start, end, step)) = range_args(target, iter) {
            return self.for_range(target, start, end, step, body, orelse);
        }
        let (old, ctx) = self.start_loop(true);
        let pop = self.new_label();
        self.expr(iter)?;
        self.op(op::GET_ITER_STACK, 3);
        self.label(ctx.continue_label);
        self.jump(op::FOR_ITER, pop, 1);
        self.assign(target)?;
        self.stmts(body)?;
        self.jump(op::JUMP, ctx.continue_label, 0);
        self.label(pop);
        self.adjust(-4);
        self.loop_ctx = old;
        self.stmts(orelse)?;
        self.label(ctx.break_label);
        Ok(())
    }

    /// `for x in range(...)` with a constant step, as an explicit counter loop.
    fn for_range(
        &mut self,
        target: &'a Expr,
        start: RangeArg<'a>,
        end: &'a Expr,
        step: RangeArg<'a>,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let (old, ctx) = self.start_loop(false);
        let top = self.new_label();
        let entry = self.new_label();
        let end_on_stack = !is_small_int_node(end);
        if end_on_stack {
            self.expr(end)?;
        }
        self.range_arg(start)?;
        self.jump(op::JUMP, entry, 0);
        self.label(top);
        self.op(op::DUP_TOP, 1);
        self.assign(target)?;
        self.stmts(body)?;
        self.label(ctx.continue_label);
        self.range_arg(step)?;
        self.em().binary_op(BinaryOp::InplaceAdd);
        self.label(entry);
        if end_on_stack {
            self.op(op::DUP_TOP_TWO, 2);
            self.op(op::ROT_TWO, 0);
        } else {
            self.op(op::DUP_TOP, 1);
            self.expr(end)?;
        }
        let negative = match step {
            RangeArg::Const(v) => v < 0,
            RangeArg::Expr(e) => matches!(&e.kind, ExprKind::Int(v) if v < &Zero::zero()),
        };
        self.em().binary_op(if negative {
            BinaryOp::More
        } else {
            BinaryOp::Less
        });
        self.jump(op::POP_JUMP_IF_TRUE, top, -1);
        self.loop_ctx = old;
        let mut end_label = None;
        if !orelse.is_empty() {
            self.op(op::POP_TOP, -1);
            if end_on_stack {
                self.op(op::POP_TOP, -1);
            }
            self.stmts(orelse)?;
            let l = self.new_label();
            self.jump(op::JUMP, l, 0);
            self.adjust(1 + end_on_stack as i32);
            end_label = Some(l);
        }
        self.label(ctx.break_label);
        self.op(op::POP_TOP, -1);
        if end_on_stack {
            self.op(op::POP_TOP, -1);
        }
        if let Some(l) = end_label {
            self.label(l);
        }
        Ok(())
    }

    fn range_arg(&mut self, a: RangeArg<'a>) -> CResult<()> {
        match a {
            RangeArg::Const(v) => {
                self.em().load_small_int(v);
                Ok(())
            }
            RangeArg::Expr(e) => self.expr(e),
        }
    }

    fn increase_except_level(&mut self, label: Label, setup: u8) {
        let delta = if setup == op::SETUP_WITH { 2 } else { 0 };
        self.em().jump(setup, label, delta);
        self.cur_except_level += 1;
        if self.cur_except_level > self.scope().exc_stack_size {
            self.scope_mut().exc_stack_size = self.cur_except_level;
        }
    }

    fn decrease_except_level(&mut self) {
        self.cur_except_level -= 1;
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let l1 = self.new_label();
        let success = self.new_label();
        self.increase_except_level(l1, op::SETUP_EXCEPT);
        self.stmts(body)?;
        self.jump(op::POP_EXCEPT_JUMP, success, 0);
        self.label(l1);
        self.adjust(4);
        let l2 = self.new_label();
        for (i, h) in handlers.iter().enumerate() {
            let end_finally = self.new_label();
            match &h.typ {
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.error("default 'except' must be last", h.line));
                    }
                }
                Some(t) => {
                    self.op(op::DUP_TOP, 1);
                    self.expr(t)?;
                    self.em().binary_op(BinaryOp::ExceptionMatch);
                    self.jump(op::POP_JUMP_IF_FALSE, end_finally, -1);
                }
            }
            match &h.name {
                None => self.op(op::POP_TOP, -1),
                Some(n) => self.store_id(n),
            }
            let mut l3 = 0;
            if h.name.is_some() {
                l3 = self.new_label();
                self.increase_except_level(l3, op::SETUP_FINALLY);
            }
            self.stmts(&h.body)?;
            if let Some(n) = &h.name {
                self.op(op::LOAD_CONST_NONE, 1);
                self.label(l3);
                self.adjust(1);
                self.op(op::LOAD_CONST_NONE, 1);
                self.store_id(n);
                self.delete_id(n);
                self.adjust(-1);
                self.decrease_except_level();
                self.op(op::END_FINALLY, -1);
            }
            self.jump(op::POP_EXCEPT_JUMP, l2, 0);
            self.label(end_finally);
            self.adjust(1);
        }
        self.decrease_except_level();
        self.op(op::END_FINALLY, -1);
        self.adjust(-3);
        self.label(success);
        self.stmts(orelse)?;
        self.label(l2);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        fin: &'a [Stmt],
    ) -> CResult<()> {
        let lfin = self.new_label();
        self.increase_except_level(lfin, op::SETUP_FINALLY);
        if handlers.is_empty() {
            self.adjust(3);
            self.stmts(body)?;
            self.adjust(-3);
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.op(op::LOAD_CONST_NONE, 1);
        self.label(lfin);
        self.adjust(1);
        self.stmts(fin)?;
        self.adjust(-1);
        self.decrease_except_level();
        self.op(op::END_FINALLY, -1);
        Ok(())
    }

    fn with_items(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let end = self.new_label();
        self.expr(&first.ctx)?;
        self.increase_except_level(end, op::SETUP_WITH);
        match &first.target {
            Some(t) => self.assign(t)?,
            None => self.op(op::POP_TOP, -1),
        }
        self.with_items(rest, body)?;
        self.op(op::LOAD_CONST_NONE, 1);
        self.label(end);
        self.op(op::WITH_CLEANUP, 2);
        self.adjust(-4);
        self.decrease_except_level();
        self.op(op::END_FINALLY, -1);
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        line: u32,
    ) -> CResult<()> {
        if self.scope().flags & scope_flags::GENERATOR == 0 {
            return Err(self.error("async for/with outside async function", line));
        }
        let while_else = self.new_label();
        let try_exception = self.new_label();
        let try_else = self.new_label();
        let try_finally = self.new_label();
        self.expr(iter)?;
        self.op_qstr(op::LOAD_METHOD, "__aiter__", 1);
        self.em().op_uint(op::CALL_METHOD, 0, -1);
        let (old, ctx) = self.start_loop(false);
        self.label(ctx.continue_label);
        self.increase_except_level(try_exception, op::SETUP_EXCEPT);
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_METHOD, "__anext__", 1);
        self.em().op_uint(op::CALL_METHOD, 0, -1);
        self.yield_from();
        self.assign(target)?;
        self.decrease_except_level();
        self.jump(op::POP_EXCEPT_JUMP, try_else, 0);
        self.label(try_exception);
        self.adjust(4);
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_GLOBAL, "StopAsyncIteration", 1);
        self.em().binary_op(BinaryOp::ExceptionMatch);
        self.jump(op::POP_JUMP_IF_FALSE, try_finally, -1);
        self.op(op::POP_TOP, -1);
        self.jump(op::POP_EXCEPT_JUMP, while_else, 0);
        self.label(try_finally);
        self.adjust(1);
        self.op(op::END_FINALLY, -1);
        self.adjust(-3);
        self.label(try_else);
        self.stmts(body)?;
        self.jump(op::JUMP, ctx.continue_label, 0);
        self.loop_ctx = old;
        self.label(while_else);
        self.stmts(orelse)?;
        self.label(ctx.break_label);
        self.op(op::POP_TOP, -1);
        Ok(())
    }

    /// `async with`: `await mgr.__aenter__()`, body in try/finally, `await mgr.__aexit__(...)`.
    fn async_with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let l_finally = self.new_label();
        let l_end = self.new_label();
        self.expr(&first.ctx)?;
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_METHOD, "__aenter__", 1);
        self.em().op_uint(op::CALL_METHOD, 0, -1);
        self.yield_from();
        match &first.target {
            Some(t) => self.assign(t)?,
            None => self.op(op::POP_TOP, -1),
        }
        self.increase_except_level(l_finally, op::SETUP_FINALLY);
        self.adjust(3);
        self.async_with(rest, body)?;
        self.adjust(-3);
        self.op(op::LOAD_CONST_NONE, 1);
        self.label(l_finally);
        self.adjust(1);
        // Stack: mgr, X. Call mgr.__aexit__(None, None, None) (the exception details are not passed).
        self.op(op::ROT_TWO, 0);
        self.op_qstr(op::LOAD_METHOD, "__aexit__", 1);
        self.op(op::LOAD_CONST_NONE, 1);
        self.op(op::LOAD_CONST_NONE, 1);
        self.op(op::LOAD_CONST_NONE, 1);
        self.em().op_uint(op::CALL_METHOD, 3, -4);
        self.yield_from();
        self.op(op::POP_TOP, -1);
        self.adjust(-1);
        self.decrease_except_level();
        self.op(op::END_FINALLY, -1);
        self.label(l_end);
        Ok(())
    }

    // ----- definitions -------------------------------------------------------------------------

    /// Emitter chosen by a decorator (`@micropython.native` etc.), if this decorator is one.
    fn builtin_decorator(&self, d: &Expr) -> Option<EmitKind> {
        match &d.kind {
            ExprKind::Attribute(b, attr) if matches!(&b.kind, ExprKind::Name(m) if m == "micropython") => {
                match attr.as_str() {
                    "bytecode" => Some(EmitKind::Bytecode),
                    "native" => Some(EmitKind::Native),
                    "viper" => Some(EmitKind::Viper),
                    _ => None,
                }
            }
            ExprKind::Name(n) => self.emitter_decorators.get(n).copied(),
            _ => None,
        }
    }

    fn decorators(&mut self, decs: &'a [Expr]) -> CResult<(usize, EmitKind)> {
        let mut emit = self.scope().emit_kind;
        let mut builtin = 0;
        for d in decs {
            if let Some(k) = self.builtin_decorator(d) {
                emit = if self.opts.emit != EmitKind::Bytecode && k == EmitKind::Bytecode {
                    k
                } else {
                    k
                };
                builtin += 1;
            } else {
                self.decorator_expr(d)?;
            }
        }
        Ok((decs.len() - builtin, emit))
    }

    /// A decorator: a dotted name (LOAD_ATTR, never LOAD_METHOD) with an optional call.
    fn decorator_expr(&mut self, d: &'a Expr) -> CResult<()> {
        let (base, trailers) = flatten_chain(d);
        if !matches!(base.kind, ExprKind::Name(_)) || trailers.is_empty() {
            return self.expr(d);
        }
        self.expr(base)?;
        self.trailers(&trailers, false)
    }

    fn funcdef(&mut self, f: &'a FuncDef) -> CResult<()> {
        let (n_calls, emit) = self.decorators(&f.decorators)?;
        self.make_function_with(f, false, emit)?;
        for _ in 0..n_calls {
            self.em().op_uint(op::CALL_FUNCTION, 1, -1);
        }
        self.store_id(&f.name);
        Ok(())
    }

    fn classdef(&mut self, c: &'a ClassDef) -> CResult<()> {
        let (n_calls, emit) = self.decorators(&c.decorators)?;
        let name = c.name.clone();
        let line = c.line;
        let child = self.child_scope(key_of(c), |parent| {
            let mut s = Scope::new(
                ScopeKind::Class,
                ScopeNode::Class(c),
                Some(parent),
                name,
                line,
            );
            s.emit_kind = emit;
            s
        });
        self.op(op::LOAD_BUILD_CLASS, 1);
        self.close_over_and_make(child, 0, 0);
        self.load_str(&c.name);
        self.call_args(&c.args, false, 2)?;
        for _ in 0..n_calls {
            self.em().op_uint(op::CALL_FUNCTION, 1, -1);
        }
        self.store_id(&c.name);
        Ok(())
    }

    /// Register a function's parameters in its scope (scope pass only).
    fn declare_params(&mut self, f: &FuncDef) -> CResult<()> {
        let add = |c: &mut Compiler<'a>, name: &str, flags: u8, line: u32| -> CResult<()> {
            let s = c.scope_mut();
            let (i, added) = s.find_or_add(name, IdKind::Undecided);
            if !added {
                return Err(c.error("argument name reused", line));
            }
            s.ids[i].kind = IdKind::Local;
            s.ids[i].flags = flags;
            Ok(())
        };
        for p in &f.params {
            self.scope_mut().num_pos_args += 1;
            add(self, &p.name, ID_FLAG_IS_PARAM, p.line)?;
        }
        if let Some(s) = &f.star {
            if !s.name.is_empty() {
                self.scope_mut().flags |= scope_flags::VARARGS;
                add(
                    self,
                    &s.name,
                    ID_FLAG_IS_PARAM | ID_FLAG_IS_STAR_PARAM,
                    s.line,
                )?;
            }
        }
        for p in &f.kwonly {
            self.scope_mut().num_kwonly_args += 1;
            add(self, &p.name, ID_FLAG_IS_PARAM, p.line)?;
        }
        if let Some(d) = &f.dstar {
            self.scope_mut().flags |= scope_flags::VARKEYWORDS;
            add(
                self,
                &d.name,
                ID_FLAG_IS_PARAM | ID_FLAG_IS_DBL_STAR_PARAM,
                d.line,
            )?;
        }
        Ok(())
    }

    pub(crate) fn compile_function_scope(&mut self, f: &'a FuncDef) -> CResult<()> {
        if self.pass == Pass::Scope {
            self.declare_params(f)?;
            if self.opts.emit != EmitKind::Bytecode && self.scope().emit_kind == EmitKind::Bytecode
            {
                self.scope_mut().emit_kind = self.opts.emit;
            }
        }
        self.stmts(&f.body)?;
        self.op(op::LOAD_CONST_NONE, 1);
        self.return_value();
        Ok(())
    }

    pub(crate) fn compile_lambda_scope(&mut self, f: &'a FuncDef) -> CResult<()> {
        if self.pass == Pass::Scope {
            self.declare_params(f)?;
        }
        self.line(f.line);
        let body = f.lambda_body.as_ref().expect("lambda has a body");
        self.expr(body)?;
        if self.scope().flags & scope_flags::GENERATOR != 0 {
            self.op(op::POP_TOP, -1);
            self.op(op::LOAD_CONST_NONE, 1);
        }
        self.return_value();
        Ok(())
    }

    pub(crate) fn compile_class_scope(&mut self, c: &'a ClassDef) -> CResult<()> {
        if self.pass == Pass::Scope {
            let (i, _) = self.scope_mut().find_or_add("__class__", IdKind::Local);
            self.scope_mut().ids[i].kind = IdKind::Local;
        }
        self.load_id("__name__");
        self.store_id("__module__");
        self.load_str(&c.name);
        self.store_id("__qualname__");
        self.stmts(&c.body)?;
        let class_cell = self
            .scope()
            .find("__class__")
            .map(|i| (self.scope().ids[i].kind, self.scope().ids[i].local_num));
        match class_cell {
            Some((IdKind::Cell, local)) => self.em().load_fast(local),
            _ => self.op(op::LOAD_CONST_NONE, 1),
        }
        self.return_value();
        Ok(())
    }
}

/// An argument of the optimised range loop: a literal small int or an expression.
#[derive(Clone, Copy)]
enum RangeArg<'a> {
    Const(i64),
    Expr(&'a Expr),
}

fn is_small_int_node(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Int(v) if v.bits() < 63)
}

/// Match `for <name> in range(a[, b[, step]])` with a non-zero constant step.
fn range_args<'a>(target: &Expr, iter: &'a Expr) -> Option<(RangeArg<'a>, &'a Expr, RangeArg<'a>)> {
    if !matches!(target.kind, ExprKind::Name(_)) {
        return None;
    }
    let ExprKind::Call(f, args) = &iter.kind else {
        return None;
    };
    if !matches!(&f.kind, ExprKind::Name(n) if n == "range") {
        return None;
    }
    let pos: Vec<&Expr> = args
        .iter()
        .map(|a| match a {
            Arg::Pos(e) => Some(e),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    match pos.len() {
        1 => Some((RangeArg::Const(0), pos[0], RangeArg::Const(1))),
        2 => Some((RangeArg::Expr(pos[0]), pos[1], RangeArg::Const(1))),
        3 => {
            let step = match &pos[2].kind {
                ExprKind::Int(v) if v.bits() < 63 && !v.is_zero() => v.to_i64()?,
                _ => return None,
            };
            let _ = step;
            Some((RangeArg::Expr(pos[0]), pos[1], RangeArg::Expr(pos[2])))
        }
        _ => None,
    }
}
