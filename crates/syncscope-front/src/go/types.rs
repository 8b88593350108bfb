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
    /// `[n]T`.
    Array(usize, Box<Type>),
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
    /// `*sync.Cond`, as `sync.NewCond` gives it.
    Cond,
    /// `context.Context`, of the contexts Go's `context` makes.
    Context,
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
    /// A variadic function's last parameter, `...T`: a `[]T` in the function.
    Variadic(Box<Type>),
    /// `rune`, Go's `int32` by the name it is written with.
    Rune,
    /// `byte`, Go's `uint8` by the name it is written with.
    Byte,
    /// `sync.Once`.
    Once,
    /// `atomic.Pointer[T]`, by what it points to.
    AtomicPointer(Box<Type>),
    /// `*log.Logger`.
    Logger,
    /// `*os.File`: `os.Stdout`, `os.Stderr`, `os.Stdin` or a file of the run's memory, by its
    /// descriptor.
    File,
    /// `*bufio.Scanner` on an `*os.File`.
    Scanner,
    /// `*bufio.Reader` on an `*os.File`.
    BufReader,
    /// `fs.DirEntry` (`os.DirEntry`, an alias, by the name it was written with), of
    /// `os.ReadDir` and `filepath.WalkDir`.
    DirEntry(TypeName),
    /// `fs.FileInfo` (`os.FileInfo`, by the name it was written with), of `filepath.Walk`
    /// and `ioutil.ReadDir`; `fs.FileMode`, the mode one gives.
    FileInfo(TypeName),
    FileMode,
    /// `strings.Builder`: its text so far, grown in place by its methods.
    Builder,
    /// `bytes.Buffer`: held as a `strings.Builder` is, its bytes as text.
    Buffer,
    /// `*bufio.Writer` on one of the program's streams.
    BufWriter,
    /// `*tabwriter.Writer` on one of the program's streams.
    TabWriter,
    /// `sync.Pool`: a handle on its values, as Go's pool is reached through its address.
    Pool,
    /// `sync.Map`: a handle on its entries, as a Pool is.
    SyncMap,
    /// A `hash.Hash32` of `fnv.New32a()` (`true`) or `fnv.New32()`: its sum so far.
    Fnv32(bool),
    /// An interface type: its number among the file's (`any` and `error` first), and its
    /// name as written.
    Iface(usize, TypeName),
    /// A type the file declares of a basic type (`type Celsius float64`): its number among
    /// the file's types (`Structs::defs`, where its methods are), its name, and what it is
    /// made of. Its values are those of the underlying type.
    Named(usize, TypeName, Box<Type>),
    /// `math/rand/v2`'s `*rand.Rand` (`true`) or the `*rand.PCG` it is made of.
    Rand(bool),
    /// `crypto/sha256`'s or `crypto/md5`'s `hash.Hash`: the bytes written to it so far.
    Hash(syncscope_program::Digest),
    /// `*base64.Encoding`: one of the package's four, by its number.
    Base64,
    /// `*regexp.Regexp`: its pattern.
    Regexp,
    /// `*flag.FlagSet`.
    FlagSet,
    /// `*json.Encoder` on one of the program's files.
    JsonEncoder,
    /// `*json.Decoder` on a file or a `*strings.Reader`.
    JsonDecoder,
    /// `*strings.Reader`: a read-only file of the run's memory.
    StrReader,
    /// `*bytes.Reader`: the same, made of a `[]byte`.
    BytesReader,
    /// `*template.Template`: its name and its parsed text, shared as Go's pointer is.
    Template,
    /// `*slog.Logger`.
    SlogLogger,
    /// `*slog.TextHandler`, or `*slog.JSONHandler` (`true`).
    SlogHandler(bool),
    /// `slog.Value`, an attribute's value.
    SlogValue,
    /// `*time.Location`: `time.UTC` or `time.Local`, held as its name.
    Location,
}

/// A type's name as written: `any` and `interface{}` are one type, so it takes no part in
/// the type's identity.
#[derive(Debug, Clone)]
pub(crate) struct TypeName(pub(crate) std::sync::Arc<str>);

impl PartialEq for TypeName {
    fn eq(&self, _: &TypeName) -> bool {
        true
    }
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
    /// A rune literal, `'a'`.
    Rune,
}

/// How Go's messages spell a package's type. A package whose name another package in the
/// build also has is named by its quoted path: `internal/sync` makes it `"sync".Mutex`, and
/// `internal/runtime/atomic`, which every package of the subset but `sync/atomic` imports,
/// makes it `"sync/atomic".Int64` unless the file imports `sync/atomic` alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Spelling {
    /// syncscope's own words: `sync.Mutex`.
    Plain,
    /// Go's, `atomic` quoted or not.
    Go { atomic_quoted: bool },
}

/// A type as a message spells it.
pub(crate) struct Spelled<'a>(&'a Type, Spelling);

impl<'a> fmt::Display for Spelled<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Spelled(ty, spelling) = *self;
        let (sync, atomic) = match spelling {
            Spelling::Plain => ("sync", "atomic"),
            Spelling::Go { atomic_quoted } => (
                "\"sync\"",
                if atomic_quoted {
                    "\"sync/atomic\""
                } else {
                    "atomic"
                },
            ),
        };
        let inner = |t: &'a Type| Spelled(t, spelling);
        match ty {
            Type::Int => f.write_str("int"),
            Type::F32 => f.write_str("float32"),
            Type::F64 => f.write_str("float64"),
            Type::Str => f.write_str("string"),
            Type::Bool => f.write_str("bool"),
            Type::Duration => f.write_str("time.Duration"),
            Type::Time => f.write_str("time.Time"),
            Type::Slice(e) => write!(f, "[]{}", inner(e)),
            Type::Array(n, e) => write!(f, "[{n}]{}", inner(e)),
            Type::Func(params, result) => {
                let ps: Vec<String> = params.iter().map(|p| inner(p).to_string()).collect();
                write!(f, "func({})", ps.join(", "))?;
                match result {
                    Some(r) => write!(f, " {}", inner(r)),
                    None => Ok(()),
                }
            }
            Type::WaitGroup => write!(f, "{sync}.WaitGroup"),
            Type::Mutex => write!(f, "{sync}.Mutex"),
            Type::RwMutex => write!(f, "{sync}.RWMutex"),
            Type::Once => write!(f, "{sync}.Once"),
            Type::Chan(Dir::Both, e) => write!(f, "chan {}", inner(e)),
            Type::Chan(Dir::Send, e) => write!(f, "chan<- {}", inner(e)),
            Type::Chan(Dir::Recv, e) => write!(f, "<-chan {}", inner(e)),
            Type::Nil => f.write_str("untyped nil"),
            Type::Empty => f.write_str("struct{}"),
            Type::Untyped(u) => f.write_str(match u {
                Untyped::Int => "untyped int",
                Untyped::Float => "untyped float",
                Untyped::Str => "untyped string",
                Untyped::Bool => "untyped bool",
                Untyped::Rune => "untyped rune",
            }),
            Type::Void => f.write_str("no value"),
            Type::Invalid => f.write_str("invalid type"),
            Type::Timer => f.write_str("*time.Timer"),
            Type::Cond => write!(f, "*{sync}.Cond"),
            Type::Context => f.write_str("context.Context"),
            Type::Ticker => f.write_str("*time.Ticker"),
            Type::Tuple(ts) => {
                let ts: Vec<String> = ts.iter().map(|t| inner(t).to_string()).collect();
                write!(f, "({})", ts.join(", "))
            }
            Type::Struct(_, name) => f.write_str(name),
            Type::Pointer(t) => write!(f, "*{}", inner(t)),
            Type::Map(k, v) => write!(f, "map[{}]{}", inner(k), inner(v)),
            Type::Atomic(name) => write!(f, "{atomic}.{name}"),
            Type::AtomicPointer(t) => write!(f, "{atomic}.Pointer[{}]", inner(t)),
            Type::Sized(name) => f.write_str(name),
            Type::Variadic(t) => write!(f, "...{}", inner(t)),
            Type::Rune => f.write_str("rune"),
            Type::Byte => f.write_str("byte"),
            Type::Logger => f.write_str("*log.Logger"),
            Type::File => f.write_str("*os.File"),
            Type::Scanner => f.write_str("*bufio.Scanner"),
            Type::BufReader => f.write_str("*bufio.Reader"),
            Type::DirEntry(name) | Type::FileInfo(name) => f.write_str(&name.0),
            Type::FileMode => f.write_str("fs.FileMode"),
            Type::Builder => f.write_str("strings.Builder"),
            Type::Buffer => f.write_str("bytes.Buffer"),
            Type::Fnv32(_) => f.write_str("hash.Hash32"),
            Type::Pool => write!(f, "{sync}.Pool"),
            Type::SyncMap => write!(f, "{sync}.Map"),
            Type::BufWriter => f.write_str("*bufio.Writer"),
            Type::Rand(true) => f.write_str("*rand.Rand"),
            Type::Rand(false) => f.write_str("*rand.PCG"),
            Type::Hash(_) => f.write_str("hash.Hash"),
            Type::Base64 => f.write_str("*base64.Encoding"),
            Type::Regexp => f.write_str("*regexp.Regexp"),
            Type::FlagSet => f.write_str("*flag.FlagSet"),
            Type::JsonEncoder => f.write_str("*json.Encoder"),
            Type::JsonDecoder => f.write_str("*json.Decoder"),
            Type::StrReader => f.write_str("*strings.Reader"),
            Type::BytesReader => f.write_str("*bytes.Reader"),
            Type::Template => f.write_str("*template.Template"),
            Type::SlogLogger => f.write_str("*slog.Logger"),
            Type::SlogHandler(false) => f.write_str("*slog.TextHandler"),
            Type::SlogHandler(true) => f.write_str("*slog.JSONHandler"),
            Type::SlogValue => f.write_str("slog.Value"),
            Type::Location => f.write_str("*time.Location"),
            Type::TabWriter => f.write_str("*tabwriter.Writer"),
            Type::Iface(_, name) if &*name.0 == "sync.Locker" => write!(f, "{sync}.Locker"),
            Type::Iface(_, name) | Type::Named(_, name, _) => f.write_str(&name.0),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Spelled(self, Spelling::Plain).fmt(f)
    }
}

impl Type {
    /// The type as `spelling` spells it.
    pub(crate) fn spelled(&self, spelling: Spelling) -> Spelled<'_> {
        Spelled(self, spelling)
    }

    /// What a declared type is made of; any other type is its own.
    pub(crate) fn under(&self) -> &Type {
        match self {
            Type::Named(_, _, u) => u,
            t => t,
        }
    }

    /// Whether the type is written out rather than named (`[]string`, `func(int) int`).
    pub(crate) fn is_literal(&self) -> bool {
        matches!(
            self,
            Type::Slice(_)
                | Type::Array(..)
                | Type::Map(..)
                | Type::Func(..)
                | Type::Chan(..)
                | Type::Pointer(_)
        )
    }

    pub(crate) fn is_numeric(&self) -> bool {
        matches!(
            self.under(),
            Type::Int
                | Type::F32
                | Type::F64
                | Type::Duration
                | Type::Sized(_)
                | Type::Rune
                | Type::Byte
                | Type::Untyped(Untyped::Int | Untyped::Float | Untyped::Rune)
        )
    }

    /// A parameter's type as its function sees it: `...T` is a `[]T`.
    pub(crate) fn in_function(self) -> Type {
        match self {
            Type::Variadic(t) => Type::Slice(t),
            t => t,
        }
    }

    /// The type a constant of this type has once it must have one (`x := 1` is an int).
    pub(crate) fn defaulted(self) -> Type {
        match self {
            Type::Untyped(Untyped::Int) => Type::Int,
            Type::Untyped(Untyped::Float) => Type::F64,
            Type::Untyped(Untyped::Str) => Type::Str,
            Type::Untyped(Untyped::Bool) => Type::Bool,
            Type::Untyped(Untyped::Rune) => Type::Rune,
            t => t,
        }
    }

    /// Whether this type is, or is made of, one already reported (a function's whose
    /// parameter's type is undefined): Go says nothing more of it.
    fn has_invalid(&self) -> bool {
        match self {
            Type::Invalid => true,
            Type::Func(params, result) => {
                params.iter().any(Type::has_invalid)
                    || result.as_ref().is_some_and(|r| r.has_invalid())
            }
            Type::Slice(e) | Type::Array(_, e) | Type::Pointer(e) | Type::Chan(_, e) => {
                e.has_invalid()
            }
            Type::Map(k, v) => k.has_invalid() || v.has_invalid(),
            _ => false,
        }
    }

    /// Whether a value of this type may go where `to` is wanted.
    pub(crate) fn assignable_to(&self, to: &Type) -> bool {
        if self == to || self.has_invalid() || to.has_invalid() {
            return true;
        }
        match (self, to) {
            // Whether its methods satisfy the interface is checked where it is boxed.
            (Type::Void | Type::Tuple(_), Type::Iface(..)) => false,
            (_, Type::Iface(..)) => true,
            (Type::Untyped(Untyped::Int | Untyped::Rune), t) => t.is_numeric(),
            (Type::Untyped(Untyped::Float), t) => matches!(
                t.under(),
                Type::F32
                    | Type::F64
                    | Type::Duration
                    | Type::Int
                    | Type::Sized(_)
                    | Type::Rune
                    | Type::Byte
            ),
            // `rune` is `int32` by another name.
            (Type::Rune, Type::Sized("int32")) | (Type::Sized("int32"), Type::Rune) => true,
            (Type::Untyped(Untyped::Str), t) => *t.under() == Type::Str,
            (Type::Untyped(Untyped::Bool), t) => *t.under() == Type::Bool,
            (
                Type::Nil,
                Type::Chan(..)
                | Type::Pointer(_)
                | Type::Map(..)
                | Type::Timer
                | Type::Ticker
                | Type::Logger
                | Type::File
                | Type::Scanner
                | Type::BufReader
                | Type::DirEntry(_)
                | Type::FileInfo(_)
                | Type::Cond
                | Type::Context
                | Type::Regexp
                | Type::FlagSet
                | Type::JsonEncoder
                | Type::JsonDecoder
                | Type::StrReader
                | Type::BytesReader
                | Type::Template
                | Type::SlogLogger
                | Type::SlogHandler(_),
            ) => true,
            // A declared composite type and the type it is made of, written out, go where
            // the other is wanted.
            (Type::Named(_, _, u), t) if t.is_literal() => u.assignable_to(t),
            (t, Type::Named(_, _, u)) if t.is_literal() => t.assignable_to(u),
            (Type::Nil, Type::Named(_, _, u)) => {
                matches!(
                    **u,
                    Type::Slice(_) | Type::Map(..) | Type::Func(..) | Type::Chan(..)
                )
            }
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
        match to.under() {
            Type::F32 => Some(Ty::F32),
            Type::F64 => Some(Ty::F64),
            Type::Duration => Some(Ty::Duration),
            t if let Some(ty) = t.narrow_int() => Some(ty),
            Type::Int | Type::Sized(_) => Some(Ty::Int),
            _ => None,
        }
    }

    /// The run-time kind of an integer type that does not hold an `int`'s values: one that
    /// wraps at a narrower width or has no sign.
    pub(crate) fn narrow_int(&self) -> Option<Ty> {
        match self.under() {
            Type::Sized("uint32") => Some(Ty::U32),
            Type::Sized("uint64" | "uint") => Some(Ty::U64),
            Type::Sized("int8") => Some(Ty::I8),
            Type::Sized("int16") => Some(Ty::I16),
            Type::Sized("uint16") => Some(Ty::U16),
            Type::Rune | Type::Sized("int32") => Some(Ty::Rune),
            Type::Byte => Some(Ty::Byte),
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
            Type::Time => Expr::Lib(syncscope_program::Lib::TimeZero, Vec::new()),
            Type::Slice(_) => Expr::NilSlice,
            // A nil timer is a nil channel at run time: its `.C` blocks, and it is `== nil`;
            // so is every other nil. A nil Cond too: its methods find no Cond in it.
            Type::Chan(..)
            | Type::Timer
            | Type::Ticker
            | Type::Logger
            | Type::File
            | Type::Scanner
            | Type::BufReader
            | Type::DirEntry(_)
            | Type::FileInfo(_)
            | Type::Cond
            | Type::Context
            | Type::Regexp
            | Type::FlagSet
            | Type::JsonEncoder
            | Type::JsonDecoder
            | Type::StrReader
            | Type::BytesReader
            | Type::Template
            | Type::SlogLogger
            | Type::SlogHandler(_) => Expr::NilChan,
            Type::SlogValue => Expr::NilIface,
            Type::Builder | Type::Buffer => Expr::str(""),
            Type::Empty => Expr::Lit(Lit::Empty),
            Type::Map(..) => Expr::Lit(Lit::NilMap),
            // A nil function holds no closure: it prints as `<nil>`, and calling it panics.
            Type::Func(..) => Expr::NilChan,
            Type::Rune | Type::Byte | Type::Sized(_) if let Some(ty) = self.narrow_int() => {
                Expr::Convert(ty, Box::new(Expr::int(0)))
            }
            Type::Iface(..) => Expr::NilIface,
            Type::Named(_, _, u) => u.zero(),
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

/// Go's words for a value that cannot go where it is put.
pub(crate) fn cannot_use(text: &str, want: &Type, context: &str, spelling: Spelling) -> String {
    let want = want.spelled(spelling);
    format!("cannot use {text} as {want} value in {context}")
}

/// How Go describes an operand in a "cannot use" message: `"hello" (untyped string
/// constant)`, `x (variable of type int)`.
pub(crate) fn describe(text: &str, ty: &Type, is_var: bool, spelling: Spelling) -> String {
    match ty {
        Type::Nil => "nil".into(),
        Type::Untyped(_) => format!("{text} ({} constant)", ty.spelled(spelling)),
        _ if is_var => format!("{text} (variable {})", of_type(ty, spelling)),
        _ => format!("{text} (value {})", of_type(ty, spelling)),
    }
}

/// `of type int`; a named type with what it is made of, `of struct type "sync".Mutex`.
pub(crate) fn of_type(ty: &Type, spelling: Spelling) -> String {
    let made_of = match ty {
        Type::Duration => "int64 ",
        // A struct type written in place is no named type: only its fields.
        Type::Struct(_, name) if name.starts_with("struct{") => "",
        Type::Time
        | Type::WaitGroup
        | Type::Mutex
        | Type::RwMutex
        | Type::Once
        | Type::Atomic(_)
        | Type::AtomicPointer(_)
        | Type::Builder
        | Type::Buffer
        | Type::Struct(..) => "struct ",
        // `interface{}` written out (what `recover` gives) names no type: only its methods.
        Type::Iface(_, name) if name.0.starts_with("interface{") => "",
        Type::Iface(..) | Type::Context => "interface ",
        Type::Named(_, _, u) => {
            // Go names a composite by its kind: `of slice type byLength`.
            let made_of = match u.as_ref() {
                Type::Slice(_) => "slice".to_string(),
                Type::Map(..) => "map".to_string(),
                Type::Func(..) => "func".to_string(),
                Type::Chan(..) => "chan".to_string(),
                Type::Array(..) => "array".to_string(),
                u => u.spelled(spelling).to_string(),
            };
            return format!("of {made_of} type {}", ty.spelled(spelling));
        }
        _ => "",
    };
    format!("of {made_of}type {}", ty.spelled(spelling))
}

/// Go's summary of the types of values, `(number, string)`, as its count mistakes show them.
pub(crate) fn types_summary(types: &[Type], spelling: Spelling) -> String {
    let names: Vec<String> = types
        .iter()
        .map(|t| match t {
            Type::Invalid => "unknown type".to_string(),
            Type::Untyped(Untyped::Int | Untyped::Float | Untyped::Rune) => "number".to_string(),
            Type::Untyped(Untyped::Str) => "string".to_string(),
            Type::Untyped(Untyped::Bool) => "bool".to_string(),
            Type::Nil => "nil".to_string(),
            t => t.spelled(spelling).to_string(),
        })
        .collect();
    format!("({})", names.join(", "))
}
