//! `text/template`'s lexer: the text cut into text and the items of `{{...}}` actions, with
//! the trim markers (`{{- ` and ` -}}`) applied and comments dropped, each item with its
//! byte offset and line, which Go's errors name.

/// One item of a template's text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Text(String),
    Left,
    Right,
    Space,
    /// `.Name`, without its dot.
    Field(String),
    /// `$x`, or `$` alone, as written.
    Var(String),
    Dot,
    Ident(String),
    /// `if`, `else`, `end`, `range`, `with`, `define`, `template`, `block`, `break`,
    /// `continue`.
    Keyword(&'static str),
    Bool(bool),
    Nil,
    /// A quoted or raw string: its value and its text as written.
    Str(String, String),
    Number(String),
    /// A character constant as written (`'a'`).
    Char(String),
    Pipe,
    LParen,
    RParen,
    Declare,
    Assign,
    /// A printable character of no other meaning (`,` separates range variables).
    Other(char),
    Eof,
    Error(String),
}

#[derive(Debug, Clone)]
pub(super) struct Item {
    pub(super) tok: Tok,
    pub(super) pos: usize,
    pub(super) line: usize,
}

const KEYWORDS: [&str; 10] = [
    "block", "break", "continue", "define", "else", "end", "if", "range", "template", "with",
];

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

pub(super) fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Go's `%#U`: `U+007D '}'`.
pub(super) fn sharp_u(c: char) -> String {
    let code = format!("U+{:04X}", c as u32);
    if c.is_control() {
        code
    } else {
        format!("{code} '{c}'")
    }
}

pub(super) struct Lexer<'a> {
    pub(super) src: &'a str,
    pub(super) pos: usize,
    items: Vec<Item>,
    parens: usize,
}

/// The items of `src`, ending with `Eof` or an `Error`.
pub(super) fn lex(src: &str) -> Vec<Item> {
    let mut l = Lexer {
        src,
        pos: 0,
        items: Vec::new(),
        parens: 0,
    };
    l.run();
    l.items
}

impl Lexer<'_> {
    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn line_at(&self, pos: usize) -> usize {
        1 + self.src[..pos].matches('\n').count()
    }

    pub(super) fn emit(&mut self, tok: Tok, pos: usize) {
        let line = self.line_at(pos);
        self.items.push(Item { tok, pos, line });
    }

    fn fail(&mut self, why: String, pos: usize) {
        self.emit(Tok::Error(why), pos);
    }

    pub(super) fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// At `}}` or ` -}}`: whether there, and whether with the trim marker.
    fn at_right(&self) -> Option<bool> {
        let r = self.rest();
        if r.starts_with("}}") {
            return Some(false);
        }
        let mut cs = r.chars();
        let trim = cs.next().is_some_and(is_space) && r[1..].starts_with("-}}");
        trim.then_some(true)
    }

    fn run(&mut self) {
        loop {
            let Some(at) = self.rest().find("{{") else {
                let text = self.rest().to_string();
                if !text.is_empty() {
                    self.emit(Tok::Text(text), self.pos);
                }
                self.emit(Tok::Eof, self.src.len());
                return;
            };
            let start = self.pos + at;
            let after = &self.src[start + 2..];
            let trim = after.starts_with('-') && after[1..].starts_with(is_space);
            let mut text = &self.src[self.pos..start];
            if trim {
                text = text.trim_end_matches(is_space);
            }
            if !text.is_empty() {
                self.emit(Tok::Text(text.to_string()), self.pos);
            }
            // The marker is `-` and the space after it.
            self.pos = start + 2 + 2 * usize::from(trim);
            if self.rest().starts_with("/*") {
                if !self.comment() {
                    return;
                }
                continue;
            }
            self.emit(Tok::Left, start);
            self.parens = 0;
            if !self.action() {
                return;
            }
        }
    }

    /// A comment, up to its `*/` and the delimiter right after it.
    fn comment(&mut self) -> bool {
        let start = self.pos;
        let Some(end) = self.rest().find("*/") else {
            self.fail("unclosed comment".into(), start);
            return false;
        };
        self.pos += end + 2;
        match self.at_right() {
            Some(trim) => self.close(trim),
            None => {
                self.fail("comment ends before closing delimiter".into(), start);
                return false;
            }
        }
        true
    }

    /// Past `}}` (or ` -}}`, then past the spaces after it).
    fn close(&mut self, trim: bool) {
        self.pos += if trim { 4 } else { 2 };
        if trim {
            let skipped = self.rest().len() - self.rest().trim_start_matches(is_space).len();
            self.pos += skipped;
        }
    }

    /// The items of one action, through its closing delimiter.
    fn action(&mut self) -> bool {
        loop {
            if let Some(trim) = self.at_right() {
                if self.parens > 0 {
                    self.fail("unclosed left paren".into(), self.pos);
                    return false;
                }
                self.emit(Tok::Right, self.pos);
                self.close(trim);
                return true;
            }
            let start = self.pos;
            let Some(c) = self.peek() else {
                self.fail("unclosed action".into(), start);
                return false;
            };
            let next = self.rest()[c.len_utf8()..].chars().next();
            let tok = match c {
                _ if is_space(c) => {
                    self.spaces();
                    continue;
                }
                '=' => Tok::Assign,
                ':' if next == Some('=') => {
                    self.pos += 1;
                    Tok::Declare
                }
                ':' => {
                    self.fail("expected :=".into(), start);
                    return false;
                }
                '|' => Tok::Pipe,
                '"' | '`' | '\'' => match self.quoted(c) {
                    Ok(t) => {
                        self.emit(t, start);
                        continue;
                    }
                    Err(why) => {
                        self.fail(why, start);
                        return false;
                    }
                },
                '.' if next.is_some_and(|d| d.is_ascii_digit()) => self.number(),
                '+' | '-' | '0'..='9' => self.number(),
                '$' | '.' => self.word(true),
                _ if is_alnum(c) => self.word(false),
                '(' => {
                    self.parens += 1;
                    Tok::LParen
                }
                ')' if self.parens == 0 => {
                    self.fail("unexpected right paren".into(), start);
                    return false;
                }
                ')' => {
                    self.parens -= 1;
                    Tok::RParen
                }
                _ if c.is_ascii() && !c.is_ascii_control() => Tok::Other(c),
                _ => Tok::Error(format!("unrecognized character in action: {}", sharp_u(c))),
            };
            if matches!(
                tok,
                Tok::Assign | Tok::Declare | Tok::Pipe | Tok::LParen | Tok::RParen | Tok::Other(_)
            ) {
                self.pos += 1;
            }
            let failed = matches!(tok, Tok::Error(_));
            self.emit(tok, start);
            if failed {
                return false;
            }
        }
    }

    fn spaces(&mut self) {
        let start = self.pos;
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
            // Leave the space of a ` -}}` to the delimiter.
            if self.rest().starts_with("-}}") {
                self.pos -= 1;
                break;
            }
        }
        if self.pos > start {
            self.emit(Tok::Space, start);
        }
    }

    fn at_terminator(&self) -> bool {
        match self.peek() {
            None => true,
            Some(c) => is_space(c) || ".,|:()".contains(c) || self.rest().starts_with("}}"),
        }
    }

    /// A field, a variable, `.`, `$`, a keyword, a boolean, `nil` or a function's name.
    fn word(&mut self, marked: bool) -> Tok {
        let start = self.pos;
        if marked {
            self.pos += 1;
        }
        while self.peek().is_some_and(is_alnum) {
            self.pos += self.peek().map_or(1, char::len_utf8);
        }
        if !self.at_terminator() {
            let c = self.peek().unwrap_or(' ');
            return Tok::Error(format!("bad character {}", sharp_u(c)));
        }
        let word = &self.src[start..self.pos];
        match word {
            "." => Tok::Dot,
            _ if word.starts_with('.') => Tok::Field(word[1..].to_string()),
            _ if word.starts_with('$') => Tok::Var(word.to_string()),
            "true" | "false" => Tok::Bool(word == "true"),
            "nil" => Tok::Nil,
            _ => match KEYWORDS.iter().find(|k| **k == word) {
                Some(k) => Tok::Keyword(k),
                None => Tok::Ident(word.to_string()),
            },
        }
    }
}
