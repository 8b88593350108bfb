//! `Expr::Lib`: a call of Go's standard library, its arguments evaluated in Go's order, then
//! the package's function (`strings`, `strconv`, `math` have files of their own); `slices`,
//! `errors` and the loggers are here.

use super::log::LoggerRef;
use super::sorting::{ordered, ordered_less};
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::cmp::Ordering;
use syncscope_program::{Expr, Lib};

impl Goroutine {
    pub(super) fn eval_lib(&self, frame: &mut Frame, f: Lib, args: &[Expr]) -> Result<Value, Stop> {
        let values = self.eval_all(frame, args)?;
        if f == Lib::RangeContinued {
            return Err(Stop::Panic(
                "panic: runtime error: range function continued iteration after function for \
                 loop body returned false"
                    .into(),
            ));
        }
        if f == Lib::StdLogger {
            return Ok(Value::Logger(self.shared.std_log.clone()));
        }
        if let Lib::RuntimeText(line) = f {
            return Ok(self.runtime_text(line, &values));
        }
        if let Some(result) = self.files_lib(f, &values) {
            return result;
        }
        if let Some(value) = self.env_lib(f, &values) {
            return Ok(value);
        }
        if let Some(result) = self.context_lib(f, &values) {
            return result;
        }
        if let Some(result) = self.slices_lib(f, &values) {
            return result;
        }
        if let Some(result) = self.strings_funcs(f, &values) {
            return result;
        }
        if let Some(result) = self.maps_lib(f, &values) {
            return result;
        }
        if let Lib::SyncMap(op) = f {
            return self.sync_map(op, &values);
        }
        if let Lib::RandDraw(draw) = f {
            return self.rand_draw(draw, &values);
        }
        if f == Lib::RandShuffle {
            return self.rand_shuffle(&values);
        }
        if let Some(result) = self.rand_v2_lib(f, &values) {
            return result;
        }
        if let Some(result) = self.sort_interface(f, &values) {
            return result;
        }
        if let Some(result) = self.heap_lib(f, &values) {
            return result;
        }
        if let Some(result) = self.mem_stats_lib(f, &values) {
            return result;
        }
        if let Some(result) = self.regexp_lib(f, &values) {
            return result;
        }
        if let Lib::Template(op) = f {
            return self.template_lib(op, &values);
        }
        if let Lib::Json(op) = f {
            return self.json_lib(op, &values);
        }
        if let Lib::Xml(op) = f {
            return self.xml_lib(op, &values);
        }
        if let Lib::Flag(op) = f {
            return self.flag_lib(op, &values);
        }
        if let Lib::Slog(op) = f {
            return self.slog_lib(op, &values);
        }
        if let Lib::Url(op) = f {
            return self.url_lib(op, &values);
        }
        if f == Lib::OsArgs {
            return Ok(self.os_args(&values));
        }
        let result = super::strings::call(f, &values)
            .or_else(|| super::strconv::call(f, &values))
            .or_else(|| super::strconv_uint::call(f, &values))
            .or_else(|| super::math::call(f, &values))
            .or_else(|| super::fnv::call(f, &values))
            .or_else(|| super::codecs::call(f, &values))
            .or_else(|| super::digests::call(f, &values))
            .or_else(|| super::filepath::call(f, &values))
            .or_else(|| super::strings_more::call(f, &values))
            .or_else(|| super::time_methods::call(f, &values))
            .or_else(|| super::time_make::call(f, &values))
            .or_else(|| super::cmp_funcs::call(f, &values))
            .or_else(|| super::unicode::call(f, &values))
            .unwrap_or_else(|| others(f, &values));
        result.map_err(Stop::Panic)
    }
}

fn items(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Slice(s)) => s.items(),
        _ => Vec::new(),
    }
}

/// Whether `b` takes `a`'s place as Go's builtin `max` (`want` greater) or `min` of the two,
/// by which `slices.Max` and `Min` go: a NaN wins, and +0 is the larger zero.
fn larger(a: &Value, b: &Value, want: Ordering) -> bool {
    let float = |v: &Value| match v {
        Value::F64(x) => Some(*x),
        Value::F32(x) => Some(f64::from(*x)),
        _ => None,
    };
    match (float(a), float(b)) {
        (Some(x), _) if x.is_nan() => false,
        (_, Some(y)) if y.is_nan() => true,
        (Some(x), Some(y)) if x == 0.0 && y == 0.0 => {
            let b_larger = x.is_sign_negative() && y.is_sign_positive();
            let b_smaller = x.is_sign_positive() && y.is_sign_negative();
            (want == Ordering::Greater && b_larger) || (want == Ordering::Less && b_smaller)
        }
        _ => ordered(b, a) == want,
    }
}

fn others(f: Lib, args: &[Value]) -> Result<Value, String> {
    let first = args.first();
    let second = args.get(1).unwrap_or(&Value::Unit);
    Ok(match f {
        Lib::SlicesContains => Value::Bool(items(first).contains(second)),
        Lib::SlicesIndex => Value::Int(
            items(first)
                .iter()
                .position(|v| v == second)
                .map_or(-1, |i| i as i64),
        ),
        Lib::SlicesMax | Lib::SlicesMin => {
            let (name, want) = match f {
                Lib::SlicesMax => ("Max", Ordering::Greater),
                _ => ("Min", Ordering::Less),
            };
            let all = items(first);
            let Some((head, rest)) = all.split_first() else {
                return Err(format!("panic: slices.{name}: empty list"));
            };
            let mut best = head;
            for v in rest {
                if larger(best, v, want) {
                    best = v;
                }
            }
            best.clone()
        }
        Lib::SlicesEqual => Value::Bool(items(first) == items(Some(second))),
        Lib::IsSorted => {
            let s = items(first);
            Value::Bool(s.windows(2).all(|w| !ordered_less(&w[1], &w[0])))
        }
        Lib::BuilderString => Value::Str(text(first).into()),
        Lib::BuilderLen => Value::Int(text(first).len() as i64),
        Lib::NewLogger => Value::Logger(LoggerRef::new(
            first
                .cloned()
                .unwrap_or(Value::Int(syncscope_program::library::STDERR)),
            text(Some(second)),
            args.get(2).map_or(0, Value::as_int),
        )),
        Lib::LoggerFlags => logger(first, |l| Value::Int(l.flags())),
        Lib::LoggerPrefix => logger(first, |l| Value::Str(l.prefix().into())),
        Lib::LoggerWriter => logger(first, |l| l.out()),
        other => return Err(format!("syncscope bug: {other:?} is no library function")),
    })
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    }
}

fn logger(v: Option<&Value>, f: impl Fn(&LoggerRef) -> Value) -> Value {
    match v {
        Some(Value::Logger(l)) => f(l),
        _ => Value::Unit,
    }
}
