//! `sync.Pool`: `sync.Pool{New: func() any {...}}` (or a zero Pool), `p.Get()`, which gives
//! an `any` (asserted as teachers do, `p.Get().(*Item)`), and `p.Put(x)`. Like a
//! `sync.Once`, a Pool is not copied or passed; it is a handle on its values at run time.

use super::Lowerer;
use super::synth::Frame;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::{BinOp, Block, Expr, Lib, PoolOp, Stmt, StmtKind};
use tree_sitter::Node;

/// A `*sync.Pool`'s methods, as Go 1.26 has them.
const POOL_METHODS: [&str; 2] = ["Get", "Put"];

/// Whether `ty` is a Pool or a pointer to one: the same handle at run time.
pub(super) fn is_pool(ty: &Type) -> bool {
    match ty {
        Type::Pointer(inner) => **inner == Type::Pool,
        t => *t == Type::Pool,
    }
}

fn any() -> Type {
    super::iface::iface(super::iface::ANY, "any")
}

impl Lowerer<'_> {
    /// `sync.Pool{New: f}` or `sync.Pool{}`.
    pub(super) fn pool_lit(&mut self, body: Node) -> (Expr, Type) {
        let mut new = Vec::new();
        for el in elements(body) {
            let key = el.child_by_field_name("key").and_then(|k| k.named_child(0));
            let value = el
                .child_by_field_name("value")
                .and_then(|v| v.named_child(0));
            let (Some(key), Some(value)) = (key, value) else {
                let pool = Type::Pool.spelled(self.spelling()).to_string();
                let message = format!(
                    "implicit assignment to unexported field noCopy in struct literal of type \
                     {pool}"
                );
                self.error(el, message);
                self.used_in(el);
                return (Expr::int(0), Type::Invalid);
            };
            let name = self.text_of(key).to_string();
            if name != "New" {
                let pool = Type::Pool.spelled(self.spelling());
                let message = format!("unknown field {name} in struct literal of type {pool}");
                self.error(key, message);
                self.used_in(value);
                return (Expr::int(0), Type::Invalid);
            }
            // A nil New is no New: Get of an empty pool gives nil.
            if value.kind() == "nil" {
                continue;
            }
            let want = Type::Func(Vec::new(), Some(Box::new(any())));
            new.push(self.value_as(value, &want, "struct literal"));
        }
        let var = self.hidden_var(&self.made_name("pool"));
        (Expr::Pool(PoolOp::New(var), new), Type::Pool)
    }

    /// `p.Get()` and `p.Put(x)`.
    pub(super) fn pool_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        // `p.New()` calls the Pool's field (a nil one panics, as Go's does).
        if member == "New" {
            let values = self.args_as(n, args, &[], &full);
            if values.len() != args.len() {
                return (Expr::int(0), Type::Invalid);
            }
            let field = Expr::Pool(PoolOp::Field, vec![recv]);
            return (Expr::CallValue(Box::new(field), Vec::new()), any());
        }
        if !POOL_METHODS.contains(&member) {
            self.no_such_member(callee, &full, ty, member);
            for a in args {
                self.used_in(*a);
            }
            return (Expr::int(0), Type::Invalid);
        }
        let (op, params, result) = if member == "Get" {
            (PoolOp::Get, Vec::new(), any())
        } else {
            (PoolOp::Put, vec![any()], Type::Void)
        };
        let values = self.args_as(n, args, &params, &full);
        if values.len() != params.len() {
            return (Expr::int(0), Type::Invalid);
        }
        let mut all = vec![recv];
        all.extend(values);
        (Expr::Pool(op, all), result)
    }
}

impl Lowerer<'_> {
    /// Whether `n` is `p.New`, with `p` a Pool (or a pointer to one) that is a variable or a
    /// field.
    pub(super) fn names_pool_new(&mut self, n: Node) -> bool {
        let (Some(operand), Some(field)) = (
            n.child_by_field_name("operand"),
            n.child_by_field_name("field"),
        ) else {
            return false;
        };
        self.text_of(field) == "New" && self.peek_type(operand).is_some_and(|t| is_pool(&t))
    }

    /// The pool `n` is `p.New` of, if it is one.
    fn pool_of_new(&mut self, n: Node) -> Option<Expr> {
        if !self.names_pool_new(n) {
            return None;
        }
        Some(self.expr(n.child_by_field_name("operand")?).0)
    }

    /// `p.New` read: the pool's func, nil if it has none.
    pub(super) fn pool_new_read(&mut self, n: Node) -> Option<(Expr, Type)> {
        let pool = self.pool_of_new(n)?;
        let ty = Type::Func(Vec::new(), Some(Box::new(any())));
        Some((Expr::Pool(PoolOp::Field, vec![pool]), ty))
    }

    /// `p.New = f`, if `target` is `p.New`: the pool's func from now on. An update of it
    /// (`+=`) is refused.
    pub(super) fn pool_new_store(
        &mut self,
        n: Node,
        target: Node,
        op: Option<BinOp>,
        value: Option<Node>,
        out: &mut Block,
    ) -> bool {
        let Some(pool) = self.pool_of_new(target) else {
            return false;
        };
        let Some(value) = value.filter(|_| op.is_none()) else {
            if let Some(v) = value {
                self.used_in(v);
            }
            self.unsupported(n, "an update of a sync.Pool's New");
            return true;
        };
        let want = Type::Func(Vec::new(), Some(Box::new(any())));
        let f = self.value_as(value, &want, "assignment");
        let pc = self.mark(n);
        let set = Expr::Pool(PoolOp::SetNew, vec![pool, f]);
        out.push(Stmt::new(StmtKind::Expr(set), pc));
        true
    }
}

impl Lowerer<'_> {
    /// `defer p.Put(x)` or `go p.Put(x)` (and `defer w.Flush()` of a `bufio.Writer`,
    /// `defer f.Close()` of a file, `defer os.Remove(name)`): the pool and `x` are taken at
    /// the statement, as Go evaluates a call's operands there.
    pub(super) fn wrapped_pool(&mut self, n: Node, is_go: bool, e: Expr) -> Expr {
        let args = match &e {
            Expr::Pool(_, args)
            | Expr::Bufio(_, args)
            | Expr::Lib(Lib::File(_) | Lib::Slog(_), args) => args.clone(),
            _ => return e,
        };
        let name = match n
            .named_child(0)
            .and_then(|c| c.child_by_field_name("function"))
        {
            Some(callee) if is_go => self.text_of(callee).to_string(),
            _ => self.ctx().name.clone(),
        };
        let params = (0..args.len()).map(Expr::Local).collect();
        let call = match e {
            Expr::Bufio(op, _) => Expr::Bufio(op, params),
            Expr::Pool(op, _) => Expr::Pool(op, params),
            Expr::Lib(lib, _) => Expr::Lib(lib, params),
            other => other,
        };
        let body = vec![StmtKind::Expr(call)];
        let id = self.written(&name, Some(n), Frame::of(args.len()), body);
        Expr::Call(id, args)
    }
}
