//! What the program printed, line by line, with the goroutine that started each line and the
//! stream it went to: stdout, or stderr (where the `log` package writes).

use crate::ChunkedVec;
use syncscope_program::event::Gid;

/// Lines kept at most: a program that prints in a loop must not grow the model without end.
pub(crate) const MAX_LINES: usize = 10_000;

/// Where a program's text goes, as a process's two output streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// One line as the output panel shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub who: Gid,
    pub stream: Stream,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Output {
    /// Both streams' lines in the order they began, as a terminal shows them.
    pub lines: ChunkedVec<Line>,
    /// Per stream, the line it has not ended yet: each stream's text runs on in its own line,
    /// whatever the other printed meanwhile.
    open: [Option<usize>; 2],
    /// Lines dropped past `MAX_LINES`.
    pub dropped: usize,
    /// Everything printed on stdout, as `go run` shows it (the first `MAX_LINES` lines).
    pub text: String,
    /// Everything written on stderr, the same way.
    pub stderr: String,
}

impl Output {
    pub(crate) fn print(&mut self, who: Gid, text: &str) {
        self.write(who, Stream::Stdout, text);
    }

    pub(crate) fn write(&mut self, who: Gid, stream: Stream, text: &str) {
        let open = &mut self.open[stream as usize];
        let pieces: Vec<&str> = text.split('\n').collect();
        let last = pieces.len() - 1;
        for (i, piece) in pieces.into_iter().enumerate() {
            if i > 0 {
                *open = None;
            }
            // What follows the final newline is the next line, once something is in it.
            if i == last && i > 0 && piece.is_empty() {
                break;
            }
            let room = self.lines.len() < MAX_LINES;
            match open.and_then(|l| self.lines.get_mut(l)) {
                Some(line) => line.text.push_str(piece),
                None if room => {
                    *open = Some(self.lines.len());
                    self.lines.push(Line {
                        who,
                        stream,
                        text: piece.to_string(),
                    });
                }
                None => self.dropped += 1,
            }
        }
        if self.lines.len() < MAX_LINES {
            match stream {
                Stream::Stdout => self.text.push_str(text),
                Stream::Stderr => self.stderr.push_str(text),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(o: &Output) -> Vec<(u32, &str)> {
        o.lines.iter().map(|l| (l.who.0, l.text.as_str())).collect()
    }

    #[test]
    fn lines_belong_to_whoever_began_them() {
        let mut o = Output::default();
        o.print(Gid(1), "The result is: id1\n");
        o.print(Gid(0), "\nTotal: 2s");
        o.print(Gid(0), "\nThe results are: [id1]");
        assert_eq!(
            shown(&o),
            [
                (1, "The result is: id1"),
                (0, ""),
                (0, "Total: 2s"),
                (0, "The results are: [id1]")
            ]
        );
        assert_eq!(
            o.text,
            "The result is: id1\n\nTotal: 2s\nThe results are: [id1]"
        );
    }

    #[test]
    fn each_stream_goes_on_in_its_own_line() {
        let mut o = Output::default();
        o.print(Gid(0), "counting: ");
        o.write(Gid(1), Stream::Stderr, "2009/11/10 23:00:00 started\n");
        o.print(Gid(0), "3\n");
        assert_eq!(
            shown(&o),
            [(0, "counting: 3"), (1, "2009/11/10 23:00:00 started")]
        );
        assert_eq!(o.lines[1].stream, Stream::Stderr);
        assert_eq!(o.text, "counting: 3\n");
        assert_eq!(o.stderr, "2009/11/10 23:00:00 started\n");
    }
}
