//! Names: a function's blocks of locals, the variables its closures capture, and what a name
//! means where it is used.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Capture, Expr, FuncId, GlobalId, Slot};
use tree_sitter::Node;

/// A name declared in a function: what it stands for, its type, and whether anything read
/// it (Go refuses a variable that nothing reads).
pub(super) struct Local {
    pub(crate) binding: Binding,
    pub(crate) ty: Type,
    pub(crate) used: bool,
    pub(crate) at: (usize, usize),
    pub(crate) name: String,
}

pub(super) enum Binding {
    Slot(Slot),
    /// A WaitGroup or lock declared in `main`'s own block: it lives as long as the program,
    /// so it is one of the program's.
    Hoisted(GlobalId),
    Const(Expr),
}

/// The function being lowered (a closure inside another is a context of its own).
pub(super) struct FnCtx {
    pub(crate) mark: u16,
    pub(crate) name: String,
    pub(crate) next_pc: u16,
    /// Per slot: whether a closure captures it.
    pub(crate) boxed: Vec<bool>,
    pub(crate) scopes: Vec<Vec<Local>>,
    /// Variables of enclosing functions this closure uses, in capture order.
    pub(crate) captures: Vec<(String, Capture, Type)>,
    pub(crate) result: Option<Type>,
    pub(crate) closures: u32,
    /// Loops the statement being lowered is in: `break` and `continue` need one.
    pub(crate) loops: u32,
    /// Select cases it is in: `break` may leave one.
    pub(crate) selects: u32,
    /// The labelled loops it is in, innermost last.
    pub(crate) labels: Vec<super::labels::Label>,
    /// Its named results, what a bare `return` gives.
    pub(crate) named: Vec<Slot>,
    /// For the body of a range over a function: where its `return` goes.
    pub(crate) range_exit: Option<super::range_func::RangeExit>,
}

/// What a name means where it is used.
pub(super) enum Resolved {
    Local(Slot, Type),
    Captured(usize, Type),
    Global(GlobalId, Type),
    Const(Expr, Type),
    Func(FuncId),
    Package(String),
    /// A package variable declared further down: Go orders their initialisation, syncscope
    /// does not yet.
    Later,
    Undefined,
}

impl FnCtx {
    pub(crate) fn new(mark: u16, name: String, result: Option<Type>) -> FnCtx {
        FnCtx {
            mark,
            name,
            next_pc: 0,
            boxed: Vec::new(),
            scopes: vec![Vec::new()],
            captures: Vec::new(),
            result,
            closures: 0,
            loops: 0,
            selects: 0,
            labels: Vec::new(),
            named: Vec::new(),
            range_exit: None,
        }
    }

    fn find(&mut self, name: &str) -> Option<&mut Local> {
        self.scopes
            .iter_mut()
            .rev()
            .find_map(|s| s.iter_mut().rev().find(|l| l.name == name))
    }
}

impl Lowerer<'_> {
    pub(super) fn ctx(&mut self) -> &mut FnCtx {
        self.stack.last_mut().expect("inside a function")
    }

    /// A new local variable in the innermost block.
    pub(super) fn declare(&mut self, name: &str, ty: Type, at: Node) -> Slot {
        let ctx = self.ctx();
        let slot = ctx.boxed.len();
        ctx.boxed.push(false);
        self.bind(name, Binding::Slot(slot), ty, at, false);
        slot
    }

    /// A name in the innermost block; `used` for what Go does not require to be read.
    pub(super) fn bind(&mut self, name: &str, binding: Binding, ty: Type, at: Node, used: bool) {
        if name == "_" {
            return;
        }
        let at = self.at(at);
        if let Some(scope) = self.ctx().scopes.last_mut() {
            scope.push(Local {
                binding,
                ty,
                used,
                at,
                name: name.to_string(),
            });
        }
    }

    /// Whether `name` is declared in the innermost block already (`:=` then assigns it).
    pub(super) fn in_this_block(&mut self, name: &str) -> Option<(Slot, Type)> {
        let scope = self.ctx().scopes.last()?;
        scope
            .iter()
            .rev()
            .find(|l| l.name == name)
            .and_then(|l| match l.binding {
                Binding::Slot(s) => Some((s, l.ty.clone())),
                _ => None,
            })
    }

    pub(super) fn open_block(&mut self) {
        self.ctx().scopes.push(Vec::new());
    }

    /// Leaves a block: each of its variables that nothing read is Go's error.
    pub(super) fn close_block(&mut self) {
        let Some(block) = self.ctx().scopes.pop() else {
            return;
        };
        for local in block.into_iter().filter(|l| !l.used) {
            self.errors.push(crate::go::GoError::at(
                local.at.0,
                local.at.1,
                format!("declared and not used: {}", local.name),
            ));
        }
    }

    /// What `name` means here; `read` marks a variable used.
    pub(super) fn resolve(&mut self, name: &str, read: bool) -> Resolved {
        let depth = self.stack.len();
        for level in (0..depth).rev() {
            let found = self.stack[level].find(name).map(|l| {
                l.used |= read;
                let slot = match &l.binding {
                    Binding::Slot(s) => Ok(*s),
                    Binding::Hoisted(g) => Err(Resolved::Global(*g, l.ty.clone())),
                    Binding::Const(e) => Err(Resolved::Const(e.clone(), l.ty.clone())),
                };
                (slot, l.ty.clone())
            });
            if let Some((slot, ty)) = found {
                let slot = match slot {
                    Ok(slot) => slot,
                    Err(resolved) => return resolved,
                };
                if level + 1 == depth {
                    return Resolved::Local(slot, ty);
                }
                return self.capture(level, slot, name, ty);
            }
            if let Some(i) = self.stack[level].captures.iter().position(|c| c.0 == name) {
                // A capture made by a look that was no use (a type peeked at) leaves its
                // variable unused: this read is the use.
                if read {
                    self.mark_used_below(level, name);
                }
                let ty = self.stack[level].captures[i].2.clone();
                if level + 1 == depth {
                    return Resolved::Captured(i, ty);
                }
                return self.capture_through(level, Capture::Captured(i), name, ty);
            }
        }
        if let Some(&g) = self.global_names.get(name) {
            return Resolved::Global(g, self.global_types[g].clone());
        }
        if let Some((e, ty)) = self.consts.get(name) {
            return Resolved::Const(e.clone(), ty.clone());
        }
        if let Some(&f) = self.func_names.get(name) {
            return Resolved::Func(f);
        }
        // A package is used only by a selector of it (the callers mark it): Go does not count
        // a package's name alone as a use.
        if let Some(package) = self.package_named(name) {
            return Resolved::Package(package);
        }
        if self.later_globals.contains(name) {
            return Resolved::Later;
        }
        Resolved::Undefined
    }

    /// The variable `name` that a capture at `level` refers to, marked used.
    fn mark_used_below(&mut self, level: usize, name: &str) {
        for below in (0..level).rev() {
            if let Some(l) = self.stack[below].find(name) {
                l.used = true;
                return;
            }
        }
    }

    /// A local of the function at `level` used by a closure inside it: boxed there, and
    /// captured by every closure between.
    fn capture(&mut self, level: usize, slot: Slot, name: &str, ty: Type) -> Resolved {
        if let Some(b) = self.stack[level].boxed.get_mut(slot) {
            *b = true;
        }
        self.capture_through(level, Capture::Slot(slot), name, ty)
    }

    fn capture_through(&mut self, level: usize, from: Capture, name: &str, ty: Type) -> Resolved {
        let mut source = from;
        for inner in level + 1..self.stack.len() {
            let captures = &mut self.stack[inner].captures;
            let i = match captures.iter().position(|c| c.0 == name) {
                Some(i) => i,
                None => {
                    captures.push((name.to_string(), source, ty.clone()));
                    captures.len() - 1
                }
            };
            source = Capture::Captured(i);
        }
        match source {
            Capture::Captured(i) => Resolved::Captured(i, ty),
            Capture::Slot(slot) => Resolved::Local(slot, ty),
        }
    }

    /// The next statement's mark, recorded at `node`'s line of the text shown.
    pub(super) fn mark(&mut self, node: Node) -> Option<u16> {
        let line = node.start_position().row;
        let ctx = self.ctx();
        let pc = ctx.next_pc;
        ctx.next_pc = ctx.next_pc.checked_add(1)?;
        let key = (ctx.mark, pc);
        self.marks.insert(key, line);
        Some(pc)
    }
}

/// Whether `n` is a name: an identifier, or one of the predeclared names the grammar reads as
/// their own kinds of node (`true`, `false`, `nil`, `iota`), which a file may declare again.
pub(super) fn is_name(n: tree_sitter::Node) -> bool {
    matches!(n.kind(), "identifier" | "true" | "false" | "nil" | "iota")
}

impl Lowerer<'_> {
    /// Whether the predeclared name `n` is declared again where it is used.
    pub(super) fn redeclared(&mut self, n: tree_sitter::Node) -> bool {
        let name = self.text_of(n).to_string();
        !matches!(self.resolve(&name, false), Resolved::Undefined)
    }
}
