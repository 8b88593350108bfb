//! `math/rand`'s top-level draws beyond `Intn`, `Int` and `Float64`, and `rand.Seed(x)`:
//! since Go 1.24 (`GODEBUG randseednop=1`, the default of a module of 1.24 or
//! newer) it does nothing, and the top-level functions stay randomly seeded. A module of an
//! older Go seeds them with it: runs that repeat, which syncscope does not model.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Expr, Lib, RandDraw};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `rand.Int63n(n)`, `rand.NormFloat64()`, ...: drawn from the run's random source.
    pub(super) fn rand_draw(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let int64 = Type::Sized("int64");
        let int32 = Type::Sized("int32");
        let (draw, params, result) = match member {
            "Int63" => (RandDraw::Int63, vec![], int64),
            "Int63n" => (RandDraw::Int63n, vec![int64.clone()], int64),
            "Int31" => (RandDraw::Int31, vec![], int32),
            "Int31n" => (RandDraw::Int31n, vec![int32.clone()], int32),
            "Uint32" => (RandDraw::Uint32, vec![], Type::Sized("uint32")),
            "NormFloat64" => (RandDraw::NormFloat64, vec![], Type::F64),
            _ => (RandDraw::ExpFloat64, vec![], Type::F64),
        };
        let values = self.args_as(n, args, &params, &format!("rand.{member}"));
        if values.len() != params.len() {
            return (Expr::int(0), Type::Invalid);
        }
        (Expr::Lib(Lib::RandDraw(draw), values), result)
    }

    pub(super) fn rand_seed(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let seed = self.args_as(n, args, &[Type::Sized("int64")], "rand.Seed");
        if self.lang.0 < 24 {
            self.unsupported(
                n,
                "rand.Seed in a module of go 1.23 or older (it seeds there)",
            );
        }
        // The seed is still worked out, for what it calls; then dropped.
        let seed = seed.into_iter().next().unwrap_or(Expr::int(0));
        (seed, Type::Void)
    }
}

#[cfg(test)]
mod tests {
    use crate::go::{Lang, load_as};

    const SEEDED: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand\"\n)\n\nfunc main() {\n\trand.Seed(42)\n\tfmt.Println(rand.Intn(10))\n}\n";

    #[test]
    fn seeding_is_a_no_op_from_go_1_24_and_refused_before() {
        assert!(load_as("main.go", SEEDED, Lang(24)).is_ok());
        let Err(e) = load_as("main.go", SEEDED, Lang(23)) else {
            panic!("a go 1.23 module's rand.Seed seeds: refused");
        };
        assert_eq!(e.line_col, Some((9, 2)));
        assert!(e.message.starts_with("syncscope does not run rand.Seed"));
    }
}
