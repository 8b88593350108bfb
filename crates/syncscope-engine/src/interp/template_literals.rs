//! A template's numbers, quoted and raw strings and character constants, scanned as Go's
//! lexer scans them, and the escapes of a quoted string.

use super::template_lex::{Lexer, Tok, is_alnum};

impl Lexer<'_> {
    /// A number as Go's lexer scans it: a sign, digits of its base, a fraction and an
    /// exponent; a letter or digit right after is bad syntax.
    pub(super) fn number(&mut self) -> Tok {
        let start = self.pos;
        let bytes = self.src.as_bytes();
        let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
        let mut i = self.pos;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
        }
        let mut digits: &[u8] = b"0123456789_";
        let mut exp: &[u8] = b"eE";
        if at(i) == b'0' && matches!(at(i + 1) | 0x20, b'x' | b'o' | b'b') {
            (digits, exp) = match at(i + 1) | 0x20 {
                b'x' => (&b"0123456789abcdefABCDEF_"[..], &b"pP"[..]),
                b'o' => (&b"01234567_"[..], &b""[..]),
                _ => (&b"01_"[..], &b""[..]),
            };
            i += 2;
        }
        let run = |mut i: usize, set: &[u8]| {
            while set.contains(&at(i)) {
                i += 1;
            }
            i
        };
        i = run(i, digits);
        if at(i) == b'.' {
            i = run(i + 1, digits);
        }
        if !exp.is_empty() && exp.contains(&at(i)) {
            i += 1;
            if matches!(at(i), b'+' | b'-') {
                i += 1;
            }
            i = run(i, b"0123456789_");
        }
        self.pos = i;
        if self.peek().is_some_and(is_alnum) {
            self.pos += self.peek().map_or(1, char::len_utf8);
            let text = &self.src[start..self.pos];
            return Tok::Error(format!(
                "bad number syntax: {}",
                super::strconv::quote(text)
            ));
        }
        Tok::Number(self.src[start..self.pos].to_string())
    }

    /// A quoted or raw string, or a character constant.
    pub(super) fn quoted(&mut self, q: char) -> Result<Tok, String> {
        let start = self.pos;
        self.pos += 1;
        let mut escaped = false;
        loop {
            let Some(c) = self.peek() else {
                return Err(unterminated(q).into());
            };
            self.pos += c.len_utf8();
            match c {
                '\n' if q != '`' => return Err(unterminated(q).into()),
                '\\' if q != '`' && !escaped => {
                    escaped = true;
                    continue;
                }
                _ if c == q && !escaped => break,
                _ => {}
            }
            escaped = false;
        }
        let text = self.src[start..self.pos].to_string();
        Ok(match q {
            '\'' => Tok::Char(text),
            '`' => Tok::Str(text[1..text.len() - 1].to_string(), text),
            _ => Tok::Str(unquote(&text[1..text.len() - 1]), text),
        })
    }
}

fn unterminated(q: char) -> &'static str {
    match q {
        '\'' => "unterminated character constant",
        '`' => "unterminated raw quoted string",
        _ => "unterminated quoted string",
    }
}

/// The value of a quoted string's inside, its escapes as Go reads them.
pub(super) fn unquote(s: &str) -> String {
    let mut out = String::new();
    let mut cs = s.chars();
    while let Some(c) = cs.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let e = cs.next().unwrap_or('\\');
        let hex = |cs: &mut std::str::Chars, n: usize| {
            let digits: String = cs.by_ref().take(n).collect();
            u32::from_str_radix(&digits, 16)
                .ok()
                .and_then(char::from_u32)
        };
        let ch = match e {
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'v' => Some('\u{b}'),
            'x' => hex(&mut cs, 2),
            'u' => hex(&mut cs, 4),
            'U' => hex(&mut cs, 8),
            c => Some(c),
        };
        out.extend(ch);
    }
    out
}
