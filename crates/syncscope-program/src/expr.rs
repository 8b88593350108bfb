use super::{FuncId, GlobalId, Grow, SlicesOp, Slot};
use std::sync::Arc;

/// A constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Lit {
    Int(i64),
    F32(f32),
    F64(f64),
    Str(Arc<str>),
    Bool(bool),
    /// Nanoseconds, as Go's `time.Duration`.
    Duration(i64),
    /// `struct{}{}`: a value that carries nothing, what a `chan struct{}` signals with.
    Empty,
    /// A nil map: reads find nothing, writes panic, and `fmt` prints `map[]`.
    NilMap,
}

/// The types a conversion names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Int,
    F32,
    F64,
    Duration,
    Str,
    /// `rune` (`int32`): wraps at 32 bits.
    Rune,
    /// `byte` (`uint8`): wraps at 8 bits.
    Byte,
    /// `uint32`: wraps at 32 bits, never negative.
    U32,
    /// `uint64` and `uint`: wrap at 64 bits, never negative.
    U64,
    /// `int8`, `int16` and `uint16`: wrap at their widths.
    I8,
    I16,
    U16,
    /// `[]rune(s)`.
    Runes,
    /// `[]byte(s)`.
    Bytes,
}

/// What is done to a `sync.Pool`: made (its `New` the operand, if any), its `Put`s and
/// `Get`s reported as atomic accesses of variable `var` (as Go's race detector orders a Put
/// before the Get that finds its value); `Get` of the pool the operand gives, `Put` of the
/// second operand in the first's pool; `Field` reads the pool's `New` (a nil func when it has
/// none), `SetNew` sets it to the second operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolOp {
    New(u16),
    Get,
    Put,
    Field,
    SetNew,
}

/// What is done to a `bufio.Writer`: `bufio.NewWriter` of the stream the operand gives, a
/// write of the second operand's text to the first's writer (`Counted`: whose count and
/// error are used), or its `Flush` (its error: a file's write may fail).
/// A `text/tabwriter.Writer` is one too, made by `Tab` of the stream and `NewWriter`'s
/// minwidth, tabwidth, padding, padchar and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BufioOp {
    New,
    Tab,
    Write,
    Counted,
    Flush,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    /// `|`, `&`, `^`, `&^` of integers (the `log` package's flags are combined with them).
    BitOr,
    BitAnd,
    BitXor,
    AndNot,
    /// `<<` and `>>`: the left operand's type, shifted by an unsigned count.
    Shl,
    Shr,
}

/// Where a closure's captured variable comes from in the frame that makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capture {
    /// A boxed slot of the enclosing function.
    Slot(Slot),
    /// A variable the enclosing closure captured itself.
    Captured(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Lit(Lit),
    Local(Slot),
    Captured(usize),
    Global(GlobalId),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// A call of a function of the program.
    Call(FuncId, Vec<Expr>),
    /// A call of a function value (a closure in a variable).
    CallValue(Box<Expr>, Vec<Expr>),
    Closure(FuncId, Vec<Capture>),
    Index(Box<Expr>, Box<Expr>),
    Len(Box<Expr>),
    /// `append(s, v...)` of a slice that is not shared: in place while `s` has room, else in
    /// a new backing array grown as Go grows it; `spread`: `append(s, t...)`, the one item a
    /// slice (or a string) whose elements are appended.
    Append {
        slice: Box<Expr>,
        items: Vec<Expr>,
        spread: bool,
        grow: Box<Grow>,
    },
    SliceLit(Vec<Expr>),
    /// A call of `slices.Clone`, `Insert`, `Delete`, `DeleteFunc`, `Compact` or `Concat`.
    SlicesEdit {
        op: SlicesOp,
        args: Vec<Expr>,
        grow: Box<Grow>,
    },
    /// `make([]T, len)` or `make([]T, len, cap)`.
    MakeSlice {
        len: Box<Expr>,
        cap: Option<Box<Expr>>,
        zero: Box<Expr>,
    },
    /// `copy(dst, src)`: how many elements it copied.
    CopySlice(Box<Expr>, Box<Expr>),
    /// An array of `len` elements: those given at their indices, the others `zero`.
    ArrayLit {
        len: usize,
        items: Vec<(usize, Expr)>,
        zero: Box<Expr>,
    },
    /// An array's copy: Go copies an array on assignment, as it does a struct.
    CopyArray(Box<Expr>),
    /// `panic(v)`.
    Panic(Box<Expr>),
    /// `recover()`: the panic's value in a deferred call of a panicking function, else nil;
    /// an `any`, a run-time error in the error Go makes of it. The number is `string`'s in
    /// the program's types, for a panic of the library's own text (`sync: negative
    /// WaitGroup counter`).
    Recover(usize),
    /// `os.Exit(code)`.
    Exit(Box<Expr>),
    /// `&x` of a variable of a basic type: a pointer to where it lives (a local one is kept
    /// in a cell for it).
    VarRef(super::Place),
    /// `&s.f` of a field of a basic type: a pointer to the field, in the struct the operand
    /// gives (or the one a pointer operand points to).
    FieldAddr(Box<Expr>, usize),
    /// `&s[i]` of an element of a basic type: a pointer to the element, in the backing array
    /// of the slice (or the array) the operand gives.
    ElemAddr(Box<Expr>, Box<Expr>),
    /// `*p` of a pointer to a basic value.
    Load(Box<Expr>),
    Convert(Ty, Box<Expr>),
    /// `fmt.Sprintf`.
    Sprintf(Vec<Expr>),
    /// `time.Now()`: the virtual time.
    Now,
    /// `time.Since(t)`.
    Since(Box<Expr>),
    /// `rand.Intn(n)`, drawn from the run's seed.
    RandIntn(Box<Expr>),
    RandFloat32,
    RandFloat64,
    /// The run's window of a shared write (`--write-ms`), as a duration.
    WriteWindow,
    /// The run's window of a shared read (`--read-ms`).
    ReadWindow,
    /// `make(chan T, cap)` at make site `site` (`Program::chans` names it); `zero` is the
    /// element type's zero value, what a receive from the closed channel gives.
    MakeChan {
        site: usize,
        cap: Box<Expr>,
        zero: Box<Expr>,
    },
    /// A channel variable's zero value.
    NilChan,
    /// A nil slice: empty, and `== nil`.
    NilSlice,
    /// The elements of a `[]any` as the arguments of fmt's printing (`fmt.Println(xs...)`):
    /// only among the arguments of a print or a `Sprint`.
    Spread(Box<Expr>),
    /// A call's several results as the arguments of another call (`fmt.Println(strconv.
    /// Atoi(s))`, `f(g())`): each put in an interface of its run-time type where the
    /// parameter is one (`Program::types`), as it is. Into a variadic function, those from
    /// the third field's index on are one argument, the slice of them (`sum(g())`).
    Results(Box<Expr>, Vec<Option<usize>>, Option<usize>),
    /// `x == nil` of a slice or a function.
    IsNil(Box<Expr>),
    /// `<-ch`: the value received.
    Recv(Box<Expr>),
    /// `time.After(d)`: a channel that gets the time once, `d` from now; `sync`: Go 1.23's
    /// timer channel (see `NewTimer`).
    After {
        d: Box<Expr>,
        sync: bool,
    },
    /// `cap(ch)` or `cap(s)`.
    Cap(Box<Expr>),
    /// `time.NewTimer(d)`: a timer whose channel (`.C`) gets the time once, `d` from now.
    /// `sync`: the channel is Go 1.23's, unbuffered to the program, and `Stop` and `Reset`
    /// leave no stale value in it; else Go 1.22's, a buffer of one the timer fills (the main
    /// module's Go version decides, as Go's GODEBUG `asynctimerchan` does).
    NewTimer {
        d: Box<Expr>,
        sync: bool,
    },
    /// `time.NewTicker(d)`; `tick`: `time.Tick(d)`, nil for `d <= 0` where NewTicker panics;
    /// `sync` as for `NewTimer`.
    NewTicker {
        period: Box<Expr>,
        tick: bool,
        sync: bool,
    },
    /// `t.Stop()` of a timer or ticker: whether it stopped a firing to come.
    TimerStop(Box<Expr>),
    /// `t.Reset(d)`.
    TimerReset(Box<Expr>, Box<Expr>),
    /// `d.Round(m)`, or `d.Truncate(m)` when not `round`.
    RoundDuration {
        d: Box<Expr>,
        m: Box<Expr>,
        round: bool,
    },
    /// `fmt.Sprint` (`line`: `fmt.Sprintln`).
    Sprint {
        line: bool,
        args: Vec<Expr>,
    },
    /// `s[lo:hi]` of a slice or a string.
    Slice {
        of: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
    },
    /// `s[lo:hi:max]` of a slice or an array: its capacity `max - lo`.
    FullSlice {
        of: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Box<Expr>,
        max: Box<Expr>,
    },
    /// A new struct value of these fields' values; `vars` are the variables the race
    /// detector knows its fields by (`u16::MAX`: a field whose own operations are reported).
    StructLit {
        fields: Vec<Expr>,
        vars: Vec<u16>,
    },
    /// Field `i` of a struct, or of the struct a pointer points to.
    Field(Box<Expr>, usize),
    /// `&s` of a struct: a pointer that shares its fields.
    AddrOf(Box<Expr>),
    /// A struct's copy: Go copies a struct on assignment and into a value receiver.
    CopyStruct(Box<Expr>),
    /// The Mutex or RWMutex field of a struct made here: `Program::locks[i]`, made once.
    NewLock(usize),
    /// `make(map[K]V)` or a map literal; `var` names it for the race detector.
    MakeMap {
        var: u16,
        entries: Vec<(Expr, Expr)>,
    },
    /// `m[k]`, or `zero` when `k` is missing.
    MapGet {
        map: Box<Expr>,
        key: Box<Expr>,
        zero: Box<Expr>,
    },
    /// A `sync/atomic` integer (`atomic.Int64`...) or `atomic.Bool`, reported as variable
    /// `var`, holding values of the kind `kind` (`Int` for `int64` and a bool's 0 or 1, `Rune`
    /// for `int32`, `U32`, `U64`), at whose width it wraps. `aligned` for the 64-bit ones,
    /// whose Go struct has an `align64` field `%v` shows as `{}`.
    NewAtomic {
        var: u16,
        kind: Ty,
        aligned: bool,
    },
    /// A `sync/atomic.Value`, reported as variable `var`: empty until its first `Store`.
    NewAtomicValue(u16),
    /// An `atomic.Pointer[T]`, reported as variable `var`: a nil pointer of the type named.
    NewAtomicPointer(u16, String),
    /// An operation on the `atomic.Value` `target` gives: its arguments go in with the names
    /// of their types (Go's, as its panics spell them) and their runtime types (`boxes`, none
    /// for an `atomic.Pointer`), and what `Load` or `Swap` gives is asserted to be of type
    /// `want` (`v.Load().(T)`), or is an `any` holding it.
    AtomicValue {
        op: AtomicOp,
        target: Box<Expr>,
        args: Vec<Expr>,
        types: Vec<String>,
        boxes: Vec<usize>,
        want: Option<String>,
    },
    /// An atomic operation on the atomic the first operand gives, with its arguments (`old`
    /// and `new` for `CompareAndSwap`).
    Atomic(AtomicOp, Box<Expr>, Vec<Expr>),
    /// `*p`: the struct a pointer points to, its fields shared (a use as a value copies).
    Deref(Box<Expr>),
    /// The WaitGroup field of a struct made here: the program's WaitGroup global `g`.
    NewWaitGroup(GlobalId),
    /// `sync.NewCond(&mu)`: a new Cond on the lock `lock` gives, `name`d as the variable it
    /// is made for (`c`, `q.cond`); `read` for `sync.NewCond(rw.RLocker())`, whose `L` is the
    /// RWMutex's read lock.
    NewCond {
        lock: Box<Expr>,
        name: String,
        read: bool,
    },
    /// `c.L` of a Cond: its lock.
    CondLock(Box<Expr>),
    /// `t.C` of a timer or ticker: the timer is its channel at run time, but one of
    /// `time.AfterFunc` has none (a nil channel).
    TimerChan(Box<Expr>),
    /// `mu.TryLock()` (`access` write) or `rw.TryRLock()` (read) of the lock `lock` gives, as
    /// for `StmtKind::Lock`: whether it took the lock, which it never waits for.
    TryLock {
        lock: Box<Expr>,
        access: crate::event::Access,
    },
    /// `atomic.AddInt64(&x, n)` and the like on a plain variable, reported as `var`.
    AtomicAt {
        op: AtomicOp,
        place: super::Place,
        var: u16,
        args: Vec<Expr>,
    },
    /// `time.AfterFunc(d, f)`: a timer that starts `f` in a goroutine of its own when it
    /// fires, `d` from now.
    AfterFunc {
        d: Box<Expr>,
        f: Box<Expr>,
    },
    /// A new `sync.Once`, its flag reported as variable `var` (whose name it goes by).
    NewOnce(u16),
    /// `once.Do(f)`.
    OnceDo {
        once: Box<Expr>,
        f: Box<Expr>,
    },
    /// `runtime.NumGoroutine()`.
    NumGoroutine,
    /// `runtime.NumCPU()`: the CPUs of the machine syncscope runs on, as Go's counts them.
    NumCpu,
    /// `runtime.GOMAXPROCS(n)` as a value: the processors before, `n` of them from now on
    /// (n < 1 leaves them as they are).
    Procs(Box<Expr>),
    /// `min(args...)`, or `max` when `max`: the arguments all of one ordered type.
    MinMax {
        max: bool,
        args: Vec<Expr>,
    },
    /// A call of a function of Go's standard library that gives a value.
    Lib(super::Lib, Vec<Expr>),
    /// A `sync.Pool`'s making (with its `New`, if it has one), `Get` or `Put`.
    Pool(PoolOp, Vec<Expr>),
    /// A `bufio.Writer`'s making on a stream, a write of text to it, or its `Flush`.
    Bufio(BufioOp, Vec<Expr>),
    /// A value put in an interface, with its dynamic type (`Program::types`).
    ToIface(usize, Box<Expr>),
    /// An interface variable's zero value.
    NilIface,
    /// `x.m(args)` of an interface value: its dynamic type's method.
    CallMethod {
        recv: Box<Expr>,
        name: Arc<str>,
        args: Vec<Expr>,
    },
    /// `x.(T)`: `ok` gives the value (or `zero`) and whether it held one; else a failure
    /// panics, naming `from`, the interface's type.
    Assert {
        x: Box<Expr>,
        to: super::iface::AssertTo,
        from: Arc<str>,
        ok: Option<Box<Expr>>,
    },
    /// Whether an interface value holds `to` (`None`: whether it is nil), a type switch's case.
    TypeIs(Box<Expr>, Option<super::iface::AssertTo>),
    /// A closure of `func` whose one captured variable is the value given: a method value.
    Bound(FuncId, Box<Expr>),
    /// `errors.New` and the like.
    Errors(super::iface::ErrorsOp, Vec<Expr>),
    /// `errors.As(err, &v)`: whether `err` or one it wraps holds `to`, which then goes to `v`.
    ErrorsAs {
        err: Box<Expr>,
        place: super::Place,
        to: super::iface::AssertTo,
    },
    /// `errors.AsType[T](err)`: what `err` or one it wraps holds of `to` (else `zero`), and
    /// whether it held one.
    ErrorsAsType {
        err: Box<Expr>,
        to: super::iface::AssertTo,
        zero: Box<Expr>,
    },
}

/// What a `sync/atomic` call does: one step, never torn, never racing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtomicOp {
    Add,
    Load,
    Store,
    /// Stores the argument, gives the old value.
    Swap,
    /// Stores `new` if the value is `old`; whether it did.
    CompareAndSwap,
    /// Go 1.23's bitwise `And` and `Or` with the argument: they give the old value.
    And,
    Or,
}

impl Expr {
    pub fn int(n: i64) -> Expr {
        Expr::Lit(Lit::Int(n))
    }

    pub fn str(s: &str) -> Expr {
        Expr::Lit(Lit::Str(s.into()))
    }

    /// A duration of `us` microseconds.
    pub fn micros(us: u64) -> Expr {
        Expr::Lit(Lit::Duration(us.saturating_mul(1000) as i64))
    }
}
