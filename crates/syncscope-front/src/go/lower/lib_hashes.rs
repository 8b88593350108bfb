//! `crypto/md5` and `crypto/sha256`: `md5.Sum(b)`, `sha256.Sum256(b)`, and `h := md5.New()`,
//! `h.Write(b)`, `h.Sum(nil)`, `h.Size()`, `h.BlockSize()`; the packages' `Size` and
//! `BlockSize` are untyped constants, so `[md5.Size]byte` is a type. A hash variable holds
//! the bytes written to it so far, which `Write` adds to and `Sum` hashes; like `hash/fnv`'s,
//! it is not copied or passed.

use super::Lowerer;
use crate::go::types::{Type, Untyped};
use syncscope_program::{Digest, Expr, Lib, StmtKind};
use tree_sitter::Node;

/// A `hash.Hash`'s methods, as Go 1.26 has them.
const HASH_METHODS: [&str; 5] = ["BlockSize", "Reset", "Size", "Sum", "Write"];

/// Both digests work on blocks of 64 bytes.
const BLOCK_SIZE: i64 = 64;

fn bytes() -> Type {
    Type::Slice(Box::new(Type::Byte))
}

/// The digest a package computes, by the name a file calls it.
pub(super) fn digest(package: &str) -> Option<Digest> {
    match package {
        "md5" => Some(Digest::Md5),
        "sha256" => Some(Digest::Sha256),
        _ => None,
    }
}

/// `md5.Size`, `sha256.BlockSize` and the like: untyped integer constants.
pub(super) fn constant(package: &str, member: &str) -> Option<(Expr, Type)> {
    let d = digest(package)?;
    let n = match member {
        "Size" => d.size(),
        "BlockSize" => BLOCK_SIZE,
        _ => return None,
    };
    Some((Expr::int(n), Type::Untyped(Untyped::Int)))
}

impl Lowerer<'_> {
    /// `md5.Sum(b)`, `sha256.Sum256(b)` and either package's `New()`.
    pub(super) fn hash_call(
        &mut self,
        n: Node,
        d: Digest,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = format!("{}.{member}", d.package());
        match (d, member) {
            (Digest::Md5, "Sum") | (Digest::Sha256, "Sum256") => {
                match self.args_as(n, args, &[bytes()], &full).pop() {
                    Some(b) => (
                        Expr::Lib(Lib::DigestOf(d), vec![b]),
                        Type::Array(d.size() as usize, Box::new(Type::Byte)),
                    ),
                    None => (Expr::int(0), Type::Invalid),
                }
            }
            (_, "New") => {
                self.args_as(n, args, &[], &full);
                (Expr::NilSlice, Type::Hash(d))
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

    /// `h.Sum(b)`: `b` with the hash of what was written appended; `h.Size()` and
    /// `h.BlockSize()`, the package's constants.
    pub(super) fn hash_method(
        &mut self,
        n: Node,
        callee: Node,
        (recv, d): (Expr, Digest),
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        if !HASH_METHODS.contains(&member) {
            self.no_such_member(callee, &full, &Type::Hash(d), member);
            return invalid;
        }
        match member {
            "Sum" => {
                return match self.args_as(n, args, &[bytes()], &full).pop() {
                    Some(b) => (Expr::Lib(Lib::HashSum(d), vec![recv, b]), bytes()),
                    None => invalid,
                };
            }
            "Size" | "BlockSize" => {
                self.args_as(n, args, &[], &full);
                let size = if member == "Size" {
                    d.size()
                } else {
                    BLOCK_SIZE
                };
                return (Expr::int(size), Type::Int);
            }
            _ => {}
        }
        for a in args {
            self.used_in(*a);
        }
        self.unsupported(n, &format!("using what {full} returns"));
        invalid
    }

    /// `h.Write(b)` and `h.Reset()` as statements: the hash's variable takes its new bytes.
    pub(super) fn hash_write(
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
                    Expr::Lib(Lib::HashWrite, vec![read, p]),
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
}
