//! `strings.NewReader(s)`: a read-only file of the run's memory, with no name in its tree,
//! so `bufio.NewScanner`, `bufio.NewReader`, `io.ReadAtLeast`, `Read` and `json.NewDecoder`
//! read it through a file's own code; and what a reader of a stream looks ahead at.

use super::file_io::Open;
use super::files::Fs;

impl Fs {
    /// A new reader over `bytes`: its descriptor.
    pub(crate) fn open_reader(&mut self, bytes: Vec<u8>) -> i64 {
        self.data.push(bytes);
        let open = Open {
            name: String::new(),
            data: Some(self.data.len() - 1),
            offset: 0,
            read: true,
            write: false,
            append: false,
            closed: false,
        };
        let fd = self.next_fd;
        self.next_fd += 1;
        self.open.insert(fd, open);
        fd
    }

    /// The bytes of `fd` not yet read, and all of them: a `strings.Reader`'s `Len()` and
    /// `Size()`. Empty for a stream or a file that is not open.
    pub(crate) fn unread(&self, fd: i64) -> (&[u8], &[u8]) {
        let Some(f) = self.open.get(&fd).filter(|f| f.read && !f.closed) else {
            return (&[], &[]);
        };
        let all = f
            .data
            .and_then(|i| self.data.get(i))
            .map_or(&[][..], |d| d.as_slice());
        let at = usize::try_from(f.offset).unwrap_or(0).min(all.len());
        (&all[at..], all)
    }

    /// Moves `fd`'s offset `n` bytes on, as a reader that looked ahead takes what it used.
    pub(crate) fn consume(&mut self, fd: i64, n: usize) {
        if let Some(f) = self.open.get_mut(&fd) {
            f.offset = f.offset.saturating_add(n as i64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::file_io::ReadErr;

    #[test]
    fn a_reader_is_read_once_and_has_no_name() {
        let mut fs = Fs::new("/tmp", "/");
        let fd = fs.open_reader(b"hello go".to_vec());
        assert_eq!(fs.read(fd, 5), Ok(b"hello".to_vec()));
        assert_eq!(fs.unread(fd), (&b" go"[..], &b"hello go"[..]));
        fs.consume(fd, 1);
        assert_eq!(fs.read(fd, 10), Ok(b"go".to_vec()));
        assert_eq!(fs.read(fd, 10), Err(ReadErr::Eof));
        assert!(fs.write(fd, b"x").is_err());
        assert_eq!(fs.name(fd), "");
    }
}
