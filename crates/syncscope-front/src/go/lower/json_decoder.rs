//! `json.NewDecoder(r)` on a file or a `*strings.Reader`, and its `Decode(&v)`, which reads
//! the stream's next value, and `More()`. Its other methods are refused by name.

use super::Lowerer;
use super::iface::{ANY, iface};
use super::library::error_type;
use crate::go::types::Type;
use syncscope_program::json::JsonOp;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

/// A `*json.Decoder`'s methods, as Go 1.26 has them.
const METHODS: [&str; 7] = [
    "Buffered",
    "Decode",
    "DisallowUnknownFields",
    "InputOffset",
    "More",
    "Token",
    "UseNumber",
];

impl Lowerer<'_> {
    /// `json.NewDecoder(r)` of an `*os.File` or a `*strings.Reader`.
    pub(super) fn json_new_decoder(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let [r] = args else {
            self.args_as(n, args, &[iface(ANY, "io.Reader")], "json.NewDecoder");
            return invalid;
        };
        let (reader, ty) = self.expr(*r);
        match ty {
            Type::File | Type::StrReader | Type::BytesReader => (
                Expr::Lib(Lib::Json(JsonOp::NewDecoder), vec![reader]),
                Type::JsonDecoder,
            ),
            Type::Invalid => invalid,
            _ => {
                let why = "json.NewDecoder of other than an *os.File, a *strings.Reader or a \
                           *bytes.Reader";
                self.unsupported(*r, why);
                invalid
            }
        }
    }

    /// `dec.Decode(&v)`: its error; `dec.More()`.
    pub(super) fn json_decoder_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        self.json.used = true;
        match member {
            "Decode" => {
                let [v] = args else {
                    self.args_as(n, args, &[iface(ANY, "any")], &full);
                    return invalid;
                };
                let Some((value, shape, var)) = self.json_target(*v, "json.Decode") else {
                    return invalid;
                };
                let op = Lib::Json(JsonOp::Decode(shape));
                let args = vec![recv, value, Expr::int(i64::from(var))];
                (Expr::Lib(op, args), error_type())
            }
            "More" => {
                self.args_as(n, args, &[], &full);
                (Expr::Lib(Lib::Json(JsonOp::More), vec![recv]), Type::Bool)
            }
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                if METHODS.contains(&member) {
                    self.unsupported(n, &full);
                } else {
                    self.no_such_member(callee, &full, &Type::JsonDecoder, member);
                }
                invalid
            }
        }
    }
}
