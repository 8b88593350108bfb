//! The tokens of an XML document as Go's `xml.Decoder.Token` gives them in its strict mode:
//! start and end elements (a `<a/>` is both), text with entities and `\r\n` read, comments;
//! declarations and directives passed over; end elements checked against the open ones;
//! Go's syntax errors in its words, with the line the decoder has reached.

/// An element's start: its name, its default namespace (an `xmlns` attribute's, its own or
/// its parent's), and its attributes as written.
pub(super) struct Start {
    pub(super) name: String,
    pub(super) space: String,
    pub(super) attrs: Vec<(String, String)>,
}

pub(super) enum Token {
    Start(Start),
    End,
    Text(String),
    Comment(String),
    /// A declaration or directive.
    Other,
}

/// Why reading stopped: Go's error (text and type), or a namespace prefix (`a:b`), which
/// syncscope does not read.
pub(super) enum ScanError {
    Go(String, &'static str),
    Namespace(String),
}

pub(super) type Scan<T> = Result<T, ScanError>;

pub(super) struct Scanner<'a> {
    pub(super) data: &'a [u8],
    pub(super) pos: usize,
    /// The elements open: their names and default namespaces.
    open: Vec<(String, String)>,
    /// A `<a/>`'s end, given next.
    pending_end: bool,
}

/// Go's `isInCharacterRange`: the characters an XML document may hold.
pub(super) fn in_range(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

pub(super) fn name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'.' | b'-') || b >= 0x80
}

impl<'a> Scanner<'a> {
    pub(super) fn new(data: &'a [u8]) -> Scanner<'a> {
        Scanner {
            data,
            pos: 0,
            open: Vec::new(),
            pending_end: false,
        }
    }

    /// The input from `from` to `to`, as `innerxml` saves it.
    pub(super) fn raw(&self, from: usize, to: usize) -> String {
        let to = to.min(self.data.len());
        String::from_utf8_lossy(self.data.get(from..to).unwrap_or_default()).into_owned()
    }

    pub(super) fn syntax<T>(&self, what: &str) -> Scan<T> {
        let line = 1 + self.data[..self.pos.min(self.data.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Err(ScanError::Go(
            format!("XML syntax error on line {line}: {what}"),
            "*xml.SyntaxError",
        ))
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    /// The next byte, or Go's `unexpected EOF`.
    pub(super) fn must(&mut self) -> Scan<u8> {
        match self.peek() {
            Some(b) => {
                self.pos += 1;
                Ok(b)
            }
            None => self.syntax("unexpected EOF"),
        }
    }

    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.pos += 1;
        }
    }

    pub(super) fn starts(&self, s: &str) -> bool {
        self.data[self.pos..].starts_with(s.as_bytes())
    }

    /// A name, or `None` if none starts here; Go's error for one it does not take.
    pub(super) fn name(&mut self) -> Scan<Option<String>> {
        let from = self.pos;
        while self.peek().is_some_and(name_byte) {
            self.pos += 1;
        }
        if from == self.pos {
            return Ok(None);
        }
        let name = String::from_utf8_lossy(&self.data[from..self.pos]).into_owned();
        if name.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '-') {
            return self.syntax(&format!("invalid XML name: {name}"));
        }
        if name.contains(':') {
            return Err(ScanError::Namespace(name));
        }
        Ok(Some(name))
    }

    /// The next token, as Go's `Token`: `Ok(None)` at the end of the input.
    pub(super) fn next(&mut self) -> Scan<Option<Token>> {
        if self.pending_end {
            self.pending_end = false;
            self.open.pop();
            return Ok(Some(Token::End));
        }
        let Some(b) = self.peek() else {
            if self.open.is_empty() {
                return Err(ScanError::Go("EOF".into(), "*errors.errorString"));
            }
            return self.syntax("unexpected EOF");
        };
        if b != b'<' {
            return Ok(Some(Token::Text(self.text(None)?)));
        }
        self.pos += 1;
        match self.must()? {
            b'/' => self.end().map(Some),
            b'?' => self.declaration().map(Some),
            b'!' => self.bang().map(Some),
            _ => {
                self.pos -= 1;
                self.start().map(Some)
            }
        }
    }

    fn end(&mut self) -> Scan<Token> {
        let Some(name) = self.name()? else {
            return self.syntax("expected element name after </");
        };
        self.spaces();
        if self.must()? != b'>' {
            return self.syntax(&format!("invalid characters between </{name} and >"));
        }
        match self.open.pop() {
            None => self.syntax(&format!("unexpected end element </{name}>")),
            Some((open, _)) if open != name => {
                self.syntax(&format!("element <{open}> closed by </{name}>"))
            }
            Some(_) => Ok(Token::End),
        }
    }

    fn start(&mut self) -> Scan<Token> {
        let Some(name) = self.name()? else {
            return self.syntax("expected element name after <");
        };
        let mut attrs = Vec::new();
        loop {
            self.spaces();
            match self.must()? {
                b'/' => {
                    if self.must()? != b'>' {
                        return self.syntax("expected /> in element");
                    }
                    self.pending_end = true;
                    break;
                }
                b'>' => break,
                _ => self.pos -= 1,
            }
            let Some(attr) = self.name()? else {
                return self.syntax("expected attribute name in element");
            };
            self.spaces();
            if self.must()? != b'=' {
                return self.syntax("attribute name without = in element");
            }
            self.spaces();
            let q = self.must()?;
            if q != b'"' && q != b'\'' {
                return self.syntax("unquoted or missing attribute value in element");
            }
            let value = self.text(Some(q))?;
            attrs.push((attr, value));
        }
        let inherited = self.open.last().map(|o| o.1.clone()).unwrap_or_default();
        let own = attrs
            .iter()
            .find(|(k, _)| k == "xmlns")
            .map(|a| a.1.clone());
        let space = own.unwrap_or(inherited);
        self.open.push((name.clone(), space.clone()));
        Ok(Token::Start(Start { name, space, attrs }))
    }

    /// Text up to a `<` (or, in an attribute, its closing quote, passed), entities read.
    fn text(&mut self, quote: Option<u8>) -> Scan<String> {
        let mut out: Vec<u8> = Vec::new();
        loop {
            let b = match (self.peek(), quote) {
                (None, None) | (Some(b'<'), None) => break,
                (None, Some(_)) => return self.syntax("unexpected EOF"),
                (Some(b), Some(q)) if b == q => {
                    self.pos += 1;
                    break;
                }
                (Some(b'<'), Some(_)) => return self.syntax("unescaped < inside quoted string"),
                (Some(b), _) => b,
            };
            self.pos += 1;
            match b {
                b'\r' => {
                    if self.peek() == Some(b'\n') {
                        self.pos += 1;
                    }
                    out.push(b'\n');
                }
                b'&' => {
                    let c = self.entity()?;
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                b => out.push(b),
            }
        }
        let text = String::from_utf8_lossy(&out).into_owned();
        if let Some(c) = text.chars().find(|&c| !in_range(c)) {
            return self.syntax(&format!("illegal character code U+{:04X}", c as u32));
        }
        Ok(text)
    }

    /// Past the rest of the element whose start was the last token (Go's `Skip`).
    pub(super) fn skip(&mut self) -> Scan<()> {
        let mut depth = 0;
        loop {
            match self.next()? {
                Some(Token::Start(_)) => depth += 1,
                Some(Token::End) if depth == 0 => return Ok(()),
                Some(Token::End) => depth -= 1,
                _ => {}
            }
        }
    }
}
