//! `encoding/xml`'s functions: `xml.Marshal(v)`, `MarshalIndent(v, prefix, indent)` and
//! `Unmarshal(data, &v)`, each with the shape of the type it reads (`xml_shapes`), and
//! `xml.Header`. The rest of the package is refused by name.

use super::Lowerer;
use super::iface::{ANY, iface};
use super::library::error_type;
use crate::go::types::Type;
use syncscope_program::xml::XmlOp;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

/// `xml.Header`: the declaration a document may start with.
pub(super) const HEADER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

fn bytes() -> Type {
    Type::Slice(Box::new(Type::Byte))
}

impl Lowerer<'_> {
    /// `xml.member(args...)`.
    pub(super) fn xml_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("xml.{member}");
        self.uses_xml();
        match member {
            "Marshal" | "MarshalIndent" => {
                let Some((values, shape)) = self.marshal_args(n, member, args, true) else {
                    return invalid;
                };
                let op = match member {
                    "Marshal" => XmlOp::Marshal(shape),
                    _ => XmlOp::MarshalIndent(shape),
                };
                let result = Type::Tuple(vec![bytes(), error_type()]);
                (Expr::Lib(Lib::Xml(op), values), result)
            }
            "Unmarshal" => {
                let [data, v] = args else {
                    self.args_as(n, args, &[bytes(), iface(ANY, "any")], &full);
                    return invalid;
                };
                let data = self.value_as(*data, &bytes(), "argument to xml.Unmarshal");
                let (value, shape) = match self.json_address(*v, true) {
                    Some(found) => found,
                    None => self.json_argument(*v, true),
                };
                let Some(shape) = shape else {
                    return invalid;
                };
                if let Some(why) = self.xml_unmarshal_refused(shape) {
                    self.unsupported(*v, &why);
                    return invalid;
                }
                let op = Lib::Xml(XmlOp::Unmarshal(shape));
                (Expr::Lib(op, vec![data, value]), error_type())
            }
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, &full);
                invalid
            }
        }
    }
}
