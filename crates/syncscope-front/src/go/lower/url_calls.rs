//! `net/url`'s functions that make a value of its types (`url.Parse`, `url.ParseQuery`,
//! `url.User`...), each given the new struct or map the call fills; the ones of strings
//! alone are `library::plain`'s. A method Go's types have and syncscope does not run is
//! refused by name.

use super::Lowerer;
use super::library::error_type;
use super::url_types::go_methods;
use crate::go::types::Type;
use syncscope_program::urls::UrlOp;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `url.member(args)` of the functions that make a URL, user info or values.
    pub(super) fn url_call(
        &mut self,
        n: Node,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let full = format!("url.{member}");
        let s = Type::Str;
        let (op, params, result) = match member {
            "Parse" | "ParseRequestURI" => {
                let url = Type::Pointer(Box::new(self.url_type()));
                let op = if member == "Parse" {
                    UrlOp::Parse
                } else {
                    UrlOp::ParseRequestUri
                };
                (op, vec![s], Type::Tuple(vec![url, error_type()]))
            }
            "ParseQuery" => {
                let values = self.values_type();
                (
                    UrlOp::ParseQuery,
                    vec![s],
                    Type::Tuple(vec![values, error_type()]),
                )
            }
            "User" => (
                UrlOp::User,
                vec![s],
                Type::Pointer(Box::new(self.userinfo_type())),
            ),
            "UserPassword" => {
                let user = Type::Pointer(Box::new(self.userinfo_type()));
                (UrlOp::UserPassword, vec![s.clone(), s], user)
            }
            "JoinPath" => {
                let elems = Type::Variadic(Box::new(Type::Str));
                let result = Type::Tuple(vec![Type::Str, error_type()]);
                (UrlOp::JoinPathText, vec![s, elems], result)
            }
            _ => return None,
        };
        let mut values = self.args_as(n, args, &params, &full);
        if values.len() != params.len() {
            return Some((Expr::int(0), Type::Invalid));
        }
        match op {
            UrlOp::Parse | UrlOp::ParseRequestUri => {
                let url = self.url_type();
                let user = self.userinfo_type();
                values.push(self.new_url_ptr(&url));
                values.push(self.new_url_ptr(&user));
            }
            UrlOp::ParseQuery => values.push(self.new_values("url.Values")),
            UrlOp::JoinPathText => {}
            _ => {
                let user = self.userinfo_type();
                values.push(self.new_url_ptr(&user));
            }
        }
        Some((Expr::Lib(Lib::Url(op), values), result))
    }

    /// Whether `url.member` gives several results, for Go's assignment mismatch.
    pub(super) fn url_returns_several(package: &str, member: &str) -> bool {
        package == "url"
            && matches!(
                member,
                "Parse" | "ParseQuery" | "JoinPath" | "ParseRequestURI"
            )
    }

    /// `x.member(...)` of a `net/url` type whose method Go has and syncscope does not run:
    /// refused by name (the others are the file's methods' way, or Go's "no field or method").
    pub(super) fn url_method_not_run(
        &mut self,
        callee: Node,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> bool {
        let Some(name) = self.url_type_name(ty) else {
            return false;
        };
        let id = self.structs.by_name.get(name).copied();
        let made =
            id.is_some_and(|id| self.structs.methods.contains_key(&(id, member.to_string())));
        if made || !go_methods(name).contains(&member) {
            return false;
        }
        for a in args {
            self.used_in(*a);
        }
        let full = self.expr_text(callee);
        self.unsupported(callee, &full);
        true
    }
}
