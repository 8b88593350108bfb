//! `flag`: the package's functions (of `flag.CommandLine`) and a `*flag.FlagSet`'s methods
//! that define flags (`flag.String`, `fs.IntVar(&n, ...)`: a pointer the program reads),
//! parse the arguments and read what is left.

use super::Lowerer;
use super::library::error_type;
use crate::go::types::Type;
use syncscope_program::textlib::{FlagKind, FlagOp};
use syncscope_program::{Expr, Lib, Lit, StmtKind};
use tree_sitter::Node;

/// A `*flag.FlagSet`'s methods, as Go 1.26 has them.
const METHODS: &str = "Arg Args Bool BoolFunc BoolVar Duration DurationVar ErrorHandling
    Float64 Float64Var Func Init Int Int64 Int64Var IntVar Lookup NArg NFlag Name Output Parse
    Parsed PrintDefaults Set SetOutput String StringVar TextVar Uint Uint64 Uint64Var UintVar
    Var Visit VisitAll";

/// The package's functions that are `CommandLine`'s methods.
fn method(member: &str) -> bool {
    METHODS.split_ascii_whitespace().any(|m| m == member)
}

/// `flag.ExitOnError` and its kin, and `flag.CommandLine`.
pub(super) fn flag_value(member: &str) -> Option<(Expr, Type)> {
    Some(match member {
        "ContinueOnError" => (Expr::int(0), Type::Int),
        "ExitOnError" => (Expr::int(1), Type::Int),
        "PanicOnError" => (Expr::int(2), Type::Int),
        _ => return None,
    })
}

/// The kind a defining method's name says, and the type of its variable.
fn kind_of(member: &str) -> Option<(FlagKind, Type)> {
    Some(match member.strip_suffix("Var").unwrap_or(member) {
        "String" => (FlagKind::Str, Type::Str),
        "Int" => (FlagKind::Int, Type::Int),
        "Int64" => (FlagKind::Int64, Type::Sized("int64")),
        "Uint64" => (FlagKind::Uint64, Type::Sized("uint64")),
        "Bool" => (FlagKind::Bool, Type::Bool),
        "Float64" => (FlagKind::Float64, Type::F64),
        "Duration" => (FlagKind::Duration, Type::Duration),
        _ => return None,
    })
}

impl Lowerer<'_> {
    /// `flag.CommandLine`, named as `os.Args[0]` is.
    pub(super) fn command_line(&self) -> Expr {
        let path = self.file.strip_suffix(".go").unwrap_or(self.file);
        Expr::Lib(
            Lib::Flag(FlagOp::CommandLine),
            vec![Expr::Lit(Lit::Str(path.into()))],
        )
    }

    /// `flag.f(...)`: `NewFlagSet`, `Parse` of `os.Args[1:]`, or `CommandLine`'s method.
    pub(super) fn flag_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let full = format!("flag.{member}");
        match member {
            "NewFlagSet" => {
                let values = self.args_as(n, args, &[Type::Str, Type::Int], &full);
                if values.len() != 2 {
                    return (Expr::int(0), Type::Invalid);
                }
                (Expr::Lib(Lib::Flag(FlagOp::NewSet), values), Type::FlagSet)
            }
            "Usage" => {
                self.args_as(n, args, &[], &full);
                let set = self.command_line();
                (Expr::Lib(Lib::Flag(FlagOp::Usage), vec![set]), Type::Void)
            }
            "Parse" => {
                self.args_as(n, args, &[], &full);
                let set = self.command_line();
                (Expr::Lib(Lib::Flag(FlagOp::Parse), vec![set]), Type::Void)
            }
            _ if method(member)
                && !matches!(
                    member,
                    "Init" | "Name" | "Output" | "SetOutput" | "ErrorHandling"
                ) =>
            {
                let set = self.command_line();
                self.flag_op(n, set, member, args, &full)
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

    /// `flag.Usage = f`: what `CommandLine`'s mistakes and `-h` call.
    pub(super) fn flag_usage_set(&mut self, value: Node) -> StmtKind {
        let set = self.command_line();
        self.usage_set(set, value)
    }

    /// `fs.Usage = f` of a `*flag.FlagSet`'s field; `None` for another assignment.
    pub(super) fn flag_set_usage(&mut self, target: Node, value: Node) -> Option<StmtKind> {
        let operand = target.child_by_field_name("operand")?;
        let field = target.child_by_field_name("field")?;
        if target.kind() != "selector_expression" || self.text_of(field) != "Usage" {
            return None;
        }
        let errors = self.errors.len();
        let (set, ty) = self.expr(operand);
        if ty != Type::FlagSet {
            // Read again, with its mistakes, as the assignment it is.
            self.errors.truncate(errors);
            return None;
        }
        Some(self.usage_set(set, value))
    }

    fn usage_set(&mut self, set: Expr, value: Node) -> StmtKind {
        let f = self.value_as(value, &Type::Func(Vec::new(), None), "assignment");
        StmtKind::Expr(Expr::Lib(Lib::Flag(FlagOp::SetUsage), vec![set, f]))
    }

    /// `fs.f(...)` of a `*flag.FlagSet`.
    pub(super) fn flag_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        if member == "Usage" {
            self.args_as(n, args, &[], &full);
            return (Expr::Lib(Lib::Flag(FlagOp::Usage), vec![recv]), Type::Void);
        }
        if !method(member) {
            for a in args {
                self.used_in(*a);
            }
            self.no_such_member(callee, &full, &Type::FlagSet, member);
            return (Expr::int(0), Type::Invalid);
        }
        self.flag_op(n, recv, member, args, &full)
    }

    fn flag_op(
        &mut self,
        n: Node,
        set: Expr,
        member: &str,
        args: &[Node],
        full: &str,
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let strs = || Type::Slice(Box::new(Type::Str));
        let (op, params, result) = match member {
            m if let Some((kind, ty)) = kind_of(m) => {
                if m.ends_with("Var") {
                    let p = Type::Pointer(Box::new(ty.clone()));
                    let params = vec![p, Type::Str, ty, Type::Str];
                    (FlagOp::DefineVar(kind), params, Type::Void)
                } else {
                    let p = Type::Pointer(Box::new(ty.clone()));
                    (FlagOp::Define(kind), vec![Type::Str, ty, Type::Str], p)
                }
            }
            "Parse" => (FlagOp::Parse, vec![strs()], error_type()),
            "Args" => (FlagOp::Args, vec![], strs()),
            "NArg" => (FlagOp::NArg, vec![], Type::Int),
            "Arg" => (FlagOp::Arg, vec![Type::Int], Type::Str),
            "NFlag" => (FlagOp::NFlag, vec![], Type::Int),
            "Parsed" => (FlagOp::Parsed, vec![], Type::Bool),
            "Name" => (FlagOp::Name, vec![], Type::Str),
            "PrintDefaults" => (FlagOp::PrintDefaults, vec![], Type::Void),
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, full);
                return invalid;
            }
        };
        let mut values = self.args_as(n, args, &params, full);
        if values.len() != params.len() {
            return invalid;
        }
        values.insert(0, set);
        (Expr::Lib(Lib::Flag(op), values), result)
    }
}
