//! The `maps` package's functions that do their work at once (`Clone`, `Copy`, `Equal`,
//! `DeleteFunc`), and its iterators `maps.Keys` and `maps.Values` where teachers use them:
//! as what `slices.Collect` or `slices.Sorted` makes a slice of. Other uses of an iterator
//! are refused. Mistakes are worded by Go's type inference, at the call's parenthesis.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::{Expr, Lib, Lit, StmtKind};
use tree_sitter::Node;

/// The type parameters Go's messages name each function's parameters by.
fn params(member: &str) -> &'static str {
    match member {
        "Equal" | "Copy" => "(M1, M2)",
        "DeleteFunc" => "(M, func(K, V) bool)",
        "Keys" | "Values" | "All" => "(Map)",
        _ => "(M)",
    }
}

/// Whether the engine compares values of `ty` as Go's `==` does.
fn plainly_comparable(ty: &Type) -> bool {
    matches!(
        ty.under(),
        Type::Int
            | Type::F32
            | Type::F64
            | Type::Str
            | Type::Bool
            | Type::Rune
            | Type::Byte
            | Type::Duration
            | Type::Sized(_)
    )
}

impl Lowerer<'_> {
    /// A call of `maps.member` for its value.
    pub(super) fn maps_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let arity = match member {
            "Clone" | "Keys" | "Values" | "All" => 1,
            "Equal" => 2,
            "Copy" | "DeleteFunc" => {
                // Statements: used as a value they have none (Go's words say so).
                for a in args {
                    self.used_in(*a);
                }
                return super::calls::NO_VALUE;
            }
            _ => {
                self.unsupported(n, &format!("maps.{member}"));
                return invalid;
            }
        };
        if args.len() != arity {
            self.maps_count(n, member, args, arity);
            return invalid;
        }
        let param = match member {
            "Clone" => "M",
            "Keys" | "Values" | "All" => "Map",
            _ => "M1",
        };
        let Some((a, ty, key, value)) = self.map_arg(n, args[0], member, param) else {
            return invalid;
        };
        if let Some(which) = super::lib_seqs::yields(member) {
            return self.seq_of(&format!("maps.{member}"), a, key, value, which);
        }
        if member == "Clone" {
            let var = self.hidden_var(&self.made_name("map"));
            let made = Expr::MakeMap {
                var,
                entries: Vec::new(),
            };
            return (Expr::Lib(Lib::MapsClone, vec![a, made]), ty);
        }
        let Some((b, ..)) = self.second_map(n, args[1], member, &ty) else {
            return invalid;
        };
        if !plainly_comparable(&value) {
            let v = value.spelled(self.spelling()).to_string();
            if matches!(
                value.under(),
                Type::Slice(_) | Type::Map(..) | Type::Func(..)
            ) {
                self.error(paren(n), format!("{v} does not satisfy comparable"));
            } else {
                self.unsupported(n, &format!("maps.Equal of maps of {v}"));
            }
            return invalid;
        }
        (Expr::Lib(Lib::MapsEqual, vec![a, b]), Type::Bool)
    }

    /// `maps.Copy(dst, src)` and `maps.DeleteFunc(m, del)` as statements; `None` for
    /// another member, `Some(None)` where a mistake was said.
    pub(super) fn maps_stmt(
        &mut self,
        call: Node,
        member: &str,
        args: &[Node],
    ) -> Option<Option<StmtKind>> {
        if !matches!(member, "Copy" | "DeleteFunc") {
            return None;
        }
        self.use_package("maps");
        if args.len() != 2 {
            self.maps_count(call, member, args, 2);
            return Some(None);
        }
        let param = if member == "Copy" { "M1" } else { "M" };
        let Some((m, ty, key, value)) = self.map_arg(call, args[0], member, param) else {
            self.used_in(args[1]);
            return Some(None);
        };
        let (lib, second) = if member == "Copy" {
            let Some((src, ..)) = self.second_map(call, args[1], member, &ty) else {
                return Some(None);
            };
            (Lib::MapsCopy, src)
        } else {
            let want = Type::Func(vec![key, value], Some(Box::new(Type::Bool)));
            let (f, ft) = self.value(args[1]);
            if ft == Type::Invalid {
                return Some(None);
            }
            if ft != want {
                let (text, ft) = self.func_words(args[1], &f, &ft);
                self.error(
                    args[1],
                    format!(
                        "in call to maps.DeleteFunc, type {ft} of {text} does not match \
                         func(K, V) bool"
                    ),
                );
                return Some(None);
            }
            (Lib::MapsDeleteFunc, f)
        };
        Some(Some(StmtKind::Expr(Expr::Lib(lib, vec![m, second]))))
    }

    /// `slices.Collect(seq)` or `slices.Sorted(seq)` of `maps.Keys(m)` or `maps.Values(m)`.
    pub(super) fn collect_map(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let seq = match args {
            [a] => self.map_seq(*a),
            _ => None,
        };
        let Some((keys, inner, m)) = seq else {
            return self.collect_other(n, member, args);
        };
        let which = if keys { "Keys" } else { "Values" };
        let Some((m, _, key, value)) = self.map_arg(inner, m, which, "Map") else {
            return invalid;
        };
        let elem = if keys { key } else { value };
        let sorted = member == "Sorted";
        if sorted && !super::lib_slices::is_ordered(elem.under()) {
            let e = elem.spelled(self.spelling()).to_string();
            let message = format!(
                "{e} does not satisfy cmp.Ordered ({e} missing in {})",
                super::lib_slices::ORDERED
            );
            self.error(paren(n), message);
            return invalid;
        }
        let lib = if keys { Lib::MapKeys } else { Lib::MapValues };
        let result = Type::Slice(Box::new(elem));
        (
            Expr::Lib(lib, vec![m, Expr::Lit(Lit::Bool(sorted))]),
            result,
        )
    }

    /// `maps.Keys(m)` (`true`) or `maps.Values(m)`: the call and its one argument.
    pub(super) fn map_seq<'t>(&mut self, arg: Node<'t>) -> Option<(bool, Node<'t>, Node<'t>)> {
        let callee = arg.child_by_field_name("function")?;
        let operand = callee.child_by_field_name("operand")?;
        let field = callee.child_by_field_name("field")?;
        if arg.kind() != "call_expression" || operand.kind() != "identifier" {
            return None;
        }
        let keys = match self.text_of(field) {
            "Keys" => true,
            "Values" => false,
            _ => return None,
        };
        let name = self.text_of(operand).to_string();
        if !matches!(self.resolve(&name, true), Resolved::Package(p) if p == "maps") {
            return None;
        }
        let args: Vec<Node> = elements(arg.child_by_field_name("arguments")?).collect();
        if args.len() != 1 {
            return None;
        }
        self.use_local(&name);
        Some((keys, arg, args[0]))
    }

    /// A map argument: its value, type, key and value types, or Go's mistake (said here).
    pub(super) fn map_arg(
        &mut self,
        call: Node,
        arg: Node,
        member: &str,
        param: &str,
    ) -> Option<(Expr, Type, Type, Type)> {
        let (e, ty) = self.value(arg);
        match ty.under() {
            Type::Map(k, v) => Some((e, ty.clone(), (**k).clone(), (**v).clone())),
            Type::Invalid => None,
            _ => {
                self.not_a_map(call, member, param, &ty);
                None
            }
        }
    }

    /// The second map of `Equal` or `Copy`: of the first one's key and value types.
    fn second_map(
        &mut self,
        call: Node,
        arg: Node,
        member: &str,
        first: &Type,
    ) -> Option<(Expr, Type)> {
        let (e, ty) = self.value(arg);
        match (ty.under(), first.under()) {
            (Type::Invalid, _) => None,
            (Type::Map(k, v), Type::Map(fk, fv)) if k == fk && v == fv => Some((e, ty)),
            _ => {
                self.not_a_map(call, member, "M2", &ty);
                None
            }
        }
    }

    fn not_a_map(&mut self, call: Node, member: &str, param: &str, ty: &Type) {
        let t = ty.clone().defaulted().spelled(self.spelling()).to_string();
        let message =
            format!("in call to maps.{member}, {param} (type {t}) does not satisfy ~map[K]V");
        self.error(paren(call), message);
    }

    /// Go's words for a call with too few or too many arguments.
    fn maps_count(&mut self, n: Node, member: &str, args: &[Node], arity: usize) {
        let have: Vec<Type> = args.iter().map(|a| self.expr(*a).1).collect();
        if have.contains(&Type::Invalid) {
            return;
        }
        let have = crate::go::types::types_summary(&have, self.spelling());
        // Go puts too few at the last argument, or at the call when there is none.
        let (at, words) = if args.len() < arity {
            (args.last().copied().unwrap_or(n), "not enough")
        } else {
            (args[arity], "too many")
        };
        let want = params(member);
        self.error(
            at,
            format!("{words} arguments in call to maps.{member}: have {have}, want {want}"),
        );
    }
}

impl Lowerer<'_> {
    /// A function argument and its type as Go's inference messages say them: a literal by
    /// its signature as written, its parameters' names kept, and `{…}` for its body.
    fn func_words(&mut self, arg: Node, f: &Expr, ty: &Type) -> (String, String) {
        if arg.kind() == "func_literal"
            && let Some(body) = arg.child_by_field_name("body")
        {
            let sig = self.text[arg.start_byte()..body.start_byte()].trim_end();
            let sig = sig.split_whitespace().collect::<Vec<_>>().join(" ");
            return (format!("{sig} {{…}}"), sig);
        }
        let text = self.described(arg, f, ty);
        let text = text.split(" (").next().unwrap_or(&text).to_string();
        (text, ty.spelled(self.spelling()).to_string())
    }
}

/// Where Go says a call's inference mistakes: its opening parenthesis.
fn paren(call: Node) -> Node {
    call.child_by_field_name("arguments").unwrap_or(call)
}
