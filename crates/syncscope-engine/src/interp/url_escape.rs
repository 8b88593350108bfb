//! `net/url`'s percent-escaping, by the rules Go 1.26 keeps for each part of a URL: which
//! bytes each part leaves as they are, and what its unescaping refuses (a `%` without two hex
//! digits, a host's escaped ASCII, a byte a host may not hold).

/// The part of a URL a text is escaped or unescaped for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Path,
    PathSegment,
    Host,
    Zone,
    UserPassword,
    QueryComponent,
    Fragment,
}

/// Whether `c` is written as `%XX` in `part`.
pub(super) fn should_escape(c: u8, part: Part) -> bool {
    if c.is_ascii_alphanumeric() {
        return false;
    }
    // A host keeps its sub-delimiters, `:` of its port and `[]` of an IPv6 literal; `<>"`
    // too, which a host may not escape.
    if matches!(part, Part::Host | Part::Zone) && b"!$&'()*+,;=:[]<>\"".contains(&c) {
        return false;
    }
    if b"-_.~".contains(&c) {
        return false;
    }
    if b"$&+,/:;=?@".contains(&c) {
        return match part {
            Part::Path => c == b'?',
            Part::PathSegment => b"/;,?".contains(&c),
            Part::UserPassword => b"@/?:".contains(&c),
            Part::QueryComponent => true,
            Part::Fragment => false,
            // Handled above for what a host keeps; the rest it escapes.
            Part::Host | Part::Zone => true,
        };
    }
    !(part == Part::Fragment && b"!()*".contains(&c))
}

/// `s` escaped for `part`: a query's spaces as `+`, other bytes as upper-case `%XX`.
pub(super) fn escape(s: &str, part: Part) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c == b' ' && part == Part::QueryComponent {
            out.push('+');
        } else if should_escape(c, part) {
            out.push_str(&format!("%{c:02X}"));
        } else {
            out.push(char::from(c));
        }
    }
    out
}

/// Why unescaping failed, as Go's `EscapeError` and `InvalidHostError` say it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Unescape {
    Go(String),
    /// Escapes that make bytes which are not UTF-8: a run's strings are text.
    NotText,
}

fn hex(c: u8) -> Option<u8> {
    char::from(c)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// `s` with its `%XX` escapes made bytes (and a query's `+` a space), or Go's error.
pub(super) fn unescape(s: &str, part: Part) -> Result<String, Unescape> {
    let b = s.as_bytes();
    let quoted = |t: &[u8]| super::strconv::quote(&String::from_utf8_lossy(t));
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let digits = b
                    .get(i + 1)
                    .and_then(|&h| hex(h))
                    .zip(b.get(i + 2).and_then(|&l| hex(l)));
                let Some((high, low)) = digits.filter(|_| i + 2 < b.len()) else {
                    let end = (i + 3).min(b.len());
                    return Err(Unescape::Go(format!(
                        "invalid URL escape {}",
                        quoted(&b[i..end])
                    )));
                };
                let v = high << 4 | low;
                let is_percent = &b[i..i + 3] == b"%25";
                // A host escapes only non-ASCII bytes (and `%25`, an IPv6 zone's start).
                let refused = match part {
                    Part::Host => high < 8 && !is_percent,
                    Part::Zone => !is_percent && v != b' ' && should_escape(v, Part::Host),
                    _ => false,
                };
                if refused {
                    let at = quoted(&b[i..i + 3]);
                    return Err(Unescape::Go(format!("invalid URL escape {at}")));
                }
                out.push(v);
                i += 3;
            }
            b'+' if part == Part::QueryComponent => {
                out.push(b' ');
                i += 1;
            }
            c => {
                if matches!(part, Part::Host | Part::Zone) && c < 0x80 && should_escape(c, part) {
                    let at = quoted(&b[i..=i]);
                    return Err(Unescape::Go(format!("invalid character {at} in host name")));
                }
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| Unescape::NotText)
}

#[cfg(test)]
mod tests {
    use super::{Part, Unescape, escape, unescape};

    #[test]
    fn each_part_escapes_what_go_escapes() {
        assert_eq!(
            escape("a b&c=d/é", Part::QueryComponent),
            "a+b%26c%3Dd%2F%C3%A9"
        );
        assert_eq!(escape("a b/c;d", Part::PathSegment), "a%20b%2Fc%3Bd");
        assert_eq!(escape("/a b/c?", Part::Path), "/a%20b/c%3F");
        assert_eq!(escape("x!(y)*", Part::Fragment), "x!(y)*");
        assert_eq!(escape("p@ss:w", Part::UserPassword), "p%40ss%3Aw");
    }

    #[test]
    fn unescaping_refuses_as_go_does() {
        let go = |s: &str| Err(Unescape::Go(s.to_string()));
        assert_eq!(
            unescape("a%2", Part::QueryComponent),
            go("invalid URL escape \"%2\"")
        );
        assert_eq!(
            unescape("%zzz", Part::PathSegment),
            go("invalid URL escape \"%zz\"")
        );
        assert_eq!(unescape("a+b%21", Part::QueryComponent), Ok("a b!".into()));
        assert_eq!(unescape("a+b", Part::PathSegment), Ok("a+b".into()));
        assert_eq!(
            unescape("a b", Part::Host),
            go("invalid character \" \" in host name")
        );
        assert_eq!(
            unescape("%41", Part::Host),
            go("invalid URL escape \"%41\"")
        );
        assert_eq!(unescape("%ff", Part::Path), Err(Unescape::NotText));
    }
}
