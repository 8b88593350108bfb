//! The parts of an XML document that are not elements or plain text, as Go's decoder
//! reads them: `<?xml ...?>` (its version and encoding checked), comments, CDATA sections,
//! directives, and the entities text may hold (`&amp;`, `&#65;`, `&#x41;`).

use super::xml_scan::{Scan, ScanError, Scanner, Token, name_byte};

const ENTITIES: [(&str, char); 5] = [
    ("lt", '<'),
    ("gt", '>'),
    ("amp", '&'),
    ("apos", '\''),
    ("quot", '"'),
];

impl Scanner<'_> {
    /// `<?target ...?>`: an `xml` declaration's encoding must be UTF-8.
    pub(super) fn declaration(&mut self) -> Scan<Token> {
        let Some(target) = self.name()? else {
            return self.syntax("expected target name after <?");
        };
        let from = self.pos;
        while !self.starts("?>") {
            self.must()?;
        }
        let body = String::from_utf8_lossy(&self.data[from..self.pos]).into_owned();
        self.pos += 2;
        if target == "xml" {
            if let Some(v) = pseudo_attr(&body, "version")
                && v != "1.0"
            {
                let text = format!("xml: unsupported version {v:?}; only version 1.0 is supported");
                return Err(ScanError::Go(text, "*errors.errorString"));
            }
            if let Some(enc) = pseudo_attr(&body, "encoding")
                && !enc.eq_ignore_ascii_case("utf-8")
            {
                let text =
                    format!("xml: encoding {enc:?} declared but Decoder.CharsetReader is nil");
                return Err(ScanError::Go(text, "*errors.errorString"));
            }
        }
        Ok(Token::Other)
    }

    /// `<!--comment-->`, `<![CDATA[text]]>` or a directive such as `<!DOCTYPE ...>`.
    pub(super) fn bang(&mut self) -> Scan<Token> {
        if self.starts("--") {
            self.pos += 2;
            let from = self.pos;
            while !self.starts("-->") {
                self.must()?;
            }
            let text = String::from_utf8_lossy(&self.data[from..self.pos]).into_owned();
            self.pos += 3;
            return Ok(Token::Comment(text));
        }
        if self.starts("[CDATA[") {
            self.pos += 7;
            let from = self.pos;
            while !self.starts("]]>") {
                self.must()?;
            }
            let text = String::from_utf8_lossy(&self.data[from..self.pos]).replace("\r\n", "\n");
            self.pos += 3;
            return Ok(Token::Text(text));
        }
        if self.starts("-") {
            return self.syntax("invalid sequence <!- not part of <!--");
        }
        // A directive: to its `>`, past quoted text and nested `<...>`.
        let mut depth = 0;
        let mut quote = None;
        loop {
            let b = self.must()?;
            match (quote, b) {
                (Some(q), b) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(b),
                (None, b'<') => depth += 1,
                (None, b'>') if depth == 0 => return Ok(Token::Other),
                (None, b'>') => depth -= 1,
                _ => {}
            }
        }
    }

    /// The character an entity after `&` stands for: `&lt;`, `&#65;`, `&#x41;`.
    pub(super) fn entity(&mut self) -> Scan<char> {
        let from = self.pos;
        let found = if self.peek() == Some(b'#') {
            self.pos += 1;
            let hex = self.peek() == Some(b'x');
            if hex {
                self.pos += 1;
            }
            let digits = self.pos;
            while self
                .peek()
                .is_some_and(|b| b.is_ascii_digit() || hex && b.is_ascii_hexdigit())
            {
                self.pos += 1;
            }
            let text = String::from_utf8_lossy(&self.data[digits..self.pos]).into_owned();
            u32::from_str_radix(&text, if hex { 16 } else { 10 })
                .ok()
                .and_then(char::from_u32)
        } else {
            while self.peek().is_some_and(name_byte) {
                self.pos += 1;
            }
            let name = String::from_utf8_lossy(&self.data[from..self.pos]).into_owned();
            ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
        };
        let semicolon = self.must()? == b';';
        if !semicolon {
            self.pos -= 1;
        }
        match found {
            Some(c) if semicolon => Ok(c),
            _ => {
                let written = String::from_utf8_lossy(&self.data[from..self.pos]).into_owned();
                let tail = if semicolon { "" } else { " (no semicolon)" };
                self.syntax(&format!("invalid character entity &{written}{tail}"))
            }
        }
    }
}

/// A pseudo-attribute of an `<?xml ...?>` declaration: `version="1.0"`.
fn pseudo_attr(body: &str, key: &str) -> Option<String> {
    let at = body.find(key)?;
    let rest = body[at + key.len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let q = rest.chars().next().filter(|&q| q == '"' || q == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(q)?].to_string())
}

#[cfg(test)]
mod tests {
    use super::super::xml_scan::{ScanError, Scanner, Token};

    /// The text of the document's first element, or Go's error.
    fn text(doc: &str) -> String {
        let mut sc = Scanner::new(doc.as_bytes());
        let mut out = String::new();
        loop {
            match sc.next() {
                Ok(Some(Token::Text(t))) => out.push_str(&t),
                Ok(Some(Token::End)) => return out,
                Ok(_) => {}
                Err(ScanError::Go(e, _)) => return e,
                Err(ScanError::Namespace(name)) => return name,
            }
        }
    }

    #[test]
    fn entities_read_as_gos_decoder_reads_them() {
        assert_eq!(text("<a>&lt;&#65;&#x42;&quot;</a>"), "<AB\"");
        assert_eq!(text("<a><![CDATA[&x]]></a>"), "&x");
        assert_eq!(text("<a>\r\n</a>"), "\n");
        let bad = "XML syntax error on line 1: invalid character entity";
        assert_eq!(text("<a>&x;</a>"), format!("{bad} &x;"));
        assert_eq!(text("<a>& b</a>"), format!("{bad} & (no semicolon)"));
        assert_eq!(text("<x:a/>"), "x:a");
    }
}
