//! The split functions of `bufio` a `Scanner` takes (src/bufio/scan.go): `ScanLines`,
//! `ScanWords`, `ScanRunes` and `ScanBytes`, each asked for the next token of the data
//! read so far and told whether the file has ended.

/// Which of `bufio`'s split functions a scanner uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Split {
    Lines,
    Words,
    Runes,
    Bytes,
}

impl Split {
    /// The split function `code` names (`FileOp::ScanSplit`'s operand).
    pub(crate) fn of(code: i64) -> Split {
        match code {
            1 => Split::Words,
            2 => Split::Runes,
            3 => Split::Bytes,
            _ => Split::Lines,
        }
    }
}

/// What a split function says of the data: a token and how far it reaches, bytes to drop
/// before any token (the spaces before a word), or that it needs more data.
#[derive(Debug, PartialEq)]
pub(crate) enum Step {
    Token(usize, Vec<u8>),
    Skip(usize),
    More,
}

pub(crate) fn next(split: Split, data: &[u8], eof: bool) -> Step {
    if data.is_empty() {
        return Step::More;
    }
    match split {
        Split::Lines => match data.iter().position(|&b| b == b'\n') {
            Some(i) => Step::Token(i + 1, line(&data[..i])),
            None if eof => Step::Token(data.len(), line(data)),
            None => Step::More,
        },
        Split::Bytes => Step::Token(1, data[..1].to_vec()),
        Split::Runes => rune_at(data, eof),
        Split::Words => word(data, eof),
    }
}

fn line(data: &[u8]) -> Vec<u8> {
    data.strip_suffix(b"\r").unwrap_or(data).to_vec()
}

/// The first rune: an invalid or cut-off encoding at the end of the file is one byte,
/// given as U+FFFD's encoding, as Go's `ScanRunes` gives it.
fn rune_at(data: &[u8], eof: bool) -> Step {
    if data[0] < 0x80 {
        return Step::Token(1, data[..1].to_vec());
    }
    let want = match data[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return Step::Token(1, "\u{FFFD}".as_bytes().to_vec()),
    };
    let have = data.len().min(want);
    match std::str::from_utf8(&data[..have]) {
        Ok(s) if have == want => Step::Token(want, s.as_bytes().to_vec()),
        Err(e) if e.error_len().is_none() && !eof => Step::More,
        _ => Step::Token(1, "\u{FFFD}".as_bytes().to_vec()),
    }
}

/// Go's `isSpace` of `ScanWords`.
fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | ' ' | '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// The runes of `data` with where each starts; an invalid byte is U+FFFD, as Go decodes it.
fn runes(data: &[u8]) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < data.len() {
        let rest = &data[at..];
        let valid = match std::str::from_utf8(rest) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""),
        };
        match valid.chars().next() {
            Some(c) => {
                out.push((at, c));
                at += c.len_utf8();
            }
            None => {
                out.push((at, '\u{FFFD}'));
                at += 1;
            }
        }
    }
    out
}

/// How many bytes at the end of `data` begin a rune that is not all there yet.
fn cut_rune(data: &[u8]) -> usize {
    for back in 1..=data.len().min(3) {
        let b = data[data.len() - back];
        if b < 0x80 {
            return 0;
        }
        if b >= 0xC0 {
            let needs = if b >= 0xF0 {
                4
            } else if b >= 0xE0 {
                3
            } else {
                2
            };
            return if needs > back { back } else { 0 };
        }
    }
    0
}

/// A word: the spaces before it skipped, up to the space after it (or the end of the file).
fn word(data: &[u8], eof: bool) -> Step {
    let all = runes(data);
    let Some(&(start, _)) = all.iter().find(|(_, c)| !is_space(*c)) else {
        // Only spaces: dropped, but for a rune the buffer may have cut off at its end.
        let skip = if eof {
            data.len()
        } else {
            data.len() - cut_rune(data)
        };
        return if skip > 0 {
            Step::Skip(skip)
        } else {
            Step::More
        };
    };
    match all.iter().find(|(at, c)| *at > start && is_space(*c)) {
        Some(&(end, c)) => Step::Token(end + c.len_utf8(), data[start..end].to_vec()),
        None if eof => Step::Token(data.len(), data[start..].to_vec()),
        None if start > 0 => Step::Skip(start),
        None => Step::More,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(split: Split, text: &str) -> Vec<String> {
        let data = text.as_bytes();
        let mut at = 0;
        let mut out = Vec::new();
        while at < data.len() {
            match next(split, &data[at..], true) {
                Step::Token(n, t) => {
                    out.push(String::from_utf8_lossy(&t).into_owned());
                    at += n;
                }
                Step::Skip(n) => at += n,
                Step::More => break,
            }
        }
        out
    }

    #[test]
    fn words_runes_and_bytes_are_split_as_go_splits_them() {
        assert_eq!(
            all(Split::Words, "  one two\n\tthree  "),
            ["one", "two", "three"]
        );
        assert_eq!(all(Split::Words, "a\u{A0}b\u{3000}c"), ["a", "b", "c"]);
        assert_eq!(all(Split::Runes, "héy"), ["h", "é", "y"]);
        assert_eq!(all(Split::Bytes, "hé").len(), 3);
        assert_eq!(all(Split::Lines, "a\r\nb\n\nc"), ["a", "b", "", "c"]);
    }

    #[test]
    fn a_word_or_rune_cut_by_the_buffer_waits_for_more() {
        assert_eq!(next(Split::Words, b"  wor", false), Step::Skip(2));
        assert_eq!(next(Split::Words, b"wor", false), Step::More);
        assert_eq!(
            next(Split::Words, b"word ", false),
            Step::Token(5, b"word".to_vec())
        );
        assert_eq!(next(Split::Runes, &"é".as_bytes()[..1], false), Step::More);
        let bad = next(Split::Runes, &[0xFF, b'a'], false);
        assert_eq!(bad, Step::Token(1, "\u{FFFD}".as_bytes().to_vec()));
    }
}
