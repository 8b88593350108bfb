//! The text `xml.Marshal` writes: elements' starts and ends with their attributes, the new
//! lines and indents `MarshalIndent` puts between them as Go's printer does (an element
//! holding only text stays on one line), and text escaped as Go's `EscapeText` escapes it.

use std::sync::Arc;

/// The output and `MarshalIndent`'s state, as Go's printer keeps it.
pub(super) struct Printer {
    pub(super) out: String,
    prefix: String,
    indent: String,
    depth: usize,
    /// An element was just opened, so its end goes on the same line.
    indented_in: bool,
    put_newline: bool,
}

impl Printer {
    pub(super) fn new(prefix: &str, indent: &str) -> Printer {
        Printer {
            out: String::new(),
            prefix: prefix.into(),
            indent: indent.into(),
            depth: 0,
            indented_in: false,
            put_newline: false,
        }
    }

    /// A new line before a start (`delta` 1), an end (-1) or a comment (0), when indenting.
    pub(super) fn new_line(&mut self, delta: i32) {
        if self.prefix.is_empty() && self.indent.is_empty() {
            return;
        }
        if delta < 0 {
            self.depth = self.depth.saturating_sub(1);
            if std::mem::take(&mut self.indented_in) {
                return;
            }
        }
        if self.put_newline {
            self.out.push('\n');
        }
        self.put_newline = true;
        self.out.push_str(&self.prefix);
        for _ in 0..self.depth {
            self.out.push_str(&self.indent);
        }
        if delta > 0 {
            self.depth += 1;
            self.indented_in = true;
        }
    }

    pub(super) fn start(&mut self, name: &str, space: &str, attrs: &[(Arc<str>, String)]) {
        self.new_line(1);
        self.out.push('<');
        self.out.push_str(name);
        if !space.is_empty() {
            self.out.push_str(" xmlns=\"");
            escape(&mut self.out, space);
            self.out.push('"');
        }
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape(&mut self.out, v);
            self.out.push('"');
        }
        self.out.push('>');
    }

    pub(super) fn end(&mut self, name: &str) {
        self.new_line(-1);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }
}

/// `s` as Go's `EscapeText` writes it: characters XML cannot hold as U+FFFD.
pub(super) fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' => out.push_str("&#x9;"),
            '\n' => out.push_str("&#xA;"),
            '\r' => out.push_str("&#xD;"),
            c if !super::xml_scan::in_range(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Printer, escape};

    #[test]
    fn text_is_escaped_as_gos_escape_text() {
        let mut out = String::new();
        escape(&mut out, "a<b>&'\"\t\n\r\u{1}");
        assert_eq!(out, "a&lt;b&gt;&amp;&#39;&#34;&#x9;&#xA;&#xD;\u{FFFD}");
    }

    #[test]
    fn an_element_of_text_stays_on_its_line() {
        let mut p = Printer::new(">", "  ");
        p.start("a", "", &[]);
        p.start("b", "", &[("k".into(), "v".into())]);
        p.out.push('x');
        p.end("b");
        p.end("a");
        assert_eq!(p.out, "><a>\n>  <b k=\"v\">x</b>\n></a>");
    }
}
