//! Interface values in use: method calls through one, type assertions, comparisons with
//! one, conversions to one (`any(x)`), and the values `fmt` prints as interfaces.

use super::Lowerer;
use super::iface::{ANY, ERROR, iface};
use crate::go::types::Type;
use syncscope_program::Expr;
use syncscope_program::iface::AssertTo;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `x.m(args)` of an interface value.
    pub(super) fn iface_call(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        id: usize,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let found = self.ifaces.defs[id]
            .methods
            .iter()
            .find(|(m, _)| m == member)
            .map(|(_, t)| t.clone());
        let full = self.expr_text(callee);
        let Some(Type::Func(params, result)) = found else {
            let ty = iface(id, &self.ifaces.defs[id].name);
            let message = self.no_field_or_method(&full, &ty, member);
            let at = callee.child_by_field_name("field").unwrap_or(callee);
            self.error(at, message);
            return (Expr::int(0), Type::Invalid);
        };
        let args = self.args_as(n, args, &params, &full);
        let e = Expr::CallMethod {
            recv: Box::new(recv),
            name: member.into(),
            args,
        };
        (e, result.map_or(Type::Void, |r| *r))
    }

    /// `x.(T)`; with `ok`, its two values (`v, ok := x.(T)`).
    pub(super) fn assertion(&mut self, n: Node, ok: bool) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (Some(operand), Some(t)) = (
            n.child_by_field_name("operand"),
            n.child_by_field_name("type"),
        ) else {
            return invalid;
        };
        let (x, xt) = self.value(operand);
        let to_ty = self.type_of(t);
        let from = match &xt {
            Type::Iface(id, _) => self.ifaces.defs[*id].rt.clone(),
            Type::Invalid => return invalid,
            other => {
                let text = self.described(operand, &x, other);
                self.error(
                    operand,
                    format!("invalid operation: {text} is not an interface"),
                );
                return invalid;
            }
        };
        if to_ty == Type::Invalid {
            return invalid;
        }
        if let Type::Iface(id, _) = xt
            && !matches!(to_ty, Type::Iface(..))
            && self.missing_method(&to_ty, id).is_some()
        {
            let text = self.expr_text(n);
            self.error(n, format!("impossible type assertion: {text}"));
            return invalid;
        }
        let to = self.assert_to(&to_ty);
        let zero = self.zero_of(&to_ty, "_");
        let e = Expr::Assert {
            x: Box::new(x),
            to,
            from,
            ok: ok.then(|| Box::new(zero)),
        };
        if ok {
            return (e, Type::Tuple(vec![to_ty, Type::Bool]));
        }
        (e, to_ty)
    }

    /// What asking for `ty` of an interface value checks.
    pub(super) fn assert_to(&mut self, ty: &Type) -> AssertTo {
        match ty {
            Type::Iface(id, _) => {
                let def = &self.ifaces.defs[*id];
                AssertTo::Iface {
                    name: def.rt.clone(),
                    methods: def.methods.iter().map(|(m, _)| m.as_str().into()).collect(),
                }
            }
            _ => AssertTo::Type(self.rt_id(ty)),
        }
    }

    /// An operand of a comparison whose operands take type `ty`: a value compared with an
    /// interface goes in one (and so does a value of type `have` assigned to a `ty`).
    pub(super) fn compared(&mut self, e: Expr, have: &Type, ty: &Type) -> Expr {
        let boxed = matches!(ty, Type::Iface(..))
            && !matches!(have, Type::Iface(..) | Type::Nil | Type::Invalid);
        if !boxed {
            return e;
        }
        Expr::ToIface(self.rt_id(&have.clone().defaulted()), Box::new(e))
    }

    /// The interface type a name in call position names, if it names one (`any(x)`).
    pub(super) fn iface_named(&self, name: &str) -> Option<Type> {
        match name {
            "any" => Some(iface(ANY, "any")),
            "error" => Some(iface(ERROR, "error")),
            _ => {
                let id = *self.ifaces.by_name.get(name)?;
                Some(iface(id, name))
            }
        }
    }

    /// `I(x)` of an interface type `I`: `x` boxed as an assignment would box it.
    pub(super) fn iface_conversion(&mut self, n: Node, to: &Type, args: &[Node]) -> (Expr, Type) {
        let [arg] = args else {
            let to_text = to.spelled(self.spelling()).to_string();
            match args.last() {
                None => self.error(n, format!("missing argument in conversion to {to_text}")),
                Some(last) => {
                    for a in args {
                        self.expr(*a);
                    }
                    let message = format!("too many arguments in conversion to {to_text}");
                    self.error(*last, message);
                }
            }
            return (Expr::int(0), Type::Invalid);
        };
        (self.value_as(*arg, to, "conversion"), to.clone())
    }

    /// `interface{}(x)`, a conversion whose type is written out.
    pub(super) fn written_conversion(&mut self, n: Node) -> Option<(Expr, Type)> {
        let t = n.child_by_field_name("type")?;
        if t.kind() != "interface_type" {
            return None;
        }
        let to = self.type_of(t);
        let operand = n.child_by_field_name("operand")?;
        Some(self.iface_conversion(n, &to, &[operand]))
    }
}
