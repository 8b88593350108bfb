//! Passes over the program form that every front end's programs go through.

use super::{Access, LockMode};
use super::{Block, Program, Stmt, StmtKind};

/// The access a lock mode makes of a lock call written with `access`: `none` (and the channel
/// mode, which shares by communicating) drops it, `mutex` makes every lock a write lock,
/// `rwmutex` keeps it as written.
pub fn access_under(access: Access, mode: LockMode) -> Option<Access> {
    match mode {
        LockMode::None | LockMode::Channel => None,
        LockMode::Mutex => Some(Access::Write),
        LockMode::RwMutex => Some(access),
    }
}

/// The program as a lock mode runs it: the lock calls it drops are gone (their place in the
/// code panel too), read locks are write locks under `mutex`, and an RWMutex is one only under
/// `rwmutex`.
pub(crate) fn lock_mode(mut program: Program, mode: LockMode) -> Program {
    for rw in &mut program.rw_locks {
        *rw &= mode == LockMode::RwMutex;
    }
    for f in &mut program.funcs {
        let body = std::mem::take(&mut f.body);
        f.body = filter_map(body, &mut |s| lock_call_under(s, mode));
    }
    program
}

fn lock_call_under(mut s: Stmt, mode: LockMode) -> Option<Stmt> {
    if let StmtKind::Lock { access, .. } | StmtKind::Unlock { access, .. } = &mut s.kind {
        *access = access_under(*access, mode)?;
    }
    Some(s)
}

/// Every statement of `block`, nested ones included, through `f`; `None` removes it.
pub(crate) fn filter_map(block: Block, f: &mut dyn FnMut(Stmt) -> Option<Stmt>) -> Block {
    block
        .into_iter()
        .filter_map(|s| {
            let mut s = f(s)?;
            let mut inner = |b: &mut Block| *b = filter_map(std::mem::take(b), f);
            match &mut s.kind {
                StmtKind::If(_, a, b) => {
                    inner(a);
                    inner(b);
                }
                StmtKind::For { body, post, .. } => {
                    inner(body);
                    if let Some(p) = post.take() {
                        *post = filter_map(vec![*p], f).pop().map(Box::new);
                    }
                }
                StmtKind::Range { body, .. }
                | StmtKind::Repeat(_, body)
                | StmtKind::Switch(body) => inner(body),
                StmtKind::Select { cases, default } => {
                    for c in cases.iter_mut() {
                        inner(&mut c.body);
                    }
                    if let Some(d) = default {
                        inner(d);
                    }
                }
                _ => {}
            }
            Some(s)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Expr, Func, Global, GlobalKind};

    fn program(body: Block) -> Program {
        Program {
            funcs: vec![Func {
                name: "main".into(),
                mark: 0,
                params: 0,
                slots: 0,
                boxed: Vec::new(),
                captures: 0,
                body,
                recovered: None,
            }],
            globals: vec![Global {
                name: "mu".into(),
                kind: GlobalKind::Lock(0),
                written: false,
            }],
            locks: vec!["mu".into()],
            rw_locks: vec![true],
            chans: Vec::new(),
            results: None,
            main: 0,
            inits: Vec::new(),
            types: Vec::new(),
            json: Default::default(),
            xml: Default::default(),
            followed: Default::default(),
        }
    }

    fn rlock(pc: u16) -> Stmt {
        Stmt::new(
            StmtKind::Lock {
                lock: Expr::Global(0),
                access: Access::Read,
            },
            Some(pc),
        )
    }

    #[test]
    fn modes_drop_weaken_or_keep_lock_calls_nested_or_not() {
        let body = vec![
            rlock(0),
            Stmt::new(StmtKind::Repeat(Expr::int(2), vec![rlock(2)]), Some(1)),
            // A lock in a value: the pass goes by the call, not by what holds the lock.
            Stmt::new(
                StmtKind::Unlock {
                    lock: Expr::Local(0),
                    access: Access::Read,
                },
                Some(3),
            ),
        ];
        let none = lock_mode(program(body.clone()), LockMode::None);
        assert_eq!(
            none.funcs[0].body,
            vec![Stmt::new(StmtKind::Repeat(Expr::int(2), vec![]), Some(1))]
        );
        let mutex = lock_mode(program(body.clone()), LockMode::Mutex);
        assert_eq!(mutex.rw_locks, vec![false]);
        let StmtKind::Lock { access, .. } = &mutex.funcs[0].body[0].kind else {
            panic!("the lock call stays under mutex");
        };
        assert_eq!(*access, Access::Write);
        assert!(matches!(
            mutex.funcs[0].body[2].kind,
            StmtKind::Unlock {
                access: Access::Write,
                ..
            }
        ));
        let rw = lock_mode(program(body.clone()), LockMode::RwMutex);
        assert_eq!(rw, program(body));
    }
}
