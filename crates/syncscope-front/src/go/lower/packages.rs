//! Selectors: the functions and constants of `fmt`, `time` and `math/rand`, and the methods
//! of the values the subset has.

use super::Lowerer;
use super::calls::NO_VALUE;
use super::scope::Resolved;
use crate::go::types::{Dir, Type};
use syncscope_program::{BinOp, Expr, Lit, Ty, UnOp};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// A selector's operand and field, the field's name, and the package the operand names
    /// if it names one.
    fn parts_of<'t>(
        &mut self,
        n: Node<'t>,
    ) -> Option<(Node<'t>, Node<'t>, String, Option<String>)> {
        let operand = n.child_by_field_name("operand")?;
        let field = n.child_by_field_name("field")?;
        let member = self.text_of(field).to_string();
        let mut package = None;
        if operand.kind() == "identifier" {
            let name = self.text_of(operand).to_string();
            if let Resolved::Package(p) = self.resolve(&name, true) {
                self.use_local(&name);
                package = Some(p);
            }
        }
        Some((operand, field, member, package))
    }

    pub(super) fn selector_call(&mut self, n: Node, callee: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let Some((operand, field, member, package)) = self.parts_of(callee) else {
            return invalid;
        };
        if let Some(p) = package {
            return self.package_call(n, field, &p, &member, args);
        }
        if member == "Init" && self.new_tabwriter(operand) {
            return self.tabwriter_new(n, args);
        }
        let (recv, ty) = self.expr(operand);
        let full = self.expr_text(callee);
        if let Type::Atomic(_) = ty {
            return self.atomic_method(n, callee, recv, &ty, &member, args);
        }
        // `c.Add(1)` of a `*atomic.Int64`: the pointer is the atomic's handle.
        if let Type::Pointer(inner) = &ty
            && let Type::Atomic(_) = inner.as_ref()
        {
            return self.atomic_method(n, callee, recv, inner, &member, args);
        }
        if let Type::AtomicPointer(elem) = &ty {
            return self.pointer_method(n, callee, recv, elem, &member, args);
        }
        if ty == Type::Once {
            return self.once_method(n, callee, recv, &member, args);
        }
        if ty == Type::Context {
            return self.context_method(n, callee, recv, &member, args);
        }
        if let Type::Iface(id, _) = ty {
            return self.iface_call(n, callee, recv, id, &member, args);
        }
        if ty == Type::TabWriter {
            return self.tabwriter_method(n, callee, recv, &member, args);
        }
        if ty == Type::BufWriter {
            return self.bufio_method(n, callee, recv, &member, args);
        }
        if matches!(
            ty,
            Type::File
                | Type::StrReader
                | Type::BytesReader
                | Type::Scanner
                | Type::BufReader
                | Type::DirEntry(_)
        ) {
            return self.file_method(n, callee, recv, &ty, &member, args);
        }
        if matches!(ty, Type::FileInfo(_) | Type::FileMode) {
            return self.info_method(n, callee, recv, &ty, &member, args);
        }
        if let Type::Hash(d) = ty {
            return self.hash_method(n, callee, (recv, d), &member, args);
        }
        if ty == Type::Location {
            return self.location_method(n, callee, recv, &member, args);
        }
        if ty == Type::Regexp {
            return self.regexp_method(n, callee, recv, &member, args);
        }
        if ty == Type::Template {
            return self.template_method(n, callee, recv, &member, args);
        }
        if ty == Type::JsonEncoder {
            return self.json_encoder_method(n, callee, recv, &member, args);
        }
        if ty == Type::JsonDecoder {
            return self.json_decoder_method(n, callee, recv, &member, args);
        }
        if ty == Type::FlagSet {
            return self.flag_method(n, callee, recv, &member, args);
        }
        if matches!(
            ty,
            Type::SlogLogger | Type::SlogHandler(_) | Type::SlogValue
        ) {
            return self.slog_method(n, callee, recv, &ty, &member, args);
        }
        if ty == Type::Base64 {
            return self.base64_method(n, callee, recv, &member, args);
        }
        if let Type::Rand(_) = ty {
            return self.rand_v2_method(n, callee, (recv, &ty), &member, args);
        }
        if super::pool::is_pool(&ty) {
            return self.pool_method(n, callee, recv, &ty, &member, args);
        }
        if super::sync_map::is_sync_map(&ty) {
            return self.sync_map_method(n, callee, recv, &ty, &member, args);
        }
        if let Type::Fnv32(_) = ty {
            return self.fnv_method(n, callee, recv, &member, args);
        }
        if self.url_method_not_run(callee, &ty, &member, args) {
            return invalid;
        }
        let (recv, ty) = match self.through_pointer(callee, recv, ty, &member) {
            Some(through) => through,
            None => return invalid,
        };
        if let Some(call) = self.lib_method(n, callee, recv.clone(), &ty, &member, args) {
            return call;
        }
        if Self::methods_id(&ty).is_some() {
            return match self.method_call(n, callee, recv.clone(), &ty, &member, args) {
                Some(call) => call,
                None if let Some((f, fty)) = self.func_field(&ty, recv.clone(), &member) => {
                    self.call_value(n, callee, f, fty, args)
                }
                None if let Some(fty) = self.field_type(&ty, &member) => {
                    for a in args {
                        self.used_in(*a);
                    }
                    let shown = fty.spelled(self.spelling()).to_string();
                    let text = format!(
                        "invalid operation: cannot call {full} (variable of type {shown}): \
                         {shown} is not a function"
                    );
                    self.error(callee, text);
                    invalid
                }
                None => {
                    let text = self.no_field_or_method(&full, &ty, &member);
                    self.error(field, text);
                    invalid
                }
            };
        }
        match (&ty, member.as_str()) {
            (Type::Duration, "Seconds") if args.is_empty() => {
                let second = || Box::new(Expr::Lit(Lit::Duration(1_000_000_000)));
                let whole = Expr::Binary(BinOp::Div, Box::new(recv.clone()), second());
                let part = Expr::Binary(BinOp::Rem, Box::new(recv), second());
                let fraction = Expr::Binary(
                    BinOp::Div,
                    Box::new(Expr::Convert(Ty::F64, Box::new(part))),
                    Box::new(Expr::Lit(Lit::F64(1e9))),
                );
                let e = Expr::Binary(
                    BinOp::Add,
                    Box::new(Expr::Convert(Ty::F64, Box::new(whole))),
                    Box::new(fraction),
                );
                (e, Type::F64)
            }
            (Type::Duration, m)
                if args.is_empty()
                    && let Some(e) = super::durations::in_units(recv.clone(), m) =>
            {
                e
            }
            // A Stringer's own method: what fmt prints of it.
            (Type::Duration, "String") if args.is_empty() => {
                let args = vec![recv];
                (Expr::Sprint { line: false, args }, Type::Str)
            }
            (Type::WaitGroup, "Add" | "Done" | "Wait")
            | (Type::Mutex, "Lock" | "Unlock")
            | (Type::RwMutex, "Lock" | "Unlock" | "RLock" | "RUnlock") => NO_VALUE,
            (Type::WaitGroup, "Go") => self.wait_group_go(n, callee, recv, args),
            (t, "RLocker") if args.is_empty() && super::locker::rw_mutex(t) => self.rlocker(recv),
            (Type::Mutex | Type::RwMutex, "TryLock") | (Type::RwMutex, "TryRLock") => {
                self.args_as(n, args, &[], &full);
                let access = match member.as_str() {
                    "TryRLock" => syncscope_program::event::Access::Read,
                    _ => syncscope_program::event::Access::Write,
                };
                let lock = Box::new(recv);
                (Expr::TryLock { lock, access }, Type::Bool)
            }
            (Type::RwMutex, "RLocker") => {
                self.unsupported(callee, &full);
                invalid
            }
            (Type::Invalid, _) => {
                // What the call's arguments use still counts as used.
                for a in args {
                    self.used_in(*a);
                }
                invalid
            }
            (Type::Cond, m) => self.cond_method_value(field, &full, m),
            (Type::Time, m)
                if let Some(done) = self.time_method(n, callee, recv.clone(), m, args) =>
            {
                done
            }
            (Type::Timer | Type::Ticker | Type::Duration, _)
                if let Some(done) =
                    self.timer_method(n, callee, recv.clone(), &ty, &member, args) =>
            {
                done
            }
            (Type::Duration, m) if !DURATION_METHODS.contains(&m) => {
                self.error(field, self.no_field_or_method(&full, &ty, &member));
                invalid
            }
            (
                Type::WaitGroup
                | Type::Mutex
                | Type::RwMutex
                | Type::Int
                | Type::F32
                | Type::F64
                | Type::Str
                | Type::Bool
                | Type::Slice(_)
                | Type::Timer
                | Type::Ticker,
                _,
            ) => {
                self.error(field, self.no_field_or_method(&full, &ty, &member));
                invalid
            }
            _ => {
                self.unsupported(callee, &format!("the method {full}"));
                invalid
            }
        }
    }

    pub(super) fn package_call(
        &mut self,
        n: Node,
        field: Node,
        package: &str,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("{package}.{member}");
        if !exported(package, member) {
            let written = self.written_package(field, package);
            self.error(field, undefined(&written, package, member));
            for a in args {
                self.used_in(*a);
            }
            return invalid;
        }
        match full.as_str() {
            "fmt.Sprintf" => {
                let Some((format, rest)) = args.split_first() else {
                    let message = "not enough arguments in call to fmt.Sprintf: have (), want \
                                   (string, ...any)";
                    self.error(n, message.into());
                    return invalid;
                };
                let mut all = vec![self.format_value(*format, "argument to fmt.Sprintf")];
                all.extend(self.any_args(rest, &full));
                (Expr::Sprintf(all), Type::Str)
            }
            "fmt.Sprint" | "fmt.Sprintln" => {
                let args = self.any_args(args, &full);
                let line = member == "Sprintln";
                (Expr::Sprint { line, args }, Type::Str)
            }
            "time.Now" => {
                self.args_as(n, args, &[], &full);
                (Expr::Now, Type::Time)
            }
            "time.Since" | "time.Until" => {
                let a = self.args_as(n, args, &[Type::Time], &full);
                match a.into_iter().next() {
                    // `time.Until(t)` is `-time.Since(t)`: `t.Sub(time.Now())`.
                    Some(t) if member == "Until" => (
                        Expr::Unary(UnOp::Neg, Box::new(Expr::Since(Box::new(t)))),
                        Type::Duration,
                    ),
                    Some(t) => (Expr::Since(Box::new(t)), Type::Duration),
                    None => invalid,
                }
            }
            "time.After" => {
                let a = self.args_as(n, args, &[Type::Duration], &full);
                match a.into_iter().next() {
                    Some(d) => {
                        let ty = Type::Chan(Dir::Recv, Box::new(Type::Time));
                        let sync = self.lang.sync_timers();
                        (
                            Expr::After {
                                d: Box::new(d),
                                sync,
                            },
                            ty,
                        )
                    }
                    None => invalid,
                }
            }
            "time.Duration" => self.conversion(n, args, Type::Duration, Ty::Duration),
            "time.Month" | "time.Weekday" => {
                let to = self.time_enum(full == "time.Month");
                self.named_conversion(n, args, to)
            }
            "rand.Intn" => {
                let a = self.args_as(n, args, &[Type::Int], &full);
                match a.into_iter().next() {
                    Some(x) => (Expr::RandIntn(Box::new(x)), Type::Int),
                    None => invalid,
                }
            }
            // Go's non-negative `int`: below 2^63.
            "rand.Int" => {
                self.args_as(n, args, &[], &full);
                (Expr::RandIntn(Box::new(Expr::int(i64::MAX))), Type::Int)
            }
            "rand.Int63" | "rand.Int63n" | "rand.Int31" | "rand.Int31n" | "rand.Uint32"
            | "rand.NormFloat64" | "rand.ExpFloat64" => self.rand_draw(n, member, args),
            // v1's `Shuffle` and `Perm` draw as v2's do; both are randomly seeded in Go.
            "rand.Shuffle" | "rand.Perm" => self.rand_v2_call(n, member, args),
            "rand.Float32" => {
                self.args_as(n, args, &[], &full);
                (Expr::RandFloat32, Type::F32)
            }
            "rand.Float64" => {
                self.args_as(n, args, &[], &full);
                (Expr::RandFloat64, Type::F64)
            }
            "time.Sleep" => NO_VALUE,
            "rand.Seed" => self.rand_seed(n, args),
            "os.Exit" => {
                let a = self.args_as(n, args, &[Type::Int], &full);
                match a.into_iter().next() {
                    Some(code) => (Expr::Exit(Box::new(code)), Type::Void),
                    None => invalid,
                }
            }
            "sync.OnceFunc" | "sync.OnceValue" | "sync.OnceValues" => {
                self.once_func(n, member, args)
            }
            "time.NewTimer" | "time.NewTicker" | "time.Tick" => self.timer_call(n, &full, args),
            "time.AfterFunc" => {
                let want = [Type::Duration, Type::Func(Vec::new(), None)];
                let mut a = self.args_as(n, args, &want, &full).into_iter();
                match (a.next(), a.next()) {
                    (Some(d), Some(f)) => {
                        let (d, f) = (Box::new(d), Box::new(f));
                        (Expr::AfterFunc { d, f }, Type::Timer)
                    }
                    _ => invalid,
                }
            }
            "sync.NewCond" => self.new_cond(n, args),
            _ if package == "time"
                && let Some(call) = self.time_make(n, member, args) =>
            {
                call
            }
            _ if package == "context" => self.context_call(n, member, args),
            _ if package == "rand/v2" => self.rand_v2_call(n, member, args),
            _ if package == "atomic" => self.atomic_call(n, member, args),
            _ if package == "runtime"
                && let Some(call) = self.runtime_call(n, member, args) =>
            {
                call
            }
            "errors.New" | "errors.Is" | "errors.Unwrap" | "errors.As" | "errors.Join"
            | "fmt.Errorf" => self.errors_call(n, &full, args),
            _ if let Some(call) = self.lib_call(n, package, member, args) => call,
            "fmt.Fprintln" | "fmt.Fprintf" | "fmt.Fprint" => {
                let result = Type::Tuple(vec![Type::Int, super::library::error_type()]);
                (self.writer_fprint(n, member, args), result)
            }
            "fmt.Println" | "fmt.Printf" | "fmt.Print" => {
                self.unsupported(n, &format!("using what {full} returns"));
                invalid
            }
            _ => {
                self.unsupported(n, &full);
                invalid
            }
        }
    }

    /// `time.Millisecond` and the other units: typed constants.
    pub(super) fn selector(&mut self, n: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let Some((_, field, member, package)) = self.parts_of(n) else {
            return invalid;
        };
        if let Some(p) = package {
            let unit = match (p.as_str(), member.as_str()) {
                ("time", "Nanosecond") => 1,
                ("time", "Microsecond") => 1_000,
                ("time", "Millisecond") => 1_000_000,
                ("time", "Second") => 1_000_000_000,
                ("time", "Minute") => 60_000_000_000,
                ("time", "Hour") => 3_600_000_000_000,
                ("context", m) if let Some(value) = self.context_value(m) => return value,
                ("time", m) if let Some(value) = self.time_enum_value(m) => return value,
                ("time", m) if let Some(value) = Self::location_value(m) => return value,
                _ if let Some(value) = self.lib_value(&p, &member) => {
                    if p == "math" {
                        self.exact_math(&member, &value.0);
                    }
                    return value;
                }
                _ if let Some(value) = self.lib_func_value(n, &p, &member) => return value,
                _ if exported(&p, &member) => {
                    self.unsupported(n, &format!("{p}.{member} as a value"));
                    return invalid;
                }
                _ => {
                    let written = self.written_package(field, &p);
                    self.error(field, undefined(&written, &p, &member));
                    return invalid;
                }
            };
            return (Expr::Lit(Lit::Duration(unit)), Type::Duration);
        }
        if let Some(c) = self.cond_field(n) {
            return c;
        }
        if let Some(new) = self.pool_new_read(n) {
            return new;
        }
        if let Some(c) = self.timer_field(n) {
            return c;
        }
        if let Some(value) = self.method_expr(n) {
            return value;
        }
        if self.names_a_method(n)
            && let Some(value) = self.method_value(n)
        {
            return value;
        }
        self.field_read(n)
    }
}

/// The methods Go's `time.Duration` has.
const DURATION_METHODS: [&str; 10] = [
    "Abs",
    "Hours",
    "Microseconds",
    "Milliseconds",
    "Minutes",
    "Nanoseconds",
    "Round",
    "Seconds",
    "String",
    "Truncate",
];

/// Whether Go 1.26's `package` (by the name a file calls it) has `member`: a name it does not
/// have is Go's "undefined", one it has and syncscope does not run is "not run yet".
/// `undefined: os.exit`, with Go's hint when only the case is wrong: `(but have Exit)`.
/// Go's words for `written.member` of `package`, which has no such name: a name that
/// differs only in case is named.
pub(super) fn undefined(written: &str, package: &str, member: &str) -> String {
    let have = EXPORTED
        .iter()
        .chain([
            &("os", super::os::EXPORTED),
            &("context", super::context::EXPORTED),
        ])
        .filter(|(p, _)| *p == package)
        .flat_map(|(_, names)| names.iter().copied())
        .chain(super::rand_v2::named_like(package, member))
        .chain(super::lib_names::names_of(package).split_ascii_whitespace())
        .find(|name| name.eq_ignore_ascii_case(member));
    match have {
        Some(name) => format!("undefined: {written}.{member} (but have {name})"),
        None => format!("undefined: {written}.{member}"),
    }
}

pub(super) fn exported(package: &str, member: &str) -> bool {
    EXPORTED
        .iter()
        .chain([
            &("os", super::os::EXPORTED),
            &("context", super::context::EXPORTED),
        ])
        .any(|(p, names)| *p == package && names.contains(&member))
        || super::lib_names::exported(package, member)
}

/// The exported names of the packages a file may import, as Go 1.26's type checker lists
/// them.
const EXPORTED: [(&str, &[&str]); 7] = [
    (
        "errors",
        &["As", "ErrUnsupported", "Is", "Join", "New", "Unwrap"],
    ),
    (
        "fmt",
        &[
            "Append",
            "Appendf",
            "Appendln",
            "Errorf",
            "FormatString",
            "Formatter",
            "Fprint",
            "Fprintf",
            "Fprintln",
            "Fscan",
            "Fscanf",
            "Fscanln",
            "GoStringer",
            "Print",
            "Printf",
            "Println",
            "Scan",
            "ScanState",
            "Scanf",
            "Scanln",
            "Scanner",
            "Sprint",
            "Sprintf",
            "Sprintln",
            "Sscan",
            "Sscanf",
            "Sscanln",
            "State",
            "Stringer",
        ],
    ),
    (
        "sync",
        &[
            "Cond",
            "Locker",
            "Map",
            "Mutex",
            "NewCond",
            "Once",
            "OnceFunc",
            "OnceValue",
            "OnceValues",
            "Pool",
            "RWMutex",
            "WaitGroup",
        ],
    ),
    (
        "time",
        &[
            "ANSIC",
            "After",
            "AfterFunc",
            "April",
            "August",
            "Date",
            "DateOnly",
            "DateTime",
            "December",
            "Duration",
            "February",
            "FixedZone",
            "Friday",
            "Hour",
            "January",
            "July",
            "June",
            "Kitchen",
            "Layout",
            "LoadLocation",
            "LoadLocationFromTZData",
            "Local",
            "Location",
            "March",
            "May",
            "Microsecond",
            "Millisecond",
            "Minute",
            "Monday",
            "Month",
            "Nanosecond",
            "NewTicker",
            "NewTimer",
            "November",
            "Now",
            "October",
            "Parse",
            "ParseDuration",
            "ParseError",
            "ParseInLocation",
            "RFC1123",
            "RFC1123Z",
            "RFC3339",
            "RFC3339Nano",
            "RFC822",
            "RFC822Z",
            "RFC850",
            "RubyDate",
            "Saturday",
            "Second",
            "September",
            "Since",
            "Sleep",
            "Stamp",
            "StampMicro",
            "StampMilli",
            "StampNano",
            "Sunday",
            "Thursday",
            "Tick",
            "Ticker",
            "Time",
            "TimeOnly",
            "Timer",
            "Tuesday",
            "UTC",
            "Unix",
            "UnixDate",
            "UnixMicro",
            "UnixMilli",
            "Until",
            "Wednesday",
            "Weekday",
        ],
    ),
    (
        "rand",
        &[
            "ExpFloat64",
            "Float32",
            "Float64",
            "Int",
            "Int31",
            "Int31n",
            "Int63",
            "Int63n",
            "Intn",
            "New",
            "NewSource",
            "NewZipf",
            "NormFloat64",
            "Perm",
            "Rand",
            "Read",
            "Seed",
            "Shuffle",
            "Source",
            "Source64",
            "Uint32",
            "Uint64",
            "Zipf",
        ],
    ),
    (
        "atomic",
        &[
            "AddInt32",
            "AddInt64",
            "AddUint32",
            "AddUint64",
            "AddUintptr",
            "AndInt32",
            "AndInt64",
            "AndUint32",
            "AndUint64",
            "AndUintptr",
            "Bool",
            "CompareAndSwapInt32",
            "CompareAndSwapInt64",
            "CompareAndSwapPointer",
            "CompareAndSwapUint32",
            "CompareAndSwapUint64",
            "CompareAndSwapUintptr",
            "Int32",
            "Int64",
            "LoadInt32",
            "LoadInt64",
            "LoadPointer",
            "LoadUint32",
            "LoadUint64",
            "LoadUintptr",
            "OrInt32",
            "OrInt64",
            "OrUint32",
            "OrUint64",
            "OrUintptr",
            "Pointer",
            "StoreInt32",
            "StoreInt64",
            "StorePointer",
            "StoreUint32",
            "StoreUint64",
            "StoreUintptr",
            "SwapInt32",
            "SwapInt64",
            "SwapPointer",
            "SwapUint32",
            "SwapUint64",
            "SwapUintptr",
            "Uint32",
            "Uint64",
            "Uintptr",
            "Value",
        ],
    ),
    (
        "runtime",
        &[
            "AddCleanup",
            "BlockProfile",
            "BlockProfileRecord",
            "Breakpoint",
            "CPUProfile",
            "Caller",
            "Callers",
            "CallersFrames",
            "Cleanup",
            "Compiler",
            "Error",
            "Frame",
            "Frames",
            "Func",
            "FuncForPC",
            "GC",
            "GOARCH",
            "GOMAXPROCS",
            "GOOS",
            "GOROOT",
            "Goexit",
            "GoroutineProfile",
            "Gosched",
            "KeepAlive",
            "LockOSThread",
            "MemProfile",
            "MemProfileRate",
            "MemProfileRecord",
            "MemStats",
            "MutexProfile",
            "NumCPU",
            "NumCgoCall",
            "NumGoroutine",
            "PanicNilError",
            "Pinner",
            "ReadMemStats",
            "ReadTrace",
            "SetBlockProfileRate",
            "SetCPUProfileRate",
            "SetCgoTraceback",
            "SetDefaultGOMAXPROCS",
            "SetFinalizer",
            "SetMutexProfileFraction",
            "Stack",
            "StackRecord",
            "StartTrace",
            "StopTrace",
            "ThreadCreateProfile",
            "TypeAssertionError",
            "UnlockOSThread",
            "Version",
        ],
    ),
];
