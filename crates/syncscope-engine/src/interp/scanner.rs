//! `bufio.Scanner`, as Go's (src/bufio/scan.go): it reads its file into a buffer of 4096
//! bytes, doubled up to 64 KiB while a token does not fit, and gives the tokens its split
//! function finds (`ScanLines` unless `Split` said otherwise, see `scan_split`).

use super::file_io::ReadErr;
use super::files::{Fs, PathErr};
use super::scan_split::{Split, Step};

/// Go's `startBufSize` and `MaxScanTokenSize`.
const START: usize = 4096;
const MAX: usize = 64 * 1024;

#[derive(Debug)]
pub(crate) struct Scanner {
    fd: i64,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    token: Vec<u8>,
    /// Where reading stopped: at the end of the file (`None` inside), or at an error.
    stopped: Option<ReadErr>,
    /// `bufio.Scanner: token too long`.
    too_long: bool,
    done: bool,
    split: Split,
}

/// What `Err()` gives after `Scan()` said false.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ScanErr {
    None,
    TooLong,
    Path(PathErr),
}

impl Scanner {
    pub(crate) fn new(fd: i64) -> Scanner {
        Scanner {
            fd,
            buf: Vec::new(),
            start: 0,
            end: 0,
            token: Vec::new(),
            stopped: None,
            too_long: false,
            done: false,
            split: Split::Lines,
        }
    }

    /// `s.Split(f)`; Go panics if scanning has begun.
    pub(crate) fn set_split(&mut self, split: Split) -> Result<(), &'static str> {
        if self.start > 0 || self.end > 0 || self.done {
            return Err("panic: Split called after Scan");
        }
        self.split = split;
        Ok(())
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.token).into_owned()
    }

    pub(crate) fn err(&self) -> ScanErr {
        match (&self.stopped, self.too_long) {
            (_, true) => ScanErr::TooLong,
            (Some(ReadErr::Path(e)), _) => ScanErr::Path(e.clone()),
            _ => ScanErr::None,
        }
    }

    /// `s.Scan()`: whether there is a next token, read from `fs` as needed.
    pub(crate) fn scan(&mut self, fs: &mut Fs) -> bool {
        if self.done {
            return false;
        }
        loop {
            let data = &self.buf[self.start..self.end];
            // A read error ends the scan without the token it cut short.
            let eof = self.stopped.is_some();
            let failed = matches!(self.stopped, Some(ReadErr::Path(_)));
            match super::scan_split::next(self.split, data, eof && !failed) {
                Step::Token(advance, token) => {
                    self.token = token;
                    self.start += advance;
                    return true;
                }
                Step::Skip(advance) => {
                    self.start += advance;
                    continue;
                }
                _ => {}
            }
            if eof {
                self.done = true;
                self.token.clear();
                return false;
            }
            if self.start > 0 && (self.end == self.buf.len() || self.start > self.buf.len() / 2) {
                self.buf.copy_within(self.start..self.end, 0);
                self.end -= self.start;
                self.start = 0;
            }
            if self.end == self.buf.len() {
                if self.buf.len() >= MAX {
                    self.too_long = true;
                    self.done = true;
                    self.token.clear();
                    return false;
                }
                let size = (self.buf.len() * 2).clamp(START, MAX);
                self.buf.resize(size, 0);
            }
            match fs.read(self.fd, self.buf.len() - self.end) {
                Ok(got) => {
                    self.buf[self.end..self.end + got.len()].copy_from_slice(&got);
                    self.end += got.len();
                }
                Err(e) => self.stopped = Some(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_scanned_as_gos_scan_lines_gives_them() {
        let mut fs = Fs::new("/tmp", "/");
        assert!(fs.write_file("/tmp/l", b"a\r\nbb\n\nlast").is_ok());
        let fd = fs.open_file("/tmp/l", 0).unwrap_or(-1);
        let mut s = Scanner::new(fd);
        let mut got = Vec::new();
        while s.scan(&mut fs) {
            got.push(s.text());
        }
        assert_eq!(got, ["a", "bb", "", "last"]);
        assert_eq!(s.err(), ScanErr::None);
        let mut stdin = Scanner::new(0);
        assert!(!stdin.scan(&mut fs));
        assert!(fs.write_file("/tmp/long", &[b'x'; MAX + 1]).is_ok());
        let fd = fs.open_file("/tmp/long", 0).unwrap_or(-1);
        let mut s = Scanner::new(fd);
        assert!(!s.scan(&mut fs));
        assert_eq!(s.err(), ScanErr::TooLong);
    }
}
