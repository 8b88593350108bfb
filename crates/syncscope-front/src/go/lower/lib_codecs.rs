//! `encoding/base64` (`base64.StdEncoding.EncodeToString(b)`, `DecodeString(s)` with its
//! error, of the four encodings). An encoding is its number.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

fn bytes() -> Type {
    Type::Slice(Box::new(Type::Byte))
}

/// The number of one of `base64`'s encodings.
pub(super) fn encoding(member: &str) -> Option<i64> {
    Some(match member {
        "StdEncoding" => 0,
        "URLEncoding" => 1,
        "RawStdEncoding" => 2,
        "RawURLEncoding" => 3,
        _ => return None,
    })
}

impl Lowerer<'_> {
    /// Whether `n` is `base64.StdEncoding` or another of the package's encodings.
    pub(super) fn is_base64_encoding(&mut self, n: Node) -> bool {
        let (Some(operand), Some(field)) = (
            n.child_by_field_name("operand"),
            n.child_by_field_name("field"),
        ) else {
            return false;
        };
        n.kind() == "selector_expression"
            && operand.kind() == "identifier"
            && encoding(self.text_of(field)).is_some()
            && matches!(self.resolve(self.text_of(operand), false),
                super::scope::Resolved::Package(p) if p == "base64")
    }

    /// `enc.EncodeToString(b)` and `enc.DecodeString(s)` of a `*base64.Encoding`.
    pub(super) fn base64_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        let (lib, param, result) = match member {
            "EncodeToString" => (Lib::Base64Encode, bytes(), Type::Str),
            "DecodeString" => (
                Lib::Base64Decode,
                Type::Str,
                Type::Tuple(vec![bytes(), super::library::error_type()]),
            ),
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                if ENCODING_METHODS.contains(&member) {
                    self.unsupported(n, &full);
                } else {
                    self.no_such_member(callee, &full, &Type::Base64, member);
                }
                return invalid;
            }
        };
        match self.args_as(n, args, &[param], &full).pop() {
            Some(arg) => (Expr::Lib(lib, vec![recv, arg]), result),
            None => invalid,
        }
    }
}

/// A `*base64.Encoding`'s methods, as Go 1.26 has them.
const ENCODING_METHODS: [&str; 10] = [
    "AppendDecode",
    "AppendEncode",
    "Decode",
    "DecodeString",
    "DecodedLen",
    "Encode",
    "EncodeToString",
    "EncodedLen",
    "Strict",
    "WithPadding",
];
