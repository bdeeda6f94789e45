//! Scopes and identifiers: what each name is in each function (local, cell, free, global), local
//! numbering, closure analysis, following MicroPython's scope.c. Not code generation.

use crate::ast::{ClassDef, Expr, FuncDef, Stmt};
use crate::code::{scope_flags, EmitKind};

use super::emit::Emitter;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    DictComp,
    SetComp,
    GenExpr,
}

impl ScopeKind {
    pub fn is_func_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
    pub fn is_comp_like(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::DictComp | ScopeKind::SetComp | ScopeKind::GenExpr
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Undecided,
    GlobalImplicit,
    GlobalExplicit,
    Local,
    Cell,
    Free,
}

pub const ID_FLAG_IS_PARAM: u8 = 1;
pub const ID_FLAG_IS_STAR_PARAM: u8 = 2;
pub const ID_FLAG_IS_DBL_STAR_PARAM: u8 = 4;

#[derive(Clone, Debug)]
pub struct IdInfo {
    pub name: String,
    pub kind: IdKind,
    pub flags: u8,
    pub local_num: u16,
}

/// The syntax a scope was made from.
#[derive(Clone, Copy, Debug)]
pub enum ScopeNode<'a> {
    Module(&'a [Stmt]),
    Func(&'a FuncDef),
    Class(&'a ClassDef),
    /// A comprehension: (kind expression).
    Comp(&'a Expr),
}

#[derive(Debug)]
pub struct Scope<'a> {
    pub kind: ScopeKind,
    pub node: ScopeNode<'a>,
    pub parent: Option<usize>,
    pub simple_name: String,
    pub flags: u8,
    pub num_pos_args: u32,
    pub num_kwonly_args: u32,
    pub num_def_pos_args: u32,
    pub num_locals: u32,
    pub stack_size: u32,
    pub exc_stack_size: u32,
    pub ids: Vec<IdInfo>,
    /// Name to index in `ids` (kept in step with `ids`).
    index: std::collections::HashMap<String, usize>,
    pub emit_kind: EmitKind,
    pub annotations: Option<super::Annotations>,
    pub first_line: u32,
    pub em: Emitter,
}

impl<'a> Scope<'a> {
    pub fn new(
        kind: ScopeKind,
        node: ScopeNode<'a>,
        parent: Option<usize>,
        name: String,
        line: u32,
    ) -> Scope<'a> {
        Scope {
            kind,
            node,
            parent,
            simple_name: name,
            flags: 0,
            num_pos_args: 0,
            num_kwonly_args: 0,
            num_def_pos_args: 0,
            num_locals: 0,
            stack_size: 0,
            exc_stack_size: 0,
            ids: Vec::new(),
            index: Default::default(),
            emit_kind: EmitKind::Bytecode,
            annotations: None,
            first_line: line,
            em: Emitter::default(),
        }
    }

    pub fn find(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// Find `name`, adding it with `kind` if absent. Returns (index, added).
    pub fn find_or_add(&mut self, name: &str, kind: IdKind) -> (usize, bool) {
        if let Some(i) = self.find(name) {
            return (i, false);
        }
        self.ids.push(IdInfo {
            name: name.to_string(),
            kind,
            flags: 0,
            local_num: 0,
        });
        self.index.insert(name.to_string(), self.ids.len() - 1);
        (self.ids.len() - 1, true)
    }
}

/// Close over `name` in the parents of `scope` (MicroPython's scope_close_over_in_parents).
fn close_over_in_parents(scopes: &mut [Scope], scope: usize, name: &str) {
    let mut s = scopes[scope].parent;
    while let Some(si) = s {
        if scopes[si].parent.is_none() {
            return;
        }
        let (i, added) = scopes[si].find_or_add(name, IdKind::Free);
        if added {
            scopes[si].ids[i].kind = IdKind::Free;
        } else {
            if scopes[si].ids[i].kind == IdKind::Local {
                scopes[si].ids[i].kind = IdKind::Cell;
            }
            return;
        }
        s = scopes[si].parent;
    }
}

/// If `name` (just found as an implicit global in `scope`) is bound in an enclosing function, make it
/// free here and a cell there (MicroPython's scope_check_to_close_over).
pub fn check_to_close_over(scopes: &mut [Scope], scope: usize, id: usize) {
    let name = scopes[scope].ids[id].name.clone();
    let mut s = scopes[scope].parent;
    while let Some(si) = s {
        if scopes[si].parent.is_none() {
            break;
        }
        if let Some(j) = scopes[si].find(&name) {
            if matches!(
                scopes[si].ids[j].kind,
                IdKind::Local | IdKind::Cell | IdKind::Free
            ) {
                scopes[scope].ids[id].kind = IdKind::Free;
                close_over_in_parents(scopes, scope, &name);
            }
            break;
        }
        s = scopes[si].parent;
    }
}

/// Number the locals, move `*args` after the keyword-only params, put free variables first
/// (MicroPython's scope_compute_things).
pub fn compute_things(scopes: &mut [Scope], si: usize) {
    if scopes[si].flags & scope_flags::VARARGS != 0 {
        let ids = &mut scopes[si].ids;
        let mut last_param: Option<usize> = None;
        for i in (0..ids.len()).rev() {
            if ids[i].flags & ID_FLAG_IS_STAR_PARAM != 0 {
                if let Some(p) = last_param {
                    ids.swap(i, p);
                    let (a, b) = (ids[i].name.clone(), ids[p].name.clone());
                    scopes[si].index.insert(a, i);
                    scopes[si].index.insert(b, p);
                }
                break;
            } else if last_param.is_none() && ids[i].flags == ID_FLAG_IS_PARAM {
                last_param = Some(i);
            }
        }
    }
    let kind = scopes[si].kind;
    let mut num_locals = 0u32;
    for id in scopes[si].ids.iter_mut() {
        if kind == ScopeKind::Class && id.name == "__class__" {
            continue;
        }
        if kind.is_func_like() && id.kind == IdKind::GlobalImplicit {
            id.kind = IdKind::GlobalExplicit;
        }
        if id.kind == IdKind::Local || id.flags & ID_FLAG_IS_PARAM != 0 {
            id.local_num = num_locals as u16;
            num_locals += 1;
        }
    }
    for id in scopes[si].ids.iter_mut() {
        if id.kind == IdKind::Cell && id.flags & ID_FLAG_IS_PARAM == 0 {
            id.local_num = num_locals as u16;
            num_locals += 1;
        }
    }
    scopes[si].num_locals = num_locals;
    if let Some(pi) = scopes[si].parent {
        let mut num_free = 0u16;
        let parent_ids: Vec<(String, IdKind)> = scopes[pi]
            .ids
            .iter()
            .map(|i| (i.name.clone(), i.kind))
            .collect();
        for (pname, pkind) in parent_ids {
            if pkind == IdKind::Cell || pkind == IdKind::Free {
                for id in scopes[si].ids.iter_mut() {
                    if id.kind == IdKind::Free && id.name == pname {
                        id.local_num = num_free;
                        num_free += 1;
                    }
                }
            }
        }
        if num_free > 0 {
            for id in scopes[si].ids.iter_mut() {
                if id.kind != IdKind::Free || id.flags & ID_FLAG_IS_PARAM != 0 {
                    id.local_num += num_free;
                }
            }
            scopes[si].num_pos_args += num_free as u32;
            scopes[si].num_locals += num_free as u32;
        }
    }
}
