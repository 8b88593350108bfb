//! `*time.Location`: `time.UTC` and `time.Local` (which syncscope reads as UTC), held as
//! the name Go prints for each. `t.Location()`, `t.In(loc)` and `loc.String()`; two of them
//! compare as Go's pointers do, since each name is one location.

use super::Lowerer;
use super::context::INVALID;
use crate::go::types::Type;
use syncscope_program::{BinOp, Expr, Lib};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `time.UTC` or `time.Local` as a value; `None` for another member of `time`.
    pub(super) fn location_value(member: &str) -> Option<(Expr, Type)> {
        matches!(member, "UTC" | "Local").then(|| (Expr::str(member), Type::Location))
    }

    /// `t.Location()` and `t.In(loc)` of a `time.Time`; `None` for another method.
    pub(super) fn time_location(
        &mut self,
        n: Node,
        full: &str,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        match member {
            "Location" => {
                self.args_as(n, args, &[], full);
                Some((Expr::Lib(Lib::TimeLocation, vec![recv]), Type::Location))
            }
            "In" => {
                // Go panics on a nil location; syncscope has none to hold.
                if let [arg] = args
                    && arg.kind() == "nil"
                {
                    self.unsupported(n, "t.In(nil)");
                    return Some(INVALID);
                }
                let mut a = self.args_as(n, args, &[Type::Location], full).into_iter();
                let Some(loc) = a.next() else {
                    return Some(INVALID);
                };
                let strip = Expr::Lib(Lib::TimeStrip, vec![recv, is_local(loc)]);
                Some((strip, Type::Time))
            }
            _ => None,
        }
    }

    /// `loc.String()`, the one method of a `*time.Location` syncscope runs.
    pub(super) fn location_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        if member != "String" {
            for a in args {
                self.used_in(*a);
            }
            self.no_such_member(callee, &full, &Type::Location, member);
            return INVALID;
        }
        self.args_as(n, args, &[], &full);
        (recv, Type::Str)
    }
}

impl Lowerer<'_> {
    /// Refuses a location printed by a verb that Go applies to its fields rather than its
    /// name (`%d`), or by a format syncscope cannot read here.
    pub(super) fn location_printed(&mut self, n: Node) {
        let Some(list) = n.parent() else {
            return;
        };
        let formatted = list
            .parent()
            .and_then(|call| call.child_by_field_name("function"))
            .is_some_and(|f| self.text_of(f).ends_with('f'));
        if !formatted {
            return;
        }
        let mut cursor = list.walk();
        let format = list
            .named_children(&mut cursor)
            .take_while(|a| a.id() != n.id())
            .find(|a| a.kind().ends_with("string_literal"));
        let plain = format.is_some_and(|f| names_only(self.text_of(f)));
        if !plain {
            self.unsupported(
                n,
                "printing a *time.Location with a verb other than %v, %s, %q, %x or %T",
            );
        }
    }
}

/// Whether each verb of `format` prints a `*time.Location` by its name: `%v`, `%s`, `%q`,
/// `%x`, `%X`, and `%T` of its type.
fn names_only(format: &str) -> bool {
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        let verb = chars.find(|&c| !matches!(c, '+' | '-' | '#' | ' ' | '0'..='9' | '.'));
        if !matches!(verb, Some('v' | 's' | 'q' | 'x' | 'X' | 'T' | '%')) {
            return false;
        }
    }
    true
}

/// Whether the location `loc` is `time.Local`: what `time.Date` and `t.In` are told.
pub(super) fn is_local(loc: Expr) -> Expr {
    Expr::Binary(BinOp::Eq, Box::new(loc), Box::new(Expr::str("Local")))
}

/// A `*time.Location`'s unexported fields and methods, which Go's errors name.
const HIDDEN_FIELDS: [&str; 7] = [
    "name",
    "zone",
    "tx",
    "extend",
    "cacheStart",
    "cacheEnd",
    "cacheZone",
];
const HIDDEN_METHODS: [&str; 5] = [
    "get",
    "lookup",
    "lookupFirstZone",
    "firstZoneUsed",
    "lookupName",
];

/// Go's words for `full`, a member `member` a `*time.Location` does not let a program use.
pub(super) fn undefined(full: &str, member: &str) -> String {
    let hidden = |names: &[&str]| names.contains(&member);
    if hidden(&HIDDEN_FIELDS) {
        return format!("{full} undefined (cannot refer to unexported field {member})");
    }
    if hidden(&HIDDEN_METHODS) {
        return format!("{full} undefined (cannot refer to unexported method {member})");
    }
    let like = |names: &[&'static str]| {
        names
            .iter()
            .copied()
            .find(|m| m.eq_ignore_ascii_case(member))
    };
    let hint = if let Some(f) = like(&HIDDEN_FIELDS) {
        format!(", but does have unexported field {f}")
    } else if let Some(m) = like(&HIDDEN_METHODS) {
        format!(", but does have unexported method {m}")
    } else if member.eq_ignore_ascii_case("String") {
        ", but does have method String".to_string()
    } else {
        String::new()
    };
    format!("{full} undefined (type *time.Location has no field or method {member}{hint})")
}
