//! A library function used as a value (`f := math.Sqrt`, `strings.ToUpper` passed to a
//! `func(string) string`): a function of Go's signature for it that calls it. And `os.Args`.

use super::Lowerer;
use super::synth::Frame;
use crate::go::types::Type;
use syncscope_program::{Expr, Lit, StmtKind};
use tree_sitter::Node;

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

    /// `os.Args`: the program's path alone, as a program run with no arguments has it (the
    /// file's name without `.go`; Go's is where it built the binary).
    pub(super) fn os_args(&self) -> (Expr, Type) {
        let path = self.file.strip_suffix(".go").unwrap_or(self.file);
        let args = Expr::SliceLit(vec![Expr::Lit(Lit::Str(path.into()))]);
        (args, Type::Slice(Box::new(Type::Str)))
    }
}
