//! `text/template`: `template.New(name)`, `t.Parse(text)`, `template.Must(t, err)`,
//! `t.Execute(w, data)` on an `*os.File`, and `t.Name()`. The text is parsed and run by the
//! engine; `Execute` gives it the shape of the data's static type (`json_shapes`), which
//! names its fields. What else the package has is refused by name.

use super::Lowerer;
use super::iface::{ANY, iface};
use super::library::error_type;
use crate::go::types::Type;
use syncscope_program::template::TmplOp;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

/// A `*template.Template`'s methods, as Go 1.26 has them.
const METHODS: [&str; 17] = [
    "AddParseTree",
    "Clone",
    "DefinedTemplates",
    "Delims",
    "Execute",
    "ExecuteTemplate",
    "Funcs",
    "Lookup",
    "Name",
    "New",
    "Option",
    "Parse",
    "ParseFS",
    "ParseFiles",
    "ParseGlob",
    "Templates",
    "Tree",
];

fn lib(op: TmplOp, values: Vec<Expr>) -> Expr {
    Expr::Lib(Lib::Template(op), values)
}

impl Lowerer<'_> {
    /// `template.member(args...)`.
    pub(super) fn template_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("template.{member}");
        match member {
            "New" => match self.args_as(n, args, &[Type::Str], &full).pop() {
                Some(name) => (lib(TmplOp::New, vec![name]), Type::Template),
                None => invalid,
            },
            "Must" => self.template_must(n, args),
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, &full);
                invalid
            }
        }
    }

    /// Whether `n` is a `*template.Template` without lowering it: a variable of one, or a
    /// call of `template.New` or `template.Must`.
    pub(super) fn is_template(&mut self, n: Node) -> bool {
        if self.peek_type(n) == Some(Type::Template) {
            return true;
        }
        let callee = n.child_by_field_name("function");
        let (Some(operand), Some(field)) = (
            callee.and_then(|c| c.child_by_field_name("operand")),
            callee.and_then(|c| c.child_by_field_name("field")),
        ) else {
            return false;
        };
        let package = self.resolve(self.text_of(operand), false);
        matches!(package, super::scope::Resolved::Package(p) if p == "template")
            && matches!(self.text_of(field), "New" | "Must")
    }

    /// `template.Must(t.Parse(text))`, or of a template and an error written apart.
    fn template_must(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let pair = [Type::Template, error_type()];
        if let [one] = args
            && one.kind() == "call_expression"
        {
            let (e, ty) = self.expr(*one);
            match ty {
                Type::Tuple(ts) if ts == pair => {
                    return (lib(TmplOp::Must, vec![e]), Type::Template);
                }
                Type::Invalid => return invalid,
                // Go's count of arguments, as for any call.
                _ => {}
            }
        }
        let values = self.args_as(n, args, &pair, "template.Must");
        if values.len() != 2 {
            return invalid;
        }
        (lib(TmplOp::Must, values), Type::Template)
    }

    /// `t.member(args...)` of a `*template.Template`.
    pub(super) fn template_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        match member {
            "Parse" => match self.args_as(n, args, &[Type::Str], &full).pop() {
                Some(text) => (
                    lib(TmplOp::Parse, vec![recv, text]),
                    Type::Tuple(vec![Type::Template, error_type()]),
                ),
                None => invalid,
            },
            "Name" => {
                self.args_as(n, args, &[], &full);
                (lib(TmplOp::Name, vec![recv]), Type::Str)
            }
            "Execute" => self.template_execute(n, recv, args, &full),
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                if METHODS.contains(&member) {
                    self.unsupported(n, &full);
                } else {
                    self.no_such_member(callee, &full, &Type::Template, member);
                }
                invalid
            }
        }
    }

    /// `t.Execute(w, data)`: `w` one of the program's files, `data` with its shape.
    fn template_execute(&mut self, n: Node, recv: Expr, args: &[Node], full: &str) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let [w, data] = args else {
            let params = [iface(ANY, "io.Writer"), iface(ANY, "any")];
            self.args_as(n, args, &params, full);
            return invalid;
        };
        let (file, wty) = self.expr(*w);
        let (value, dty) = self.expr(*data);
        match wty {
            Type::File => {}
            Type::Invalid => return invalid,
            _ => {
                self.unsupported(*w, &format!("{full} on other than an *os.File"));
                return invalid;
            }
        }
        let dty = match dty.defaulted() {
            Type::Nil => iface(ANY, "interface{}"),
            Type::Invalid => return invalid,
            t => t,
        };
        let value = match dty {
            Type::Iface(..) if value == Expr::NilChan => Expr::NilIface,
            _ => value,
        };
        self.json.used = true;
        self.json.typed = true;
        let shape = self.json_shape(&dty);
        let op = TmplOp::Execute(shape);
        (lib(op, vec![recv, file, value]), error_type())
    }
}
