//! `json.NewEncoder(f)` on one of the program's files (`os.Stdout` the usual one), its
//! `Encode(v)`, and `SetIndent` and `SetEscapeHTML`, which change the encoder's variable.

use super::Lowerer;
use super::iface::{ANY, iface};
use super::library::error_type;
use crate::go::types::Type;
use syncscope_program::json::JsonOp;
use syncscope_program::{Expr, Lib, StmtKind};
use tree_sitter::Node;

/// A `*json.Encoder`'s methods, as Go 1.26 has them.
const METHODS: [&str; 3] = ["Encode", "SetEscapeHTML", "SetIndent"];

impl Lowerer<'_> {
    /// `json.NewEncoder(w)` of an `*os.File`.
    pub(super) fn json_new_encoder(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [w] = args else {
            let writer = iface(ANY, "io.Writer");
            self.args_as(n, args, &[writer], "json.NewEncoder");
            return (Expr::int(0), Type::Invalid);
        };
        let (file, ty) = self.expr(*w);
        match ty {
            Type::File => (
                Expr::Lib(Lib::Json(JsonOp::NewEncoder), vec![file]),
                Type::JsonEncoder,
            ),
            Type::Invalid => (Expr::int(0), Type::Invalid),
            _ => {
                self.unsupported(*w, "json.NewEncoder of other than an *os.File");
                (Expr::int(0), Type::Invalid)
            }
        }
    }

    /// `enc.Encode(v)`: its error.
    pub(super) fn json_encoder_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        self.json.used = true;
        if member != "Encode" {
            for a in args {
                self.used_in(*a);
            }
            if METHODS.contains(&member) {
                // Used for a value: they have none.
                return super::calls::NO_VALUE;
            }
            self.no_such_member(callee, &full, &Type::JsonEncoder, member);
            return invalid;
        }
        let [v] = args else {
            self.args_as(n, args, &[iface(ANY, "any")], &full);
            return invalid;
        };
        match self.json_argument(*v, false) {
            (value, Some(shape)) => (
                Expr::Lib(Lib::Json(JsonOp::Encode(shape)), vec![recv, value]),
                error_type(),
            ),
            _ => invalid,
        }
    }

    /// `enc.SetIndent(prefix, indent)` and `enc.SetEscapeHTML(on)` as statements.
    pub(super) fn json_encoder_set(
        &mut self,
        call: Node,
        enc: Node,
        member: &str,
        args: &[Node],
        full: &str,
    ) -> Option<StmtKind> {
        let (op, params) = match member {
            "SetIndent" => (JsonOp::SetIndent, vec![Type::Str, Type::Str]),
            _ => (JsonOp::SetEscapeHTML, vec![Type::Bool]),
        };
        let values = self.args_as(call, args, &params, full);
        if values.len() != params.len() {
            return None;
        }
        let (place, _) = self.place_of(enc, true)?;
        let mut all = vec![super::buffers::read(&place)];
        all.extend(values);
        Some(StmtKind::Assign(place, Expr::Lib(Lib::Json(op), all)))
    }
}
