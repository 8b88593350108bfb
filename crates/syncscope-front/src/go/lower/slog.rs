//! `log/slog`: the default logger's functions, loggers of `slog.New` on a text or JSON
//! handler (options written in the call: `Level`, `ReplaceAttr`), `With`, `WithGroup`, the
//! attribute constructors and `slog.Attr` (a struct of `Key` and `Value` the program reads in
//! its `ReplaceAttr`), and the levels with their names.

use super::Lowerer;
use super::iface::{ANY, iface};
use super::slog_level::level_of;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::slog::{LEVEL_INFO, SlogOp};
use syncscope_program::{Expr, Lib, Lit};
use tree_sitter::Node;

/// The parameter an attribute constructor takes for its value.
fn attr_param(member: &str) -> Option<Type> {
    Some(match member {
        "String" => Type::Str,
        "Int" => Type::Int,
        "Int64" => Type::Sized("int64"),
        "Uint64" => Type::Sized("uint64"),
        "Bool" => Type::Bool,
        "Float64" => Type::F64,
        "Duration" => Type::Duration,
        "Time" => Type::Time,
        "Any" => iface(ANY, "any"),
        _ => return None,
    })
}

/// A `*slog.Logger`'s methods, as Go 1.26 has them.
const LOGGER_METHODS: &str = "Debug DebugContext Enabled Error ErrorContext Handler Info
    InfoContext Log LogAttrs Warn WarnContext With WithGroup";

/// Whether a value's method `member` is one Go has: not run yet rather than undefined.
fn has_method(ty: &Type, member: &str) -> bool {
    let methods = match ty {
        Type::SlogLogger => LOGGER_METHODS,
        Type::SlogHandler(_) => "Enabled Handle WithAttrs WithGroup",
        _ => {
            "Any Bool Duration Equal Float64 Group Int64 Kind LogValuer Resolve String Time
            Uint64"
        }
    };
    methods.split_ascii_whitespace().any(|m| m == member)
}

impl Lowerer<'_> {
    /// `slog.f(...)`.
    pub(super) fn slog_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let full = format!("slog.{member}");
        let invalid = (Expr::int(0), Type::Invalid);
        let default = || Expr::Lib(Lib::Slog(SlogOp::Default), Vec::new());
        let lib = |op, values| Expr::Lib(Lib::Slog(op), values);
        if let Some(level) = level_of(member) {
            return self.slog_log(n, default(), level, args, &full);
        }
        if let Some(param) = attr_param(member) {
            let values = self.args_as(n, args, &[Type::Str, param], &full);
            if values.len() != 2 || !self.plain_values(n, &values) {
                return invalid;
            }
            return (lib(SlogOp::Attr, values), self.attr_type());
        }
        match member {
            "Default" => {
                self.args_as(n, args, &[], &full);
                (default(), Type::SlogLogger)
            }
            "SetDefault" => {
                let values = self.args_as(n, args, &[Type::SlogLogger], &full);
                (lib(SlogOp::SetDefault, values), Type::Void)
            }
            "With" => {
                let params = [Type::Variadic(Box::new(iface(ANY, "any")))];
                let mut values = self.args_as(n, args, &params, &full);
                if !self.plain_values(n, &values) {
                    return invalid;
                }
                values.insert(0, default());
                (lib(SlogOp::With, values), Type::SlogLogger)
            }
            "Group" => {
                let params = [Type::Str, Type::Variadic(Box::new(iface(ANY, "any")))];
                let values = self.args_as(n, args, &params, &full);
                if values.len() != 2 || !self.plain_values(n, &values) {
                    return invalid;
                }
                (lib(SlogOp::Group, values), self.attr_type())
            }
            "Level" => {
                let to = self.level_type();
                self.named_conversion(n, args, to)
            }
            "New" => self.slog_new(n, args),
            "NewTextHandler" | "NewJSONHandler" => {
                // Its values that are not slog's own are written by encoding/json's encoder,
                // which needs the shapes of the types values are boxed as.
                self.json.used |= member == "NewJSONHandler";
                self.slog_handler(n, member == "NewJSONHandler", args, &full)
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

    /// `slog.New(h)` of a text or JSON handler.
    fn slog_new(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [h] = args else {
            self.wrong_count(n, args, "slog.New", "(slog.Handler)");
            return (Expr::int(0), Type::Invalid);
        };
        let (e, ty) = self.value(*h);
        match ty {
            Type::SlogHandler(_) => (Expr::Lib(Lib::Slog(SlogOp::New), vec![e]), Type::SlogLogger),
            Type::Invalid => (Expr::int(0), Type::Invalid),
            // A type of the file's may be a Handler of its own.
            Type::Struct(..) | Type::Pointer(_) | Type::Named(..) | Type::Iface(..) => {
                self.unsupported(
                    *h,
                    "a slog.Handler other than slog's text and JSON handlers",
                );
                (Expr::int(0), Type::Invalid)
            }
            _ => {
                // `os.Stdout` is a variable in Go's words.
                let text = match ty {
                    Type::File => format!("{} (variable of type *os.File)", self.text_of(*h)),
                    _ => self.described(*h, &e, &ty),
                };
                let ty = ty.spelled(self.spelling());
                let message = format!(
                    "cannot use {text} as slog.Handler value in argument to slog.New: {ty} \
                     does not implement slog.Handler (missing method Enabled)"
                );
                self.error(*h, message);
                (Expr::int(0), Type::Invalid)
            }
        }
    }

    /// `slog.NewTextHandler(w, opts)`: `opts` nil or `&slog.HandlerOptions{...}` written in
    /// the call.
    fn slog_handler(&mut self, n: Node, json: bool, args: &[Node], full: &str) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let [w, opts] = args else {
            self.wrong_count(n, args, full, "(io.Writer, *slog.HandlerOptions)");
            return invalid;
        };
        let (out, ty) = self.value(*w);
        if !matches!(ty, Type::File | Type::Invalid) {
            let what = "slog handlers writing to other than os.Stdout, os.Stderr or a file";
            self.unsupported(*w, what);
            return invalid;
        }
        let Some((level, replace)) = self.handler_options(*opts) else {
            return invalid;
        };
        let values = vec![out, level, replace];
        (
            Expr::Lib(Lib::Slog(SlogOp::NewHandler { json }), values),
            Type::SlogHandler(json),
        )
    }

    /// Go's count mistake of a call whose parameters' types the subset has no type for.
    fn wrong_count(&mut self, n: Node, args: &[Node], full: &str, want: &str) {
        let params = want.split(", ").count();
        let have: Vec<Type> = args.iter().map(|a| self.expr(*a).1).collect();
        let (at, words) = match args.get(params) {
            Some(extra) => (*extra, "too many"),
            None => (args.last().copied().unwrap_or(n), "not enough"),
        };
        let have = crate::go::types::types_summary(&have, self.spelling());
        let message = format!("{words} arguments in call to {full}: have {have}, want {want}");
        self.error(at, message);
    }

    /// The level and `ReplaceAttr` of a handler's options: `nil`, or a literal
    /// `&slog.HandlerOptions{...}` of `Level`, `AddSource: false` and `ReplaceAttr`.
    fn handler_options(&mut self, opts: Node) -> Option<(Expr, Expr)> {
        let mut level = Expr::int(LEVEL_INFO);
        let mut replace = Expr::NilChan;
        if opts.kind() == "nil" {
            return Some((level, replace));
        }
        let literal = opts
            .child_by_field_name("operand")
            .filter(|_| opts.kind() == "unary_expression")
            .filter(|o| o.kind() == "composite_literal");
        let typed = literal.and_then(|l| l.child_by_field_name("type"));
        let Some((literal, t)) = literal.zip(typed) else {
            self.unsupported(
                opts,
                "slog.HandlerOptions other than nil or &slog.HandlerOptions{...} in the call",
            );
            return None;
        };
        if self.canonical(self.text_of(t)) != "slog.HandlerOptions" {
            self.unsupported(
                opts,
                "slog.HandlerOptions other than nil or &slog.HandlerOptions{...} in the call",
            );
            return None;
        }
        self.use_package("slog");
        let body = literal.child_by_field_name("body")?;
        for el in elements(body) {
            let key = el.child_by_field_name("key").and_then(|k| k.named_child(0));
            let value = el
                .child_by_field_name("value")
                .and_then(|v| v.named_child(0));
            let (Some(key), Some(value)) = (key.filter(|_| el.kind() == "keyed_element"), value)
            else {
                self.unsupported(el, "slog.HandlerOptions without field names");
                return None;
            };
            match self.text_of(key) {
                "Level" => {
                    let (e, ty) = self.value(value);
                    if !self.is_level(&ty) && ty != Type::Invalid {
                        self.unsupported(value, "a slog.Leveler other than a slog.Level");
                        return None;
                    }
                    level = e;
                }
                "AddSource" if self.text_of(value) == "false" => {}
                "ReplaceAttr" => {
                    let attr = self.attr_type();
                    let groups = Type::Slice(Box::new(Type::Str));
                    let f = Type::Func(vec![groups, attr.clone()], Some(Box::new(attr)));
                    replace = self.value_as(value, &f, "struct literal");
                }
                "AddSource" => {
                    self.unsupported(value, "slog's AddSource (it prints the file's path)");
                    return None;
                }
                _ => {
                    self.unsupported(el, "this slog.HandlerOptions field");
                    return None;
                }
            }
        }
        Some((level, replace))
    }

    /// `l.Info(msg, args...)` and its kin.
    fn slog_log(
        &mut self,
        n: Node,
        logger: Expr,
        level: i64,
        args: &[Node],
        full: &str,
    ) -> (Expr, Type) {
        let params = [Type::Str, Type::Variadic(Box::new(iface(ANY, "any")))];
        let values = self.args_as(n, args, &params, full);
        if values.len() != 2 || !self.plain_values(n, &values) {
            return (Expr::int(0), Type::Invalid);
        }
        let file = self.log_file();
        let line = self.at(n).0 as i64;
        let mut all = vec![logger, Expr::Lit(Lit::Str(file.into())), Expr::int(line)];
        all.extend(values);
        (Expr::Lib(Lib::Slog(SlogOp::Log { level }), all), Type::Void)
    }

    /// Whether none of `values` (boxed for `any`) is of a type whose own method slog would
    /// call instead of printing it: `LogValue`, `MarshalText` or `MarshalJSON`, refused.
    fn plain_values(&mut self, n: Node, values: &[Expr]) -> bool {
        for v in values {
            let rt = match v {
                Expr::SliceLit(items) if !self.plain_values(n, items) => return false,
                Expr::ToIface(rt, _) => *rt,
                _ => continue,
            };
            let methods = &self.ifaces.types[rt].methods;
            let own = ["LogValue", "MarshalText", "MarshalJSON"]
                .into_iter()
                .find(|m| methods.iter().any(|have| &*have.name == *m));
            if let Some(m) = own {
                let what = match m {
                    "LogValue" => "slog.LogValuer values".to_string(),
                    m => format!("slog of values with a {m} method"),
                };
                self.unsupported(n, &what);
                return false;
            }
        }
        true
    }

    /// `recv.member(args)` of a `*slog.Logger`, a handler or a `slog.Value`.
    pub(super) fn slog_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        let lib = |op, values| Expr::Lib(Lib::Slog(op), values);
        match (ty, member) {
            (Type::SlogLogger, m) if let Some(level) = level_of(m) => {
                return self.slog_log(n, recv, level, args, &full);
            }
            (Type::SlogLogger, "With") => {
                let params = [Type::Variadic(Box::new(iface(ANY, "any")))];
                let mut values = self.args_as(n, args, &params, &full);
                if !self.plain_values(n, &values) {
                    return (Expr::int(0), Type::Invalid);
                }
                values.insert(0, recv);
                return (lib(SlogOp::With, values), Type::SlogLogger);
            }
            (Type::SlogLogger, "WithGroup") => {
                let mut values = self.args_as(n, args, &[Type::Str], &full);
                values.insert(0, recv);
                return (lib(SlogOp::WithGroup, values), Type::SlogLogger);
            }
            (Type::SlogValue, "String") => {
                self.args_as(n, args, &[], &full);
                return (lib(SlogOp::ValueString, vec![recv]), Type::Str);
            }
            _ => {}
        }
        for a in args {
            self.used_in(*a);
        }
        if has_method(ty, member) {
            self.unsupported(n, &full);
        } else {
            self.no_such_member(callee, &full, ty, member);
        }
        (Expr::int(0), Type::Invalid)
    }
}
