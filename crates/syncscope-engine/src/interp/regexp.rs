//! `regexp` patterns on the `regex` crate, whose syntax is RE2's as Go's is, with the
//! differences that matter made Go's: `\d`, `\w`, `\s` and `\b` are ASCII in Go (Unicode in
//! the crate), `\<` and `\>` are Go's literal `<` and `>`, and stacked repetitions (`a**`) or
//! counts past 1000, which the crate takes, are Go's errors. Compile errors are Go's words
//! where the mistake is one of the common ones, else `None`: refused rather than misworded.

use regex::Regex;
use regex_syntax::ast::{self, Ast, ErrorKind};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Patterns compiled so far: a loop's `regexp.MustCompile` is compiled once.
static CACHE: OnceLock<Mutex<HashMap<String, Arc<Regex>>>> = OnceLock::new();

/// The most patterns kept; past it the cache starts again.
const CACHED: usize = 256;

/// What compiling a pattern gives: the regexp, Go's error, or `None` for an error syncscope
/// cannot word as Go does.
pub(super) fn compile(pattern: &str) -> Result<Arc<Regex>, Option<String>> {
    let cache = CACHE.get_or_init(Default::default);
    if let Some(re) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(pattern) {
        return Ok(re.clone());
    }
    let parsed = ast::parse::Parser::new()
        .parse(pattern)
        .map_err(|e| parse_error(pattern, &e))?;
    if let Some(e) = go_only_error(&parsed, pattern) {
        return Err(Some(e));
    }
    let re = Arc::new(Regex::new(&as_go_reads(pattern)?).map_err(|_| None)?);
    let mut cached = cache.lock().unwrap_or_else(|e| e.into_inner());
    if cached.len() >= CACHED {
        cached.clear();
    }
    cached.insert(pattern.to_string(), re.clone());
    Ok(re)
}

/// Go's `error parsing regexp: <code>: `<expr>``.
fn go_error(code: &str, expr: &str) -> String {
    format!("error parsing regexp: {code}: `{expr}`")
}

/// Go's words for the crate's parse error, where they are sure.
fn parse_error(pattern: &str, e: &ast::Error) -> Option<String> {
    let span = e.span();
    let (start, end) = (span.start.offset, span.end.offset);
    let text = pattern.get(start..end)?;
    let after = pattern.get(end..).unwrap_or("");
    Some(match e.kind() {
        ErrorKind::GroupUnclosed => go_error("missing closing )", pattern),
        ErrorKind::GroupUnopened => go_error("unexpected )", pattern),
        ErrorKind::ClassUnclosed if !pattern[start + 1..].contains('[') => {
            go_error("missing closing ]", &pattern[start..])
        }
        ErrorKind::ClassRangeInvalid => go_error("invalid character class range", text),
        ErrorKind::RepetitionCountInvalid => go_error("invalid repeat count", text),
        ErrorKind::RepetitionMissing => {
            let op = pattern.get(start..start + 1)?;
            if !matches!(op, "*" | "+" | "?") {
                return None;
            }
            go_error("missing argument to repetition operator", op)
        }
        // Go reads `\Q...\E` and octal escapes; the other letters it refuses too.
        ErrorKind::EscapeUnrecognized if text.len() == 2 && text != "\\Q" => {
            go_error("invalid escape sequence", text)
        }
        // `\1` alone is Go's invalid escape; `\12` its octal.
        ErrorKind::UnsupportedBackreference
            if text.len() == 2 && !after.starts_with(|c: char| ('0'..='7').contains(&c)) =>
        {
            go_error("invalid escape sequence", text)
        }
        ErrorKind::UnsupportedLookAround if text == "(?=" || text == "(?!" => {
            go_error("invalid or unsupported Perl syntax", text)
        }
        _ => return None,
    })
}

/// Go's errors for what the crate takes: a repetition of a repetition (`a**`, `x{2}{3}`) and
/// a count past 1000.
fn go_only_error(a: &Ast, pattern: &str) -> Option<String> {
    match a {
        Ast::Repetition(r) => {
            if let ast::RepetitionKind::Range(range) = &r.op.kind {
                let (ast::RepetitionRange::Exactly(n)
                | ast::RepetitionRange::AtLeast(n)
                | ast::RepetitionRange::Bounded(_, n)) = range;
                if *n > 1000 {
                    let text = pattern.get(r.op.span.start.offset..r.op.span.end.offset)?;
                    return Some(go_error("invalid repeat count", text));
                }
            }
            if let Ast::Repetition(inner) = &*r.ast {
                let text = pattern.get(inner.op.span.start.offset..r.op.span.end.offset)?;
                return Some(go_error("invalid nested repetition operator", text));
            }
            go_only_error(&r.ast, pattern)
        }
        Ast::Group(g) => go_only_error(&g.ast, pattern),
        Ast::Alternation(alt) => alt.asts.iter().find_map(|a| go_only_error(a, pattern)),
        Ast::Concat(c) => c.asts.iter().find_map(|a| go_only_error(a, pattern)),
        _ => None,
    }
}

/// The pattern as the crate reads Go's: Perl classes and word boundaries in ASCII, `\<` and
/// `\>` literal; `\u` and `\U`, escapes Go does not have, Go's error.
fn as_go_reads(pattern: &str) -> Result<String, Option<String>> {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut in_class = false;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(e) = chars.next() else {
                    out.push('\\');
                    break;
                };
                match e {
                    'd' => out.push_str("[0-9]"),
                    'D' => out.push_str("[^0-9]"),
                    'w' => out.push_str("[0-9A-Za-z_]"),
                    'W' => out.push_str("[^0-9A-Za-z_]"),
                    's' => out.push_str(r"[\t\n\f\r ]"),
                    'S' => out.push_str(r"[^\t\n\f\r ]"),
                    'b' if !in_class => out.push_str(r"(?-u:\b)"),
                    'B' if !in_class => out.push_str(r"(?-u:\B)"),
                    '<' | '>' if !in_class => out.push(e),
                    'u' | 'U' => {
                        let text = format!("\\{e}");
                        return Err(Some(go_error("invalid escape sequence", &text)));
                    }
                    _ => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A `]` first (or after `^`) is one of the class's characters.
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push_str(r"\]");
                    chars.next();
                }
            }
            '[' if chars.peek() == Some(&':') => {
                // `[:alpha:]` inside a class: copied to its closing `:]`.
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == ']' {
                        break;
                    }
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// Go's `quote` of a pattern in `MustCompile`'s panic: back-quoted where it can be.
pub(super) fn quote_pattern(p: &str) -> String {
    let backquotable = !p.contains('`')
        && p.chars()
            .all(|c| c == '\t' || !(c.is_control() || c == '\u{FEFF}'));
    if backquotable {
        format!("`{p}`")
    } else {
        super::strconv::quote(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(p: &str) -> Option<String> {
        compile(p).err().flatten()
    }

    #[test]
    fn go_words_for_common_mistakes() {
        assert_eq!(
            err("p([a-z]+ch").as_deref(),
            Some("error parsing regexp: missing closing ): `p([a-z]+ch`")
        );
        assert_eq!(
            err("a**").as_deref(),
            Some("error parsing regexp: invalid nested repetition operator: `**`")
        );
        assert_eq!(
            err("[a-").as_deref(),
            Some("error parsing regexp: missing closing ]: `[a-`")
        );
        assert_eq!(
            err("*a").as_deref(),
            Some("error parsing regexp: missing argument to repetition operator: `*`")
        );
        assert_eq!(compile(r"\Qa.b\E").err(), Some(None));
    }

    #[test]
    fn perl_classes_are_ascii() {
        let re = compile(r"\d+\b").ok();
        assert!(re.is_some_and(|r| !r.is_match("٣٤") && r.is_match("x 42")));
        assert_eq!(
            as_go_reads(r"[\d\]a]\<").ok().as_deref(),
            Some(r"[[0-9]\]a]<")
        );
    }
}
