//! Expression code generation: loads, operators, calls (with the method-call and super() forms),
//! displays, comprehensions, lambdas and conditions, in MicroPython's compile.c order.
//! Not statements (stmt.rs) and not scope bookkeeping (scope.rs).

use super::emit::{Label, Pass};
use super::scope::{IdKind, Scope, ScopeKind, ScopeNode, ID_FLAG_IS_PARAM};
use super::{key_of, CResult, Compiler};
use crate::ast::*;
use crate::bytecode::{op, BinaryOp, UnaryOp};
use crate::code::{scope_flags, Const};
use crate::parse::fold::{is_const_false, is_const_true};

/// One trailer of an atom expression chain (`.x`, `(...)`, `[...]`).
pub(crate) enum Trailer<'e> {
    Attr(&'e str, u32),
    Call(&'e [Arg], u32),
    Index(&'e Expr, u32),
}

/// Flatten `a.b(c)[d]` into its base and trailers (outermost last).
pub(crate) fn flatten_chain(e: &Expr) -> (&Expr, Vec<Trailer<'_>>) {
    let mut trailers = Vec::new();
    let mut cur = e;
    loop {
        match &cur.kind {
            ExprKind::Attribute(b, name) => {
                trailers.push(Trailer::Attr(name, cur.line));
                cur = b;
            }
            ExprKind::Call(f, args) => {
                trailers.push(Trailer::Call(args, cur.line));
                cur = f;
            }
            ExprKind::Subscript(b, idx) => {
                trailers.push(Trailer::Index(idx, cur.line));
                cur = b;
            }
            _ => break,
        }
    }
    trailers.reverse();
    (cur, trailers)
}

/// Is this expression a parse-tree struct in MicroPython (so compiling it records its line)?
fn is_struct(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Name(_)
            | ExprKind::NoneLit
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
    ) && !matches!(&e.kind, ExprKind::Str(_))
        && !matches!(&e.kind, ExprKind::Int(v) if v.bits() < 63)
}

impl<'a> Compiler<'a> {
    /// Compile an expression, leaving its value on the stack.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.expr_with_line(e, true)
    }

    /// Compile an expression; `record_line` is false where MicroPython compiles a node without
    /// going through compile_node (a generator expression that is a bare call argument).
    fn expr_with_line(&mut self, e: &'a Expr, record_line: bool) -> CResult<()> {
        if record_line && is_struct(e) {
            self.line(e.line);
        }
        match &e.kind {
            ExprKind::Name(n) => self.load_id(n),
            ExprKind::Int(v) => self.load_int(v),
            ExprKind::Float(f) => self.load_node_const(key_of(e), Const::Float(*f)),
            ExprKind::Imag(f) => self.load_node_const(key_of(e), Const::Complex(*f)),
            ExprKind::Str(s) => self.load_str(s),
            ExprKind::StrObj(s) => self.load_const_obj(Const::Str(s.clone())),
            ExprKind::Bytes(b) => self.load_const_obj(Const::Bytes(b.clone())),
            ExprKind::NoneLit => self.op(op::LOAD_CONST_NONE, 1),
            ExprKind::True => self.op(op::LOAD_CONST_TRUE, 1),
            ExprKind::False => self.op(op::LOAD_CONST_FALSE, 1),
            ExprKind::Ellipsis => self.load_const_obj(Const::Ellipsis),
            ExprKind::ConstTuple(items) => {
                let c = const_of_tuple(items);
                self.load_node_const(key_of(e), c);
            }
            ExprKind::Tuple(items, _) => self.build_seq(items, op::BUILD_TUPLE, e.line)?,
            ExprKind::List(items) => self.build_seq(items, op::BUILD_LIST, e.line)?,
            ExprKind::Set(items) => self.build_seq(items, op::BUILD_SET, e.line)?,
            ExprKind::Dict(items) => self.dict_display(items, e.line)?,
            ExprKind::Starred(_) => return Err(self.error("*x must be assignment target", e.line)),
            ExprKind::Attribute(..) | ExprKind::Call(..) | ExprKind::Subscript(..) => {
                self.atom_chain(e)?
            }
            ExprKind::Slice(lo, hi, step) => self.slice(lo, hi, step)?,
            ExprKind::BinChain(first, rest) => {
                self.expr(first)?;
                for (opr, rhs) in rest {
                    self.expr(rhs)?;
                    self.em().binary_op(*opr);
                }
            }
            ExprKind::UnaryOp(u, x) => {
                self.expr(x)?;
                self.em().unary_op(*u);
            }
            ExprKind::BoolOp(is_or, items) => {
                let end = self.new_label();
                let jop = if *is_or {
                    op::JUMP_IF_TRUE_OR_POP
                } else {
                    op::JUMP_IF_FALSE_OR_POP
                };
                for (i, it) in items.iter().enumerate() {
                    self.expr(it)?;
                    if i + 1 < items.len() {
                        self.jump(jop, end, -1);
                    }
                }
                self.label(end);
            }
            ExprKind::Compare(first, rest) => self.comparison(first, rest)?,
            ExprKind::IfExp(cond, a, b) => {
                let fail = self.new_label();
                let end = self.new_label();
                self.if_cond(cond, false, fail)?;
                self.expr(a)?;
                self.jump(op::JUMP, end, 0);
                self.label(fail);
                self.adjust(-1);
                self.expr(b)?;
                self.label(end);
            }
            ExprKind::Lambda(f) => {
                self.make_function_for(f, true)?;
            }
            ExprKind::Comp(kind, ..) => self.comprehension(e, *kind)?,
            ExprKind::Yield(v) => {
                self.check_yield_allowed(e.line, "'yield' outside function")?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.op(op::LOAD_CONST_NONE, 1),
                }
                self.scope_mut().flags |= scope_flags::GENERATOR;
                self.op(op::YIELD_VALUE, 0);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield_allowed(e.line, "'yield' outside function")?;
                self.expr(v)?;
                self.yield_from();
            }
            ExprKind::Await(v) => {
                self.check_yield_allowed(e.line, "'await' outside function")?;
                self.expr(v)?;
                self.yield_from();
            }
            ExprKind::NamedExpr(name, v) => {
                self.expr(v)?;
                self.op(op::DUP_TOP, 1);
                self.namedexpr_store(name);
            }
        }
        Ok(())
    }

    fn check_yield_allowed(&self, line: u32, msg: &str) -> CResult<()> {
        if !matches!(self.scope().kind, ScopeKind::Function | ScopeKind::Lambda) {
            return Err(self.error(msg, line));
        }
        Ok(())
    }

    pub(crate) fn yield_from(&mut self) {
        self.scope_mut().flags |= scope_flags::GENERATOR;
        self.op(op::GET_ITER, 0);
        self.op(op::LOAD_CONST_NONE, 1);
        self.op(op::YIELD_FROM, -1);
    }

    fn namedexpr_store(&mut self, name: &str) {
        if self.pass == Pass::Scope && self.scope().kind.is_comp_like() {
            // The target binds in the enclosing (non-comprehension) scope.
            let mut p = self.scope().parent;
            while let Some(pi) = p {
                if !self.scopes[pi].kind.is_comp_like() {
                    break;
                }
                p = self.scopes[pi].parent;
            }
            if let Some(pi) = p {
                let j = self.declare_modified(pi, name);
                let cur = self.cur;
                let (i, _) = self.scopes[cur].find_or_add(name, IdKind::GlobalImplicit);
                if self.scopes[pi].kind == ScopeKind::Module
                    || self.scopes[pi].ids[j].kind == IdKind::GlobalExplicit
                {
                    self.scopes[cur].ids[i].kind = IdKind::GlobalExplicit;
                } else {
                    self.scopes[cur].ids[i].kind = IdKind::GlobalImplicit;
                    super::scope::check_to_close_over(&mut self.scopes, cur, i);
                }
            }
            return;
        }
        self.store_id(name);
    }

    pub(crate) fn load_str(&mut self, s: &str) {
        let q = self.use_qstr_live(s);
        self.em().op_uint(op::LOAD_CONST_STRING, q as u64, 1);
    }

    fn build_seq(&mut self, items: &'a [Expr], build: u8, line: u32) -> CResult<()> {
        if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            return self.build_seq_with_star(items, build, line);
        }
        for it in items {
            self.expr(it)?;
        }
        self.em()
            .op_uint(build, items.len() as u64, 1 - items.len() as i32);
        Ok(())
    }

    /// `[*a, b]`, `(*a, b)`, `{*a, b}`: MicroPython has no opcode for these, so build a list with
    /// `extend`/`append` method calls (a set with `update`/`add`), converting to a tuple at the end.
    fn build_seq_with_star(&mut self, items: &'a [Expr], build: u8, _line: u32) -> CResult<()> {
        let is_tuple = build == op::BUILD_TUPLE;
        if is_tuple {
            self.load_id("tuple");
        }
        let (coll, extend, add) = if build == op::BUILD_SET {
            (op::BUILD_SET, "update", "add")
        } else {
            (op::BUILD_LIST, "extend", "append")
        };
        self.em().op_uint(coll, 0, 1);
        for it in items {
            self.op(op::DUP_TOP, 1);
            let (meth, val) = match &it.kind {
                ExprKind::Starred(v) => (extend, &**v),
                _ => (add, it),
            };
            self.op_qstr(op::LOAD_METHOD, meth, 1);
            self.expr(val)?;
            self.em().op_uint(op::CALL_METHOD, 1, -2);
            self.op(op::POP_TOP, -1);
        }
        if is_tuple {
            self.em().op_uint(op::CALL_FUNCTION, 1, -1);
        }
        Ok(())
    }

    fn dict_display(&mut self, items: &'a [DictItem], line: u32) -> CResult<()> {
        self.em().op_uint(op::BUILD_MAP, items.len() as u64, 1);
        for it in items {
            match it {
                DictItem::Pair(k, v) => {
                    self.line(k.line);
                    self.expr(v)?;
                    self.expr(k)?;
                    self.op(op::STORE_MAP, -2);
                }
                DictItem::Splat(d) => {
                    // {**d}: map.update(d), keeping the map on the stack.
                    let _ = line;
                    self.op(op::DUP_TOP, 1);
                    self.op_qstr(op::LOAD_METHOD, "update", 1);
                    self.expr(d)?;
                    self.em().op_uint(op::CALL_METHOD, 1, -2);
                    self.op(op::POP_TOP, -1);
                }
            }
        }
        Ok(())
    }

    fn slice(
        &mut self,
        lo: &'a Option<Box<Expr>>,
        hi: &'a Option<Box<Expr>>,
        step: &'a Option<Box<Expr>>,
    ) -> CResult<()> {
        match lo {
            Some(e) => self.expr(e)?,
            None => self.op(op::LOAD_CONST_NONE, 1),
        }
        match hi {
            Some(e) => self.expr(e)?,
            None => self.op(op::LOAD_CONST_NONE, 1),
        }
        match step {
            Some(e) => {
                self.expr(e)?;
                self.em().op_uint(op::BUILD_SLICE, 3, -2);
            }
            None => self.em().op_uint(op::BUILD_SLICE, 2, -1),
        }
        Ok(())
    }

    fn comparison(&mut self, first: &'a Expr, rest: &'a [(CmpOp, Expr)]) -> CResult<()> {
        self.expr(first)?;
        let multi = rest.len() > 1;
        let fail = if multi { self.new_label() } else { 0 };
        for (i, (cop, rhs)) in rest.iter().enumerate() {
            let last = i + 1 == rest.len();
            self.expr(rhs)?;
            if !last {
                self.op(op::DUP_TOP, 1);
                self.op(op::ROT_THREE, 0);
            }
            let (bop, invert) = match cop {
                CmpOp::Lt => (BinaryOp::Less, false),
                CmpOp::Gt => (BinaryOp::More, false),
                CmpOp::Eq => (BinaryOp::Equal, false),
                CmpOp::Le => (BinaryOp::LessEqual, false),
                CmpOp::Ge => (BinaryOp::MoreEqual, false),
                CmpOp::Ne => (BinaryOp::NotEqual, false),
                CmpOp::In => (BinaryOp::In, false),
                CmpOp::NotIn => (BinaryOp::In, true),
                CmpOp::Is => (BinaryOp::Is, false),
                CmpOp::IsNot => (BinaryOp::Is, true),
            };
            self.em().binary_op(bop);
            if invert {
                self.em().unary_op(UnaryOp::Not);
            }
            if !last {
                self.jump(op::JUMP_IF_FALSE_OR_POP, fail, -1);
            }
        }
        if multi {
            let end = self.new_label();
            self.jump(op::JUMP, end, 0);
            self.label(fail);
            self.adjust(1);
            self.op(op::ROT_TWO, 0);
            self.op(op::POP_TOP, -1);
            self.label(end);
        }
        Ok(())
    }

    /// Compile a condition and jump to `label` when its truth equals `jump_if` (c_if_cond).
    pub(crate) fn if_cond(&mut self, e: &'a Expr, jump_if: bool, label: Label) -> CResult<()> {
        if is_const_false(e) {
            if !jump_if {
                self.jump(op::JUMP, label, 0);
            }
            return Ok(());
        }
        if is_const_true(e) {
            if jump_if {
                self.jump(op::JUMP, label, 0);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp(is_or, items) => {
                // `or` when jumping on false / `and` when jumping on true need a skip label.
                if *is_or != jump_if {
                    let skip = self.new_label();
                    for it in &items[..items.len() - 1] {
                        self.if_cond(it, !jump_if, skip)?;
                    }
                    self.if_cond(&items[items.len() - 1], jump_if, label)?;
                    self.label(skip);
                } else {
                    for it in items {
                        self.if_cond(it, jump_if, label)?;
                    }
                }
                return Ok(());
            }
            ExprKind::UnaryOp(UnaryOp::Not, x) => return self.if_cond(x, !jump_if, label),
            _ => {}
        }
        self.expr(e)?;
        let opc = if jump_if {
            op::POP_JUMP_IF_TRUE
        } else {
            op::POP_JUMP_IF_FALSE
        };
        self.jump(opc, label, -1);
        Ok(())
    }

    // ----- atom chains and calls ---------------------------------------------------------------

    /// `base.trailer...` with MicroPython's method-call and `super()` forms.
    fn atom_chain(&mut self, e: &'a Expr) -> CResult<()> {
        let (base, trailers) = flatten_chain(e);
        self.line(base.line);
        self.expr(base)?;
        let mut i = 0;
        if self.scope().kind == ScopeKind::Function {
            if let (ExprKind::Name(n), Some(Trailer::Call(args, _))) =
                (&base.kind, trailers.first())
            {
                if n == "super" && args.is_empty() {
                    i = self.super_call(&trailers, base.line)?;
                }
            }
        }
        self.trailers(&trailers[i..], true)
    }

    /// Compile trailers; `method_opt` turns `.m(...)` pairs into LOAD_METHOD/CALL_METHOD.
    pub(crate) fn trailers(&mut self, trailers: &[Trailer<'a>], method_opt: bool) -> CResult<()> {
        let mut i = 0;
        while i < trailers.len() {
            if method_opt && i + 1 < trailers.len() {
                if let (Trailer::Attr(name, _), Trailer::Call(args, _)) =
                    (&trailers[i], &trailers[i + 1])
                {
                    self.op_qstr(op::LOAD_METHOD, name, 1);
                    self.call_args(args, true, 0)?;
                    i += 2;
                    continue;
                }
            }
            self.trailer(&trailers[i])?;
            i += 1;
        }
        Ok(())
    }

    pub(crate) fn trailer(&mut self, t: &Trailer<'a>) -> CResult<()> {
        match t {
            Trailer::Attr(name, line) => {
                self.line(*line);
                self.op_qstr(op::LOAD_ATTR, name, 0);
            }
            Trailer::Call(args, line) => {
                self.line(*line);
                self.call_args(args, false, 0)?;
            }
            Trailer::Index(idx, line) => {
                self.line(*line);
                self.expr(idx)?;
                self.op(op::LOAD_SUBSCR, -1);
            }
        }
        Ok(())
    }

    /// `super()` inside a function: load `__class__` and the first parameter. Returns how many
    /// trailers were consumed.
    fn super_call(&mut self, trailers: &[Trailer<'a>], line: u32) -> CResult<usize> {
        self.load_id("__class__");
        let first_param = self
            .scope()
            .ids
            .iter()
            .find(|id| id.flags & ID_FLAG_IS_PARAM != 0)
            .map(|id| id.name.clone());
        match first_param {
            Some(p) => self.load_id(&p),
            None => return Err(self.error("super() can't find self", line)),
        }
        if trailers.len() >= 3 {
            if let (Trailer::Attr(name, _), Trailer::Call(args, _)) = (&trailers[1], &trailers[2]) {
                self.op_qstr(op::LOAD_SUPER_METHOD, name, -1);
                self.call_args(args, true, 0)?;
                return Ok(3);
            }
        }
        self.em().op_uint(op::CALL_FUNCTION, 2, -2);
        Ok(1)
    }

    /// Push call arguments and emit the call (compile_trailer_paren_helper).
    pub(crate) fn call_args(
        &mut self,
        args: &'a [Arg],
        is_method: bool,
        n_extra: u32,
    ) -> CResult<()> {
        let mut n_pos = n_extra;
        let mut n_kw = 0u32;
        let mut star_args: u64 = 0;
        let mut has_star = false;
        let mut has_dstar = false;
        for (i, a) in args.iter().enumerate() {
            match a {
                Arg::Star(e) => {
                    if has_dstar {
                        return Err(self.error("* arg after **", e.line));
                    }
                    if i as u32 >= self.opts.small_int_bits.max(2) as u32 - 1 {
                        return Err(self.error("too many args", e.line));
                    }
                    has_star = true;
                    star_args |= 1 << i;
                    self.expr(e)?;
                    n_pos += 1;
                }
                Arg::DStar(e) => {
                    has_dstar = true;
                    self.op(op::LOAD_NULL, 1);
                    self.expr(e)?;
                    n_kw += 1;
                }
                Arg::Kw(name, e) => {
                    self.load_str(name);
                    self.expr(e)?;
                    n_kw += 1;
                }
                Arg::Pos(e) => {
                    if has_dstar {
                        return Err(self.error("positional arg after **", e.line));
                    }
                    if n_kw > 0 {
                        return Err(self.error("positional arg after keyword arg", e.line));
                    }
                    let is_genexpr = matches!(e.kind, ExprKind::Comp(CompKind::Gen, ..));
                    self.expr_with_line(e, !is_genexpr)?;
                    n_pos += 1;
                }
            }
        }
        if n_pos > 255 || n_kw > 255 {
            let line = self.scope().first_line;
            return Err(self.error("too many args", line));
        }
        let star = has_star || has_dstar;
        if star {
            self.em().load_small_int(star_args as i64);
        }
        let arg = (n_pos | n_kw << 8) as u64;
        let mut delta = -(n_pos as i32) - 2 * n_kw as i32;
        let opcode = match (is_method, star) {
            (false, false) => op::CALL_FUNCTION,
            (false, true) => {
                delta -= 1;
                op::CALL_FUNCTION_VAR_KW
            }
            (true, false) => {
                delta -= 1;
                op::CALL_METHOD
            }
            (true, true) => {
                delta -= 2;
                op::CALL_METHOD_VAR_KW
            }
        };
        self.em().op_uint(opcode, arg, delta);
        Ok(())
    }

    // ----- functions, lambdas, comprehensions --------------------------------------------------

    /// Compile default arguments and MAKE_FUNCTION/MAKE_CLOSURE for a def or lambda.
    pub(crate) fn make_function_for(&mut self, f: &'a FuncDef, is_lambda: bool) -> CResult<usize> {
        let emit_kind = self.scope().emit_kind;
        self.make_function_with(f, is_lambda, emit_kind)
    }

    pub(crate) fn make_function_with(
        &mut self,
        f: &'a FuncDef,
        is_lambda: bool,
        emit_kind: crate::code::EmitKind,
    ) -> CResult<usize> {
        let kind = if is_lambda {
            ScopeKind::Lambda
        } else {
            ScopeKind::Function
        };
        let name = f.name.clone();
        let line = f.line;
        let child = self.child_scope(key_of(f), |parent| {
            let mut s = Scope::new(kind, ScopeNode::Func(f), Some(parent), name, line);
            s.emit_kind = emit_kind;
            s
        });
        if self.pass == Pass::Scope && !is_lambda {
            self.scopes[child].hints = Compiler::hints_for(f);
            if f.is_async {
                self.scopes[child].flags |= scope_flags::GENERATOR;
            }
        }
        // Default positional values, then keyword-only defaults into a map.
        let mut n_def = 0u32;
        for p in &f.params {
            if let Some(d) = &p.default {
                self.expr(d)?;
                n_def += 1;
            }
        }
        let mut n_kw = 0u32;
        for p in &f.kwonly {
            if let Some(d) = &p.default {
                n_kw += 1;
                if n_kw == 1 {
                    if n_def > 0 {
                        self.em()
                            .op_uint(op::BUILD_TUPLE, n_def as u64, 1 - n_def as i32);
                    } else {
                        self.op(op::LOAD_NULL, 1);
                    }
                    self.em().op_uint(op::BUILD_MAP, 0, 1);
                }
                self.expr(d)?;
                self.load_str(&p.name);
                self.op(op::STORE_MAP, -2);
            }
        }
        if n_def > 0 && n_kw == 0 {
            self.em()
                .op_uint(op::BUILD_TUPLE, n_def as u64, 1 - n_def as i32);
            self.op(op::LOAD_NULL, 1);
        }
        self.close_over_and_make(child, n_def, n_kw);
        Ok(child)
    }

    /// Push the cells the child needs and emit MAKE_FUNCTION*/MAKE_CLOSURE* (close_over_variables_etc).
    pub(crate) fn close_over_and_make(&mut self, child: usize, n_def: u32, n_kw: u32) {
        if n_kw > 0 {
            self.scopes[child].flags |= scope_flags::DEFKWARGS;
        }
        self.scopes[child].num_def_pos_args = n_def;
        let mut nfree = 0u32;
        if self.scope().kind != ScopeKind::Module {
            let mine: Vec<(String, IdKind, u16)> = self
                .scope()
                .ids
                .iter()
                .map(|i| (i.name.clone(), i.kind, i.local_num))
                .collect();
            for (name, kind, local) in mine {
                if kind == IdKind::Cell || kind == IdKind::Free {
                    let count = self.scopes[child]
                        .ids
                        .iter()
                        .filter(|id2| id2.kind == IdKind::Free && id2.name == name)
                        .count();
                    for _ in 0..count {
                        self.em().load_fast(local);
                        nfree += 1;
                    }
                }
            }
        }
        let idx = self.em().children.len() as u64;
        self.em().children.push(child);
        let defargs = n_def > 0 || n_kw > 0;
        match (nfree, defargs) {
            (0, false) => self.em().op_uint(op::MAKE_FUNCTION, idx, 1),
            (0, true) => self.em().op_uint(op::MAKE_FUNCTION_DEFARGS, idx, -1),
            (n, false) => self
                .em()
                .op_uint_byte(op::MAKE_CLOSURE, idx, n as u8, 1 - n as i32),
            (n, true) => {
                self.em()
                    .op_uint_byte(op::MAKE_CLOSURE_DEFARGS, idx, n as u8, -1 - n as i32)
            }
        }
    }

    fn comprehension(&mut self, e: &'a Expr, kind: CompKind) -> CResult<()> {
        let ExprKind::Comp(_, _, _, gens) = &e.kind else {
            unreachable!()
        };
        let skind = match kind {
            CompKind::List => ScopeKind::ListComp,
            CompKind::Dict => ScopeKind::DictComp,
            CompKind::Set => ScopeKind::SetComp,
            CompKind::Gen => ScopeKind::GenExpr,
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let emit_kind = self.scope().emit_kind;
        let child = self.child_scope(key_of(e), |parent| {
            let mut s = Scope::new(skind, ScopeNode::Comp(e), Some(parent), name.into(), e.line);
            s.emit_kind = emit_kind;
            s
        });
        self.close_over_and_make(child, 0, 0);
        self.expr(&gens[0].iter)?;
        if kind == CompKind::Gen {
            self.op(op::GET_ITER, 0);
        }
        self.em().op_uint(op::CALL_FUNCTION, 1, -1);
        Ok(())
    }

    /// The body of a comprehension scope.
    pub(crate) fn compile_comp_scope(&mut self, e: &'a Expr) -> CResult<()> {
        let ExprKind::Comp(kind, elt, value, gens) = &e.kind else {
            unreachable!()
        };
        if self.pass == Pass::Scope {
            let (i, _) = self.scope_mut().find_or_add("", IdKind::Local);
            self.scope_mut().ids[i].kind = IdKind::Local;
            self.scope_mut().num_pos_args = 1;
        }
        self.line(e.line);
        match kind {
            CompKind::List => self.em().op_uint(op::BUILD_LIST, 0, 1),
            CompKind::Dict => self.em().op_uint(op::BUILD_MAP, 0, 1),
            CompKind::Set => self.em().op_uint(op::BUILD_SET, 0, 1),
            CompKind::Gen => {}
        }
        if *kind == CompKind::Gen {
            self.op(op::LOAD_NULL, 1);
            self.load_id("");
            self.op(op::LOAD_NULL, 1);
            self.op(op::LOAD_NULL, 1);
        } else {
            self.load_id("");
            self.op(op::GET_ITER_STACK, 3);
        }
        self.comp_iter(*kind, elt, value.as_deref(), gens, 0)?;
        if *kind == CompKind::Gen {
            self.op(op::LOAD_CONST_NONE, 1);
        }
        self.return_value();
        Ok(())
    }

    fn comp_iter(
        &mut self,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [CompFor],
        depth: u64,
    ) -> CResult<()> {
        let top = self.new_label();
        let end = self.new_label();
        self.label(top);
        self.jump(op::FOR_ITER, end, 1);
        self.assign(&gens[0].target)?;
        for cond in &gens[0].ifs {
            self.if_cond(cond, false, top)?;
        }
        if gens.len() > 1 {
            self.expr(&gens[1].iter)?;
            self.op(op::GET_ITER_STACK, 3);
            self.comp_iter(kind, elt, value, &gens[1..], depth + 1)?;
        } else {
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.scope_mut().flags |= scope_flags::GENERATOR;
                    self.op(op::YIELD_VALUE, 0);
                    self.op(op::POP_TOP, -1);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.em().op_uint(op::STORE_COMP, (4 * depth + 5) << 2, -1);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.em()
                        .op_uint(op::STORE_COMP, ((4 * depth + 5) << 2) | 2, -1);
                }
                CompKind::Dict => {
                    self.line(elt.line);
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.expr(elt)?;
                    self.em()
                        .op_uint(op::STORE_COMP, ((4 * depth + 6) << 2) | 1, -2);
                }
            }
        }
        self.jump(op::JUMP, top, 0);
        self.label(end);
        self.adjust(-4);
        Ok(())
    }
}

/// A folded constant tuple as a constant object (ints inside tuples are always objects).
pub(crate) fn const_of_tuple(items: &[Expr]) -> Const {
    Const::Tuple(items.iter().map(const_of).collect())
}

fn const_of(e: &Expr) -> Const {
    match &e.kind {
        ExprKind::Int(v) => Const::Int(v.to_string()),
        ExprKind::Float(f) => Const::Float(*f),
        ExprKind::Imag(f) => Const::Complex(*f),
        ExprKind::Str(s) | ExprKind::StrObj(s) => Const::Str(s.clone()),
        ExprKind::Bytes(b) => Const::Bytes(b.clone()),
        ExprKind::NoneLit => Const::None,
        ExprKind::True => Const::True,
        ExprKind::False => Const::False,
        ExprKind::Ellipsis => Const::Ellipsis,
        ExprKind::ConstTuple(items) | ExprKind::Tuple(items, _) => const_of_tuple(items),
        _ => Const::None,
    }
}
