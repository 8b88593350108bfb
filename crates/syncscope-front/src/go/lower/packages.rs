//! Selectors: the functions and constants of `fmt`, `time` and `math/rand`, and the methods
//! of the values the subset has.

use super::Lowerer;
use super::calls::NO_VALUE;
use super::scope::Resolved;
use crate::go::types::{Dir, Type};
use syncscope_program::safe_text::one_line;
use syncscope_program::{BinOp, Expr, Lit, Ty};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// A selector's operand and field, the field's name, and the package the operand names
    /// if it names one.
    fn parts_of<'t>(
        &mut self,
        n: Node<'t>,
    ) -> Option<(Node<'t>, Node<'t>, String, Option<String>)> {
        let operand = n.child_by_field_name("operand")?;
        let field = n.child_by_field_name("field")?;
        let member = self.text_of(field).to_string();
        let mut package = None;
        if operand.kind() == "identifier" {
            let name = self.text_of(operand).to_string();
            if let Resolved::Package(p) = self.resolve(&name, true) {
                package = Some(p);
            }
        }
        Some((operand, field, member, package))
    }

    pub(super) fn selector_call(&mut self, n: Node, callee: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let Some((operand, field, member, package)) = self.parts_of(callee) else {
            return invalid;
        };
        if let Some(p) = package {
            return self.package_call(n, field, &p, &member, args);
        }
        let (recv, ty) = self.expr(operand);
        let full = one_line(self.text_of(callee), 40);
        if let Type::Atomic(_) = ty {
            return self.atomic_method(n, callee, recv, &ty, &member, args);
        }
        if Self::struct_of(&ty).is_some() {
            return match self.method_call(n, callee, recv.clone(), &ty, &member, args) {
                Some(call) => call,
                None => {
                    let text =
                        format!("{full} undefined (type {ty} has no field or method {member})");
                    self.error(field, text);
                    invalid
                }
            };
        }
        match (&ty, member.as_str()) {
            (Type::Duration, "Seconds") if args.is_empty() => {
                let second = || Box::new(Expr::Lit(Lit::Duration(1_000_000_000)));
                let whole = Expr::Binary(BinOp::Div, Box::new(recv.clone()), second());
                let part = Expr::Binary(BinOp::Rem, Box::new(recv), second());
                let fraction = Expr::Binary(
                    BinOp::Div,
                    Box::new(Expr::Convert(Ty::F64, Box::new(part))),
                    Box::new(Expr::Lit(Lit::F64(1e9))),
                );
                let e = Expr::Binary(
                    BinOp::Add,
                    Box::new(Expr::Convert(Ty::F64, Box::new(whole))),
                    Box::new(fraction),
                );
                (e, Type::F64)
            }
            (Type::WaitGroup, "Add" | "Done" | "Wait")
            | (Type::Mutex, "Lock" | "Unlock")
            | (Type::RwMutex, "Lock" | "Unlock" | "RLock" | "RUnlock") => NO_VALUE,
            (Type::Mutex | Type::RwMutex, "TryLock" | "TryRLock") => {
                self.unsupported(callee, &full);
                invalid
            }
            (Type::Invalid, _) => invalid,
            (Type::Timer | Type::Ticker | Type::Duration, _)
                if let Some(done) =
                    self.timer_method(n, callee, recv.clone(), &ty, &member, args) =>
            {
                done
            }
            (
                Type::WaitGroup
                | Type::Mutex
                | Type::RwMutex
                | Type::Int
                | Type::F32
                | Type::F64
                | Type::Str
                | Type::Bool
                | Type::Slice(_)
                | Type::Timer
                | Type::Ticker,
                _,
            ) => {
                self.error(
                    field,
                    format!("{full} undefined (type {ty} has no field or method {member})"),
                );
                invalid
            }
            _ => {
                self.unsupported(callee, &format!("the method {full}"));
                invalid
            }
        }
    }

    pub(super) fn package_call(
        &mut self,
        n: Node,
        field: Node,
        package: &str,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("{package}.{member}");
        match full.as_str() {
            "fmt.Sprintf" => {
                let Some((format, rest)) = args.split_first() else {
                    let message = "not enough arguments in call to fmt.Sprintf: have (), want \
                                   (string, ...any)";
                    self.error(n, message.into());
                    return invalid;
                };
                let mut all = vec![self.value_as(*format, &Type::Str, "argument to fmt.Sprintf")];
                all.extend(self.any_args(rest));
                (Expr::Sprintf(all), Type::Str)
            }
            "fmt.Sprint" | "fmt.Sprintln" => {
                let args = self.any_args(args);
                let line = member == "Sprintln";
                (Expr::Sprint { line, args }, Type::Str)
            }
            "time.Now" => {
                self.args_as(n, args, &[], &full);
                (Expr::Now, Type::Time)
            }
            "time.Since" => {
                let a = self.args_as(n, args, &[Type::Time], &full);
                match a.into_iter().next() {
                    Some(t) => (Expr::Since(Box::new(t)), Type::Duration),
                    None => invalid,
                }
            }
            "time.After" => {
                let a = self.args_as(n, args, &[Type::Duration], &full);
                match a.into_iter().next() {
                    Some(d) => {
                        let ty = Type::Chan(Dir::Recv, Box::new(Type::Time));
                        let sync = self.lang.sync_timers();
                        (
                            Expr::After {
                                d: Box::new(d),
                                sync,
                            },
                            ty,
                        )
                    }
                    None => invalid,
                }
            }
            "time.Duration" => self.conversion(n, args, Type::Duration, Ty::Duration),
            "rand.Intn" => {
                let a = self.args_as(n, args, &[Type::Int], &full);
                match a.into_iter().next() {
                    Some(x) => (Expr::RandIntn(Box::new(x)), Type::Int),
                    None => invalid,
                }
            }
            "rand.Float32" => {
                self.args_as(n, args, &[], &full);
                (Expr::RandFloat32, Type::F32)
            }
            "rand.Float64" => {
                self.args_as(n, args, &[], &full);
                (Expr::RandFloat64, Type::F64)
            }
            "time.Sleep" => NO_VALUE,
            "time.NewTimer" | "time.NewTicker" | "time.Tick" => self.timer_call(n, &full, args),
            _ if package == "atomic" => self.atomic_call(n, member, args),
            "fmt.Println" | "fmt.Printf" | "fmt.Print" => {
                self.unsupported(n, &format!("using what {full} returns"));
                invalid
            }
            _ if known_member(package, member) => {
                self.unsupported(n, &full);
                invalid
            }
            _ => {
                self.error(field, format!("undefined: {full}"));
                invalid
            }
        }
    }

    /// `time.Millisecond` and the other units: typed constants.
    pub(super) fn selector(&mut self, n: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let Some((_, field, member, package)) = self.parts_of(n) else {
            return invalid;
        };
        if let Some(p) = package {
            let unit = match (p.as_str(), member.as_str()) {
                ("time", "Nanosecond") => 1,
                ("time", "Microsecond") => 1_000,
                ("time", "Millisecond") => 1_000_000,
                ("time", "Second") => 1_000_000_000,
                ("time", "Minute") => 60_000_000_000,
                ("time", "Hour") => 3_600_000_000_000,
                _ if known_member(&p, &member) => {
                    self.unsupported(n, &format!("{p}.{member} as a value"));
                    return invalid;
                }
                _ => {
                    self.error(field, format!("undefined: {p}.{member}"));
                    return invalid;
                }
            };
            return (Expr::Lit(Lit::Duration(unit)), Type::Duration);
        }
        if let Some(c) = self.timer_field(n) {
            return c;
        }
        self.field_read(n)
    }
}

/// Whether `package.member` is part of Go's package (so "not run yet", not "undefined").
fn known_member(package: &str, member: &str) -> bool {
    let members: &[&str] = match package {
        "fmt" => &[
            "Errorf", "Fprint", "Fprintf", "Fprintln", "Scan", "Scanf", "Scanln", "Sscan",
            "Sscanf", "Sscanln", "Stringer", "Fscan", "Append", "Appendf",
        ],
        "time" => &[
            "AfterFunc",
            "Unix",
            "UnixMilli",
            "Date",
            "Parse",
            "ParseDuration",
            "UTC",
            "Local",
            "Timer",
            "Ticker",
            "Month",
            "Weekday",
            "Until",
            "Kitchen",
            "RFC3339",
            "Location",
            "LoadLocation",
        ],
        "rand" => &[
            "Int",
            "Int31",
            "Int31n",
            "Int63",
            "Int63n",
            "Perm",
            "Seed",
            "Shuffle",
            "New",
            "NewSource",
            "Uint32",
            "Uint64",
            "ExpFloat64",
            "NormFloat64",
            "Rand",
            "Source",
        ],
        "sync" => &[
            "Once",
            "Cond",
            "Map",
            "Pool",
            "NewCond",
            "Locker",
            "OnceFunc",
            "OnceValue",
        ],
        _ => &[],
    };
    members.contains(&member)
}
