//! A struct field's tag as `encoding/json` reads it: `reflect.StructTag.Get("json")`'s
//! rules, and the names a tag may give.

/// The `json` key's value of a struct tag as written, by `reflect.StructTag.Get`'s rules.
pub(super) fn json_tag(written: &str) -> Option<String> {
    tag_value(written, "json")
}

/// The value of key `key` of a struct tag as written, by `reflect.StructTag.Get`'s rules.
pub(super) fn tag_value(written: &str, key: &str) -> Option<String> {
    let mut tag = match written.strip_prefix('`') {
        Some(raw) => raw.strip_suffix('`')?.to_string(),
        None => unquote(written.strip_prefix('"')?.strip_suffix('"')?)?,
    };
    while !tag.is_empty() {
        tag = tag.trim_start_matches(' ').to_string();
        let name_len = tag
            .bytes()
            .take_while(|&b| b > b' ' && b != b':' && b != b'"' && b != 0x7f)
            .count();
        let rest = &tag[name_len..];
        if name_len == 0 || !rest.starts_with(":\"") {
            return None;
        }
        let name = tag[..name_len].to_string();
        let body = &rest[2..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        let value = unquote(&body[..end])?;
        if name == key {
            return Some(value);
        }
        tag = body[end + 1..].to_string();
    }
    None
}

/// A Go string literal's body with its simple escapes read.
fn unquote(body: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            'n' => '\n',
            't' => '\t',
            c @ ('\\' | '"' | '\'') => c,
            _ => return None,
        });
    }
    Some(out)
}

/// Go's `isValidTag`: a name a tag may give a field.
pub(super) fn valid_tag(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            "!#$%&()*+-./:;<=>?@[]^_{|}~ ".contains(c) || c.is_alphabetic() || c.is_numeric()
        })
}

#[cfg(test)]
mod tests {
    use super::{json_tag, valid_tag};

    #[test]
    fn tags_read_as_reflect_reads_them() {
        assert_eq!(json_tag("`json:\"name\"`").as_deref(), Some("name"));
        let both = "`xml:\"n\" json:\"id,omitempty\"`";
        assert_eq!(json_tag(both).as_deref(), Some("id,omitempty"));
        assert_eq!(json_tag("`yaml:\"a\"`"), None);
        assert!(valid_tag("first-name") && !valid_tag("a\"b") && !valid_tag(""));
    }
}
