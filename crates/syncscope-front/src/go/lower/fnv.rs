//! `hash/fnv`'s 32-bit hashes, as teachers shard a map with them: `h := fnv.New32a()`,
//! `h.Write([]byte(key))`, `h.Sum32() % n`. A hash variable holds its sum so far (a
//! `uint32`), which `Write` moves on and `Sum32` reads; like a `strings.Builder`, it is not
//! copied or passed. The 64- and 128-bit hashes (their `uint64` sums) are not run.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Expr, Lib, StmtKind, Ty};
use tree_sitter::Node;

/// FNV's 32-bit offset basis: the sum of no bytes.
const OFFSET32: i64 = 2_166_136_261;

/// A `hash.Hash32`'s methods, as Go 1.26 has them.
const HASH32_METHODS: [&str; 6] = ["BlockSize", "Reset", "Size", "Sum", "Sum32", "Write"];

fn offset_basis() -> Expr {
    Expr::Convert(Ty::U32, Box::new(Expr::int(OFFSET32)))
}

impl Lowerer<'_> {
    /// `fnv.New32a()` and its kin.
    pub(super) fn fnv_new(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let full = format!("fnv.{member}");
        let a = match member {
            "New32" => false,
            "New32a" => true,
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, &format!("{full} (its sums are uint64 or wider)"));
                return (Expr::int(0), Type::Invalid);
            }
        };
        self.args_as(n, args, &[], &full);
        (offset_basis(), Type::Fnv32(a))
    }

    /// `h.Sum32()` (the sum so far) and the methods syncscope does not run for a value.
    pub(super) fn fnv_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        let ty = Type::Fnv32(true);
        if !HASH32_METHODS.contains(&member) {
            self.no_such_member(callee, &full, &ty, member);
            return invalid;
        }
        match member {
            "Sum32" => {
                self.args_as(n, args, &[], &full);
                (recv, Type::Sized("uint32"))
            }
            "Write" | "Reset" => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, &format!("using what {full} returns"));
                invalid
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

    /// `h.Write(p)` and `h.Reset()` as statements: the hash's variable takes its new sum.
    pub(super) fn fnv_write(
        &mut self,
        call: Node,
        h: Node,
        a: bool,
        member: &str,
        args: &[Node],
        full: &str,
    ) -> Option<StmtKind> {
        let sum = match member {
            "Write" => {
                let bytes = Type::Slice(Box::new(Type::Byte));
                let p = self.args_as(call, args, &[bytes], full).pop()?;
                let (place, _) = self.place_of(h, true)?;
                let lib = if a { Lib::Fnv32aWrite } else { Lib::Fnv32Write };
                let read = super::buffers::read(&place);
                return Some(StmtKind::Assign(place, Expr::Lib(lib, vec![read, p])));
            }
            _ => {
                self.args_as(call, args, &[], full);
                offset_basis()
            }
        };
        let (place, _) = self.place_of(h, true)?;
        Some(StmtKind::Assign(place, sum))
    }
}
