//! The values a program computes with, and Go's arithmetic on them.

use crate::sync::channel::{ChanId, Timer};
use std::sync::Arc;
use syncscope_program::{BinOp, Lit, Ty, UnOp};

/// A variable a closure shares with the function that made it (and other closures).
pub(crate) type Cell = Arc<super::captured::Boxed>;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Int(i64),
    /// A `rune` (`int32`).
    Rune(i32),
    /// A `byte` (`uint8`).
    Byte(u8),
    /// A `uint32`.
    U32(u32),
    /// A `uint64` or `uint`.
    U64(u64),
    I8(i8),
    I16(i16),
    U16(u16),
    F32(f32),
    F64(f64),
    Str(Arc<str>),
    Bool(bool),
    /// Nanoseconds.
    Duration(i64),
    /// Virtual nanoseconds since the run began.
    Time(i64),
    /// A `time.Time` without a monotonic reading (`time.Date`, `time.Unix`, `t.Round(0)`).
    Wall(super::wall_time::WallTime),
    Slice(super::slices::SliceVal),
    /// An array: its elements, which a use as a value copies (`Expr::CopyArray`).
    Array(super::slices::Store),
    Func(Arc<Closure>),
    /// A channel; `None` is a nil channel.
    Chan(Option<ChanRef>),
    /// What a call of a function without results gives.
    Unit,
    /// A struct value; a variable of it holds its fields, which `&` shares.
    Struct(super::objects::Obj),
    /// A pointer to a struct.
    Ptr(super::objects::Obj),
    /// `&x` of a variable of a basic type.
    Ref(super::pointers::Ref),
    Map(super::objects::MapRef),
    /// A nil map: as good as none to every read, and `map[]` to `fmt`.
    NilMap,
    /// A pointer to a slice, an array or a map as `fmt` prints it as an operand: the
    /// pointer (for `%p`) and what it points to, boxed with its type, printed after `&`.
    TopAddr(Arc<(Value, Value)>),
    /// A Mutex or RWMutex field: the run's lock `i`.
    Lock(usize),
    Atomic(super::objects::AtomicRef),
    /// A WaitGroup field: the program's WaitGroup global `g`.
    WaitGroup(usize),
    /// A `sync.Once`.
    Once(super::once::OnceRef),
    /// A timer of `time.AfterFunc`.
    FuncTimer(super::after_func::FuncTimerRef),
    /// A `*log.Logger`.
    Logger(super::log::LoggerRef),
    /// An interface value (an `error` too); `None` is nil.
    Iface(Option<Arc<super::iface::Boxed>>),
    /// A `*sync.Cond`.
    Cond(super::conds::CondRef),
    /// A `context.Context` that `context` made.
    Context(super::context_tree::CtxRef),
    /// A `sync.Pool`.
    Pool(super::sync_pool::PoolRef),
    /// A `sync.Map`.
    SyncMap(super::sync_map::SyncMapRef),
    /// A `*bufio.Writer`.
    BufWriter(super::bufio::WriterRef),
    /// A `math/rand/v2` generator, `*rand.Rand` or the `*rand.PCG` it is made of.
    Rand(super::rand_v2::RandRef),
    /// A `*flag.FlagSet`.
    Flags(super::flag::FlagSetRef),
    /// A `log/slog` logger, level or group.
    Slog(super::slog::SlogVal),
    /// A `*template.Template`.
    Template(super::template::TemplateRef),
}

/// A channel value: one of the run's channels, or a timer's (`time.After`).
#[derive(Debug, Clone)]
pub(crate) enum ChanRef {
    Chan(ChanId),
    Timer(Arc<Timer>),
}

/// Channels are equal when they are the same channel, as in Go.
impl PartialEq for ChanRef {
    fn eq(&self, other: &ChanRef) -> bool {
        match (self, other) {
            (ChanRef::Chan(a), ChanRef::Chan(b)) => a == b,
            (ChanRef::Timer(a), ChanRef::Timer(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

#[derive(Debug)]
pub(crate) struct Closure {
    pub(crate) func: usize,
    pub(crate) cells: Vec<Cell>,
}

/// Go compares function values only with nil; two closures are the same one or not.
impl PartialEq for Closure {
    fn eq(&self, other: &Closure) -> bool {
        std::ptr::eq(self, other)
    }
}

impl From<&Lit> for Value {
    fn from(lit: &Lit) -> Value {
        match lit {
            Lit::Int(n) => Value::Int(*n),
            Lit::F32(x) => Value::F32(*x),
            Lit::F64(x) => Value::F64(*x),
            Lit::Str(s) => Value::Str(s.clone()),
            Lit::Bool(b) => Value::Bool(*b),
            Lit::Empty => Value::Unit,
            Lit::NilMap => Value::NilMap,
            Lit::Duration(ns) => Value::Duration(*ns),
        }
    }
}

/// Go's run-time panics, in its words.
pub(crate) fn index_out_of_range(i: i64, len: usize) -> String {
    format!("panic: runtime error: index out of range [{i}] with length {len}")
}

pub(crate) const DIVIDE_BY_ZERO: &str = "panic: runtime error: integer divide by zero";

impl Value {
    pub(crate) fn as_int(&self) -> i64 {
        match self {
            Value::Int(n) | Value::Duration(n) | Value::Time(n) => *n,
            Value::Wall(w) => super::wall_time::as_int(*w),
            Value::Rune(r) => i64::from(*r),
            Value::Byte(b) => i64::from(*b),
            Value::U32(n) => i64::from(*n),
            // The same bits, as Go's `int(u)` has them.
            Value::U64(n) => *n as i64,
            Value::I8(n) => i64::from(*n),
            Value::I16(n) => i64::from(*n),
            Value::U16(n) => i64::from(*n),
            Value::F32(x) => *x as i64,
            Value::F64(x) => *x as i64,
            Value::Bool(b) => i64::from(*b),
            _ => 0,
        }
    }

    /// An integer of any kind as a number wide enough for every one (a `uint64` past
    /// int64's range is positive here).
    pub(crate) fn as_wide(&self) -> i128 {
        match self {
            Value::U64(n) => i128::from(*n),
            v => i128::from(v.as_int()),
        }
    }

    /// `n` as an integer of this value's kind, wrapped to its width.
    pub(crate) fn of_kind(&self, n: i64) -> Value {
        match self {
            Value::Rune(_) => Value::Rune(n as i32),
            Value::Byte(_) => Value::Byte(n as u8),
            Value::U32(_) => Value::U32(n as u32),
            Value::U64(_) => Value::U64(n as u64),
            Value::I8(_) => Value::I8(n as i8),
            Value::I16(_) => Value::I16(n as i16),
            Value::U16(_) => Value::U16(n as u16),
            Value::Duration(_) => Value::Duration(n),
            _ => Value::Int(n),
        }
    }

    /// An integer of any of Go's kinds (a Duration is one only to its own arithmetic).
    pub(crate) fn is_int(&self) -> bool {
        matches!(self, Value::Int(_)) || self.is_narrow_int()
    }

    fn is_narrow_int(&self) -> bool {
        matches!(
            self,
            Value::Rune(_)
                | Value::Byte(_)
                | Value::U32(_)
                | Value::U64(_)
                | Value::I8(_)
                | Value::I16(_)
                | Value::U16(_)
        )
    }

    pub(crate) fn truthy(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Value::Slice(s) => s.len(),
            Value::Array(a) => a.elements().len(),
            Value::Str(s) => s.len(),
            _ => 0,
        }
    }

    pub(crate) fn convert(self, ty: Ty) -> Value {
        match (ty, &self) {
            (Ty::Int, _) => Value::Int(self.as_int()),
            (Ty::Duration, _) => Value::Duration(self.as_int()),
            (Ty::F32, Value::F64(x)) => Value::F32(*x as f32),
            (Ty::F32, Value::F32(_)) => self,
            (Ty::F32, Value::U64(n)) => Value::F32(*n as f32),
            (Ty::F32, _) => Value::F32(self.as_int() as f32),
            (Ty::F64, Value::F32(x)) => Value::F64(f64::from(*x)),
            (Ty::F64, Value::F64(_)) => self,
            (Ty::F64, Value::U64(n)) => Value::F64(*n as f64),
            (Ty::F64, _) => Value::F64(self.as_int() as f64),
            (Ty::Str, _) => super::runes::to_string(self),
            (Ty::Rune, _) => Value::Rune(self.as_int() as i32),
            (Ty::Byte, _) => Value::Byte(self.as_int() as u8),
            (Ty::U32, _) => Value::U32(self.as_int() as u32),
            (Ty::U64, Value::F32(x)) => Value::U64(*x as u64),
            (Ty::U64, Value::F64(x)) => Value::U64(*x as u64),
            (Ty::U64, _) => Value::U64(self.as_int() as u64),
            (Ty::I8, _) => Value::I8(self.as_int() as i8),
            (Ty::I16, _) => Value::I16(self.as_int() as i16),
            (Ty::U16, _) => Value::U16(self.as_int() as u16),
            (Ty::Runes, _) => super::runes::runes(&self),
            (Ty::Bytes, _) => super::runes::bytes(&self),
        }
    }

    pub(crate) fn unary(op: UnOp, v: Value) -> Value {
        match (op, v) {
            (UnOp::Neg, Value::Int(n)) => Value::Int(n.wrapping_neg()),
            (UnOp::Neg, Value::Rune(n)) => Value::Rune(n.wrapping_neg()),
            (UnOp::Neg, Value::Byte(n)) => Value::Byte(n.wrapping_neg()),
            (UnOp::Neg, Value::U32(n)) => Value::U32(n.wrapping_neg()),
            (UnOp::Neg, Value::U64(n)) => Value::U64(n.wrapping_neg()),
            (UnOp::Neg, Value::I8(n)) => Value::I8(n.wrapping_neg()),
            (UnOp::Neg, Value::I16(n)) => Value::I16(n.wrapping_neg()),
            (UnOp::Neg, Value::U16(n)) => Value::U16(n.wrapping_neg()),
            (UnOp::Neg, Value::Duration(n)) => Value::Duration(n.wrapping_neg()),
            (UnOp::Neg, Value::F32(x)) => Value::F32(-x),
            (UnOp::Neg, Value::F64(x)) => Value::F64(-x),
            (UnOp::Not, Value::Bool(b)) => Value::Bool(!b),
            (_, v) => v,
        }
    }

    /// `a op b` with Go's rules; the checker has made sure the types go together (an untyped
    /// constant takes the other side's type).
    pub(crate) fn binary(op: BinOp, a: Value, b: Value) -> Result<Value, String> {
        use Value::*;
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return super::shifts::shift(op, a, &b);
        }
        Ok(match (a, b) {
            (Int(x), Int(y)) => int(op, x, y, Int)?,
            // A rune or byte wraps at its width, as Go's int32 and uint8 do.
            (Rune(x), Rune(y)) => int(op, x.into(), y.into(), |v| Rune(v as i32))?,
            (Byte(x), Byte(y)) => int(op, x.into(), y.into(), |v| Byte(v as u8))?,
            (U32(x), U32(y)) => int(op, x.into(), y.into(), |v| U32(v as u32))?,
            (U64(x), U64(y)) => unsigned(op, x, y)?,
            (I8(x), I8(y)) => int(op, x.into(), y.into(), |v| I8(v as i8))?,
            (I16(x), I16(y)) => int(op, x.into(), y.into(), |v| I16(v as i16))?,
            (U16(x), U16(y)) => int(op, x.into(), y.into(), |v| U16(v as u16))?,
            // An integer the library made as an int where Go's is narrower or unsigned
            // (`rand.Int31()`, a `MemStats` count): the checker has made the types one, so
            // it is the other side's kind.
            (Int(x), b) if b.is_narrow_int() => return Value::binary(op, b.of_kind(x), b),
            (a, Int(y)) if a.is_narrow_int() => {
                let b = a.of_kind(y);
                return Value::binary(op, a, b);
            }
            (Duration(x), Duration(y) | Int(y)) | (Int(x), Duration(y)) => int(op, x, y, Duration)?,
            (Time(x), Time(y)) => int(op, x, y, Time)?,
            (F32(x), F32(y)) => float(op, f64::from(x), f64::from(y), |v| F32(v as f32)),
            (F32(x), Int(y)) => float(op, f64::from(x), y as f64, |v| F32(v as f32)),
            (Int(x), F32(y)) => float(op, x as f64, f64::from(y), |v| F32(v as f32)),
            (F64(x), F64(y)) => float(op, x, y, F64),
            (F64(x), Int(y)) => float(op, x, y as f64, F64),
            (Int(x), F64(y)) => float(op, x as f64, y, F64),
            (F64(x), F32(y)) | (F32(y), F64(x)) => float(op, x, f64::from(y), F64),
            (Str(x), Str(y)) => match op {
                BinOp::Add => Str(crate::heap::concat(&x, &y)?),
                _ => Bool(compare(op, x.cmp(&y))),
            },
            (Chan(x), Chan(y)) => Bool(match op {
                BinOp::Eq => x == y,
                _ => x != y,
            }),
            // Pointers are equal when they point to the same struct; nil is a nil channel.
            (Ptr(x), Ptr(y)) => Bool((x == y) == (op == BinOp::Eq)),
            // Arrays are equal when their elements are.
            (Array(x), Array(y)) => Bool((x == y) == (op == BinOp::Eq)),
            (Ptr(_), Chan(None)) | (Chan(None), Ptr(_)) => Bool(op == BinOp::Ne),
            (Ref(x), Ref(y)) => Bool((x == y) == (op == BinOp::Eq)),
            (a @ Struct(_), b @ Struct(_)) => {
                Bool(super::iface::equal(&a, &b) == (op == BinOp::Eq))
            }
            // `new`'s variable is never one `&x` points to.
            (Ref(_), Ptr(_)) | (Ptr(_), Ref(_)) => Bool(op == BinOp::Ne),
            // AfterFunc's timer is a pointer, never nil, and only itself.
            (FuncTimer(x), FuncTimer(y)) => Bool((x == y) == (op == BinOp::Eq)),
            (FuncTimer(_), Chan(_)) | (Chan(_), FuncTimer(_)) => Bool(op == BinOp::Ne),
            (Context(x), Context(y)) => Bool((x == y) == (op == BinOp::Eq)),
            (Time(x), Duration(y)) => int(op, x, y, Time)?,
            (Wall(w), Duration(d)) => super::wall_time::add(w, d)?,
            (t @ (Wall(_) | Time(_)), u @ (Wall(_) | Time(_))) => {
                super::wall_time::binary(op, &t, &u)
            }
            // Go panics comparing two values of one type it cannot compare (`[]int`).
            (Iface(Some(x)), Iface(Some(y)))
                if x.ty == y.ty && super::uncomparable::uncomparable(&x) =>
            {
                return Err(super::uncomparable::panic_of(&x));
            }
            (Iface(x), Iface(y)) => Bool(super::iface::iface_eq(&x, &y) == (op == BinOp::Eq)),
            (Iface(x), Chan(None)) | (Chan(None), Iface(x)) => {
                Bool(x.is_none() == (op == BinOp::Eq))
            }
            (Bool(x), Bool(y)) => Bool(match op {
                BinOp::And => x && y,
                BinOp::Or => x || y,
                BinOp::Eq => x == y,
                _ => x != y,
            }),
            // `recover()`'s value against nil: nil only when there was no panic.
            (x, Chan(None)) | (Chan(None), x) if matches!(op, BinOp::Eq | BinOp::Ne) => {
                Bool(matches!(x, Chan(None)) == (op == BinOp::Eq))
            }
            (x, _) => x,
        })
    }
}

fn compare(op: BinOp, ord: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        BinOp::Eq => ord == Equal,
        BinOp::Ne => ord != Equal,
        BinOp::Lt => ord == Less,
        BinOp::Le => ord != Greater,
        BinOp::Gt => ord == Greater,
        _ => ord != Less,
    }
}

fn int(op: BinOp, x: i64, y: i64, wrap: fn(i64) -> Value) -> Result<Value, String> {
    Ok(match op {
        BinOp::Add => wrap(x.wrapping_add(y)),
        BinOp::Sub => wrap(x.wrapping_sub(y)),
        BinOp::Mul => wrap(x.wrapping_mul(y)),
        BinOp::Div | BinOp::Rem if y == 0 => return Err(DIVIDE_BY_ZERO.into()),
        BinOp::Div => wrap(x.wrapping_div(y)),
        BinOp::Rem => wrap(x.wrapping_rem(y)),
        BinOp::BitOr => wrap(x | y),
        BinOp::BitAnd => wrap(x & y),
        BinOp::BitXor => wrap(x ^ y),
        BinOp::AndNot => wrap(x & !y),
        _ => Value::Bool(compare(op, x.cmp(&y))),
    })
}

/// A `uint64`'s arithmetic: it wraps at 64 bits and compares without a sign.
fn unsigned(op: BinOp, x: u64, y: u64) -> Result<Value, String> {
    Ok(Value::U64(match op {
        BinOp::Add => x.wrapping_add(y),
        BinOp::Sub => x.wrapping_sub(y),
        BinOp::Mul => x.wrapping_mul(y),
        BinOp::Div | BinOp::Rem if y == 0 => return Err(DIVIDE_BY_ZERO.into()),
        BinOp::Div => x / y,
        BinOp::Rem => x % y,
        BinOp::BitOr => x | y,
        BinOp::BitAnd => x & y,
        BinOp::BitXor => x ^ y,
        BinOp::AndNot => x & !y,
        _ => return Ok(Value::Bool(compare(op, x.cmp(&y)))),
    }))
}

fn float(op: BinOp, x: f64, y: f64, wrap: fn(f64) -> Value) -> Value {
    match op {
        BinOp::Add => wrap(x + y),
        BinOp::Sub => wrap(x - y),
        BinOp::Mul => wrap(x * y),
        BinOp::Div => wrap(x / y),
        _ => Value::Bool(x.partial_cmp(&y).is_some_and(|o| compare(op, o))),
    }
}
