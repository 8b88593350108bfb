//! A URL against a base: `u.ResolveReference(ref)` and `u.Parse(ref)` by RFC 3986's section
//! 5.2 as Go 1.26 follows it (dot segments removed, the base's query and fragment kept for an
//! empty reference), and `u.JoinPath(elem...)` with `path.Join`'s cleaning.

use super::url_escape::{Part, Unescape, escape, unescape};
use super::url_parse::Url;

/// Whose `*url.Userinfo` the resolved URL holds (the pointer is shared, as Go's copy shares it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum UserOf {
    Base,
    Ref,
    Nobody,
}

/// Go's `setPath` of an escaped path: the path unescaped, and the escaping kept if not Go's own.
fn set_path(u: &mut Url, p: &str) -> Result<(), Unescape> {
    u.path = unescape(p, Part::Path)?;
    u.raw_path = if escape(&u.path, Part::Path) == p {
        String::new()
    } else {
        p.to_string()
    };
    Ok(())
}

/// `ref` after `base`'s last `/` (or in its place if it starts with one), without its `.` and
/// `..` segments.
fn resolve_path(base: &str, reference: &str) -> String {
    let full = if reference.is_empty() {
        base.to_string()
    } else if !reference.starts_with('/') {
        let cut = base.rfind('/').map_or(0, |i| i + 1);
        format!("{}{reference}", &base[..cut])
    } else {
        reference.to_string()
    };
    if full.is_empty() {
        return String::new();
    }
    let mut out = String::from("/");
    let mut first = true;
    let mut last = "";
    for elem in full.split('/') {
        last = elem;
        match elem {
            "." => first = false,
            ".." => {
                match out[1..].rfind('/') {
                    Some(i) => out.truncate(i + 1),
                    None => out.truncate(1),
                }
                first = out.len() == 1;
            }
            _ => {
                if !first {
                    out.push('/');
                }
                out.push_str(elem);
                first = false;
            }
        }
    }
    if last == "." || last == ".." {
        out.push('/');
    }
    // One leading slash, not two.
    if out.len() > 1 && out.as_bytes()[1] == b'/' {
        out.remove(0);
    }
    out
}

/// `base.ResolveReference(reference)`.
pub(super) fn resolve(base: &Url, reference: &Url) -> (Url, UserOf) {
    let mut url = reference.clone();
    if reference.scheme.is_empty() {
        url.scheme = base.scheme.clone();
    }
    let ok = |u: &mut Url, p: &str| set_path(u, p).unwrap_or_default();
    if !reference.scheme.is_empty() || !reference.host.is_empty() || reference.user.is_some() {
        let p = resolve_path(&reference.escaped_path(), "");
        ok(&mut url, &p);
        return (url, UserOf::Ref);
    }
    let cleared = |mut u: Url| {
        u.user = None;
        u.host.clear();
        u.path.clear();
        (u, UserOf::Nobody)
    };
    if !reference.opaque.is_empty() {
        return cleared(url);
    }
    if reference.path.is_empty() && !reference.force_query && reference.raw_query.is_empty() {
        url.raw_query = base.raw_query.clone();
        if reference.fragment.is_empty() {
            url.fragment = base.fragment.clone();
            url.raw_fragment = base.raw_fragment.clone();
        }
    }
    if reference.path.is_empty() && !base.opaque.is_empty() {
        url.opaque = base.opaque.clone();
        return cleared(url);
    }
    url.host = base.host.clone();
    url.user = base.user.clone();
    let p = resolve_path(&base.escaped_path(), &reference.escaped_path());
    ok(&mut url, &p);
    (url, UserOf::Base)
}

/// `u.JoinPath(elems...)`: the elements after the URL's escaped path, cleaned (a relative
/// URL's kept relative, without `..` above it), one trailing slash kept.
pub(super) fn join_path(u: &Url, elems: &[String]) -> Result<Url, Unescape> {
    let mut all = vec![u.escaped_path()];
    all.extend(elems.iter().cloned());
    let relative = !all[0].starts_with('/');
    if relative {
        all[0] = format!("/{}", all[0]);
    }
    let joined = super::filepath::join(&all);
    let mut p = if relative {
        joined.get(1..).unwrap_or("").to_string()
    } else {
        joined
    };
    if all.last().is_some_and(|e| e.ends_with('/')) && !p.ends_with('/') {
        p.push('/');
    }
    let mut url = u.clone();
    set_path(&mut url, &p)?;
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::super::url_parse::parse;
    use super::{join_path, resolve};

    fn resolved(base: &str, reference: &str) -> String {
        let (b, r) = (parse(base).expect("base"), parse(reference).expect("ref"));
        resolve(&b, &r).0.text(false)
    }

    #[test]
    fn references_resolve_as_rfc_3986_says() {
        let base = "http://a/b/c/d;p?q";
        assert_eq!(resolved(base, "g"), "http://a/b/c/g");
        assert_eq!(resolved(base, "../g"), "http://a/b/g");
        assert_eq!(resolved(base, "../../../g"), "http://a/g");
        assert_eq!(resolved(base, "//g"), "http://g");
        assert_eq!(resolved(base, "?y"), "http://a/b/c/d;p?y");
        assert_eq!(resolved(base, "#s"), "http://a/b/c/d;p?q#s");
        assert_eq!(resolved(base, "."), "http://a/b/c/");
        assert_eq!(resolved(base, ""), "http://a/b/c/d;p?q");
        assert_eq!(resolved(base, "https://x/./y/../z"), "https://x/z");
    }

    #[test]
    fn joined_paths_are_cleaned() {
        let u = parse("https://api.x/v1/").expect("url");
        let joined = join_path(&u, &["users".into(), "../teams/".into()]).expect("joins");
        assert_eq!(joined.text(false), "https://api.x/v1/teams/");
        let rel = parse("a/b").expect("url");
        let up = join_path(&rel, &["../../..".into()]).expect("joins");
        assert_eq!(up.text(false), "");
    }
}
