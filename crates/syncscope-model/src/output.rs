//! What the program printed, line by line, with the goroutine that started each line.

use syncscope_program::event::Gid;

/// Lines kept at most: a program that prints in a loop must not grow the model without end.
pub(crate) const MAX_LINES: usize = 10_000;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Output {
    pub lines: Vec<(Gid, String)>,
    /// The last line has no newline yet.
    open: bool,
    /// Lines dropped past `MAX_LINES`.
    pub dropped: usize,
    /// Everything printed, as `go run` shows it (the first `MAX_LINES` lines).
    pub text: String,
}

impl Output {
    pub(crate) fn print(&mut self, who: Gid, text: &str) {
        let pieces: Vec<&str> = text.split('\n').collect();
        let last = pieces.len() - 1;
        for (i, piece) in pieces.into_iter().enumerate() {
            if i > 0 {
                self.open = false;
            }
            // What follows the final newline is the next line, once something is in it.
            if i == last && i > 0 && piece.is_empty() {
                break;
            }
            let room = self.lines.len() < MAX_LINES;
            match self.lines.last_mut().filter(|_| self.open) {
                Some((_, line)) => line.push_str(piece),
                None if room => self.lines.push((who, piece.to_string())),
                None => self.dropped += 1,
            }
            self.open = true;
        }
        if self.lines.len() < MAX_LINES {
            self.text.push_str(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_belong_to_whoever_began_them() {
        let mut o = Output::default();
        o.print(Gid(1), "The result is: id1\n");
        o.print(Gid(0), "\nTotal: 2s");
        o.print(Gid(0), "\nThe results are: [id1]");
        let lines: Vec<(u32, &str)> = o.lines.iter().map(|(g, l)| (g.0, l.as_str())).collect();
        assert_eq!(
            lines,
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
}
