//! JSON text read as Go's `scanner.go` reads it: the whole text is checked first, and a
//! mistake is Go's `SyntaxError` in its words (`invalid character 'x' looking for beginning
//! of value`, `unexpected end of JSON input`); what is read is a tree `Unmarshal` walks.

/// A JSON value; a number keeps its text, as Go's decoder converts it per target.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Json {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

const END: &str = "unexpected end of JSON input";

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

/// `data` read whole, or Go's syntax error.
pub(super) fn parse(data: &[u8]) -> Result<Json, String> {
    let mut r = Reader { b: data, at: 0 };
    r.space();
    let v = r.value("looking for beginning of value")?;
    r.space();
    match r.peek() {
        None => Ok(v),
        Some(c) => Err(invalid(c, "after top-level value")),
    }
}

/// What a stream's next value is, as Go's `Decoder` reads it.
#[derive(Debug, PartialEq)]
pub(super) enum Next {
    /// A value, and the bytes it took with the spaces before it.
    Value(Json, usize),
    /// Nothing but spaces: `io.EOF`.
    End,
    /// A value the stream ends inside: `io.ErrUnexpectedEOF`.
    Cut,
    /// Go's syntax error.
    Bad(String),
}

/// The first value of `data`, which may go on past it.
pub(super) fn next_value(data: &[u8]) -> Next {
    let mut r = Reader { b: data, at: 0 };
    r.space();
    if r.peek().is_none() {
        return Next::End;
    }
    match r.value("looking for beginning of value") {
        Ok(v) => Next::Value(v, r.at),
        Err(e) if e == END => Next::Cut,
        Err(e) => Next::Bad(e),
    }
}

/// Whether `data` holds more than spaces before an end of an array or object: a
/// `Decoder`'s `More()`.
pub(super) fn more(data: &[u8]) -> bool {
    let mut r = Reader { b: data, at: 0 };
    r.space();
    !matches!(r.peek(), None | Some(b']' | b'}'))
}

/// Go's `quoteChar`: the byte as a quoted character.
fn quote_char(c: u8) -> String {
    match c {
        b'\'' => "'\\''".into(),
        b'"' => "'\"'".into(),
        c => {
            let q = super::strconv::quote(&char::from(c).to_string());
            format!("'{}'", &q[1..q.len() - 1])
        }
    }
}

fn invalid(c: u8, context: &str) -> String {
    format!("invalid character {} {context}", quote_char(c))
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    fn next(&mut self) -> Result<u8, String> {
        let c = self.peek().ok_or(END)?;
        self.at += 1;
        Ok(c)
    }

    /// The next byte where the text may not end: Go's scanner reads its end as a space.
    fn next_in_token(&mut self) -> u8 {
        let c = self.peek().unwrap_or(b' ');
        self.at += 1;
        c
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, context: &str) -> Result<Json, String> {
        let c = self.peek().ok_or(END)?;
        match c {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => Ok(Json::Str(self.string()?)),
            b'-' | b'0'..=b'9' => self.number(),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            c => Err(invalid(c, context)),
        }
    }

    fn literal(&mut self, word: &str, v: Json) -> Result<Json, String> {
        for want in word.bytes() {
            let c = self.next_in_token();
            if c != want {
                let context = format!("in literal {word} (expecting {})", quote_char(want));
                return Err(invalid(c, &context));
            }
        }
        Ok(v)
    }

    fn object(&mut self) -> Result<Json, String> {
        self.at += 1;
        let mut fields = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Obj(fields));
        }
        loop {
            match self.peek().ok_or(END)? {
                b'"' => {}
                c => return Err(invalid(c, "looking for beginning of object key string")),
            }
            let key = self.string()?;
            self.space();
            match self.next()? {
                b':' => {}
                c => return Err(invalid(c, "after object key")),
            }
            self.space();
            let v = self.value("looking for beginning of value")?;
            fields.push((key, v));
            self.space();
            match self.next()? {
                b',' => self.space(),
                b'}' => return Ok(Json::Obj(fields)),
                c => return Err(invalid(c, "after object key:value pair")),
            }
        }
    }

    fn array(&mut self) -> Result<Json, String> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value("looking for beginning of value")?);
            self.space();
            match self.next()? {
                b',' => self.space(),
                b']' => return Ok(Json::Arr(items)),
                c => return Err(invalid(c, "after array element")),
            }
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = self.next()?;
            match c {
                b'"' => return Ok(String::from_utf8_lossy(&out).into_owned()),
                b'\\' => {
                    let e = self.next_in_token();
                    let plain = match e {
                        b'b' => 8,
                        b'f' => 12,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'"' | b'\\' | b'/' => e,
                        b'u' => {
                            let r = self.hex4()?;
                            let r = if (0xD800..0xDC00).contains(&r) && self.low_follows() {
                                let low = self.hex4_after_escape()?;
                                if (0xDC00..0xE000).contains(&low) {
                                    0x10000 + ((r - 0xD800) << 10) + (low - 0xDC00)
                                } else {
                                    // An unpaired half is U+FFFD, and the next escape read.
                                    self.at -= 6;
                                    0xFFFD
                                }
                            } else {
                                r
                            };
                            let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
                            out.extend(ch.to_string().as_bytes());
                            continue;
                        }
                        e => return Err(invalid(e, "in string escape code")),
                    };
                    out.push(plain);
                }
                c if c < 0x20 => return Err(invalid(c, "in string literal")),
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut r = 0;
        for _ in 0..4 {
            let c = self.next_in_token();
            let d = char::from(c)
                .to_digit(16)
                .ok_or_else(|| invalid(c, "in \\u hexadecimal character escape"))?;
            r = r * 16 + d;
        }
        Ok(r)
    }

    fn low_follows(&self) -> bool {
        self.b.get(self.at..self.at + 2) == Some(b"\\u")
    }

    fn hex4_after_escape(&mut self) -> Result<u32, String> {
        self.at += 2;
        self.hex4()
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
            match self.peek() {
                Some(b'0'..=b'9') => {}
                c => return Err(invalid(c.unwrap_or(b' '), "in numeric literal")),
            }
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else {
            self.digits();
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            match self.peek() {
                Some(b'0'..=b'9') => self.digits(),
                c => {
                    let c = c.unwrap_or(b' ');
                    return Err(invalid(c, "after decimal point in numeric literal"));
                }
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            match self.peek() {
                Some(b'0'..=b'9') => self.digits(),
                c => return Err(invalid(c.unwrap_or(b' '), "in exponent of numeric literal")),
            }
        }
        let text = String::from_utf8_lossy(&self.b[start..self.at]).into_owned();
        Ok(Json::Num(text))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn mistakes_are_gos_words() {
        assert_eq!(
            parse(b"{\"a\":1"),
            Err("unexpected end of JSON input".into())
        );
        let e = parse(b"{a}").err();
        assert_eq!(
            e.as_deref(),
            Some("invalid character 'a' looking for beginning of object key string")
        );
        assert_eq!(
            parse(b"[1 2]").err().as_deref(),
            Some("invalid character '2' after array element")
        );
        assert_eq!(
            parse(b"tru").err().as_deref(),
            Some("invalid character ' ' in literal true (expecting 'e')")
        );
    }
}
