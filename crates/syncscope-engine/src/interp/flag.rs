//! The `flag` package as Go 1.26's (src/flag/flag.go): flag sets whose flags are variables
//! the program reads through pointers, `Parse` of the run's arguments (`os.Args[1:]`, the
//! command line's after `--`) with Go's errors and usage text on stderr, and Go's endings:
//! exit status 2 (0 for `-h`), the error given back, or a panic.

use super::flag_text::{defaults, shown, usage};
use super::pointers::Ref;
use super::slices::SliceVal;
use super::value::Value;
use super::{Goroutine, cell};
use crate::sched::Stop;
use std::sync::{Arc, Mutex, MutexGuard};
use syncscope_program::library::STDERR;
use syncscope_program::textlib::{FlagKind, FlagOp};

/// Go's `ErrorHandling` values.
pub(super) const CONTINUE_ON_ERROR: i64 = 0;
pub(super) const EXIT_ON_ERROR: i64 = 1;

pub(super) struct Flag {
    pub(super) name: String,
    pub(super) usage: String,
    pub(super) kind: FlagKind,
    /// Go's `DefValue`: the default as the flag's `String` gives it.
    pub(super) default: String,
    pub(super) place: Ref,
}

#[derive(Default)]
pub(crate) struct FlagSet {
    pub(super) name: String,
    pub(super) handling: i64,
    pub(super) flags: Vec<Flag>,
    /// The flags the arguments set, by name.
    pub(super) actual: Vec<String>,
    pub(super) parsed: bool,
    /// What `Parse` left; `None` before it.
    pub(super) args: Option<Vec<String>>,
    /// The program's usage function (`flag.Usage = f`), called instead of the default.
    pub(super) usage_func: Option<Value>,
}

/// A `*flag.FlagSet`: equal when it is the same set.
#[derive(Clone)]
pub(crate) struct FlagSetRef(Arc<Mutex<FlagSet>>);

impl std::fmt::Debug for FlagSetRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FlagSet")
    }
}

impl PartialEq for FlagSetRef {
    fn eq(&self, other: &FlagSetRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl FlagSetRef {
    fn new(name: String, handling: i64) -> FlagSetRef {
        FlagSetRef(Arc::new(Mutex::new(FlagSet {
            name,
            handling,
            ..FlagSet::default()
        })))
    }

    pub(super) fn get(&self) -> MutexGuard<'_, FlagSet> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The run's `flag.CommandLine`, made at its first use.
#[derive(Default)]
pub(crate) struct CommandLine(pub(super) Mutex<Option<FlagSetRef>>);

fn strs(items: &[String]) -> Value {
    Value::Slice(SliceVal::new(
        items
            .iter()
            .map(|s| Value::Str(s.as_str().into()))
            .collect(),
    ))
}

impl Goroutine {
    /// A `flag` call.
    pub(super) fn flag_lib(&self, op: FlagOp, v: &[Value]) -> Result<Value, Stop> {
        let text = |i: usize| match v.get(i) {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        match op {
            FlagOp::CommandLine => {
                let mut line = self
                    .shared
                    .flags
                    .0
                    .lock()
                    .unwrap_or_else(|e| e.into_inner());
                let set = line.get_or_insert_with(|| FlagSetRef::new(text(0), EXIT_ON_ERROR));
                return Ok(Value::Flags(set.clone()));
            }
            FlagOp::NewSet => {
                let handling = v.get(1).map_or(0, Value::as_int);
                return Ok(Value::Flags(FlagSetRef::new(text(0), handling)));
            }
            _ => {}
        }
        let Some(Value::Flags(set)) = v.first() else {
            return Err(Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        };
        match op {
            FlagOp::Define(kind) => {
                let place = Ref::Cell(cell(v.get(2).cloned().unwrap_or(Value::Unit)));
                self.define(set, kind, place.clone(), v.get(2), text(1), text(3))?;
                Ok(Value::Ref(place))
            }
            FlagOp::DefineVar(kind) => {
                let Some(Value::Ref(place)) = v.get(1) else {
                    return Err(Stop::Panic(
                        "panic: runtime error: invalid memory address or nil pointer dereference"
                            .into(),
                    ));
                };
                self.set_flag(place, v.get(3).cloned().unwrap_or(Value::Unit))?;
                self.define(set, kind, place.clone(), v.get(3), text(2), text(4))?;
                Ok(Value::Unit)
            }
            FlagOp::Parse => {
                let args = match v.get(1) {
                    Some(Value::Slice(s)) => s
                        .items()
                        .iter()
                        .map(|a| match a {
                            Value::Str(s) => s.to_string(),
                            _ => String::new(),
                        })
                        .collect(),
                    _ => self.shared.info.lesson.knobs.args.clone(),
                };
                self.parse_flags(set, args)
            }
            FlagOp::Args => Ok(match &set.get().args {
                Some(args) => strs(args),
                None => Value::Slice(SliceVal::nil()),
            }),
            FlagOp::NArg => Ok(Value::Int(
                set.get().args.as_ref().map_or(0, Vec::len) as i64
            )),
            FlagOp::Arg => {
                let i = v.get(1).map_or(0, Value::as_int);
                let got = set.get();
                let arg = got
                    .args
                    .as_ref()
                    .and_then(|a| usize::try_from(i).ok().and_then(|i| a.get(i)));
                Ok(Value::Str(arg.map_or("", |s| s.as_str()).into()))
            }
            FlagOp::NFlag => Ok(Value::Int(set.get().actual.len() as i64)),
            FlagOp::Parsed => Ok(Value::Bool(set.get().parsed)),
            FlagOp::Name => Ok(Value::Str(set.get().name.as_str().into())),
            FlagOp::PrintDefaults => {
                let text = defaults(&set.get());
                self.write_to(STDERR, text);
                Ok(Value::Unit)
            }
            FlagOp::SetUsage => {
                set.get().usage_func = v.get(1).cloned();
                Ok(Value::Unit)
            }
            FlagOp::Usage => {
                self.show_usage(set)?;
                Ok(Value::Unit)
            }
            FlagOp::CommandLine | FlagOp::NewSet => Ok(Value::Unit),
        }
    }

    /// Go's `f.usage()`: the program's usage function, else the default text on stderr.
    pub(super) fn show_usage(&self, set: &FlagSetRef) -> Result<(), Stop> {
        let (func, text) = {
            let s = set.get();
            (s.usage_func.clone(), usage(&s))
        };
        match func {
            Some(Value::Func(f)) => self.call(f.func, Vec::new(), f.cells.clone()).map(drop),
            _ => {
                self.write_to(STDERR, text);
                Ok(())
            }
        }
    }

    /// `*p = v` of a flag's variable.
    pub(super) fn set_flag(&self, place: &Ref, v: Value) -> Result<(), Stop> {
        self.store_ref(place, v)
    }

    /// Go's `Var`: a flag of a name not yet defined, or Go's panic.
    fn define(
        &self,
        set: &FlagSetRef,
        kind: FlagKind,
        place: Ref,
        value: Option<&Value>,
        name: String,
        usage: String,
    ) -> Result<(), Stop> {
        let mut s = set.get();
        let wrong = if name.starts_with('-') {
            Some(format!(
                "flag {} begins with -",
                super::strconv::quote(&name)
            ))
        } else if name.contains('=') {
            Some(format!("flag {} contains =", super::strconv::quote(&name)))
        } else if s.flags.iter().any(|f| f.name == name) {
            Some(match s.name.as_str() {
                "" => format!("flag redefined: {name}"),
                set_name => format!("{set_name} flag redefined: {name}"),
            })
        } else {
            None
        };
        if let Some(msg) = wrong {
            drop(s);
            self.write_to(STDERR, format!("{msg}\n"));
            return Err(Stop::Panic(format!("panic: {msg}")));
        }
        let default = shown(kind, value.unwrap_or(&Value::Unit));
        s.flags.push(Flag {
            name,
            usage,
            kind,
            default,
            place,
        });
        Ok(())
    }
}

impl Goroutine {
    /// `os.Args`: the program's path, given, and the run's arguments.
    pub(super) fn os_args(&self, v: &[Value]) -> Value {
        let path = v.first().cloned().unwrap_or(Value::Str("".into()));
        let args = self.shared.info.lesson.knobs.args.iter();
        let all = std::iter::once(path).chain(args.map(|a| Value::Str(a.as_str().into())));
        Value::Slice(SliceVal::new(all.collect()))
    }
}
