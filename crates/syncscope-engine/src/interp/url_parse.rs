//! `url.Parse` as Go 1.26 does it: the scheme, then a query and
//! fragment cut off, an opaque rest or an authority (user info, host and port) and a path,
//! each part unescaped by its own rules and kept escaped where its escaping was not Go's own.

use super::url_escape::{Part, Unescape, escape, unescape};

/// A `url.URL`'s fields (`user`: a `*url.Userinfo`'s name, password and whether it has one).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Url {
    pub(super) scheme: String,
    pub(super) opaque: String,
    pub(super) user: Option<(String, String, bool)>,
    pub(super) host: String,
    pub(super) path: String,
    pub(super) fragment: String,
    pub(super) raw_query: String,
    pub(super) raw_path: String,
    pub(super) raw_fragment: String,
    pub(super) force_query: bool,
    pub(super) omit_host: bool,
}

/// Why a parse failed: Go's words after `parse "...": `, or what syncscope cannot say yet.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Failed {
    Go(String),
    NotRun(&'static str),
}

impl From<Unescape> for Failed {
    fn from(e: Unescape) -> Failed {
        match e {
            Unescape::Go(text) => Failed::Go(text),
            Unescape::NotText => Failed::NotRun("URLs whose escapes make bytes that are not UTF-8"),
        }
    }
}

fn go(text: &str) -> Failed {
    Failed::Go(text.to_string())
}

/// `url.Parse(raw)`: the URL, or the error and the text Go's `*url.Error` quotes (the URL
/// without its fragment when the mistake is before it).
pub(super) fn parse(raw: &str) -> Result<Url, (Failed, String)> {
    let (before, fragment) = match raw.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (raw, None),
    };
    let mut url = parse_reference(before, false).map_err(|e| (e, before.to_string()))?;
    if let Some(f) = fragment.filter(|f| !f.is_empty()) {
        let unescaped = unescape(f, Part::Fragment).map_err(|e| (e.into(), raw.to_string()))?;
        url.raw_fragment = if escape(&unescaped, Part::Fragment) == f {
            String::new()
        } else {
            f.to_string()
        };
        url.fragment = unescaped;
    }
    Ok(url)
}

/// The scheme, if `raw` starts with one (a letter, then letters, digits, `+`, `-`, `.`),
/// and the rest after its `:`.
fn scheme_of(raw: &str) -> Result<(&str, &str), Failed> {
    for (i, c) in raw.bytes().enumerate() {
        match c {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' if i > 0 => {}
            b':' if i == 0 => return Err(go("missing protocol scheme")),
            b':' => return Ok((&raw[..i], &raw[i + 1..])),
            _ => break,
        }
    }
    Ok(("", raw))
}

/// `url.ParseRequestURI(raw)`: an absolute URL or path as an HTTP request names it, its `#`
/// not a fragment.
pub(super) fn parse_request_uri(raw: &str) -> Result<Url, (Failed, String)> {
    parse_reference(raw, true).map_err(|e| (e, raw.to_string()))
}

/// A URL without its fragment; `request`: as `ParseRequestURI` reads one.
fn parse_reference(raw: &str, request: bool) -> Result<Url, Failed> {
    if raw.bytes().any(|b| b < b' ' || b == 0x7f) {
        return Err(go("net/url: invalid control character in URL"));
    }
    if raw.is_empty() && request {
        return Err(go("empty url"));
    }
    let mut url = Url::default();
    if raw == "*" {
        url.path = "*".into();
        return Ok(url);
    }
    let (scheme, rest) = scheme_of(raw)?;
    url.scheme = scheme.to_ascii_lowercase();
    let mut rest = rest.to_string();
    if rest.ends_with('?') && rest.matches('?').count() == 1 {
        url.force_query = true;
        rest.pop();
    } else if let Some((r, q)) = rest.clone().split_once('?') {
        url.raw_query = q.to_string();
        rest = r.to_string();
    }
    if !rest.starts_with('/') {
        if !url.scheme.is_empty() {
            url.opaque = rest;
            return Ok(url);
        }
        if request {
            return Err(go("invalid URI for request"));
        }
        // `cache_object:foo/bar` would read as a scheme: Go refuses it.
        if rest.split('/').next().is_some_and(|seg| seg.contains(':')) {
            return Err(go("first path segment in URL cannot contain colon"));
        }
    }
    let authority =
        (!url.scheme.is_empty() || !request && !rest.starts_with("///")) && rest.starts_with("//");
    if authority {
        let after = &rest[2..];
        let (auth, path) = match after.find('/') {
            Some(i) => (&after[..i], &after[i..]),
            None => (after, ""),
        };
        let (user, host) = parse_authority(&url.scheme, auth)?;
        url.user = user;
        url.host = host;
        rest = path.to_string();
    } else if !url.scheme.is_empty() && rest.starts_with('/') {
        url.omit_host = true;
    }
    url.path = unescape(&rest, Part::Path)?;
    if escape(&url.path, Part::Path) != rest {
        url.raw_path = rest;
    }
    Ok(url)
}

type User = Option<(String, String, bool)>;

fn parse_authority(scheme: &str, auth: &str) -> Result<(User, String), Failed> {
    let at = auth.rfind('@');
    let host = parse_host(scheme, at.map_or(auth, |i| &auth[i + 1..]))?;
    let Some(i) = at else {
        return Ok((None, host));
    };
    let info = &auth[..i];
    let valid = info
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._:~!$&'()*+,;=%@".contains(c));
    if !valid {
        return Err(go("net/url: invalid userinfo"));
    }
    let user = match info.split_once(':') {
        None => (unescape(info, Part::UserPassword)?, String::new(), false),
        Some((name, password)) => (
            unescape(name, Part::UserPassword)?,
            unescape(password, Part::UserPassword)?,
            true,
        ),
    };
    Ok((Some(user), host))
}

/// Whether `port` is empty or `:` and digits.
pub(super) fn valid_optional_port(port: &str) -> bool {
    match port.strip_prefix(':') {
        Some(digits) => digits.bytes().all(|b| b.is_ascii_digit()),
        None => port.is_empty(),
    }
}

fn invalid_port(port: &str) -> Failed {
    Failed::Go(format!(
        "invalid port {} after host",
        super::strconv::quote(port)
    ))
}

fn parse_host(scheme: &str, host: &str) -> Result<String, Failed> {
    match host.rfind('[') {
        Some(i) if i > 0 => return Err(go("invalid IP-literal")),
        Some(_) => return bracketed(host),
        None => {}
    }
    if let Some(first) = host.find(':') {
        let last = host.rfind(':').unwrap_or(first);
        // Go 1.26 takes one colon in an http or https host (a database's list of hosts
        // may have several elsewhere).
        let colon = if scheme == "http" || scheme == "https" {
            first
        } else {
            last
        };
        if !valid_optional_port(&host[colon..]) {
            return Err(invalid_port(&host[colon..]));
        }
    }
    Ok(unescape(host, Part::Host)?)
}

/// `[IPv6]:port`, its address as Go's `netip` reads it.
fn bracketed(host: &str) -> Result<String, Failed> {
    let Some(close) = host.rfind(']') else {
        return Err(go("missing ']' in host"));
    };
    let port = &host[close + 1..];
    if !valid_optional_port(port) {
        return Err(invalid_port(port));
    }
    let inside = &host[1..close];
    let name = match inside.find("%25") {
        Some(z) => unescape(&inside[..z], Part::Host)? + &unescape(&inside[z..], Part::Zone)?,
        None => unescape(inside, Part::Host)?,
    };
    // Go's `netip.ParseAddr` reads an IPv4 address from a first `.`, IPv6 from a first `:`.
    let not_ip = |why: &str| {
        let quoted = super::strconv::quote(&name);
        Err(Failed::Go(format!(
            "invalid host: ParseAddr({quoted}): {why}"
        )))
    };
    let address = name.split('%').next().unwrap_or("");
    match name.chars().find(|c| ".:%".contains(*c)) {
        None => not_ip("unable to parse IP"),
        Some('%') => not_ip("missing IPv6 address"),
        Some('.') if address.parse::<std::net::Ipv4Addr>().is_ok() => Err(go("invalid IP-literal")),
        Some(':') if address.parse::<std::net::Ipv6Addr>().is_ok() => Ok(format!("[{name}]{port}")),
        _ => Err(Failed::NotRun(
            "url.Parse of a bracketed host that is not an IP address",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::{Failed, parse};

    fn round(s: &str) -> String {
        parse(s)
            .map(|u| u.text(false))
            .unwrap_or_else(|(e, _)| format!("{e:?}"))
    }

    #[test]
    fn urls_read_and_write_back_as_go_does() {
        let u = parse("postgres://user:pass@host.com:5432/path?k=v#f").expect("parses");
        assert_eq!(u.scheme, "postgres");
        assert_eq!(u.user, Some(("user".into(), "pass".into(), true)));
        assert_eq!(u.host, "host.com:5432");
        assert_eq!(u.host_and_port(), ("host.com".into(), "5432".into()));
        assert_eq!((u.path.as_str(), u.raw_query.as_str()), ("/path", "k=v"));
        assert_eq!(u.fragment, "f");
        assert_eq!(round("HTTP://x/a%2Fb?"), "http://x/a%2Fb?");
        assert_eq!(round("mailto:a@b.c"), "mailto:a@b.c");
        assert_eq!(round("file:///tmp/x"), "file:///tmp/x");
        assert_eq!(round("/a b"), "/a%20b");
    }

    #[test]
    fn mistakes_are_gos() {
        let err = |s: &str| parse(s).err();
        let go = |t: &str| Failed::Go(t.into());
        assert_eq!(
            err(":foo"),
            Some((go("missing protocol scheme"), ":foo".into()))
        );
        assert_eq!(
            err("http://[::1"),
            Some((go("missing ']' in host"), "http://[::1".into()))
        );
        assert_eq!(
            err("a:b/c#%zz").map(|e| e.0),
            Some(go("invalid URL escape \"%zz\""))
        );
        assert_eq!(
            err("1http://x").map(|e| e.0),
            Some(go("first path segment in URL cannot contain colon"))
        );
        assert_eq!(
            err("http://h:port").map(|e| e.0),
            Some(go("invalid port \":port\" after host"))
        );
    }
}
