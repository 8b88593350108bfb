//! Calls that are statements of the program form: printing, sleeping, the WaitGroup's and
//! the locks' methods; and `go` and `defer` of any call.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::event::Access;
use syncscope_program::{CondCall, Expr, Func, GlobalKind, Lib, PrintKind, Stmt, StmtKind};
use tree_sitter::Node;

/// A call the program form has a statement for; its arguments come separately, so that
/// `go` and `defer` can evaluate them where Go does. A WaitGroup's or lock's method takes
/// the object, wherever it lives, as its first argument, as Go evaluates the receiver there.
#[derive(Clone)]
pub(super) enum Builtin {
    Print(PrintKind),
    Sleep,
    /// `wg.Add(n)`, `wg.Done()`, `wg.Wait()`.
    WgAdd,
    WgDone,
    WgWait,
    /// `mu.Lock()` (or RLock), and its unlock.
    Lock(Access),
    Unlock(Access),
    /// `compute(ms)`, the README's helper for CPU work: this many ms on a processor.
    Compute,
    /// `calibrate()`, the helper that measures the machine for `compute`: syncscope's
    /// processors need no measuring, so it takes no time.
    Calibrate,
    /// `runtime.GOMAXPROCS(n)`.
    SetProcs,
    /// `runtime.Gosched()`.
    Gosched,
    /// `runtime.GC()`.
    Gc,
    /// `runtime.Goexit()`.
    Goexit,
    /// `close(ch)`.
    Close,
    /// `delete(m, k)`.
    Delete,
    /// `clear(m)`.
    Clear,
    /// A `log` call, the logger first.
    Log(syncscope_program::LogOp, syncscope_program::LogSite),
    /// `fmt.Fprint` and its kin, the stream first.
    Fprint(PrintKind),
    /// `c.Wait()`, `c.Signal()`, `c.Broadcast()`.
    Cond(CondCall),
}

/// The helper functions syncscope acts out instead of running their bodies (see the README).
pub(super) const COMPUTE: &str = "compute";
pub(super) const CALIBRATE: &str = "calibrate";

impl Builtin {
    pub(super) fn kind(self, mut args: Vec<Expr>) -> StmtKind {
        let first = |args: &mut Vec<Expr>| {
            if args.is_empty() {
                Expr::int(0)
            } else {
                args.remove(0)
            }
        };
        match self {
            Builtin::Print(kind) => StmtKind::Print(kind, args),
            Builtin::Sleep => StmtKind::Sleep(first(&mut args)),
            Builtin::WgAdd => {
                let wg = first(&mut args);
                StmtKind::WgAdd(wg, first(&mut args))
            }
            Builtin::WgDone => StmtKind::WgDone(first(&mut args)),
            Builtin::WgWait => StmtKind::WgWait(first(&mut args)),
            Builtin::Lock(access) => StmtKind::Lock {
                lock: first(&mut args),
                access,
            },
            Builtin::Unlock(access) => StmtKind::Unlock {
                lock: first(&mut args),
                access,
            },
            Builtin::Compute => StmtKind::Compute(Expr::Binary(
                syncscope_program::BinOp::Mul,
                Box::new(first(&mut args)),
                Box::new(Expr::int(1_000_000)),
            )),
            Builtin::Calibrate => StmtKind::Compute(Expr::int(0)),
            Builtin::SetProcs => StmtKind::SetProcs(first(&mut args)),
            Builtin::Gosched => StmtKind::Gosched,
            Builtin::Gc => StmtKind::Gc,
            Builtin::Goexit => StmtKind::Goexit,
            Builtin::Close => StmtKind::Close(first(&mut args)),
            Builtin::Cond(call) => StmtKind::Cond(first(&mut args), call),
            Builtin::Delete => {
                let m = first(&mut args);
                StmtKind::MapDelete(m, first(&mut args))
            }
            Builtin::Clear => StmtKind::MapClear(first(&mut args)),
            Builtin::Log(op, site) => StmtKind::Log { op, site, args },
            Builtin::Fprint(kind) => StmtKind::Fprint(kind, args),
        }
    }
}

impl Lowerer<'_> {
    /// `call` if it is one of the statement calls, with its arguments lowered here.
    pub(super) fn builtin_stmt(&mut self, call: Node) -> Option<(Builtin, Vec<Expr>)> {
        let callee = call.child_by_field_name("function")?;
        if let Some(lib) = self.lib_builtin(call) {
            return Some(lib);
        }
        if self.is_close(call) {
            let args: Vec<Node> = children(call.child_by_field_name("arguments")?)
                .filter(|a| a.is_named() && a.kind() != "comment")
                .collect();
            // A mistake is reported here; the program will not run, so any channel will do.
            let ch = self.close_arg(call, &args).unwrap_or(Expr::NilChan);
            return Some((Builtin::Close, vec![ch]));
        }
        if callee.kind() == "identifier" {
            if self.text_of(callee) == "delete"
                && matches!(self.resolve("delete", false), Resolved::Undefined)
            {
                let (m, k) = self
                    .delete_stmt(call)
                    .unwrap_or((Expr::NilChan, Expr::int(0)));
                return Some((Builtin::Delete, vec![m, k]));
            }
            if let Some(print) = self.runtime_print(call, callee) {
                return Some(print);
            }
            if self.text_of(callee) == "clear"
                && matches!(self.resolve("clear", false), Resolved::Undefined)
            {
                let args: Vec<Node> = children(call.child_by_field_name("arguments")?)
                    .filter(|a| a.is_named() && a.kind() != "comment")
                    .collect();
                let m = self.clear_arg(call, &args).unwrap_or(Expr::NilChan);
                return Some((Builtin::Clear, vec![m]));
            }
            return self.cpu_helper(call, callee);
        }
        if callee.kind() != "selector_expression" {
            return None;
        }
        let operand = callee.child_by_field_name("operand")?;
        let field = callee.child_by_field_name("field")?;
        let member = self.text_of(field).to_string();
        // A Cond's own (`c.L.Lock()`) before a lock promoted from an embedded field.
        if let Some(found) = self.cond_stmt(call, operand, &member) {
            return Some(found);
        }
        if let Some(promoted) = self.promoted_lock(call, operand, &member) {
            return Some(promoted);
        }
        if let Some(locker) = self.locker_stmt(call, operand, &member) {
            return Some(locker);
        }
        let pointer = matches!(
            self.peek_type(operand),
            Some(Type::Pointer(inner)) if super::pointers::sync(&inner)
        );
        if operand.kind() != "identifier" || pointer {
            let member = self.text_of(field).to_string();
            return self.field_lock(call, operand, &member);
        }
        let args: Vec<Node> = children(call.child_by_field_name("arguments")?)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect();
        let member = self.text_of(field).to_string();
        let name = self.text_of(operand).to_string();
        let full = format!("{name}.{member}");
        let resolved = self.resolve(&name, true);
        if let Resolved::Package(_) = &resolved {
            self.use_local(&name);
        }
        if let Resolved::Local(_, ty) | Resolved::Captured(_, ty) = &resolved
            && matches!(ty, Type::WaitGroup | Type::Mutex | Type::RwMutex)
        {
            // Made where a function declared it (`local_sync`): the variable holds it.
            let ty = ty.clone();
            let (e, _) = self.expr(operand);
            return self.lock_call(call, operand, e, &ty, &member);
        }
        let (builtin, params): (Builtin, Vec<Type>) = match (&resolved, member.as_str()) {
            (Resolved::Package(p), m) if p == "fmt" => {
                let kind = match m {
                    "Println" => PrintKind::Println,
                    "Print" => PrintKind::Print,
                    "Printf" => PrintKind::Printf,
                    _ => return None,
                };
                let args = match (kind, args.split_first()) {
                    (PrintKind::Printf, Some((format, rest))) => {
                        let mut all = vec![self.format_value(*format, "argument to fmt.Printf")];
                        all.extend(self.any_args(rest, &full));
                        all
                    }
                    (PrintKind::Printf, None) => {
                        self.error(call, "not enough arguments in call to fmt.Printf: have (), want (string, ...any)".into());
                        Vec::new()
                    }
                    _ => self.any_args(&args, &full),
                };
                return Some((Builtin::Print(kind), args));
            }
            (Resolved::Package(p), "Sleep") if p == "time" => {
                (Builtin::Sleep, vec![Type::Duration])
            }
            (Resolved::Package(p), "GOMAXPROCS") if p == "runtime" => {
                (Builtin::SetProcs, vec![Type::Int])
            }
            (Resolved::Package(p), "Gosched") if p == "runtime" => (Builtin::Gosched, vec![]),
            (Resolved::Package(p), "GC") if p == "runtime" => (Builtin::Gc, vec![]),
            (Resolved::Package(p), "Goexit") if p == "runtime" => (Builtin::Goexit, vec![]),
            (Resolved::Global(_, Type::WaitGroup), m) => match m {
                "Add" => (Builtin::WgAdd, vec![Type::Int]),
                "Done" => (Builtin::WgDone, vec![]),
                "Wait" => (Builtin::WgWait, vec![]),
                _ => return None,
            },
            (Resolved::Global(g, ty @ (Type::Mutex | Type::RwMutex)), m) => {
                if !matches!(self.globals.get(*g)?.kind, GlobalKind::Lock(_)) {
                    return None;
                }
                let rw = *ty == Type::RwMutex;
                let b = match m {
                    "Lock" => Builtin::Lock(Access::Write),
                    "Unlock" => Builtin::Unlock(Access::Write),
                    "RLock" if rw => Builtin::Lock(Access::Read),
                    "RUnlock" if rw => Builtin::Unlock(Access::Read),
                    _ => return None,
                };
                (b, vec![])
            }
            _ => return None,
        };
        // A package WaitGroup's or lock's: the variable that holds it.
        let object = match resolved {
            Resolved::Global(g, _) => Some(Expr::Global(g)),
            _ => None,
        };
        let mut all: Vec<Expr> = object.into_iter().collect();
        all.extend(self.args_as(call, &args, &params, &full));
        Some((builtin, all))
    }

    /// A call of the file's own `compute(ms int)` or `calibrate()`: acted out, not run (a
    /// loop of arithmetic calibrated to the machine would take the interpreter far longer
    /// than the CPU time it stands for). Any other function of those names is just called.
    fn cpu_helper(&mut self, call: Node, callee: Node) -> Option<(Builtin, Vec<Expr>)> {
        let name = self.text_of(callee).to_string();
        let Resolved::Func(f) = self.resolve(&name, true) else {
            return None;
        };
        let sig = self.sigs.get(f)?.clone();
        let builtin = match (name.as_str(), sig.params.as_slice(), &sig.result) {
            (COMPUTE, [Type::Int], None) => Builtin::Compute,
            (CALIBRATE, [], None) => Builtin::Calibrate,
            _ => return None,
        };
        let args: Vec<Node> = children(call.child_by_field_name("arguments")?)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect();
        let args = self.args_as(call, &args, &sig.params, &name);
        Some((builtin, args))
    }

    /// `go f(x)` and `defer f(x)`: the call's arguments are evaluated at the statement, the
    /// call made by a new goroutine or when the function returns.
    pub(super) fn go_or_defer(&mut self, n: Node, is_go: bool, out: &mut syncscope_program::Block) {
        let word = if is_go { "go" } else { "defer" };
        let Some(call) = n.named_child(0) else {
            return;
        };
        if !self.reads_as_call(call) {
            self.error(call, format!("expression in {word} must be function call"));
            // What it uses counts as used, as Go has it.
            self.expr(call);
            return;
        }
        let e = if let Some(e) = self.write_to_wrapped(n, call, is_go) {
            e
        } else if let Some(e) = self.fprint_wrapped(n, call, is_go) {
            e
        } else if let Some((builtin, args)) = self.builtin_stmt(call) {
            self.wrapped(n, call, builtin, args, is_go)
        } else {
            let (e, ty) = self.expr(call);
            match e {
                Expr::Call(..) | Expr::CallValue(..) | Expr::CallMethod { .. } => e,
                Expr::TimerStop(_)
                | Expr::TimerReset(..)
                | Expr::Panic(_)
                | Expr::Exit(_)
                | Expr::CopySlice(..)
                | Expr::Recover(_) => self.wrapped_timer(n, is_go, e),
                Expr::OnceDo { .. } => self.wrapped_once(n, is_go, e),
                Expr::Pool(..) | Expr::Bufio(..) | Expr::Lib(Lib::File(_) | Lib::Slog(_), _) => {
                    self.wrapped_pool(n, is_go, e)
                }
                _ if ty == Type::Invalid => return,
                // A method or a package's function (an atomic's, `time.AfterFunc`): Go
                // discards its results, syncscope does not wrap it yet. Only a built-in's
                // result may not be discarded.
                _ if call
                    .child_by_field_name("function")
                    .is_some_and(|f| f.kind() == "selector_expression") =>
                {
                    let text = self.expr_text(n);
                    return self.unsupported(call, &text);
                }
                _ => {
                    let text = self.described(call, &e, &ty);
                    return self.error(call, format!("{word} discards result of {text}"));
                }
            }
        };
        let pc = self.mark(n);
        let kind = if is_go {
            StmtKind::Go(e)
        } else {
            StmtKind::Defer(e)
        };
        out.push(Stmt::new(kind, pc));
    }

    /// A statement call made into a function of its own, its arguments its parameters, so a
    /// goroutine or a deferred call can make it; the code panel shows it at the statement.
    fn wrapped(
        &mut self,
        n: Node,
        call: Node,
        mut b: Builtin,
        args: Vec<Expr>,
        is_go: bool,
    ) -> Expr {
        if !self.log_wrapped(n, &mut b, is_go) {
            return Expr::int(0);
        }
        let params = args.len();
        let body = vec![Stmt::new(
            b.kind((0..params).map(Expr::Local).collect()),
            Some(0),
        )];
        let id = self.statement_func(n, call, is_go, params, body);
        Expr::Call(id, args)
    }

    /// A function of its own for the statement `n` that a `go` or `defer` makes, its
    /// parameters the call's values taken at the statement: named after the goroutine's
    /// function (`go`) or the deferring one, shown at the statement in the code panel.
    pub(super) fn statement_func(
        &mut self,
        n: Node,
        call: Node,
        is_go: bool,
        params: usize,
        body: syncscope_program::Block,
    ) -> usize {
        let name = if is_go {
            let callee = call.child_by_field_name("function").unwrap_or(call);
            self.text_of(callee).to_string()
        } else {
            self.ctx().name.clone()
        };
        let id = self.new_func(&name);
        let mark = u16::try_from(id).unwrap_or(u16::MAX);
        self.marks.insert((mark, 0), n.start_position().row);
        self.funcs[id] = Some(Func {
            name,
            mark,
            params,
            slots: params,
            boxed: vec![false; params],
            captures: 0,
            body,
            recovered: None,
        });
        id
    }
}
