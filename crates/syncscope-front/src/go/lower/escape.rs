//! Which appends get Go 1.25's stack buffer: the first `s = append(s, ...)` of a local slice
//! that never leaves its function. Go's escape analysis decides that; this is its outline,
//! on the lowered program where names are resolved: a slice stays when every use of its
//! variable is one Go keeps on the stack (`len`, `cap`, an element, `range`, `s = append(s,
//! ...)`, `s = s[a:b]`, an argument to a function of the file that keeps it too).

use std::collections::HashMap;
use syncscope_program::{Expr, Func, Place, Slot, Stmt, StmtKind};

/// Marks the appends that start a slice in the stack buffer.
pub(super) fn stack_appends(funcs: &mut [Func]) {
    let mut keeps = Keeps::default();
    let stays: Vec<Vec<Slot>> = (0..funcs.len())
        .map(|f| {
            let func = &funcs[f];
            appended(&func.body)
                .into_iter()
                .filter(|&slot| slot >= func.params && keeps.stays(funcs, f, slot))
                .collect()
        })
        .collect();
    for (func, stays) in funcs.iter_mut().zip(stays) {
        let mut next = 0u8;
        for slot in stays.into_iter().take(64) {
            if mark_first(&mut func.body, slot, next) {
                next += 1;
            }
        }
    }
}

/// Which parameters of which functions keep what they are given (memoised; a function being
/// looked at already, through recursion, is taken to let it go).
#[derive(Default)]
struct Keeps {
    known: HashMap<(usize, Slot), Option<bool>>,
}

impl Keeps {
    /// Whether variable `slot` of function `f` stays in it.
    fn stays(&mut self, funcs: &[Func], f: usize, slot: Slot) -> bool {
        match self.known.get(&(f, slot)) {
            Some(Some(known)) => return *known,
            Some(None) => return false,
            None => {}
        }
        self.known.insert((f, slot), None);
        let func = &funcs[f];
        let boxed = func.boxed.get(slot).copied().unwrap_or(true);
        let mut uses = Uses {
            slot,
            all: 0,
            kept: 0,
            calls: Vec::new(),
        };
        syncscope_program::visit_block(&func.body, &mut |s| uses.stmt(s));
        let mut stays = !boxed && uses.all == uses.kept;
        for (callee, arg) in std::mem::take(&mut uses.calls) {
            stays &=
                funcs.get(callee).is_some_and(|c| arg < c.params) && self.stays(funcs, callee, arg);
        }
        self.known.insert((f, slot), Some(stays));
        stays
    }
}

/// The uses of one variable in a function: all of them, those Go keeps on the stack, and
/// the calls it is passed to (kept if the callee keeps it).
struct Uses {
    slot: Slot,
    all: usize,
    kept: usize,
    calls: Vec<(usize, usize)>,
}

impl Uses {
    fn is_it(&self, e: &Expr) -> bool {
        matches!(e, Expr::Local(s) if *s == self.slot)
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Assign(Place::Local(to), value) | StmtKind::Let(to, value)
                if *to == self.slot =>
            {
                match value {
                    Expr::Append { slice, items, .. } if self.is_it(slice) => {
                        self.kept += 1;
                        self.all += 1;
                        items.iter().for_each(|e| self.expr(e));
                    }
                    Expr::Slice { of, lo, hi } if self.is_it(of) => {
                        self.kept += 1;
                        self.all += 1;
                        lo.iter().chain(hi).for_each(|e| self.expr(e));
                    }
                    other => self.expr(other),
                }
            }
            StmtKind::SetIndex {
                of, index, value, ..
            } => {
                if self.is_it(of) {
                    self.kept += 1;
                    self.all += 1;
                } else {
                    self.expr(of);
                }
                self.expr(index);
                self.expr(value);
            }
            StmtKind::Range { over, .. } if self.is_it(over) => {
                self.kept += 1;
                self.all += 1;
            }
            kind => each_expr(kind, &mut |e| self.expr(e)),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Local(s) if *s == self.slot => self.all += 1,
            Expr::Len(x) | Expr::Cap(x) | Expr::Index(x, _) if self.is_it(x) => {
                self.all += 1;
                self.kept += 1;
                if let Expr::Index(_, i) = e {
                    self.expr(i);
                }
            }
            Expr::Call(f, args) => {
                for (i, a) in args.iter().enumerate() {
                    if self.is_it(a) {
                        self.all += 1;
                        self.kept += 1;
                        self.calls.push((*f, i));
                    } else {
                        self.expr(a);
                    }
                }
            }
            other => each_sub(other, &mut |x| self.expr(x)),
        }
    }
}

/// The variables a function appends to as `s = append(s, ...)`, in order, once each.
fn appended(body: &[Stmt]) -> Vec<Slot> {
    let mut out = Vec::new();
    syncscope_program::visit_block(body, &mut |s| {
        if let StmtKind::Assign(Place::Local(to), Expr::Append { slice, .. }) = &s.kind
            && matches!(slice.as_ref(), Expr::Local(x) if x == to)
            && !out.contains(to)
        {
            out.push(*to);
        }
    });
    out
}

/// Sets the stack buffer `bit` on the first `s = append(s, ...)` of `slot`, in the order
/// of the source; whether there was one.
fn mark_first(body: &mut [Stmt], slot: Slot, bit: u8) -> bool {
    for s in body {
        let found = match &mut s.kind {
            StmtKind::Assign(Place::Local(to), Expr::Append { slice, grow, .. })
                if *to == slot && matches!(slice.as_ref(), Expr::Local(x) if *x == slot) =>
            {
                grow.stack = Some(bit);
                true
            }
            StmtKind::If(_, a, b) => mark_first(a, slot, bit) || mark_first(b, slot, bit),
            StmtKind::For { body, .. }
            | StmtKind::Range { body, .. }
            | StmtKind::Repeat(_, body)
            | StmtKind::Switch(body) => mark_first(body, slot, bit),
            StmtKind::Select { cases, default } => {
                cases.iter_mut().any(|c| mark_first(&mut c.body, slot, bit))
                    || default.as_mut().is_some_and(|d| mark_first(d, slot, bit))
            }
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

/// Calls `f` on each expression a statement has of its own (not those of the statements
/// in its blocks, which `visit_block` reaches). Every kind is named: a new one must say
/// what it holds.
fn each_expr(kind: &StmtKind, f: &mut dyn FnMut(&Expr)) {
    use syncscope_program::Comm;
    match kind {
        StmtKind::Expr(e)
        | StmtKind::Let(_, e)
        | StmtKind::Assign(_, e)
        | StmtKind::Update(_, _, e)
        | StmtKind::If(e, ..)
        | StmtKind::Close(e)
        | StmtKind::Range { over: e, .. }
        | StmtKind::Repeat(e, _)
        | StmtKind::Go(e)
        | StmtKind::Defer(e)
        | StmtKind::Return(Some(e))
        | StmtKind::Sleep(e)
        | StmtKind::Compute(e)
        | StmtKind::SetProcs(e)
        | StmtKind::Lock { lock: e, .. }
        | StmtKind::Unlock { lock: e, .. }
        | StmtKind::WgDone(e)
        | StmtKind::WgWait(e)
        | StmtKind::MapClear(e)
        | StmtKind::Cond(e, _)
        | StmtKind::Show { hold: e } => f(e),
        StmtKind::For { cond, .. } => cond.iter().for_each(f),
        StmtKind::Send(a, b)
        | StmtKind::Store {
            ptr: a, value: b, ..
        }
        | StmtKind::WgAdd(a, b)
        | StmtKind::MapDelete(a, b)
        | StmtKind::SetField(a, _, b)
        | StmtKind::UpdateField(a, _, _, b) => {
            f(a);
            f(b);
        }
        StmtKind::Recv { chan, .. } => f(chan),
        StmtKind::Select { cases, .. } => {
            for c in cases {
                match &c.comm {
                    Comm::Send(ch, v) => {
                        f(ch);
                        f(v);
                    }
                    Comm::Recv(ch, _) => f(ch),
                }
            }
        }
        StmtKind::Append { value, hold, .. } => {
            f(value);
            f(hold);
        }
        StmtKind::Print(_, args) | StmtKind::Fprint(_, args) | StmtKind::Log { args, .. } => {
            args.iter().for_each(f)
        }
        StmtKind::InPlace(at, op) => {
            if let syncscope_program::SliceAt::Value(e) = at {
                f(e);
            }
            match op {
                syncscope_program::InPlace::SortBy { less: e, .. }
                | syncscope_program::InPlace::SortFunc { cmp: e, .. } => f(e),
                syncscope_program::InPlace::Sort
                | syncscope_program::InPlace::Reverse
                | syncscope_program::InPlace::SortDescending => {}
            }
        }
        StmtKind::MapSet(a, b, c)
        | StmtKind::SetIndex {
            of: a,
            index: b,
            value: c,
            ..
        } => {
            f(a);
            f(b);
            f(c);
        }
        StmtKind::MapLookup { map, key, zero, .. } => {
            f(map);
            f(key);
            f(zero);
        }
        StmtKind::MapUpdate {
            map,
            key,
            value,
            zero,
            ..
        } => {
            f(map);
            f(key);
            f(value);
            f(zero);
        }
        StmtKind::Return(None)
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Switch(_)
        | StmtKind::Gosched
        | StmtKind::Gc
        | StmtKind::Goexit => {}
    }
}

/// Calls `f` on each expression directly inside `e`. Every kind is named, as above.
fn each_sub(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match e {
        Expr::Lit(_)
        | Expr::Local(_)
        | Expr::Captured(_)
        | Expr::Global(_)
        | Expr::Closure(..)
        | Expr::Now
        | Expr::RandFloat32
        | Expr::RandFloat64
        | Expr::WriteWindow
        | Expr::ReadWindow
        | Expr::NilChan
        | Expr::NilSlice
        | Expr::NewLock(_)
        | Expr::NewAtomic { .. }
        | Expr::NewAtomicValue(_)
        | Expr::NewAtomicPointer(..)
        | Expr::NewOnce(_)
        | Expr::NumGoroutine
        | Expr::NumCpu
        | Expr::NilIface
        | Expr::NewWaitGroup(_)
        | Expr::Recover(_)
        | Expr::VarRef(_) => {}
        Expr::Unary(_, x)
        | Expr::Len(x)
        | Expr::CopyArray(x)
        | Expr::Panic(x)
        | Expr::Exit(x)
        | Expr::Load(x)
        | Expr::Convert(_, x)
        | Expr::Since(x)
        | Expr::RandIntn(x)
        | Expr::Recv(x)
        | Expr::After { d: x, .. }
        | Expr::Cap(x)
        | Expr::NewTimer { d: x, .. }
        | Expr::NewTicker { period: x, .. }
        | Expr::TimerStop(x)
        | Expr::Field(x, _)
        | Expr::FieldAddr(x, _)
        | Expr::AddrOf(x)
        | Expr::CopyStruct(x)
        | Expr::NewCond { lock: x, .. }
        | Expr::CondLock(x)
        | Expr::TryLock { lock: x, .. }
        | Expr::TimerChan(x)
        | Expr::IsNil(x)
        | Expr::Spread(x)
        | Expr::Results(x, _, _)
        | Expr::Deref(x) => f(x),
        Expr::Binary(_, a, b)
        | Expr::Index(a, b)
        | Expr::ElemAddr(a, b)
        | Expr::CopySlice(a, b)
        | Expr::TimerReset(a, b)
        | Expr::RoundDuration { d: a, m: b, .. } => {
            f(a);
            f(b);
        }
        Expr::Call(_, args)
        | Expr::SliceLit(args)
        | Expr::Sprintf(args)
        | Expr::Sprint { args, .. }
        | Expr::StructLit { fields: args, .. } => args.iter().for_each(f),
        Expr::CallValue(callee, args) => {
            f(callee);
            args.iter().for_each(f);
        }
        Expr::Append { slice, items, .. } => {
            f(slice);
            items.iter().for_each(f);
        }
        Expr::SlicesEdit { args, grow, .. } => {
            args.iter().for_each(&mut *f);
            f(&grow.zero);
        }
        Expr::MakeSlice { len, cap, zero } => {
            f(len);
            cap.iter().for_each(|c| f(c));
            f(zero);
        }
        Expr::ArrayLit { items, zero, .. } => {
            items.iter().for_each(|(_, x)| f(x));
            f(zero);
        }
        Expr::MakeChan { cap, zero, .. } => {
            f(cap);
            f(zero);
        }
        Expr::Slice { of, lo, hi } => {
            f(of);
            lo.iter().chain(hi).for_each(|x| f(x));
        }
        Expr::FullSlice { of, lo, hi, max } => {
            f(of);
            lo.iter().for_each(|x| f(x));
            f(hi);
            f(max);
        }
        Expr::MakeMap { entries, .. } => {
            for (k, v) in entries {
                f(k);
                f(v);
            }
        }
        Expr::MapGet { map, key, zero } => {
            f(map);
            f(key);
            f(zero);
        }
        Expr::Atomic(_, x, arg) => {
            f(x);
            arg.iter().for_each(&mut *f);
        }
        Expr::AtomicAt { args, .. } | Expr::MinMax { args, .. } => args.iter().for_each(&mut *f),
        Expr::AtomicValue { target, args, .. } => {
            f(target);
            args.iter().for_each(&mut *f);
        }
        Expr::AfterFunc { d: a, f: b } | Expr::OnceDo { once: a, f: b } => {
            f(a);
            f(b);
        }
        Expr::Procs(x)
        | Expr::ToIface(_, x)
        | Expr::TypeIs(x, _)
        | Expr::Bound(_, x)
        | Expr::ErrorsAs { err: x, .. } => f(x),
        Expr::CallMethod { recv, args, .. } => {
            f(recv);
            args.iter().for_each(&mut *f);
        }
        Expr::ErrorsAsType { err, zero, .. } => {
            f(err);
            f(zero);
        }
        Expr::Assert { x, ok, .. } => {
            f(x);
            if let Some(zero) = ok {
                f(zero);
            }
        }
        Expr::Errors(_, args) => args.iter().for_each(&mut *f),
        Expr::Lib(_, args) | Expr::Pool(_, args) | Expr::Bufio(_, args) => {
            args.iter().for_each(&mut *f)
        }
    }
}
