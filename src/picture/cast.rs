//! A session as an asciicast v2 recording (`asciinema play` replays it): a JSON header line,
//! then one line per frame written to the terminal, `[seconds, "o", text]`, and `[seconds,
//! "r", "WxH"]` when the terminal's size changes.

use serde_json::json;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct Cast {
    out: BufWriter<File>,
    start: Instant,
    /// The start of a UTF-8 character that a write cut in two, kept for the next write.
    pending: Vec<u8>,
    size: (u16, u16),
}

impl Cast {
    /// A new recording at `path` of a terminal `width`x`height`.
    pub(crate) fn create(path: &Path, width: u16, height: u16, title: &str) -> io::Result<Cast> {
        let mut out = BufWriter::new(File::create(path)?);
        let timestamp = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let header = json!({
            "version": 2,
            "width": width,
            "height": height,
            "timestamp": timestamp,
            "title": title,
            "env": {"TERM": std::env::var("TERM").unwrap_or_default()},
        });
        writeln!(out, "{header}")?;
        Ok(Cast {
            out,
            start: Instant::now(),
            pending: Vec::new(),
            size: (width, height),
        })
    }

    fn seconds(&self) -> f64 {
        (self.start.elapsed().as_secs_f64() * 1e6).round() / 1e6
    }

    /// Bytes written to the terminal, kept until the frame is done.
    pub(crate) fn output(&mut self, bytes: &[u8]) {
        self.pending.extend_from_slice(bytes);
    }

    /// The frame is written: one event for it, of whole characters (a cut one waits).
    pub(crate) fn frame_done(&mut self) -> io::Result<()> {
        let whole = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // Not UTF-8 at all: recorded as the replacement character, never dropped silently.
            Err(_) => self.pending.len(),
        };
        if whole == 0 {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&self.pending[..whole]).into_owned();
        self.pending.drain(..whole);
        let line = json!([self.seconds(), "o", text]);
        writeln!(self.out, "{line}")?;
        self.out.flush()
    }

    /// The terminal is now `width`x`height`: recorded if that is a change.
    pub(crate) fn resized(&mut self, width: u16, height: u16) -> io::Result<()> {
        if (width, height) == self.size {
            return Ok(());
        }
        self.size = (width, height);
        let line = json!([self.seconds(), "r", format!("{width}x{height}")]);
        writeln!(self.out, "{line}")
    }
}

/// Why a recording stopped, shared between the tee and the TUI.
#[derive(Debug, Clone, Default)]
pub struct Failure(Arc<Mutex<Option<String>>>);

impl Failure {
    pub(crate) fn get(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// The terminal's output, and a recording of it when one is asked for.
pub struct Tee<W: Write> {
    screen: W,
    cast: Option<Cast>,
    /// Why the recording stopped, if it did: the session goes on without it.
    failed: Failure,
    /// A frame starts with the first write after a flush: the moment to note a new size.
    frame_start: bool,
}

impl<W: Write> Tee<W> {
    pub(crate) fn new(screen: W, cast: Option<Cast>) -> Tee<W> {
        Tee {
            screen,
            cast,
            failed: Failure::default(),
            frame_start: true,
        }
    }

    /// Where it says why the recording stopped before the end, if it does; kept by whoever
    /// hands the tee to the terminal.
    pub(crate) fn failure(&self) -> Failure {
        self.failed.clone()
    }

    /// A recording that cannot be written stops; the terminal's output does not.
    fn recorded(&mut self, result: io::Result<()>) {
        if let Err(e) = result {
            self.cast = None;
            *self.failed.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(e.to_string());
        }
    }
}

impl<W: Write> Write for Tee<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.screen.write_all(buf)?;
        if let Some(cast) = &mut self.cast {
            let mut result = Ok(());
            if std::mem::take(&mut self.frame_start)
                && let Ok((w, h)) = crossterm::terminal::size()
            {
                result = cast.resized(w, h);
            }
            cast.output(buf);
            self.recorded(result);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.frame_start = true;
        self.screen.flush()?;
        if let Some(cast) = &mut self.cast {
            let result = cast.frame_done();
            self.recorded(result);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(path: &Path) -> Vec<serde_json::Value> {
        std::fs::read_to_string(path)
            .expect("written")
            .lines()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect()
    }

    #[test]
    fn a_character_cut_between_writes_is_recorded_whole() {
        let dir = std::env::temp_dir().join(format!("syncscope-cast-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("cut.cast");
        let mut cast = Cast::create(&path, 80, 24, "t").expect("created");
        let bytes = "a░b".as_bytes();
        cast.output(&bytes[..2]);
        cast.frame_done().expect("written");
        cast.output(&bytes[2..]);
        cast.frame_done().expect("written");
        cast.resized(80, 24).expect("no change, no line");
        cast.resized(100, 30).expect("written");
        drop(cast);
        let lines = lines(&path);
        assert_eq!(lines[0]["version"], 2);
        assert_eq!(
            (lines[0]["width"].as_u64(), lines[0]["height"].as_u64()),
            (Some(80), Some(24))
        );
        let text: String = lines[1..]
            .iter()
            .filter(|l| l[1] == "o")
            .map(|l| l[2].as_str().expect("text").to_string())
            .collect();
        assert_eq!(text, "a░b");
        assert_eq!(lines.last().expect("a resize")[2], "100x30");
        assert_eq!(lines.len(), 4, "header, two outputs, one resize");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
