//! `encoding/json`'s functions: `json.Marshal(v)`, `MarshalIndent(v, prefix, indent)`,
//! `Unmarshal(data, &v)` and `Valid(data)`, each with the shape of the type it reads
//! (`json_shapes`). The rest of the package is refused by name.

use super::Lowerer;
use super::iface::{ANY, iface};
use super::library::error_type;
use crate::go::types::Type;
use syncscope_program::json::JsonOp;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

fn bytes() -> Type {
    Type::Slice(Box::new(Type::Byte))
}

impl Lowerer<'_> {
    /// `json.member(args...)`.
    pub(super) fn json_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("json.{member}");
        self.json.used = true;
        match member {
            "Marshal" | "MarshalIndent" => {
                let Some((values, shape)) = self.marshal_args(n, member, args, false) else {
                    return invalid;
                };
                let op = match member {
                    "Marshal" => JsonOp::Marshal(shape),
                    _ => JsonOp::MarshalIndent(shape),
                };
                let result = Type::Tuple(vec![bytes(), error_type()]);
                (Expr::Lib(Lib::Json(op), values), result)
            }
            "Unmarshal" => {
                let [data, v] = args else {
                    self.args_as(n, args, &[bytes(), iface(ANY, "any")], &full);
                    return invalid;
                };
                let data = self.value_as(*data, &bytes(), "argument to json.Unmarshal");
                let Some((value, shape, var)) = self.json_target(*v, "json.Unmarshal") else {
                    return invalid;
                };
                let op = Lib::Json(JsonOp::Unmarshal(shape));
                let args = vec![data, value, Expr::int(i64::from(var))];
                (Expr::Lib(op, args), error_type())
            }
            "NewEncoder" => self.json_new_encoder(n, args),
            "NewDecoder" => self.json_new_decoder(n, args),
            "Valid" => match self.args_as(n, args, &[bytes()], &full).pop() {
                Some(data) => (Expr::Lib(Lib::Json(JsonOp::Valid), vec![data]), Type::Bool),
                None => invalid,
            },
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, &full);
                invalid
            }
        }
    }

    /// `Marshal(v)` and `MarshalIndent(v, prefix, indent)` of `encoding/json` (or of
    /// `encoding/xml`, `xml`): the arguments and the shape of `v`'s type, `None` once refused.
    pub(super) fn marshal_args(
        &mut self,
        n: Node,
        member: &str,
        args: &[Node],
        xml: bool,
    ) -> Option<(Vec<Expr>, usize)> {
        let full = format!("{}.{member}", if xml { "xml" } else { "json" });
        let params = match member {
            "Marshal" => vec![iface(ANY, "any")],
            _ => vec![iface(ANY, "any"), Type::Str, Type::Str],
        };
        let (Some((&v, rest)), true) = (args.split_first(), args.len() == params.len()) else {
            self.args_as(n, args, &params, &full);
            return None;
        };
        let (value, shape) = self.json_argument(v, xml);
        let mut values = vec![value];
        for a in rest {
            values.push(self.value_as(*a, &Type::Str, &format!("argument to {full}")));
        }
        Some((values, shape?))
    }

    /// What `Unmarshal` and `Decode` store into: its value, its shape and the variable the
    /// maps it makes are for the race detector; `None` once refused.
    pub(super) fn json_target(&mut self, v: Node, call: &str) -> Option<(Expr, usize, u16)> {
        let (value, shape) = match self.json_address(v, false) {
            Some(found) => found,
            None => self.json_argument(v, false),
        };
        self.decoded_types();
        let shape = shape?;
        if let Some(why) = self.json_unmarshal_refused(shape) {
            self.unsupported(v, &why);
            return None;
        }
        Some((value, shape, self.hidden_var(call)))
    }

    /// An argument of type `any`: its value as it is and its static type's shape (in
    /// `encoding/xml`'s table for `xml`), or `None` once refused.
    pub(super) fn json_argument(&mut self, v: Node, xml: bool) -> (Expr, Option<usize>) {
        let (value, ty) = self.expr(v);
        let ty = match ty.defaulted() {
            Type::Nil => iface(ANY, "interface{}"),
            Type::Invalid => return (value, None),
            t => t,
        };
        let value = match ty {
            Type::Iface(..) if value == Expr::NilChan => Expr::NilIface,
            _ => value,
        };
        let (shape, refused) = self.shape_of(&ty, xml);
        if let Some(why) = refused {
            self.unsupported(v, &why);
            return (value, None);
        }
        (value, Some(shape))
    }

    /// `&x` of a variable of a type other than a struct (a map, a slice, an `any`), which
    /// `Unmarshal` stores into: a pointer to the variable.
    pub(super) fn json_address(&mut self, v: Node, xml: bool) -> Option<(Expr, Option<usize>)> {
        let operand = v.child_by_field_name("operand")?;
        let op = v.child_by_field_name("operator")?;
        if v.kind() != "unary_expression" || self.text_of(op) != "&" {
            return None;
        }
        if operand.kind() != "identifier" {
            return None;
        }
        let (e, ty) = self.expr(operand);
        if matches!(ty, Type::Struct(..) | Type::Invalid) || super::pointers::basic(&ty) {
            return None;
        }
        let p = self.var_ref(&e)?;
        self.follow_address(&e, operand);
        let (shape, refused) = self.shape_of(&Type::Pointer(Box::new(ty)), xml);
        if let Some(why) = refused {
            self.unsupported(v, &why);
            return Some((p, None));
        }
        Some((p, Some(shape)))
    }

    /// `ty`'s shape in `encoding/json`'s table or `encoding/xml`'s, and why it is refused.
    fn shape_of(&mut self, ty: &Type, xml: bool) -> (usize, Option<String>) {
        if xml {
            let shape = self.xml_shape(ty);
            (shape, self.xml_refused(shape))
        } else {
            let shape = self.json_shape(ty);
            (shape, self.json_refused(shape))
        }
    }

    /// The dynamic types `Unmarshal` into an interface makes, registered for type assertions.
    fn decoded_types(&mut self) {
        let any = || Box::new(iface(ANY, "interface{}"));
        let types = [
            Type::F64,
            Type::Str,
            Type::Bool,
            Type::Slice(any()),
            Type::Map(Box::new(Type::Str), any()),
        ];
        for (i, t) in types.iter().enumerate() {
            self.json.table.decoded[i] = self.rt_id(t);
        }
    }
}
