//! The `log` package: a logger's prefix, flags and stream, and each line it writes with
//! Go's header (the date and time of the virtual clock, which starts where the Go
//! playground's does), on the program's stdout or stderr; `fmt.Fprint` to either stream.

use super::value::Value;
use super::{Frame, Goroutine, format, printf};
use crate::sched::Stop;
use std::sync::{Arc, Mutex, MutexGuard};
use syncscope_program::iface::{OS_FILE, RtType};
use syncscope_program::library::{STDERR, STDOUT, log_flags as flag};
use syncscope_program::{Expr, LogOp, LogSite, PrintKind, event::EventKind};

/// What a `*log.Logger` holds, as Go's does.
#[derive(Debug)]
pub(crate) struct Logger {
    prefix: String,
    flags: i64,
    /// A stream's or file's descriptor, or an `io.Writer`.
    out: Value,
    /// The handler of `slog.SetDefault`, which `log`'s own logger writes through.
    slog: Option<Arc<super::slog::Handler>>,
}

/// A logger, shared by every copy of its pointer.
#[derive(Debug, Clone)]
pub(crate) struct LoggerRef(Arc<Mutex<Logger>>);

impl PartialEq for LoggerRef {
    fn eq(&self, other: &LoggerRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl LoggerRef {
    pub(crate) fn new(out: Value, prefix: String, flags: i64) -> LoggerRef {
        LoggerRef(Arc::new(Mutex::new(Logger {
            prefix,
            flags,
            out,
            slog: None,
        })))
    }

    /// The `log` package's own: no prefix, the date and time, on stderr.
    pub(crate) fn standard() -> LoggerRef {
        LoggerRef::new(Value::Int(STDERR), String::new(), flag::STD)
    }

    fn get(&self) -> MutexGuard<'_, Logger> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn flags(&self) -> i64 {
        self.get().flags
    }

    pub(crate) fn prefix(&self) -> String {
        self.get().prefix.clone()
    }

    /// Where it writes, as an `io.Writer` (a stream as the `*os.File` it is).
    pub(crate) fn out(&self) -> Value {
        match self.get().out.clone() {
            Value::Int(fd) => super::iface::boxed(OS_FILE, "*os.File".into(), Value::Int(fd)),
            w => w,
        }
    }

    /// Lines through `h` with no header of their own, as `slog.SetDefault` makes them.
    pub(super) fn to_slog(&self, h: Arc<super::slog::Handler>) {
        let mut l = self.get();
        l.slog = Some(h);
        l.flags = 0;
    }
}

/// Where the run's clock starts, as Unix seconds: 2009-11-10 23:00:00 UTC, the Go
/// playground's time.
pub(super) const START_UNIX: i64 = 1_257_894_000;

/// The header Go's `formatHeader` writes for a line logged `ns` into the run.
fn header(prefix: &str, flags: i64, ns: i64, site: &LogSite) -> String {
    let mut out = String::new();
    if flags & flag::MSG_PREFIX == 0 {
        out.push_str(prefix);
    }
    let ns = ns.max(0);
    let secs = START_UNIX + ns / 1_000_000_000;
    if flags & flag::DATE != 0 {
        let (y, m, d) = civil(secs.div_euclid(86_400));
        out.push_str(&format!("{y:04}/{m:02}/{d:02} "));
    }
    if flags & (flag::TIME | flag::MICROSECONDS) != 0 {
        let s = secs.rem_euclid(86_400);
        out.push_str(&format!(
            "{:02}:{:02}:{:02}",
            s / 3600,
            s % 3600 / 60,
            s % 60
        ));
        if flags & flag::MICROSECONDS != 0 {
            out.push_str(&format!(".{:06}", ns % 1_000_000_000 / 1000));
        }
        out.push(' ');
    }
    if flags & (flag::SHORT_FILE | flag::LONG_FILE) != 0 {
        let file = if flags & flag::SHORT_FILE != 0 {
            site.file.rsplit('/').next().unwrap_or(&site.file)
        } else {
            &site.file
        };
        out.push_str(&format!("{file}:{}: ", site.line));
    }
    if flags & flag::MSG_PREFIX != 0 {
        out.push_str(prefix);
    }
    out
}

/// The year, month and day of a day counted from 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
pub(super) fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// What `fmt.Print`, `Printf` or `Println` makes of `values`.
fn message(kind: PrintKind, values: &[Value], types: &[RtType]) -> String {
    match kind {
        PrintKind::Println => format::println(values),
        PrintKind::Print => format::print(values),
        PrintKind::Printf => printf(values, types),
    }
}

impl Goroutine {
    /// Text on the program's stdout or stderr.
    pub(super) fn write_to(&self, stream: i64, text: String) {
        if stream != STDOUT && stream != STDERR {
            self.write_file_stream(stream, text.as_bytes());
            return;
        }
        let kind = if stream == STDOUT {
            EventKind::Output(text.into())
        } else {
            EventKind::Stderr(text.into())
        };
        self.emit(kind);
    }

    pub(super) fn fprint(
        &self,
        frame: &mut Frame,
        kind: PrintKind,
        args: &[Expr],
    ) -> Result<(), Stop> {
        let values = self.eval_all(frame, args)?;
        let Some((stream, rest)) = values.split_first() else {
            return Err(self.bug("fmt.Fprint without its stream".into()));
        };
        self.write_to(
            stream.as_int(),
            message(kind, rest, &self.shared.program.types),
        );
        Ok(())
    }

    pub(super) fn log(
        &self,
        frame: &mut Frame,
        op: LogOp,
        site: &LogSite,
        args: &[Expr],
    ) -> Result<(), Stop> {
        let values = self.eval_all(frame, args)?;
        let Some((Value::Logger(logger), rest)) = values.split_first() else {
            return Err(self.bug("a log call without its logger".into()));
        };
        let (kind, then) = match op {
            LogOp::Print(kind) => (kind, None),
            LogOp::Fatal(kind) => (kind, Some(Stop::Exit(1))),
            LogOp::Panic(kind) => {
                let text = message(kind, rest, &self.shared.program.types);
                let first = text.lines().next().unwrap_or("");
                let said = syncscope_program::safe_text::message(&format!("panic: {first}"));
                (kind, Some(Stop::Panic(said)))
            }
            LogOp::SetFlags | LogOp::SetPrefix | LogOp::SetOutput => {
                let mut l = logger.get();
                let value = rest.first().cloned().unwrap_or(Value::Unit);
                match (op, value) {
                    (LogOp::SetPrefix, Value::Str(s)) => l.prefix = s.to_string(),
                    (LogOp::SetFlags, v) => l.flags = v.as_int(),
                    (_, v) => {
                        l.out = v;
                        l.slog = None;
                    }
                }
                return Ok(());
            }
        };
        let (prefix, flags, out, slog) = {
            let l = logger.get();
            (l.prefix.clone(), l.flags, l.out.clone(), l.slog.clone())
        };
        let now = self.shared.sched.exact_now_us() as i64 * 1000;
        let mut line = header(&prefix, flags, now, site);
        line.push_str(&message(kind, rest, &self.shared.program.types));
        if let Some(h) = slog {
            let msg = line.strip_suffix('\n').unwrap_or(&line);
            let at = (&*site.file, i64::from(site.line));
            self.slog_handle(&h, syncscope_program::slog::LEVEL_INFO, msg, &[], at)?;
            return then.map_or(Ok(()), Err);
        }
        if !line.ends_with('\n') {
            line.push('\n');
        }
        self.write_out(&out, line.as_bytes())?;
        then.map_or(Ok(()), Err)
    }

    /// A line of slog's default handler, through `log`'s own logger: its header, the line,
    /// on its stream.
    pub(super) fn log_through_std(
        &self,
        text: String,
        site: &LogSite,
        now: i64,
    ) -> Result<(), Stop> {
        let (prefix, flags, out) = {
            let l = self.shared.std_log.get();
            (l.prefix.clone(), l.flags, l.out.clone())
        };
        let mut line = header(&prefix, flags, now, site);
        line.push_str(&text);
        if !line.ends_with('\n') {
            line.push('\n');
        }
        self.write_out(&out, line.as_bytes())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> LogSite {
        LogSite {
            file: "/home/ada/go/main.go".into(),
            line: 12,
        }
    }

    #[test]
    fn headers_are_gos_at_the_playgrounds_clock() {
        assert_eq!(header("", flag::STD, 0, &site()), "2009/11/10 23:00:00 ");
        let late = 3_600_000_123_000 + 2_500_000_000;
        assert_eq!(
            header("app: ", flag::STD | flag::MICROSECONDS, late, &site()),
            "app: 2009/11/11 00:00:02.500123 "
        );
        assert_eq!(
            header("[w] ", flag::SHORT_FILE | flag::MSG_PREFIX, 0, &site()),
            "main.go:12: [w] "
        );
        assert_eq!(
            header("", flag::LONG_FILE, 0, &site()),
            "/home/ada/go/main.go:12: "
        );
        assert_eq!(header("x", 0, 0, &site()), "x");
    }

    #[test]
    fn days_run_on_into_the_next_month_and_year() {
        assert_eq!(civil(START_UNIX / 86_400), (2009, 11, 10));
        assert_eq!(civil(START_UNIX / 86_400 + 21), (2009, 12, 1));
        assert_eq!(civil(START_UNIX / 86_400 + 52), (2010, 1, 1));
    }
}
