//! The types of the subset, enough to refuse what Go's compiler refuses in it and to give an
//! untyped constant the type it takes.

use std::fmt;
use syncscope_program::{Expr, Lit, Ty};

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Type {
    Int,
    F32,
    F64,
    Str,
    Bool,
    Duration,
    Time,
    Slice(Box<Type>),
    Func(Vec<Type>, Option<Box<Type>>),
    WaitGroup,
    Mutex,
    RwMutex,
    /// A channel of values of the element type, both ways or one way only.
    Chan(Dir, Box<Type>),
    /// `struct{}`, the type of signals on a channel.
    Empty,
    /// `nil` before it takes the type of where it goes (a channel's, in the subset).
    Nil,
    /// A constant without a type yet: it takes the type of where it goes.
    Untyped(Untyped),
    /// What a call of a function without results gives.
    Void,
    /// Already reported: no second message for the same mistake.
    Invalid,
    /// `*time.Timer`, `*time.Ticker`.
    Timer,
    Ticker,
    /// What a call of a function of several results gives.
    Tuple(Vec<Type>),
    /// A struct type declared by the file: its number among the file's, and its name.
    Struct(usize, std::sync::Arc<str>),
    Pointer(Box<Type>),
    Map(Box<Type>, Box<Type>),
    /// `atomic.Int64`, `atomic.Int32` or `atomic.Uint64`, by its name.
    Atomic(&'static str),
    /// `int64`, `int32` or `uint64`: an integer of its own type, kept as an `int` is.
    Sized(&'static str),
}

/// Which ways a channel type lets values go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dir {
    Both,
    /// `chan<- T`.
    Send,
    /// `<-chan T`.
    Recv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Untyped {
    Int,
    Float,
    Str,
    Bool,
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int => f.write_str("int"),
            Type::F32 => f.write_str("float32"),
            Type::F64 => f.write_str("float64"),
            Type::Str => f.write_str("string"),
            Type::Bool => f.write_str("bool"),
            Type::Duration => f.write_str("time.Duration"),
            Type::Time => f.write_str("time.Time"),
            Type::Slice(e) => write!(f, "[]{e}"),
            Type::Func(params, result) => {
                let ps: Vec<String> = params.iter().map(Type::to_string).collect();
                write!(f, "func({})", ps.join(", "))?;
                match result {
                    Some(r) => write!(f, " {r}"),
                    None => Ok(()),
                }
            }
            Type::WaitGroup => f.write_str("sync.WaitGroup"),
            Type::Mutex => f.write_str("sync.Mutex"),
            Type::RwMutex => f.write_str("sync.RWMutex"),
            Type::Chan(Dir::Both, e) => write!(f, "chan {e}"),
            Type::Chan(Dir::Send, e) => write!(f, "chan<- {e}"),
            Type::Chan(Dir::Recv, e) => write!(f, "<-chan {e}"),
            Type::Nil => f.write_str("untyped nil"),
            Type::Empty => f.write_str("struct{}"),
            Type::Untyped(u) => f.write_str(match u {
                Untyped::Int => "untyped int",
                Untyped::Float => "untyped float",
                Untyped::Str => "untyped string",
                Untyped::Bool => "untyped bool",
            }),
            Type::Void => f.write_str("no value"),
            Type::Invalid => f.write_str("invalid type"),
            Type::Timer => f.write_str("*time.Timer"),
            Type::Ticker => f.write_str("*time.Ticker"),
            Type::Tuple(ts) => {
                let ts: Vec<String> = ts.iter().map(Type::to_string).collect();
                write!(f, "({})", ts.join(", "))
            }
            Type::Struct(_, name) => f.write_str(name),
            Type::Pointer(t) => write!(f, "*{t}"),
            Type::Map(k, v) => write!(f, "map[{k}]{v}"),
            Type::Atomic(name) => write!(f, "atomic.{name}"),
            Type::Sized(name) => f.write_str(name),
        }
    }
}

impl Type {
    pub(crate) fn is_numeric(&self) -> bool {
        matches!(
            self,
            Type::Int
                | Type::F32
                | Type::F64
                | Type::Duration
                | Type::Sized(_)
                | Type::Untyped(Untyped::Int | Untyped::Float)
        )
    }

    /// The type a constant of this type has once it must have one (`x := 1` is an int).
    pub(crate) fn defaulted(self) -> Type {
        match self {
            Type::Untyped(Untyped::Int) => Type::Int,
            Type::Untyped(Untyped::Float) => Type::F64,
            Type::Untyped(Untyped::Str) => Type::Str,
            Type::Untyped(Untyped::Bool) => Type::Bool,
            t => t,
        }
    }

    /// Whether a value of this type may go where `to` is wanted.
    pub(crate) fn assignable_to(&self, to: &Type) -> bool {
        if self == to || *self == Type::Invalid || *to == Type::Invalid {
            return true;
        }
        match (self, to) {
            (Type::Untyped(Untyped::Int), t) => t.is_numeric(),
            (Type::Untyped(Untyped::Float), t) => {
                matches!(t, Type::F32 | Type::F64 | Type::Duration | Type::Int)
            }
            (Type::Untyped(Untyped::Str), Type::Str) => true,
            (Type::Untyped(Untyped::Bool), Type::Bool) => true,
            (
                Type::Nil,
                Type::Chan(..) | Type::Pointer(_) | Type::Map(..) | Type::Timer | Type::Ticker,
            ) => true,
            // A channel both ways goes where one way of the same element is wanted.
            (Type::Chan(Dir::Both, a), Type::Chan(_, b)) => a == b,
            _ => false,
        }
    }

    /// The conversion a value of this type needs to be a `to` at run time, if any.
    pub(crate) fn conversion(&self, to: &Type) -> Option<Ty> {
        if !matches!(self, Type::Untyped(_)) {
            return None;
        }
        match to {
            Type::F32 => Some(Ty::F32),
            Type::F64 => Some(Ty::F64),
            Type::Duration => Some(Ty::Duration),
            Type::Int | Type::Sized(_) => Some(Ty::Int),
            _ => None,
        }
    }

    /// The zero value of a variable declared without one.
    pub(crate) fn zero(&self) -> Expr {
        match self {
            Type::F32 => Expr::Lit(Lit::F32(0.0)),
            Type::F64 => Expr::Lit(Lit::F64(0.0)),
            Type::Str => Expr::str(""),
            Type::Bool => Expr::Lit(Lit::Bool(false)),
            Type::Duration => Expr::Lit(Lit::Duration(0)),
            Type::Slice(_) => Expr::SliceLit(Vec::new()),
            // A nil timer is a nil channel at run time: its `.C` blocks, and it is `== nil`.
            Type::Chan(..) | Type::Timer | Type::Ticker => Expr::NilChan,
            Type::Empty => Expr::Lit(Lit::Empty),
            _ => Expr::int(0),
        }
    }
}

/// `e` made into a `to` where Go would give an untyped constant that type.
pub(crate) fn converted(e: Expr, from: &Type, to: &Type) -> Expr {
    match from.conversion(to) {
        Some(ty) => Expr::Convert(ty, Box::new(e)),
        None => e,
    }
}

/// Go 1.19's compiler says "as T value" of an untyped operand, "as type T" of a typed one.
pub(crate) fn cannot_use(text: &str, ty: &Type, want: &Type, context: &str) -> String {
    if matches!(ty, Type::Untyped(_) | Type::Nil) {
        format!("cannot use {text} as {want} value in {context}")
    } else {
        format!("cannot use {text} as type {want} in {context}")
    }
}

/// How Go describes an operand in a "cannot use" message: `"hello" (untyped string
/// constant)`, `x (variable of type int)`.
pub(crate) fn describe(text: &str, ty: &Type, is_var: bool) -> String {
    match ty {
        Type::Nil => "nil".into(),
        Type::Untyped(_) => format!("{text} ({ty} constant)"),
        _ if is_var => format!("{text} (variable of type {ty})"),
        _ => format!("{text} (value of type {ty})"),
    }
}
