//! `text/tabwriter`'s elastic tabstops, as Go 1.26's (src/text/tabwriter/tabwriter.go): text
//! is cut into cells at tabs, a column is as wide as its widest cell plus padding over a run
//! of lines that have it, and a line of one cell (or a '\f') lets what came before be
//! written at once, as Go's Write does. What Go writes to the output is gathered in `out`.

const FILTER_HTML: u64 = 1;
const STRIP_ESCAPE: u64 = 2;
const ALIGN_RIGHT: u64 = 4;
const DISCARD_EMPTY_COLUMNS: u64 = 8;
const TAB_INDENT: u64 = 16;
const DEBUG: u64 = 32;
const ESCAPE: u8 = 0xff;

#[derive(Debug, Clone, Copy, Default)]
struct Cell {
    /// In bytes.
    size: usize,
    /// In runes.
    width: usize,
    /// Ended by a '\t'.
    htab: bool,
}

#[derive(Debug)]
pub(crate) struct Tab {
    minwidth: usize,
    tabwidth: usize,
    padding: usize,
    padchar: u8,
    flags: u64,
    buf: Vec<u8>,
    pos: usize,
    cell: Cell,
    end_char: u8,
    lines: Vec<Vec<Cell>>,
    widths: Vec<usize>,
    /// Written to the output and not yet taken.
    out: Vec<u8>,
}

impl Tab {
    /// `tabwriter.NewWriter`'s settings; `None` where Go's Init panics on a negative one.
    pub(crate) fn new(settings: [i64; 5]) -> Option<Tab> {
        let [minwidth, tabwidth, padding, padchar, flags] = settings;
        let padchar = padchar as u8;
        let mut flags = flags as u64;
        if padchar == b'\t' {
            flags &= !ALIGN_RIGHT;
        }
        let mut tab = Tab {
            minwidth: usize::try_from(minwidth).ok()?,
            tabwidth: usize::try_from(tabwidth).ok()?,
            padding: usize::try_from(padding).ok()?,
            padchar,
            flags,
            buf: Vec::new(),
            pos: 0,
            cell: Cell::default(),
            end_char: 0,
            lines: Vec::new(),
            widths: Vec::new(),
            out: Vec::new(),
        };
        tab.reset();
        Some(tab)
    }

    /// What has been written to the output since last taken.
    pub(crate) fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.out)
    }

    fn reset(&mut self) {
        self.buf.clear();
        self.pos = 0;
        self.cell = Cell::default();
        self.end_char = 0;
        self.lines.clear();
        self.widths.clear();
        self.lines.push(Vec::new());
    }

    fn write_padding(&mut self, textw: usize, cellw: usize, use_tabs: bool) {
        if self.padchar == b'\t' || use_tabs {
            // Tabs have no width: no padding can be done.
            if self.tabwidth == 0 {
                return;
            }
            let cellw = cellw.div_ceil(self.tabwidth) * self.tabwidth;
            let n = cellw.saturating_sub(textw);
            let count = n.div_ceil(self.tabwidth);
            self.out.extend(std::iter::repeat_n(b'\t', count));
            return;
        }
        let n = cellw.saturating_sub(textw);
        self.out.extend(std::iter::repeat_n(self.padchar, n));
    }

    fn write_lines(&mut self, mut pos: usize, line0: usize, line1: usize) -> usize {
        for i in line0..line1 {
            let mut use_tabs = self.flags & TAB_INDENT != 0;
            for j in 0..self.lines[i].len() {
                let c = self.lines[i][j];
                if j > 0 && self.flags & DEBUG != 0 {
                    self.out.push(b'|');
                }
                let width = self.widths.get(j).copied();
                if c.size == 0 {
                    if let Some(w) = width {
                        self.write_padding(c.width, w, use_tabs);
                    }
                    continue;
                }
                use_tabs = false;
                let text = pos..pos + c.size;
                pos += c.size;
                if self.flags & ALIGN_RIGHT == 0 {
                    self.out.extend_from_slice(&self.buf[text]);
                    if let Some(w) = width {
                        self.write_padding(c.width, w, false);
                    }
                } else {
                    if let Some(w) = width {
                        self.write_padding(c.width, w, false);
                    }
                    self.out.extend_from_slice(&self.buf[text]);
                }
            }
            if i + 1 == self.lines.len() {
                // The last buffered line has no cells: the text of the cell not ended yet.
                let end = pos + self.cell.size;
                self.out.extend_from_slice(&self.buf[pos..end]);
                pos = end;
            } else {
                self.out.push(b'\n');
            }
        }
        pos
    }

    fn format(&mut self, mut pos: usize, mut line0: usize, line1: usize) -> usize {
        let column = self.widths.len();
        let mut this = line0;
        while this < line1 {
            if column + 1 >= self.lines[this].len() {
                this += 1;
                continue;
            }
            // A block of lines with this column starts here.
            pos = self.write_lines(pos, line0, this);
            line0 = this;
            let mut width = self.minwidth;
            let mut discardable = true;
            while this < line1 {
                let line = &self.lines[this];
                if column + 1 >= line.len() {
                    break;
                }
                let c = line[column];
                width = width.max(c.width + self.padding);
                if c.width > 0 || c.htab {
                    discardable = false;
                }
                this += 1;
            }
            if discardable && self.flags & DISCARD_EMPTY_COLUMNS != 0 {
                width = 0;
            }
            self.widths.push(width);
            pos = self.format(pos, line0, this);
            self.widths.pop();
            line0 = this;
        }
        self.write_lines(pos, line0, line1)
    }

    fn append(&mut self, text: &[u8]) {
        self.buf.extend_from_slice(text);
        self.cell.size += text.len();
    }

    fn update_width(&mut self) {
        self.cell.width += String::from_utf8_lossy(&self.buf[self.pos..])
            .chars()
            .count();
        self.pos = self.buf.len();
    }

    fn start_escape(&mut self, ch: u8) {
        self.end_char = match ch {
            ESCAPE => ESCAPE,
            b'<' => b'>',
            b'&' => b';',
            _ => self.end_char,
        };
    }

    fn end_escape(&mut self) {
        match self.end_char {
            ESCAPE => {
                self.update_width();
                if self.flags & STRIP_ESCAPE == 0 {
                    // The Escape chars are not counted.
                    self.cell.width = self.cell.width.saturating_sub(2);
                }
            }
            b';' => self.cell.width += 1,
            _ => {}
        }
        self.pos = self.buf.len();
        self.end_char = 0;
    }

    fn terminate_cell(&mut self, htab: bool) -> usize {
        self.cell.htab = htab;
        let cell = std::mem::take(&mut self.cell);
        let line = self.lines.last_mut();
        line.map_or(0, |line| {
            line.push(cell);
            line.len()
        })
    }

    /// `w.Flush()`.
    pub(crate) fn flush(&mut self) {
        if self.cell.size > 0 {
            if self.end_char != 0 {
                self.end_escape();
            }
            self.terminate_cell(false);
        }
        let lines = self.lines.len();
        self.format(0, 0, lines);
        self.reset();
    }

    /// `w.Write(text)`.
    pub(crate) fn write(&mut self, text: &[u8]) {
        let mut n = 0;
        for (i, &ch) in text.iter().enumerate() {
            if self.end_char == 0 {
                match ch {
                    b'\t' | b'\x0b' | b'\n' | b'\x0c' => {
                        self.append(&text[n..i]);
                        self.update_width();
                        n = i + 1;
                        let ncells = self.terminate_cell(ch == b'\t');
                        if ch == b'\n' || ch == b'\x0c' {
                            self.lines.push(Vec::new());
                            // A line of one cell does not shape the lines after it.
                            if ch == b'\x0c' || ncells == 1 {
                                self.flush();
                                if ch == b'\x0c' && self.flags & DEBUG != 0 {
                                    self.out.extend_from_slice(b"---\n");
                                }
                            }
                        }
                    }
                    ESCAPE => {
                        self.append(&text[n..i]);
                        self.update_width();
                        n = i;
                        if self.flags & STRIP_ESCAPE != 0 {
                            n += 1;
                        }
                        self.start_escape(ESCAPE);
                    }
                    b'<' | b'&' if self.flags & FILTER_HTML != 0 => {
                        self.append(&text[n..i]);
                        self.update_width();
                        n = i;
                        self.start_escape(ch);
                    }
                    _ => {}
                }
            } else if ch == self.end_char {
                let mut j = i + 1;
                if ch == ESCAPE && self.flags & STRIP_ESCAPE != 0 {
                    j = i;
                }
                self.append(&text[n..j]);
                n = i + 1;
                self.end_escape();
            }
        }
        self.append(&text[n..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(settings: [i64; 5], text: &str) -> String {
        let mut tab = Tab::new(settings).expect("settings");
        tab.write(text.as_bytes());
        tab.flush();
        String::from_utf8_lossy(&tab.take()).into_owned()
    }

    #[test]
    fn columns_are_as_wide_as_their_widest_cell() {
        let out = run([0, 8, 2, i64::from(b' '), 0], "a\tbbb\tc\naaaa\tb\tc\n");
        assert_eq!(out, "a     bbb  c\naaaa  b    c\n");
    }

    #[test]
    fn right_alignment_and_debug_bars() {
        let flags = (ALIGN_RIGHT | DEBUG) as i64;
        let out = run([0, 8, 1, i64::from(b'.'), flags], "a\tbbb\t\nccc\td\t\n");
        assert_eq!(out, "...a|.bbb|\n.ccc|...d|\n");
    }
}
