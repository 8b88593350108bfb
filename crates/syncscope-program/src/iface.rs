//! Interface values: the dynamic types a program's values take when they go into an
//! interface (`any`, `error`, a declared interface), with their methods, so that a method
//! call, a type assertion or `fmt` can ask a value what it is.

use super::FuncId;
use std::sync::Arc;

/// `errors.New`'s type: its value is the message.
pub const ERROR_STRING: usize = 0;
/// `fmt.Errorf`'s type with `%w`: its value is the message and the error it wraps.
pub const WRAP_ERROR: usize = 1;
/// `errors.Join`'s type: its value is the message and the errors it joins.
pub const JOIN_ERROR: usize = 2;
/// `fmt.Errorf`'s type with several `%w`: its value is the message and the errors it wraps.
pub const WRAP_ERRORS: usize = 3;
/// `*os.File` in an `io.Writer`: its value is the descriptor, as a logger's output is.
pub const OS_FILE: usize = 4;
/// The errors of run-time panics (`runtime.boundsError`, each boxed under its own name), a
/// `runtime.Error`: its value is the message.
pub const RUNTIME_ERROR: usize = 11;
/// `context.DeadlineExceeded`'s type, whose `Timeout()` and `Temporary()` say true.
pub const DEADLINE_EXCEEDED: usize = 12;

/// A dynamic type: Go's name for it (`main.Circle`, `*main.Counter`, `int`) and its methods.
#[derive(Debug, Clone, PartialEq)]
pub struct RtType {
    pub name: Arc<str>,
    pub methods: Vec<RtMethod>,
    /// A struct's (or a pointer to one's) fields, which `%+v` names.
    pub fields: Vec<RtField>,
    /// A slice's, an array's or a map's element type, whose fields `%+v` names too.
    pub elem: Option<usize>,
}

/// A field of a struct type: its name, and its type's id (`%+v` names a struct field's
/// fields, `%#v` every field's type).
#[derive(Debug, Clone, PartialEq)]
pub struct RtField {
    pub name: Arc<str>,
    pub ty: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RtMethod {
    pub name: Arc<str>,
    pub call: MethodImpl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodImpl {
    /// A method of the program, and how its receiver comes from the boxed value.
    Func { func: FuncId, deref: Deref },
    /// The library's `Error()` of `errors.New` and `fmt.Errorf`: the message.
    ErrorText,
    /// `Unwrap()` of `fmt.Errorf` with `%w`.
    Unwrap,
    /// `Lock()` or `Unlock()` (by `unlock`) of a `*sync.Mutex`, a `*sync.RWMutex` or an
    /// `rw.RLocker()` (`access` read) in a `sync.Locker`: the lock it holds, as a lock call.
    Lock { access: super::Access, unlock: bool },
    /// `Write(p)` of one of the library's writers in an `io.Writer`.
    Write(WriteTo),
    /// A method of the library's that always says true (`Timeout()` of
    /// `context.DeadlineExceeded`).
    True,
}

/// How a method's receiver is made from the value in an interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deref {
    /// The value itself (a copy of it): the method's receiver is of the boxed type.
    No,
    /// A value receiver called through a pointer to a struct: a copy of the struct.
    Struct,
    /// A value receiver called through a pointer to another type's variable (`*IntHeap`'s
    /// `Len`): the variable's value, read as `*p` reads it.
    Pointee,
}

/// Where a library writer's `Write` puts the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteTo {
    /// An `*os.File`: the stream or file its descriptor names.
    File,
    /// A `*strings.Builder` or `*bytes.Buffer`: appended to the text it points to.
    Text,
    /// A `*bufio.Writer` or `*tabwriter.Writer`: into its buffer.
    Buffered,
    /// `io.Discard`: nowhere, every byte counted.
    Discard,
    /// `io.MultiWriter(ws...)`: to each writer of the slice it holds, in order.
    Multi,
}

/// What a type assertion or a type switch's case asks of an interface value.
#[derive(Debug, Clone, PartialEq)]
pub enum AssertTo {
    /// Exactly this dynamic type.
    Type(usize),
    /// An interface: these methods; `name` as Go's panic names it.
    Iface {
        name: Arc<str>,
        methods: Vec<Arc<str>>,
    },
}

/// The library functions of `errors`, and `fmt.Errorf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorsOp {
    /// `errors.New(text)`.
    New,
    /// `fmt.Errorf(format, args...)`; `wraps`: the argument its `%w` takes, if any.
    Errorf { wraps: Option<usize> },
    /// `errors.Is(err, target)`.
    Is,
    /// `errors.Unwrap(err)`.
    Unwrap,
    /// `errors.Join(errs...)`.
    Join,
    /// `fmt.Errorf(format, args...)` with several `%w`: the arguments they take, as bits.
    ErrorfWrapsAll(u64),
}

/// The types every program's table starts with.
pub fn builtin_types() -> Vec<RtType> {
    let method = |name: &str, call| RtMethod {
        name: name.into(),
        call,
    };
    let mut types = vec![
        RtType {
            name: "*errors.errorString".into(),
            methods: vec![method("Error", MethodImpl::ErrorText)],
            fields: Vec::new(),
            elem: None,
        },
        RtType {
            name: "*fmt.wrapError".into(),
            methods: vec![
                method("Error", MethodImpl::ErrorText),
                method("Unwrap", MethodImpl::Unwrap),
            ],
            fields: Vec::new(),
            elem: None,
        },
        // Their `Unwrap() []error` is walked by `errors.Is` and `As`, not called.
        RtType {
            name: "*errors.joinError".into(),
            methods: vec![method("Error", MethodImpl::ErrorText)],
            fields: Vec::new(),
            elem: None,
        },
        RtType {
            name: "*fmt.wrapErrors".into(),
            methods: vec![method("Error", MethodImpl::ErrorText)],
            fields: Vec::new(),
            elem: None,
        },
    ];
    // The library's writers, each with the `Write` that makes it an `io.Writer`.
    let writers = [
        ("*os.File", WriteTo::File),
        ("*strings.Builder", WriteTo::Text),
        ("*bytes.Buffer", WriteTo::Text),
        ("*bufio.Writer", WriteTo::Buffered),
        ("*tabwriter.Writer", WriteTo::Buffered),
        ("io.discard", WriteTo::Discard),
        ("*io.multiWriter", WriteTo::Multi),
    ];
    types.extend(writers.map(|(name, to)| RtType {
        name: name.into(),
        methods: vec![method("Write", MethodImpl::Write(to))],
        fields: Vec::new(),
        elem: None,
    }));
    // `RuntimeError()` only marks the type: it has no result, so what it gives is never seen.
    types.push(RtType {
        name: "runtime.Error".into(),
        methods: vec![
            method("Error", MethodImpl::ErrorText),
            method("RuntimeError", MethodImpl::ErrorText),
        ],
        fields: Vec::new(),
        elem: None,
    });
    types.push(RtType {
        name: "context.deadlineExceededError".into(),
        methods: vec![
            method("Error", MethodImpl::ErrorText),
            method("Temporary", MethodImpl::True),
            method("Timeout", MethodImpl::True),
        ],
        fields: Vec::new(),
        elem: None,
    });
    types
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_time_error_is_the_type_its_number_names() {
        assert_eq!(&*builtin_types()[RUNTIME_ERROR].name, "runtime.Error");
        let deadline = &builtin_types()[DEADLINE_EXCEEDED];
        assert_eq!(&*deadline.name, "context.deadlineExceededError");
    }

    #[test]
    fn a_file_in_a_writer_is_the_type_its_number_names() {
        let types = builtin_types();
        assert_eq!(&*types[OS_FILE].name, "*os.File");
        let write = types[OS_FILE].methods.iter().find(|m| &*m.name == "Write");
        assert_eq!(
            write.map(|m| m.call),
            Some(MethodImpl::Write(WriteTo::File))
        );
    }
}
