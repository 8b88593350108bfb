//! `encoding/base64` (`base64.StdEncoding.EncodeToString(b)`, `DecodeString(s)` with its
//! error, of the four encodings) and `crypto/sha256` (`sha256.Sum256(b)`, and `h :=
//! sha256.New()`, `h.Write(b)`, `h.Sum(nil)`). An encoding is its number; a hash variable
//! holds the bytes written to it so far, which `Write` adds to and `Sum` hashes; like
//! `hash/fnv`'s, it is not copied or passed.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::safe_text::one_line;
use syncscope_program::{Expr, Lib, StmtKind};
use tree_sitter::Node;

/// A `hash.Hash`'s methods, as Go 1.26 has them.
const HASH_METHODS: [&str; 5] = ["BlockSize", "Reset", "Size", "Sum", "Write"];

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

    /// `sha256.Sum256(b)` and `sha256.New()`.
    pub(super) fn sha256_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let full = format!("sha256.{member}");
        match member {
            "Sum256" => match self.args_as(n, args, &[bytes()], &full).pop() {
                Some(b) => (
                    Expr::Lib(Lib::Sha256Sum256, vec![b]),
                    Type::Array(32, Box::new(Type::Byte)),
                ),
                None => (Expr::int(0), Type::Invalid),
            },
            "New" => {
                self.args_as(n, args, &[], &full);
                (Expr::NilSlice, Type::Sha256)
            }
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, &full);
                (Expr::int(0), Type::Invalid)
            }
        }
    }

    /// `h.Sum(b)`: `b` with the hash of what was written appended.
    pub(super) fn sha256_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = one_line(self.text_of(callee), 40);
        if !HASH_METHODS.contains(&member) {
            self.no_such_member(callee, &full, &Type::Sha256, member);
            return invalid;
        }
        if member == "Sum" {
            return match self.args_as(n, args, &[bytes()], &full).pop() {
                Some(b) => (Expr::Lib(Lib::Sha256Sum, vec![recv, b]), bytes()),
                None => invalid,
            };
        }
        for a in args {
            self.used_in(*a);
        }
        let what = match member {
            "Write" | "Reset" => format!("using what {full} returns"),
            _ => full,
        };
        self.unsupported(n, &what);
        invalid
    }

    /// `h.Write(b)` and `h.Reset()` as statements: the hash's variable takes its new bytes.
    pub(super) fn sha256_write(
        &mut self,
        call: Node,
        h: Node,
        member: &str,
        args: &[Node],
        full: &str,
    ) -> Option<StmtKind> {
        let now = match member {
            "Write" => {
                let p = self.args_as(call, args, &[bytes()], full).pop()?;
                let (place, _) = self.place_of(h, true)?;
                let read = super::buffers::read(&place);
                return Some(StmtKind::Assign(
                    place,
                    Expr::Lib(Lib::Sha256Write, vec![read, p]),
                ));
            }
            _ => {
                self.args_as(call, args, &[], full);
                Expr::NilSlice
            }
        };
        let (place, _) = self.place_of(h, true)?;
        Some(StmtKind::Assign(place, now))
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
        let full = one_line(self.text_of(callee), 40);
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
