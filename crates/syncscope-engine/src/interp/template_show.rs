//! A template's nodes written back as Go's `String` writes them, for the `at <...>` of its
//! execution errors, and its lexer's items as its parse errors quote them.

use super::template_lex::Tok;
use super::template_parse::{Arg, Cmd, Pipe, Term};

pub(super) fn arg(a: &Arg) -> String {
    match &a.term {
        Term::Field(names) => names.iter().map(|n| format!(".{n}")).collect(),
        Term::Var(v, names) => {
            let fields: String = names.iter().map(|n| format!(".{n}")).collect();
            format!("{v}{fields}")
        }
        Term::Dot => ".".into(),
        Term::Nil => "nil".into(),
        Term::Bool(b) => b.to_string(),
        Term::Number(n) => n.clone(),
        Term::Str(_, raw) => raw.clone(),
        Term::Func(f) => f.clone(),
        Term::Pipe(p) => format!("({})", pipe(p)),
        Term::Chain(inner, names) => {
            let fields: String = names.iter().map(|n| format!(".{n}")).collect();
            format!("{}{fields}", arg(inner))
        }
    }
}

pub(super) fn cmd(c: &Cmd) -> String {
    let parts: Vec<String> = c.args.iter().map(arg).collect();
    parts.join(" ")
}

pub(super) fn pipe(p: &Pipe) -> String {
    let mut out = String::new();
    if !p.decl.is_empty() {
        let op = if p.assign { "=" } else { ":=" };
        out = format!("{} {op} ", p.decl.join(", "));
    }
    let cmds: Vec<String> = p.cmds.iter().map(cmd).collect();
    out + &cmds.join(" | ")
}

/// Go's place of a node: `name:line:col`, the column counted in bytes from 0.
pub(super) fn place(name: &str, text: &str, pos: usize) -> String {
    let before = &text[..pos.min(text.len())];
    let line = 1 + before.matches('\n').count();
    let col = match before.rfind('\n') {
        Some(nl) => pos - nl - 1,
        None => pos,
    };
    format!("{name}:{line}:{col}")
}

/// `{{end}}` or `{{else}}`, as Go's errors name them.
pub(super) fn end_text(end: &str) -> String {
    format!("{{{{{end}}}}}")
}

/// An item as Go's parse errors quote it (`"}"`, `<if>`, `EOF`).
pub(super) fn item(t: &Tok) -> String {
    let raw = raw_of(t);
    match t {
        Tok::Eof => "EOF".into(),
        Tok::Error(e) => e.clone(),
        Tok::Keyword(k) => format!("<{k}>"),
        Tok::Dot => "<.>".into(),
        Tok::Nil => "<nil>".into(),
        _ if raw.chars().count() > 10 => {
            let cut: String = raw.chars().take(10).collect();
            format!("{}...", super::strconv::quote(&cut))
        }
        _ => super::strconv::quote(&raw),
    }
}

fn raw_of(t: &Tok) -> String {
    match t {
        Tok::Text(s) | Tok::Number(s) | Tok::Char(s) | Tok::Ident(s) | Tok::Var(s) => s.clone(),
        Tok::Str(_, raw) => raw.clone(),
        Tok::Field(f) => format!(".{f}"),
        Tok::Left => "{{".into(),
        Tok::Right => "}}".into(),
        Tok::Space => " ".into(),
        Tok::Bool(b) => b.to_string(),
        Tok::Pipe => "|".into(),
        Tok::LParen => "(".into(),
        Tok::RParen => ")".into(),
        Tok::Declare => ":=".into(),
        Tok::Assign => "=".into(),
        Tok::Other(c) => c.to_string(),
        Tok::Keyword(k) => (*k).into(),
        Tok::Dot => ".".into(),
        Tok::Nil => "nil".into(),
        Tok::Eof | Tok::Error(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_place_counts_bytes_from_the_line_s_start() {
        assert_eq!(super::place("t", "{{.Nope}}", 2), "t:1:2");
        assert_eq!(super::place("t", "ab\n{{.Nope}}", 5), "t:2:2");
    }
}
