//! `sync.Locker`: the interface of `Lock()` and `Unlock()`, holding a `*sync.Mutex`, a
//! `*sync.RWMutex` (its writer's lock), `rw.RLocker()` (its readers') or a type of the file's
//! with both methods. A call through it is the lock call on the lock it holds, so the lanes
//! and the lock panel show that lock, as when the method is called on it directly.

use super::Lowerer;
use super::iface::{IfaceDef, LOCKER, iface};
use super::stmt_calls::Builtin;
use crate::go::types::Type;
use std::sync::Arc;
use syncscope_program::Expr;
use syncscope_program::event::Access;
use syncscope_program::iface::{MethodImpl, RtMethod, RtType};
use tree_sitter::Node;

/// The interface's definition, among the ones every file starts with.
pub(super) fn locker_def() -> IfaceDef {
    let call = || Type::Func(Vec::new(), None);
    IfaceDef {
        name: "sync.Locker".into(),
        rt: "sync.Locker".into(),
        methods: vec![("Lock".into(), call()), ("Unlock".into(), call())],
    }
}

/// `sync.Locker` written as a type.
pub(super) fn locker_type() -> Type {
    iface(LOCKER, "sync.Locker")
}

/// Whether `ty` is a Mutex or an RWMutex, or a pointer to one.
pub(super) fn lock_or_pointer(ty: &Type) -> bool {
    match ty {
        Type::Pointer(inner) => matches!(**inner, Type::Mutex | Type::RwMutex),
        t => matches!(t, Type::Mutex | Type::RwMutex),
    }
}

/// Whether `ty` is an RWMutex or a pointer to one, whose `RLocker()` it may call.
pub(super) fn rw_mutex(ty: &Type) -> bool {
    match ty {
        Type::Pointer(inner) => **inner == Type::RwMutex,
        t => *t == Type::RwMutex,
    }
}

/// The type of method `name` of a `*sync.Mutex` (or `*sync.RWMutex`, `rw`), as Go declares it.
fn lock_method(rw: bool, name: &str) -> Option<Type> {
    let call = |result: Option<Type>| Some(Type::Func(Vec::new(), result.map(Box::new)));
    match name {
        "Lock" | "Unlock" => call(None),
        "TryLock" => call(Some(Type::Bool)),
        "RLock" | "RUnlock" if rw => call(None),
        "TryRLock" if rw => call(Some(Type::Bool)),
        "RLocker" if rw => call(Some(locker_type())),
        _ => None,
    }
}

/// The methods a lock's dynamic type runs: its lock calls, `read` for `rw.RLocker()`'s.
fn lock_calls(rw: bool, read: bool) -> Vec<RtMethod> {
    let method = |name: &str, access, unlock| RtMethod {
        name: name.into(),
        call: MethodImpl::Lock { access, unlock },
    };
    let first = if read { Access::Read } else { Access::Write };
    let mut methods = vec![method("Lock", first, false), method("Unlock", first, true)];
    if rw && !read {
        methods.push(method("RLock", Access::Read, false));
        methods.push(method("RUnlock", Access::Read, true));
    }
    methods
}

impl Lowerer<'_> {
    /// A Mutex or an RWMutex, or a pointer to one, where interface `id` is wanted: boxed
    /// with its lock calls, or Go's error when its method set (a pointer's alone has the
    /// methods) does not satisfy the interface.
    pub(super) fn lock_boxed(&mut self, n: Node, e: Expr, ty: &Type, id: usize, ctx: &str) -> Expr {
        let (pointer, rw) = match ty {
            Type::Pointer(inner) => (true, **inner == Type::RwMutex),
            t => (false, *t == Type::RwMutex),
        };
        let methods = self.ifaces.defs[id].methods.clone();
        for (name, want) in &methods {
            let missing = match lock_method(rw, name) {
                None => format!("missing method {name}"),
                Some(_) if !pointer => format!("method {name} has pointer receiver"),
                Some(have) if have != *want => format!("wrong type for method {name}"),
                Some(_) => continue,
            };
            let text = self.described(n, &e, ty);
            let spelling = self.spelling();
            let want = iface(id, &self.ifaces.defs[id].name);
            let want = want.spelled(spelling);
            let have = ty.spelled(spelling);
            let message = format!(
                "cannot use {text} as {want} value in {ctx}: {have} does not implement {want} \
                 ({missing})"
            );
            self.error(n, message);
            return e;
        }
        if !pointer {
            // A lock copied into an interface with no methods: as before, by its type.
            let rt = self.rt_id(ty);
            return Expr::ToIface(rt, Box::new(e));
        }
        // Only a `sync.Locker`'s calls are lock calls under `go` and `defer` too.
        if id != LOCKER && !methods.is_empty() {
            let want = self.ifaces.defs[id].name.clone();
            self.unsupported(
                n,
                &format!("a {ty} in an interface other than sync.Locker ({want})"),
            );
            return e;
        }
        let name = if rw { "*sync.RWMutex" } else { "*sync.Mutex" };
        let rt = self.lock_rt(name, lock_calls(rw, false));
        Expr::ToIface(rt, Box::new(e))
    }

    /// A Mutex or RWMutex variable (not a pointer) where an interface with methods is
    /// wanted: Go's words for it, which name the interface, before the copy is refused.
    pub(super) fn lock_value_as(&mut self, n: Node, id: usize, ctx: &str) -> Option<Expr> {
        let ty = self.peek_type(n)?;
        if !matches!(ty, Type::Mutex | Type::RwMutex) || self.ifaces.defs[id].methods.is_empty() {
            return None;
        }
        let (e, ty) = self.expr(n);
        Some(self.lock_boxed(n, e, &ty, id, ctx))
    }

    /// `rw.RLocker()`: a `sync.Locker` whose `Lock` and `Unlock` are the RWMutex's `RLock`
    /// and `RUnlock`.
    pub(super) fn rlocker(&mut self, recv: Expr) -> (Expr, Type) {
        let rt = self.lock_rt("*sync.rlocker", lock_calls(true, true));
        (Expr::ToIface(rt, Box::new(recv)), locker_type())
    }

    /// The dynamic type `name` in the program's table, with `methods` (given them if a type
    /// switch or `%T` put it there first).
    fn lock_rt(&mut self, name: &str, methods: Vec<RtMethod>) -> usize {
        if let Some(&id) = self.ifaces.ids.get(name) {
            self.ifaces.types[id].methods = methods;
            return id;
        }
        let name: Arc<str> = name.into();
        let id = self.ifaces.types.len();
        self.ifaces.ids.insert(name.clone(), id);
        self.ifaces.types.push(RtType {
            name,
            methods,
            fields: Vec::new(),
            elem: None,
        });
        id
    }

    /// `l.Lock()` or `l.Unlock()` of a `sync.Locker` as a statement: a lock call of what it
    /// holds, which a lock mode drops or keeps as it does a call on a lock.
    pub(super) fn locker_stmt(
        &mut self,
        call: Node,
        operand: Node,
        member: &str,
    ) -> Option<(Builtin, Vec<Expr>)> {
        let builtin = match member {
            "Lock" => Builtin::Lock(Access::Write),
            "Unlock" => Builtin::Unlock(Access::Write),
            _ => return None,
        };
        let no_args = call
            .child_by_field_name("arguments")
            .is_some_and(|a| a.named_child_count() == 0);
        if !no_args || !self.is_locker(operand) {
            return None;
        }
        let (e, _) = self.expr(operand);
        Some((builtin, vec![e]))
    }

    /// Whether `operand` is a `sync.Locker`, found without lowering it: a name, field or
    /// element of that type, `x.(sync.Locker)`, `rw.RLocker()` or a call of a function of
    /// the file's that returns one.
    fn is_locker(&mut self, operand: Node) -> bool {
        let locker = |t: &Type| matches!(t, Type::Iface(LOCKER, _));
        match operand.kind() {
            "type_assertion_expression" => operand
                .child_by_field_name("type")
                .is_some_and(|t| self.canonical(self.text_of(t)) == "sync.Locker"),
            "call_expression" => {
                let Some(callee) = operand.child_by_field_name("function") else {
                    return false;
                };
                match callee.kind() {
                    "selector_expression" => {
                        let field = callee.child_by_field_name("field");
                        let inner = callee.child_by_field_name("operand");
                        field.is_some_and(|f| self.text_of(f) == "RLocker")
                            && inner
                                .and_then(|o| self.peek_type(o))
                                .is_some_and(|t| rw_mutex(&t))
                    }
                    "identifier" => {
                        let name = self.text_of(callee).to_string();
                        match self.resolve(&name, false) {
                            super::scope::Resolved::Func(f) => self
                                .sigs
                                .get(f)
                                .and_then(|s| s.result.as_ref())
                                .is_some_and(locker),
                            _ => false,
                        }
                    }
                    _ => false,
                }
            }
            _ => self.peek_type(operand).is_some_and(|t| locker(&t)),
        }
    }

    /// Whether printing a value of `ty` prints a `sync.Locker`: itself, or one in a field,
    /// element or key printed with it (Go prints the lock's address, which no run repeats).
    pub(super) fn prints_locker(&self, ty: &Type) -> bool {
        let top = match ty {
            Type::Pointer(inner) if matches!(**inner, Type::Struct(..)) => inner,
            t => t,
        };
        self.holds_locker(top, 0)
    }

    fn holds_locker(&self, ty: &Type, depth: usize) -> bool {
        // A type holds itself only through a slice or map; a few levels find any Locker.
        if depth > 8 {
            return false;
        }
        match ty {
            Type::Iface(LOCKER, _) => true,
            Type::Struct(id, _) => self.structs.defs.get(*id).is_some_and(|d| {
                d.fields
                    .iter()
                    .any(|(_, t)| self.holds_locker(t, depth + 1))
            }),
            Type::Slice(e) | Type::Array(_, e) => self.holds_locker(e, depth + 1),
            Type::Map(k, v) => self.holds_locker(k, depth + 1) || self.holds_locker(v, depth + 1),
            Type::Named(_, _, under) => self.holds_locker(under, depth + 1),
            _ => false,
        }
    }
}
