//! Text from files (scenarios, traces) and from the command line must never drive the
//! terminal: a control character could move the cursor, clear the screen or set the window's
//! title mid-frame. Scenario texts are checked at load; messages that quote such text are made
//! safe where they are printed.

/// The longest message we print, in characters: enough for any mistake, not for a whole file
/// quoted back.
pub const MESSAGE_CHARS: usize = 300;

/// Whether `c` would act on a terminal instead of showing: C0 and C1 controls, DEL.
pub fn is_control(c: char) -> bool {
    c.is_control()
}

/// `text` as one line that shows as it is: control characters spelled out (`\n`, `\t`,
/// `\u{1b}`), and cut at `max` characters with an ellipsis.
pub fn one_line(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == max {
            out.push('…');
            break;
        }
        if is_control(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A message for stderr: one safe line of at most `MESSAGE_CHARS`.
pub fn message(text: &str) -> String {
    one_line(text, MESSAGE_CHARS)
}

/// A program's output as it shows: newlines and tabs kept, any other control character
/// spelled out, so a program cannot drive the terminal that watches it.
pub fn output(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_control(c) && c != '\n' && c != '\t')
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    for c in text.chars() {
        if is_control(c) && c != '\n' && c != '\t' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Flowing text for a panel: tabs and newlines become spaces.
pub fn flowing(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\t' || c == '\n' { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_keeps_its_lines_and_spells_out_other_controls() {
        assert_eq!(output("a\tb\nc"), "a\tb\nc");
        assert_eq!(output("\u{1b}[2Jx\r\n"), "\\u{1b}[2Jx\\r\n");
    }

    #[test]
    fn escapes_are_spelled_out_and_long_text_is_cut() {
        assert_eq!(
            one_line("a\u{1b}]0;owned\u{7}b\nc", 100),
            "a\\u{1b}]0;owned\\u{7}b\\nc"
        );
        assert_eq!(one_line(&"x".repeat(1_000_068), 5), "xxxxx…");
        assert_eq!(
            one_line("\u{9b}2J", 10),
            "\\u{9b}2J",
            "a C1 control is one too"
        );
    }

    #[test]
    fn free_text_may_wrap_but_not_drive_the_terminal() {
        assert_eq!(flowing("a\tb\nc"), "a b c");
    }
}
