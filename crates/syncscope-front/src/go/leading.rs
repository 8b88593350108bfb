//! The words a Go file begins with: its title, its lesson and the question asked before it runs.

use super::GoError;

/// A `//go:` directive or an old `// +build` line.
fn is_directive(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("//go:")
        || line
            .strip_prefix("//")
            .is_some_and(|l| l.trim_start().starts_with("+build"))
}

/// The title, lesson and question from the comment the file begins with: its first line is
/// the title, a line `Predict: ...` the question, the rest the lesson. Without one, the title
/// is the file's name.
pub(super) fn leading_comment(
    text: &str,
    origin: &str,
) -> Result<(String, String, String), GoError> {
    let mut title = None;
    let mut lesson = Vec::new();
    let mut predict = Vec::new();
    for (i, line) in text.lines().enumerate() {
        // Build constraints and other directives are code, not words (the Go Tour's files
        // begin with `//go:build OMIT`); the words may follow them after a blank line.
        if is_directive(line) || (title.is_none() && line.trim().is_empty()) {
            continue;
        }
        let Some(comment) = line.trim_start().strip_prefix("//") else {
            break;
        };
        let comment = comment.trim();
        if let Some(c) = comment.chars().find(|c| c.is_control() && *c != '\t') {
            return Err(GoError::at(
                i + 1,
                1,
                format!(
                    "the leading comment holds the control character {}, which would drive \
                     the terminal",
                    c.escape_default()
                ),
            ));
        }
        if title.is_none() {
            title = Some(comment.to_string());
        } else if let Some(q) = comment.strip_prefix("Predict:") {
            predict.push(q.trim().to_string());
        } else if !predict.is_empty() {
            predict.push(comment.to_string());
        } else {
            lesson.push(comment.to_string());
        }
    }
    let flow = |parts: Vec<String>| syncscope_program::safe_text::flowing(parts.join("\n").trim());
    let title = title.filter(|t| !t.is_empty()).unwrap_or_else(|| {
        let name = std::path::Path::new(origin)
            .file_name()
            .map_or(origin.into(), |s| s.to_string_lossy().into_owned());
        syncscope_program::safe_text::one_line(&name, 60)
    });
    Ok((
        syncscope_program::safe_text::flowing(&title),
        flow(lesson),
        flow(predict),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_constraints_are_code_not_the_title() {
        let text = "//go:build OMIT\n// +build OMIT\n\npackage main\n\nfunc main() {}\n";
        let (title, _, _) = leading_comment(text, "dir/main.go").expect("read");
        assert_eq!(title, "main.go");
    }

    #[test]
    fn the_words_may_follow_the_constraints() {
        let text = "//go:build ignore\n\n// Counting\n// Two goroutines count.\n// Predict: how many?\npackage main\n";
        let (title, lesson, predict) = leading_comment(text, "main.go").expect("read");
        assert_eq!(title, "Counting");
        assert_eq!(lesson, "Two goroutines count.");
        assert_eq!(predict, "how many?");
    }

    #[test]
    fn a_comment_after_the_first_blank_line_is_not_the_files_words() {
        let text = "// Title\n\n// not the lesson\npackage main\n";
        let (title, lesson, _) = leading_comment(text, "main.go").expect("read");
        assert_eq!(title, "Title");
        assert!(!lesson.contains("not the lesson"), "{lesson}");
    }
}
