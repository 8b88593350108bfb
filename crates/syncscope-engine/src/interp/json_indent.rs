//! `json.MarshalIndent`'s and an encoder's `SetIndent`'s layout: Go's `Indent` of the
//! compact text `Marshal` writes.

/// Go's `Indent` of compact JSON: each element on its own line, `prefix` then `indent`
/// per depth; an empty object or array stays `{}` or `[]`.
pub(super) fn indent(src: &str, prefix: &str, indent: &str) -> String {
    let mut out = String::new();
    let (mut depth, mut need, mut in_string, mut escaped) = (0usize, false, false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(prefix);
        for _ in 0..depth {
            out.push_str(indent);
        }
    };
    for c in src.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        if need && c != '}' && c != ']' {
            need = false;
            depth += 1;
            newline(&mut out, depth);
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                need = true;
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            '}' | ']' => {
                if need {
                    need = false;
                } else {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}
