//! A `*regexp.Regexp`'s methods of strings and of bytes (`Match`, `Find`, `ReplaceAll`...); the
//! package's functions are `library::plain`'s. A regexp is its pattern at run time, which is
//! what fmt prints of it, as Go's `String` gives.

use super::Lowerer;
use super::synth::Frame;
use crate::go::types::Type;
use syncscope_program::textlib::ReOp;
use syncscope_program::{Expr, Lib, StmtKind, Ty};
use tree_sitter::Node;

/// A `*regexp.Regexp`'s methods, as Go 1.26 has them.
const METHODS: [&str; 40] = [
    "AppendText",
    "Copy",
    "Expand",
    "ExpandString",
    "Find",
    "FindAll",
    "FindAllIndex",
    "FindAllString",
    "FindAllStringIndex",
    "FindAllStringSubmatch",
    "FindAllStringSubmatchIndex",
    "FindAllSubmatch",
    "FindAllSubmatchIndex",
    "FindIndex",
    "FindReaderIndex",
    "FindReaderSubmatchIndex",
    "FindString",
    "FindStringIndex",
    "FindStringSubmatch",
    "FindStringSubmatchIndex",
    "FindSubmatch",
    "FindSubmatchIndex",
    "LiteralPrefix",
    "Longest",
    "MarshalText",
    "Match",
    "MatchReader",
    "MatchString",
    "NumSubexp",
    "ReplaceAll",
    "ReplaceAllFunc",
    "ReplaceAllLiteral",
    "ReplaceAllLiteralString",
    "ReplaceAllString",
    "ReplaceAllStringFunc",
    "Split",
    "String",
    "SubexpIndex",
    "SubexpNames",
    "UnmarshalText",
];

fn bytes() -> Type {
    Type::Slice(Box::new(Type::Byte))
}

fn strs() -> Type {
    Type::Slice(Box::new(Type::Str))
}

fn ints() -> Type {
    Type::Slice(Box::new(Type::Int))
}

impl Lowerer<'_> {
    /// `re.f(...)` of a `*regexp.Regexp`.
    pub(super) fn regexp_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        let s = || vec![Type::Str];
        let s_n = || vec![Type::Str, Type::Int];
        let of = |t: Type| Type::Slice(Box::new(t));
        let (op, params, result) = match member {
            "MatchString" => (ReOp::MatchString, s(), Type::Bool),
            "Match" => (ReOp::Match, vec![bytes()], Type::Bool),
            "FindString" => (ReOp::FindString, s(), Type::Str),
            "FindStringIndex" => (ReOp::FindStringIndex, s(), ints()),
            "FindStringSubmatch" => (ReOp::FindStringSubmatch, s(), strs()),
            "FindStringSubmatchIndex" => (ReOp::FindStringSubmatchIndex, s(), ints()),
            "FindAllString" => (ReOp::FindAllString, s_n(), strs()),
            "FindAllStringIndex" => (ReOp::FindAllStringIndex, s_n(), of(ints())),
            "FindAllStringSubmatch" => (ReOp::FindAllStringSubmatch, s_n(), of(strs())),
            "FindAllStringSubmatchIndex" => (ReOp::FindAllStringSubmatchIndex, s_n(), of(ints())),
            "ReplaceAllString" => (ReOp::ReplaceAllString, vec![Type::Str; 2], Type::Str),
            "ReplaceAllLiteralString" => {
                (ReOp::ReplaceAllLiteralString, vec![Type::Str; 2], Type::Str)
            }
            "ReplaceAllStringFunc" => {
                let f = Type::Func(s(), Some(Box::new(Type::Str)));
                (ReOp::ReplaceAllStringFunc, vec![Type::Str, f], Type::Str)
            }
            "ReplaceAllFunc" => {
                let f = Type::Func(vec![bytes()], Some(Box::new(bytes())));
                (ReOp::ReplaceAllFunc, vec![bytes(), f], bytes())
            }
            "Find" => (ReOp::Find, vec![bytes()], bytes()),
            "FindIndex" => (ReOp::FindIndex, vec![bytes()], ints()),
            "FindSubmatch" => (ReOp::FindSubmatch, vec![bytes()], of(bytes())),
            "FindAll" => (ReOp::FindAll, vec![bytes(), Type::Int], of(bytes())),
            "FindAllIndex" => (ReOp::FindAllIndex, vec![bytes(), Type::Int], of(ints())),
            "FindAllSubmatch" => {
                let params = vec![bytes(), Type::Int];
                (ReOp::FindAllSubmatch, params, of(of(bytes())))
            }
            "ReplaceAll" => (ReOp::ReplaceAll, vec![bytes(); 2], bytes()),
            "ReplaceAllLiteral" => (ReOp::ReplaceAllLiteral, vec![bytes(); 2], bytes()),
            "Split" => (ReOp::Split, s_n(), strs()),
            "SubexpNames" => (ReOp::SubexpNames, vec![], strs()),
            "NumSubexp" => (ReOp::NumSubexp, vec![], Type::Int),
            "SubexpIndex" => (ReOp::SubexpIndex, s(), Type::Int),
            // The pattern is the value.
            "String" => {
                self.args_as(n, args, &[], &full);
                return (recv, Type::Str);
            }
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                if METHODS.contains(&member) {
                    self.unsupported(n, &full);
                } else {
                    self.no_such_member(callee, &full, &Type::Regexp, member);
                }
                return invalid;
            }
        };
        let mut values = self.args_as(n, args, &params, &full);
        if values.len() != params.len() {
            return invalid;
        }
        values.insert(0, recv);
        (Expr::Lib(Lib::Regexp(op), values), result)
    }

    /// `bytes.ToUpper` and its kin as a `func([]byte) []byte` (`re.ReplaceAllFunc(b,
    /// bytes.ToUpper)`): their `strings` twin on the bytes as text.
    pub(super) fn bytes_func_value(&mut self, n: Node, member: &str) -> Option<(Expr, Type)> {
        let lib = match member {
            "ToUpper" => Lib::ToUpper,
            "ToLower" => Lib::ToLower,
            "TrimSpace" => Lib::TrimSpace,
            _ => return None,
        };
        let text = Expr::Convert(Ty::Str, Box::new(Expr::Local(0)));
        let result = Expr::Convert(Ty::Bytes, Box::new(Expr::Lib(lib, vec![text])));
        let body = vec![StmtKind::Return(Some(result))];
        let f = self.written(&format!("bytes.{member}"), Some(n), Frame::of(1), body);
        let ty = Type::Func(vec![bytes()], Some(Box::new(bytes())));
        Some((Expr::Closure(f, Vec::new()), ty))
    }
}
