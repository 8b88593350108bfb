//! `*bytes.Buffer` and `*strings.Builder`: a pointer to a variable that holds the text so
//! far, as `new(int)` points to an int (`b := pool.Get().(*bytes.Buffer)`, `new(bytes.Buffer)`,
//! `&bytes.Buffer{}`, `&buf`), its writes stores through it; and `buf.WriteTo(os.Stdout)`,
//! which prints the text and empties the buffer.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::{BinOp, Block, Expr, PrintKind, Stmt, StmtKind};
use tree_sitter::Node;

/// What `field_globals` files a pointee's variable under, as `pointers` does.
const POINTEE: usize = usize::MAX;

/// Whether `ty` is one of the text holders a pointer may point to.
pub(super) fn text_holder(ty: &Type) -> bool {
    matches!(ty, Type::Builder | Type::Buffer)
}

impl Lowerer<'_> {
    /// A method's receiver and type, through a `*bytes.Buffer` or `*strings.Builder` to what
    /// it points to; `None` once Go's words, which name the pointer, are said where the method
    /// is none of theirs.
    pub(super) fn through_pointer(
        &mut self,
        callee: Node,
        recv: Expr,
        ty: Type,
        member: &str,
    ) -> Option<(Expr, Type)> {
        let Type::Pointer(inner) = &ty else {
            return Some((recv, ty));
        };
        if !text_holder(inner) {
            return Some((recv, ty));
        }
        if super::lib_methods::methods(inner).contains(&member) {
            return Some((Expr::Load(Box::new(recv)), *inner.clone()));
        }
        let full = self.expr_text(callee);
        self.no_such_member(callee, &full, &ty, member);
        None
    }

    /// `target` lowered, if it names a pointer to a buffer or builder: its writes are then
    /// stores through it, reported as the race detector sees `*p = v`.
    pub(super) fn text_pointer(&mut self, target: Node) -> Option<Expr> {
        if target.kind() != "identifier" {
            return None;
        }
        match self.resolve(self.text_of(target), true) {
            Resolved::Local(_, Type::Pointer(inner))
            | Resolved::Captured(_, Type::Pointer(inner))
            | Resolved::Global(_, Type::Pointer(inner))
                if text_holder(&inner) =>
            {
                self.structs.written_fields.insert((POINTEE, 0));
                Some(self.expr(target).0)
            }
            _ => None,
        }
    }

    /// Some text through a pointer is written: the race detector reports its stores.
    pub(super) fn written_text(&mut self) {
        self.structs.written_fields.insert((POINTEE, 0));
    }

    /// A pointer to the buffer `buf` names: the pointer itself, or `&buf` of a variable.
    fn buffer_address(&mut self, buf: Node) -> Option<Expr> {
        if buf.kind() != "identifier" {
            return None;
        }
        let ty = match self.resolve(self.text_of(buf), true) {
            Resolved::Local(_, t) | Resolved::Captured(_, t) | Resolved::Global(_, t) => t,
            _ => return None,
        };
        match ty {
            Type::Pointer(inner) if *inner == Type::Buffer => self.text_pointer(buf),
            Type::Buffer => {
                let e = self.expr(buf).0;
                let p = self.var_ref(&e)?;
                self.structs.written_fields.insert((POINTEE, 0));
                Some(p)
            }
            _ => None,
        }
    }

    /// `buf.WriteTo(w)` of a buffer variable or pointer: its pointer and the stream, `None`
    /// where `call` is no such call, `Some(None)` where it was refused or wrong.
    fn write_to_parts(&mut self, call: Node) -> Option<Option<(Expr, Expr)>> {
        let callee = call.child_by_field_name("function")?;
        if callee.kind() != "selector_expression" {
            return None;
        }
        let field = callee.child_by_field_name("field")?;
        if self.text_of(field) != "WriteTo" {
            return None;
        }
        let operand = callee.child_by_field_name("operand")?;
        let p = self.buffer_address(operand)?;
        let full = self.expr_text(callee);
        let args: Vec<Node> = elements(call.child_by_field_name("arguments")?).collect();
        let stream = match args.as_slice() {
            [w] if matches!(
                self.canonical(self.text_of(*w)).as_str(),
                "os.Stdout" | "os.Stderr"
            ) =>
            {
                self.value(*w).0
            }
            [w] => {
                self.used_in(*w);
                self.unsupported(
                    call,
                    &format!("{full} to other than os.Stdout or os.Stderr"),
                );
                return Some(None);
            }
            _ => {
                let have: Vec<Type> = args.iter().map(|a| self.expr(*a).1).collect();
                let (at, words) = match args.get(1) {
                    Some(extra) => (*extra, "too many"),
                    None => (call, "not enough"),
                };
                let have = crate::go::types::types_summary(&have, self.spelling());
                let message =
                    format!("{words} arguments in call to {full}: have {have}, want (io.Writer)");
                self.error(at, message);
                return Some(None);
            }
        };
        Some(Some((p, stream)))
    }

    /// The text printed on the stream, then the buffer emptied, as Go's `WriteTo` does.
    fn write_to_body(p: Expr, stream: Expr, pc: Option<u16>) -> Block {
        let text = Expr::Load(Box::new(p.clone()));
        let print = StmtKind::Fprint(PrintKind::Print, vec![stream, text]);
        let reset = StmtKind::Store {
            ptr: p,
            op: None,
            value: Expr::str(""),
        };
        vec![Stmt::new(print, pc), Stmt::new(reset, pc)]
    }

    /// `buf.WriteTo(os.Stdout)` as a statement; whether `call` was one.
    pub(super) fn write_to_stmt(&mut self, n: Node, call: Node, out: &mut Block) -> bool {
        if self.stream_write(n, call, out) {
            return true;
        }
        let Some(parts) = self.write_to_parts(call) else {
            return false;
        };
        if let Some((p, stream)) = parts {
            let pc = self.mark(n);
            out.extend(Self::write_to_body(p, stream, pc));
        }
        true
    }

    /// `defer buf.WriteTo(os.Stdout)` (or `go`): a function of its own, given the buffer's
    /// pointer and the stream when the statement runs, as Go evaluates a deferred call's
    /// receiver and arguments then.
    pub(super) fn write_to_wrapped(&mut self, n: Node, call: Node, is_go: bool) -> Option<Expr> {
        let Some((p, stream)) = self.write_to_parts(call)? else {
            return Some(Expr::int(0));
        };
        let body = Self::write_to_body(Expr::Local(0), Expr::Local(1), Some(0));
        let id = self.statement_func(n, call, is_go, 2, body);
        Some(Expr::Call(id, vec![p, stream]))
    }

    /// What `op` of `value` makes of a buffer's or builder's text, through its pointer or
    /// in its variable.
    pub(super) fn text_set(
        &mut self,
        target: Node,
        op: Option<BinOp>,
        value: Expr,
    ) -> Option<StmtKind> {
        if let Some(ptr) = self.text_pointer(target) {
            return Some(StmtKind::Store { ptr, op, value });
        }
        let (place, _) = self.place_of(target, true)?;
        let value = match op {
            Some(op) => Expr::Binary(op, Box::new(super::buffers::read(&place)), Box::new(value)),
            None => value,
        };
        Some(StmtKind::Assign(place, value))
    }
}

impl Lowerer<'_> {
    /// `&bytes.Buffer{}`: a new variable with no name holding `text`, as `new` makes one.
    pub(super) fn fresh_text(&mut self, text: Expr) -> Expr {
        let name = self.made_name("buf");
        let var = self.hidden_var(&format!("*{name}"));
        self.structs
            .field_globals
            .push((POINTEE, 0, usize::from(var)));
        Expr::AddrOf(Box::new(Expr::StructLit {
            fields: vec![text],
            vars: vec![var],
        }))
    }
}

impl Lowerer<'_> {
    /// `os.Stdout.Write(b)` and `os.Stdout.WriteString(s)` as statements: the text printed
    /// in its turn with fmt's; whether `call` was one.
    fn stream_write(&mut self, n: Node, call: Node, out: &mut Block) -> bool {
        let Some(callee) = call.child_by_field_name("function") else {
            return false;
        };
        let (Some(operand), Some(field)) = (
            callee.child_by_field_name("operand"),
            callee.child_by_field_name("field"),
        ) else {
            return false;
        };
        if callee.kind() != "selector_expression"
            || !matches!(
                self.canonical(self.text_of(operand)).as_str(),
                "os.Stdout" | "os.Stderr"
            )
        {
            return false;
        }
        let member = self.text_of(field).to_string();
        let want = match member.as_str() {
            "Write" => Type::Slice(Box::new(Type::Byte)),
            "WriteString" => Type::Str,
            _ => return false,
        };
        let Some(arguments) = call.child_by_field_name("arguments") else {
            return false;
        };
        let args: Vec<Node> = elements(arguments).collect();
        let full = self.expr_text(callee);
        let stream = self.value(operand).0;
        let Some(text) = self.args_as(call, &args, &[want], &full).pop() else {
            return true;
        };
        let text = Expr::Convert(syncscope_program::Ty::Str, Box::new(text));
        let pc = self.mark(n);
        out.push(Stmt::new(
            StmtKind::Fprint(PrintKind::Print, vec![stream, text]),
            pc,
        ));
        true
    }
}
