//! A library function used as a value (`f := math.Sqrt`, `strings.ToUpper` passed to a
//! `func(string) string`, `out := fmt.Println`): a function of Go's signature for it that
//! calls it. And `os.Args`.

use super::Lowerer;
use super::iface::{ANY, ERROR, iface};
use super::synth::Frame;
use crate::go::types::Type;
use syncscope_program::{Expr, Lib, Lit, PrintKind, StmtKind};
use tree_sitter::Node;

/// Whether `ty` is `[]any`, what spreads into fmt's `...any`.
pub(super) fn any_slice(ty: &Type) -> bool {
    matches!(ty, Type::Slice(elem) if matches!(**elem, Type::Iface(ANY, _)))
}

impl Lowerer<'_> {
    /// `package.member` as a function value, if it is a library function of fixed
    /// parameters and one result that syncscope runs.
    pub(super) fn lib_func_value(
        &mut self,
        n: Node,
        package: &str,
        member: &str,
    ) -> Option<(Expr, Type)> {
        let full = format!("{package}.{member}");
        if package == "fmt" {
            return self.fmt_func_value(n, &full, member);
        }
        if package == "bytes" {
            return self.bytes_func_value(n, member);
        }
        let (lib, params, result) = super::library::plain(&full)?;
        // The log package's functions ask its own logger; several results are not a value
        // the subset's function types hold.
        if package == "log" || matches!(result, Type::Tuple(_)) {
            return None;
        }
        let args = (0..params.len()).map(Expr::Local).collect();
        let body = vec![StmtKind::Return(Some(Expr::Lib(lib, args)))];
        let f = self.written(&full, Some(n), Frame::of(params.len()), body);
        let ty = Type::Func(params, Some(Box::new(result)));
        Some((Expr::Closure(f, Vec::new()), ty))
    }

    /// `os.Args`: the program's path (the file's name without `.go`; Go's is where it built
    /// the binary), then the run's arguments.
    pub(super) fn os_args(&self) -> (Expr, Type) {
        let path = self.file.strip_suffix(".go").unwrap_or(self.file);
        let args = Expr::Lib(Lib::OsArgs, vec![Expr::Lit(Lit::Str(path.into()))]);
        (args, Type::Slice(Box::new(Type::Str)))
    }

    /// `fmt.Println` and its kin as a value: the text made as `Sprint` makes it, then (for
    /// the `Print`s) written, and its length and a nil error given back.
    fn fmt_func_value(&mut self, n: Node, full: &str, member: &str) -> Option<(Expr, Type)> {
        let any = || Type::Variadic(Box::new(iface(ANY, "any")));
        let formatted = member.ends_with('f');
        let params = if formatted {
            vec![Type::Str, any()]
        } else {
            vec![any()]
        };
        let spread = Expr::Spread(Box::new(Expr::Local(params.len() - 1)));
        let text = if formatted {
            Expr::Sprintf(vec![Expr::Local(0), spread])
        } else {
            let line = member.ends_with("ln");
            Expr::Sprint {
                line,
                args: vec![spread],
            }
        };
        let count = params.len();
        let (body, result) = match member {
            "Sprint" | "Sprintln" | "Sprintf" => (vec![StmtKind::Return(Some(text))], Type::Str),
            "Print" | "Println" | "Printf" => {
                let written = Expr::Local(count);
                let results =
                    Expr::SliceLit(vec![Expr::Len(Box::new(written.clone())), Expr::NilIface]);
                let body = vec![
                    StmtKind::Let(count, text),
                    StmtKind::Print(PrintKind::Print, vec![written]),
                    StmtKind::Return(Some(results)),
                ];
                let error = iface(ERROR, "error");
                (body, Type::Tuple(vec![Type::Int, error]))
            }
            _ => return None,
        };
        let frame = Frame {
            params: count,
            boxed: vec![false; count + 1],
            captures: 0,
        };
        let f = self.written(full, Some(n), frame, body);
        let ty = Type::Func(params, Some(Box::new(result)));
        Some((Expr::Closure(f, Vec::new()), ty))
    }
}
