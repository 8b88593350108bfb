//! Recording and replaying runs. A trace file is Chrome Trace Event JSON that Perfetto opens,
//! plus a `syncscope` section with the run's settings (its lesson's source included) and every
//! event, so `--replay` rebuilds exactly the model the live run had.

mod chrome;
mod fits;
mod old;
mod record;
mod stream_read;

use crate::event::{Event, EventKind, Gid, RunInfo};
use crate::input_file::{self, FileError};
use crate::model::{EventStore, Model};
use record::Record;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};
use stream_read::{Events, Parsed};

/// 2: Go's lock rules (woken, requeued, claimed, starving), `go`, and the slice's reads.
/// 3: channels. A format 2 trace has none, so it reads as it is.
/// 4: what serde's derives write: the run's settings once, as `run`, and the events after the
/// start as `[seq, at_us, who, kind]`, each kind tagged with its fields named.
/// 5: a WaitGroup's counter names its WaitGroup (`{"wg": {"group": 1, "counter": 3}}`); a
/// format 4 counter alone reads as the lesson's first WaitGroup.
/// 6: rows carry nanoseconds, `[seq, at_ns, who, kind]`; older rows' microseconds are scaled.
const FORMAT: u64 = 6;
/// The first format whose rows are in nanoseconds.
const NS_FORMAT: u64 = 6;
/// The first format in serde's shape, read as it is.
const SERDE_FORMAT: u64 = 4;
const OLDEST: u64 = 2;

/// An event after the run's start, as formats 4 to 6 write it.
type Row = (u64, u64, Gid, EventKind);

/// The whole trace document for a run, streamed as it is written: a run of millions of
/// events is never a tree of JSON values in memory.
#[derive(Serialize)]
struct Document<'a> {
    #[serde(rename = "displayTimeUnit")]
    display_time_unit: &'static str,
    #[serde(rename = "traceEvents")]
    trace_events: chrome::ChromeEvents<'a>,
    syncscope: Ours<'a>,
}

#[derive(Serialize)]
struct Ours<'a> {
    format: u64,
    complete: bool,
    run: Option<Record>,
    events: Rows<'a>,
}

/// The events after the run's start (the start is the run's settings, rebuilt from `run`
/// when read), one row each, read out of the store as they are written.
struct Rows<'a>(&'a Model);

impl Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows = self
            .0
            .events
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::RunStarted(_)))
            .map(|e| (e.seq, e.at_ns, e.who, e.kind));
        serializer.collect_seq(rows)
    }
}

fn document(model: &Model) -> Document<'_> {
    Document {
        display_time_unit: "ms",
        trace_events: chrome::ChromeEvents(model),
        syncscope: Ours {
            format: FORMAT,
            complete: model.log_is_complete(),
            run: model.info.as_ref().map(Record::of),
            events: Rows(model),
        },
    }
}

/// The trace document as a JSON value, for tests that look inside it.
#[cfg(test)]
pub(crate) fn to_json(model: &Model) -> Value {
    serde_json::to_value(document(model)).expect("a trace is JSON")
}

/// Writes the trace whole or not at all: into a temporary file beside `path`, renamed over
/// it once complete, so a full disk or a crash never leaves half a trace, or no trace where an
/// older one was. A target that is not a plain file (a pipe, a device) is written straight.
pub fn write(model: &Model, path: &Path) -> Result<(), WriteError> {
    let failed = |source| WriteError::Io {
        what: "trace",
        path: path.to_path_buf(),
        source,
    };
    let plain = std::fs::metadata(path).map_or(true, |m| m.is_file());
    if !plain {
        return stream_to(model, path).map_err(failed);
    }
    let temporary = temporary_beside(path);
    let written = stream_to(model, &temporary)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(failed);
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// The document into a file at `path`, through a buffer.
fn stream_to(model: &Model, path: &Path) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    serde_json::to_writer(&mut out, &document(model))?;
    std::io::Write::flush(&mut out)
}

/// Whether a trace can be written at `path`, found out without touching what is there: a
/// temporary file in its directory, made and removed (or, for a pipe or a device, opening it).
pub(crate) fn check_writable(path: &Path, what: &'static str) -> Result<(), WriteError> {
    let failed = |source| WriteError::Io {
        what,
        path: path.to_path_buf(),
        source,
    };
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(WriteError::Directory {
            what,
            path: path.to_path_buf(),
        }),
        Ok(m) if !m.is_file() => std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map(drop)
            .map_err(failed),
        _ => {
            let temporary = temporary_beside(path);
            std::fs::File::create(&temporary)
                .map(drop)
                .map_err(failed)?;
            let _ = std::fs::remove_file(&temporary);
            Ok(())
        }
    }
}

/// A trace or a hand-out that cannot be written, in one line naming it.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot write the {what} {}: it is a directory", path.display())]
    Directory { what: &'static str, path: PathBuf },
    #[error("cannot write the {what} {}: {source}", path.display())]
    Io {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
}

/// A trace `--replay` cannot read, in one line naming the file.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: {source}", path.display())]
    File { path: PathBuf, source: FileError },
    #[error("{}: the file is empty, not a trace", path.display())]
    Empty { path: PathBuf },
    #[error(
        "{}:{line}:{column}: not a JSON trace: {why}{}",
        path.display(),
        if *cut_off { " (a cut-off trace?)" } else { "" }
    )]
    NotJson {
        path: PathBuf,
        line: usize,
        column: usize,
        why: String,
        cut_off: bool,
    },
    #[error("{}: {why}", path.display())]
    Refused { path: PathBuf, why: String },
}

fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or("trace".into(), |n| n.to_string_lossy());
    path.with_file_name(format!(".{name}.{}.partial", std::process::id()))
}

/// A recorded run: its settings, and its events after the start in a compact store.
#[derive(Debug)]
pub struct Recording {
    pub info: RunInfo,
    pub(crate) rest: EventStore,
}

impl Recording {
    /// Every event of the run, its start first (rebuilt from the settings).
    pub(crate) fn events(&self) -> impl Iterator<Item = Event> + '_ {
        let start = Event {
            run: 1,
            seq: 0,
            at_ns: 0,
            who: Gid::MAIN,
            kind: EventKind::RunStarted(Box::new(self.info.clone())),
        };
        std::iter::once(start).chain(self.rest.iter())
    }

    /// How many events the run made.
    pub(crate) fn len(&self) -> usize {
        self.rest.len() + 1
    }

    /// The model the events build, as the live run had it.
    pub(crate) fn model(&self, run: u32) -> Model {
        let mut model = Model::new(run);
        for e in self.events() {
            model.apply(&Event { run, ..e });
        }
        model
    }
}

/// Reads a trace written by `--trace`, as it streams from the file; errors are one line
/// naming the file.
pub fn read(path: &Path) -> Result<Recording, ReadError> {
    let path = path.to_path_buf();
    let file = match input_file::open(&path, input_file::TRACE_BYTES) {
        Ok(file) => file,
        Err(source) => return Err(ReadError::File { path, source }),
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    match only_white_space(&mut reader) {
        Ok(true) => return Err(ReadError::Empty { path }),
        Ok(false) => {}
        Err(e) => {
            let source = FileError::Unreadable(e);
            return Err(ReadError::File { path, source });
        }
    }
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = stream_read::parse(&mut de).and_then(|p| de.end().map(|()| p));
    match parsed {
        Ok(parsed) => assemble(parsed).map_err(|why| ReadError::Refused { path, why }),
        Err(e) if e.is_data() => {
            let why = without_place(&e);
            Err(ReadError::Refused { path, why })
        }
        Err(e) => Err(ReadError::NotJson {
            line: e.line(),
            column: e.column(),
            why: without_place(&e),
            cut_off: e.is_eof(),
            path,
        }),
    }
}

/// Whether nothing but white space is left; what it skips JSON would skip too.
fn only_white_space(reader: &mut impl std::io::BufRead) -> std::io::Result<bool> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(true);
        }
        let blank = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let more = blank < buf.len();
        reader.consume(blank);
        if more {
            return Ok(false);
        }
    }
}

/// serde_json's message without the place it ends with, which leads the line here already.
fn without_place(e: &serde_json::Error) -> String {
    let text = e.to_string();
    text.rsplit_once(" at line ")
        .map_or(text.as_str(), |(why, _)| why)
        .to_string()
}

/// A trace document already in memory, as `read` reads a file.
#[cfg(test)]
pub(crate) fn from_json(doc: &Value) -> Result<Recording, String> {
    let bytes = serde_json::to_vec(doc).map_err(|e| e.to_string())?;
    let mut de = serde_json::Deserializer::from_slice(&bytes);
    let parsed = stream_read::parse(&mut de).map_err(|e| without_place(&e))?;
    assemble(parsed)
}

/// The recording the parsed document describes, if it is one a run could have made.
fn assemble(parsed: Parsed) -> Result<Recording, String> {
    if !parsed.ours {
        return Err("no syncscope section: only traces written by syncscope --trace replay".into());
    }
    let format = parsed
        .format
        .as_u64()
        .filter(|f| (OLDEST..=FORMAT).contains(f))
        .ok_or_else(|| {
            format!(
                "trace format {} is not one of {OLDEST} to {FORMAT}",
                parsed.format
            )
        })?;
    let events = parsed.events.ok_or("the trace has no event list")?;
    let (run, rest) = match events {
        Events::Rows(rest) => (parsed.run, rest),
        Events::Values(raw) if format >= SERDE_FORMAT => (parsed.run, rows_of(&raw, format)?),
        Events::Values(raw) => {
            let (run, rows) = old::upgrade(&raw)?;
            (run.clone(), rows_of(&rows, format)?)
        }
    };
    if run.is_null() {
        return Err("the trace has no run settings".into());
    }
    let info = Record::deserialize(&run)
        .map_err(|e| e.to_string())
        .and_then(Record::into_info)
        .map_err(|e| format!("the run's settings: {e}"))?;
    let recording = Recording { info, rest };
    fits::fits(&recording)?;
    Ok(recording)
}

/// Rows kept as values (older formats, or a format given after its rows), in the store.
fn rows_of(raw: &[Value], format: u64) -> Result<EventStore, String> {
    let per_unit = if format >= NS_FORMAT { 1 } else { 1000 };
    let mut rest = EventStore::new(1);
    for (i, row) in raw.iter().enumerate() {
        let (seq, at, who, kind) =
            Row::deserialize(row).map_err(|e| format!("event {}: {e}", i + 1))?;
        let event = Event {
            run: 1,
            seq,
            at_ns: at.saturating_mul(per_unit),
            who,
            kind,
        };
        stream_read::keep(&mut rest, i + 1, event)?;
    }
    Ok(rest)
}

#[cfg(test)]
mod tests;
