//! `errors.New`, `errors.Is`, `errors.Unwrap` and `fmt.Errorf` (with one `%w`): the
//! library's error values, as interface values of their own dynamic types.

use super::Lowerer;
use super::iface::{ERROR, iface};
use crate::go::types::Type;
use syncscope_program::iface::ErrorsOp;
use syncscope_program::{Expr, Lit};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn errors_call(&mut self, n: Node, full: &str, args: &[Node]) -> (Expr, Type) {
        let error = iface(ERROR, "error");
        match full {
            "errors.New" => {
                let args = self.args_as(n, args, &[Type::Str], full);
                (Expr::Errors(ErrorsOp::New, args), error)
            }
            "errors.Is" => {
                let args = self.args_as(n, args, &[error.clone(), error], full);
                (Expr::Errors(ErrorsOp::Is, args), Type::Bool)
            }
            "errors.Unwrap" => {
                let args = self.args_as(n, args, std::slice::from_ref(&error), full);
                (Expr::Errors(ErrorsOp::Unwrap, args), error)
            }
            "errors.As" => self.errors_as(n, args),
            "errors.Join" => {
                let each = Type::Variadic(Box::new(error.clone()));
                let args = self.args_as(n, args, &[each], full);
                (Expr::Errors(ErrorsOp::Join, args), error)
            }
            _ => self.errorf(n, args),
        }
    }

    /// `errors.As(err, &v)` of a variable `v`.
    fn errors_as(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let [err, target] = args else {
            let any = iface(super::iface::ANY, "any");
            self.args_as(n, args, &[iface(ERROR, "error"), any], "errors.As");
            return invalid;
        };
        let err = self.value_as(*err, &iface(ERROR, "error"), "argument to errors.As");
        let operand = target
            .child_by_field_name("operand")
            .filter(|_| {
                target.kind() == "unary_expression" && self.text_of(*target).starts_with('&')
            })
            .filter(|o| o.kind() == "identifier");
        let Some(operand) = operand else {
            self.unsupported(*target, "errors.As with a target other than &variable");
            return invalid;
        };
        let Some((place, ty)) = self.place_of(operand, true) else {
            return invalid;
        };
        if ty == Type::Invalid {
            return invalid;
        }
        let to = self.assert_to(&ty);
        let e = Expr::ErrorsAs {
            err: Box::new(err),
            place,
            to,
        };
        (e, Type::Bool)
    }

    /// `fmt.Errorf(format, args...)`: a `%w` in a constant format wraps its operand.
    fn errorf(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let Some((format, rest)) = args.split_first() else {
            let message = "not enough arguments in call to fmt.Errorf: have (), want (string, \
                           ...any)";
            self.error(n, message.into());
            return (Expr::int(0), Type::Invalid);
        };
        let mut f = self.format_value(*format, "argument to fmt.Errorf");
        let mut wraps = None;
        if let Expr::Lit(Lit::Str(text)) = &f {
            let found = wrapped_operands(text);
            if found.len() > 1 {
                if found.iter().any(|&i| i >= 64) {
                    self.unsupported(n, "fmt.Errorf with a %w past its 64th operand");
                }
                let mask = found
                    .iter()
                    .fold(0u64, |m, &i| m | 1u64.checked_shl(i as u32).unwrap_or(0));
                f = Expr::str(&text.replace("%w", "%v"));
                let mut all = vec![f];
                all.extend(self.any_args(rest, "fmt.Errorf"));
                let op = ErrorsOp::ErrorfWrapsAll(mask);
                return (Expr::Errors(op, all), iface(ERROR, "error"));
            }
            wraps = found.first().copied();
            // The message prints the wrapped error as `%v` does.
            f = Expr::str(&text.replace("%w", "%v"));
        }
        let mut all = vec![f];
        all.extend(self.any_args(rest, "fmt.Errorf"));
        (
            Expr::Errors(ErrorsOp::Errorf { wraps }, all),
            iface(ERROR, "error"),
        )
    }
}

/// The operands (counted from 0) that the `%w` verbs of a format take.
fn wrapped_operands(format: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut operand = 0;
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        // Flags, width and precision, then the verb.
        let verb = chars.find(|c| !matches!(c, '+' | '-' | '#' | ' ' | '0'..='9' | '.'));
        match verb {
            Some('%') | None => {}
            Some(v) => {
                if v == 'w' {
                    found.push(operand);
                }
                operand += 1;
            }
        }
    }
    found
}
