//! `math/rand/v2` (read as the package `rand/v2`, apart from `math/rand`): the top-level
//! `IntN`, `N`, `Float64`, `Int`, `Perm` and `Shuffle` on the run's random source, and a seeded
//! `rand.New(rand.NewPCG(s1, s2))` whose methods give exactly Go's numbers.

use super::Lowerer;
use crate::go::types::{Type, Untyped};
use syncscope_program::{Expr, Lib, Lit, UnOp};
use tree_sitter::Node;

/// A function or method of a generator: its `Lib`, parameters and result; `None` for one
/// syncscope does not run.
fn drawn(member: &str) -> Option<(Lib, Vec<Type>, Type)> {
    Some(match member {
        "IntN" => (Lib::RandIntN, vec![Type::Int], Type::Int),
        "Float64" => (Lib::RandFloat64, Vec::new(), Type::F64),
        "Int" => (Lib::RandInt, Vec::new(), Type::Int),
        "Perm" => (
            Lib::RandPerm,
            vec![Type::Int],
            Type::Slice(Box::new(Type::Int)),
        ),
        "Shuffle" => (
            Lib::RandShuffle,
            vec![Type::Int, Type::Func(vec![Type::Int, Type::Int], None)],
            Type::Void,
        ),
        _ => return None,
    })
}

/// The methods of Go 1.26's `*rand.Rand` and `*rand.PCG`.
const RAND_METHODS: &str = "ExpFloat64 Float32 Float64 Int Int32 Int32N Int64 Int64N IntN
    NormFloat64 Perm Shuffle Uint Uint32 Uint32N Uint64 Uint64N UintN";
const PCG_METHODS: &str = "AppendBinary MarshalBinary Seed Uint64 UnmarshalBinary";

/// The name of `math/rand/v2` that `member` differs from only in case.
pub(super) fn named_like(package: &str, member: &str) -> Option<&'static str> {
    if package != "rand/v2" {
        return None;
    }
    super::lib_names::names_of(package)
        .split_ascii_whitespace()
        .find(|n| n.eq_ignore_ascii_case(member))
}

impl Lowerer<'_> {
    /// `rand.member(args)` of `math/rand/v2`.
    pub(super) fn rand_v2_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("rand.{member}");
        if let Some((lib, params, result)) = drawn(member) {
            let values = self.args_as(n, args, &params, &full);
            if values.len() != params.len() {
                return invalid;
            }
            return (Expr::Lib(lib, values), result);
        }
        match member {
            "N" => self.rand_n(n, args),
            "NewPCG" => {
                let seed = Type::Sized("uint64");
                let values = self.args_as(n, args, &[seed.clone(), seed], &full);
                if values.len() != 2 {
                    return invalid;
                }
                // A negative constant does not fit a uint64: Go's mistake.
                for (arg, v) in args.iter().zip(&values) {
                    if let Some(text) = negative(v) {
                        let message = format!(
                            "cannot use {text} (untyped int constant) as uint64 value in \
                             argument to rand.NewPCG (overflows)"
                        );
                        self.error(*arg, message);
                        return invalid;
                    }
                }
                (Expr::Lib(Lib::RandNewPcg, values), Type::Rand(false))
            }
            "New" => {
                let [arg] = args else {
                    self.unsupported(n, "this call of rand.New");
                    return invalid;
                };
                // `rand.New(src)` of a PCG: the generator itself, as its draws are its.
                match self.expr(*arg) {
                    (e, Type::Rand(false)) => (e, Type::Rand(true)),
                    (_, Type::Invalid) => invalid,
                    _ => {
                        self.unsupported(n, "rand.New of a source other than rand.NewPCG");
                        invalid
                    }
                }
            }
            _ => {
                self.unsupported(n, &full);
                invalid
            }
        }
    }

    /// `rand.N(d)`: of an `int` or a `time.Duration`, a value of its type.
    fn rand_n(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let [arg] = args else {
            self.unsupported(n, "this call of rand.N");
            return invalid;
        };
        let (e, ty) = self.expr(*arg);
        let ty = match ty {
            Type::Untyped(Untyped::Int) | Type::Int => Type::Int,
            Type::Duration => Type::Duration,
            Type::Invalid => return invalid,
            other => {
                self.unsupported(n, &format!("rand.N of {other}"));
                return invalid;
            }
        };
        (Expr::Lib(Lib::RandN, vec![e]), ty)
    }

    /// `r.member(args)` of a `*rand.Rand`.
    pub(super) fn rand_v2_method(
        &mut self,
        n: Node,
        callee: Node,
        (recv, ty): (Expr, &Type),
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        let (rand, methods) = match ty {
            Type::Rand(true) => (true, RAND_METHODS),
            _ => (false, PCG_METHODS),
        };
        let drawn = drawn(member).filter(|_| rand);
        let Some((lib, params, result)) = drawn else {
            if methods.split_ascii_whitespace().any(|m| m == member) {
                self.unsupported(n, &format!("the method {member} of a {ty}"));
            } else {
                let at = callee.child_by_field_name("field").unwrap_or(callee);
                let message = self.no_field_or_method(&full, ty, member);
                self.error(at, message);
            }
            for a in args {
                self.used_in(*a);
            }
            return invalid;
        };
        let values = self.args_as(n, args, &params, &full);
        if values.len() != params.len() {
            return invalid;
        }
        let mut all = vec![recv];
        all.extend(values);
        (Expr::Lib(lib, all), result)
    }
}

/// A negative integer constant's value.
fn negative(e: &Expr) -> Option<String> {
    match e {
        Expr::Convert(_, x) => negative(x),
        Expr::Lit(Lit::Int(v)) if *v < 0 => Some(v.to_string()),
        Expr::Unary(UnOp::Neg, x) => match x.as_ref() {
            Expr::Lit(Lit::Int(v)) if *v > 0 => Some(format!("-{v}")),
            _ => None,
        },
        _ => None,
    }
}
