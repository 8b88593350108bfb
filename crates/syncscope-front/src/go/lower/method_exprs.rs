//! Method expressions: `T.M` and `(*T).M` are functions whose first parameter is the
//! receiver (`(*Counter).Inc(c)`), as Go's spec has them. Lowered as a function of its own
//! that calls the method with that parameter.

use super::Lowerer;
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::{Expr, Func, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The receiver type `operand` names, if it names a struct type of the file (`T`) or a
    /// pointer to one (`(*T)`), and no variable hides it.
    fn method_expr_receiver(&mut self, operand: Node) -> Option<Type> {
        let (name, pointer) = match operand.kind() {
            "identifier" | "type_identifier" => (operand, false),
            "parenthesized_expression" | "parenthesized_type" => {
                let inner = children(operand).find(|c| c.is_named())?;
                let star = matches!(inner.kind(), "unary_expression" | "pointer_type")
                    && children(inner).any(|c| !c.is_named() && self.text_of(c) == "*");
                let name = inner
                    .child_by_field_name("operand")
                    .or_else(|| children(inner).find(|c| c.is_named()))?;
                if !star || !matches!(name.kind(), "identifier" | "type_identifier") {
                    return None;
                }
                (name, true)
            }
            _ => return None,
        };
        let text = self.text_of(name).to_string();
        let id = *self.structs.by_name.get(&text)?;
        if !matches!(
            self.resolve(&text, false),
            super::scope::Resolved::Undefined
        ) {
            return None;
        }
        let ty = self.declared_type(id);
        // A declared type of another kind: `Celsius.String` (its value's methods).
        if Self::struct_of(&ty).is_none() {
            if !matches!(ty, Type::Named(..)) {
                return None;
            }
            if pointer {
                self.unsupported(
                    operand,
                    "method expressions of pointers to non-struct types",
                );
                return Some(Type::Invalid);
            }
        }
        Some(if pointer {
            Type::Pointer(Box::new(ty))
        } else {
            ty
        })
    }

    /// `T.M` or `(*T).M` at `n`, if its operand names a type; Go's error for a method the
    /// receiver type does not have.
    pub(super) fn method_expr(&mut self, n: Node) -> Option<(Expr, Type)> {
        let operand = n.child_by_field_name("operand")?;
        let field = n.child_by_field_name("field")?;
        let recv_ty = self.method_expr_receiver(operand)?;
        if recv_ty == Type::Invalid {
            return Some((Expr::int(0), Type::Invalid));
        }
        let member = self.text_of(field).to_string();
        let id = Self::methods_id(&recv_ty)?;
        let pointer = matches!(recv_ty, Type::Pointer(_));
        let text = self.expr_text(n);
        let Some(m) = self.structs.methods.get(&(id, member.clone())).copied() else {
            let spelled = recv_ty.spelled(self.spelling());
            let message =
                format!("{text} undefined (type {spelled} has no field or method {member})");
            self.error(field, message);
            return Some((Expr::int(0), Type::Invalid));
        };
        if m.pointer && !pointer {
            let t = self.text_of(operand).to_string();
            let message = format!(
                "invalid method expression {text} (needs pointer receiver (*{t}).{member})"
            );
            self.error(field, message);
            return Some((Expr::int(0), Type::Invalid));
        }
        let sig = self.sigs[m.func].clone();
        let mut params = vec![recv_ty];
        params.extend(sig.params.get(1..).unwrap_or(&[]).iter().cloned());
        let this = match (pointer, m.pointer) {
            (true, false) => Expr::CopyStruct(Box::new(Expr::Deref(Box::new(Expr::Local(0))))),
            _ => Expr::Local(0),
        };
        let count = params.len();
        let mut args = vec![this];
        args.extend((1..count).map(Expr::Local));
        let called = Expr::Call(m.func, args);
        let kind = match sig.result {
            Some(_) => StmtKind::Return(Some(called)),
            None => StmtKind::Expr(called),
        };
        let id = self.new_func(&text);
        let mark = u16::try_from(id).unwrap_or(u16::MAX);
        self.marks.insert((mark, 0), n.start_position().row);
        self.sigs[id] = super::Sig {
            params: params.clone(),
            result: sig.result.clone(),
        };
        self.funcs[id] = Some(Func {
            name: text.clone(),
            mark,
            params: count,
            slots: count,
            boxed: vec![false; count],
            captures: 0,
            recovered: None,
            body: vec![Stmt::new(kind, Some(0))],
        });
        let ty = Type::Func(params, sig.result.map(Box::new));
        Some((Expr::Closure(id, Vec::new()), ty))
    }
}
