//! Methods promoted from an embedded struct making the outer struct satisfy an interface
//! (`Dog` embeds `Animal`, whose `Speak()` makes a `Dog` a `Speaker`; `*admin` embeds `user`,
//! whose `(*user).notify` makes an `*admin` a `notifier`): as Go does, each such method gets a
//! wrapper (`Dog.Speak`) that calls the embedded field's method, in the outer type's run-time
//! method table.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::iface::{Deref, MethodImpl, RtMethod};
use syncscope_program::{Expr, Func, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Puts the wrappers of the methods of interface `id` that `ty` has by promotion only in
    /// its run-time type `rt`; false (after refusing at `n`) if one is not run yet.
    pub(super) fn promoted_wrappers(&mut self, n: Node, ty: &Type, id: usize, rt: usize) -> bool {
        let names: Vec<String> = self.ifaces.defs[id]
            .methods
            .iter()
            .map(|(m, _)| m.clone())
            .filter(|m| {
                self.method_type(ty, m).is_none()
                    && self.promoted_method(Expr::int(0), ty, m).is_some()
            })
            .collect();
        for member in names {
            if self.ifaces.types[rt]
                .methods
                .iter()
                .any(|x| *x.name == *member)
            {
                continue;
            }
            let Some(func) = self.promoted_wrapper(n, ty, &member) else {
                self.unsupported(n, "methods promoted from embedded fields in interfaces");
                return false;
            };
            self.ifaces.types[rt].methods.push(RtMethod {
                name: member.as_str().into(),
                call: MethodImpl::Func {
                    func,
                    deref: Deref::No,
                },
            });
        }
        true
    }

    /// `ty`'s wrapper of its promoted method `member`: of the embedded value's copy for a
    /// value receiver, of its address for a pointer receiver (which only a pointer `ty`
    /// has in its method set).
    fn promoted_wrapper(&mut self, n: Node, ty: &Type, member: &str) -> Option<usize> {
        let (inner, inner_ty) = self.promoted_method(Expr::Local(0), ty, member)?;
        let Type::Struct(sid, _) = inner_ty else {
            return None;
        };
        let m = self
            .structs
            .methods
            .get(&(sid, member.to_string()))
            .copied()?;
        let recv = match (m.pointer, ty) {
            (false, _) => Expr::CopyStruct(Box::new(inner)),
            (true, Type::Pointer(_)) => Expr::AddrOf(Box::new(inner)),
            (true, _) => return None,
        };
        let sig = self.sigs[m.func].clone();
        let outer = Self::struct_of(ty)?;
        let outer_name = &self.structs.defs[outer].name;
        let name = match ty {
            Type::Pointer(_) => format!("(*{outer_name}).{member}"),
            _ => format!("{outer_name}.{member}"),
        };
        let mut params = vec![ty.clone()];
        params.extend(sig.params.get(1..).unwrap_or(&[]).iter().cloned());
        let count = params.len();
        let mut args = vec![recv];
        args.extend((1..count).map(Expr::Local));
        let called = Expr::Call(m.func, args);
        let kind = match sig.result {
            Some(_) => StmtKind::Return(Some(called)),
            None => StmtKind::Expr(called),
        };
        let id = self.new_func(&name);
        let mark = u16::try_from(id).unwrap_or(u16::MAX);
        self.marks.insert((mark, 0), n.start_position().row);
        self.sigs[id] = super::Sig {
            params,
            result: sig.result,
        };
        self.funcs[id] = Some(Func {
            name,
            mark,
            params: count,
            slots: count,
            boxed: vec![false; count],
            captures: 0,
            recovered: None,
            body: vec![Stmt::new(kind, Some(0))],
        });
        Some(id)
    }

    /// Whether a struct value `ty` has `member` promoted from an embedded struct value whose
    /// method has a pointer receiver: only a pointer to `ty` has it in its method set.
    pub(super) fn promoted_pointer_only(&self, ty: &Type, member: &str) -> bool {
        if matches!(ty, Type::Pointer(_)) {
            return false;
        }
        let Some((_, Type::Struct(sid, _))) = self.promoted_method(Expr::int(0), ty, member) else {
            return false;
        };
        self.structs
            .methods
            .get(&(sid, member.to_string()))
            .is_some_and(|m| m.pointer)
    }
}
