//! A URL written back: `u.String()`, `EscapedPath`, `EscapedFragment`, `RequestURI`,
//! `Hostname` and `Port` as Go 1.26 gives them, a raw path or fragment kept where it is an
//! escaping of the decoded one.

use super::url_escape::{Part, escape, should_escape, unescape};
use super::url_parse::{Url, valid_optional_port};

/// Whether `s` is an escaping of a path or fragment Go would keep as written.
fn valid_encoded(s: &str, part: Part) -> bool {
    s.bytes()
        .all(|c| b"!$&'()*+,;=:@[]%".contains(&c) || !should_escape(c, part))
}

impl Url {
    /// `u.EscapedPath()`: the raw path when it is an escaping of the path, else Go's own.
    pub(super) fn escaped_path(&self) -> String {
        let raw = &self.raw_path;
        if !raw.is_empty()
            && valid_encoded(raw, Part::Path)
            && unescape(raw, Part::Path).is_ok_and(|p| p == self.path)
        {
            return raw.clone();
        }
        if self.path == "*" {
            return "*".into();
        }
        escape(&self.path, Part::Path)
    }

    /// `u.EscapedFragment()`.
    pub(super) fn escaped_fragment(&self) -> String {
        let raw = &self.raw_fragment;
        if !raw.is_empty()
            && valid_encoded(raw, Part::Fragment)
            && unescape(raw, Part::Fragment).is_ok_and(|f| f == self.fragment)
        {
            return raw.clone();
        }
        escape(&self.fragment, Part::Fragment)
    }

    /// `u.String()` (`redacted`: `u.Redacted()`, a password as `xxxxx`).
    pub(super) fn text(&self, redacted: bool) -> String {
        let mut out = String::new();
        if !self.scheme.is_empty() {
            out.push_str(&self.scheme);
            out.push(':');
        }
        if !self.opaque.is_empty() {
            out.push_str(&self.opaque);
        } else {
            let has_user = self.user.is_some();
            let authority = !self.scheme.is_empty() || !self.host.is_empty() || has_user;
            if authority && !(self.omit_host && self.host.is_empty() && !has_user) {
                if !self.host.is_empty() || !self.path.is_empty() || has_user {
                    out.push_str("//");
                }
                if let Some((name, password, set)) = &self.user {
                    let password = if redacted && *set { "xxxxx" } else { password };
                    out.push_str(&user_text(name, password, *set));
                    out.push('@');
                }
                out.push_str(&escape(&self.host, Part::Host));
            }
            let path = self.escaped_path();
            if !path.is_empty() && !path.starts_with('/') && !self.host.is_empty() {
                out.push('/');
            }
            // A first segment with a colon would read as a scheme.
            if out.is_empty() && path.split('/').next().is_some_and(|s| s.contains(':')) {
                out.push_str("./");
            }
            out.push_str(&path);
        }
        if self.force_query || !self.raw_query.is_empty() {
            out.push('?');
            out.push_str(&self.raw_query);
        }
        if !self.fragment.is_empty() {
            out.push('#');
            out.push_str(&self.escaped_fragment());
        }
        out
    }

    /// `u.RequestURI()`.
    pub(super) fn request_uri(&self) -> String {
        let mut out = if self.opaque.is_empty() {
            let p = self.escaped_path();
            if p.is_empty() { "/".to_string() } else { p }
        } else if self.opaque.starts_with("//") {
            format!("{}:{}", self.scheme, self.opaque)
        } else {
            self.opaque.clone()
        };
        if self.force_query || !self.raw_query.is_empty() {
            out.push('?');
            out.push_str(&self.raw_query);
        }
        out
    }

    /// `u.Hostname()` and `u.Port()`: the host without a numeric port or IPv6 brackets.
    pub(super) fn host_and_port(&self) -> (String, String) {
        let mut host = self.host.as_str();
        let mut port = "";
        if let Some(colon) = host.rfind(':')
            && valid_optional_port(&host[colon..])
        {
            (host, port) = (&host[..colon], &host[colon + 1..]);
        }
        if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            host = inner;
        }
        (host.to_string(), port.to_string())
    }
}

/// A `*url.Userinfo`'s `String()`: `name` or `name:password`, escaped.
pub(super) fn user_text(name: &str, password: &str, set: bool) -> String {
    let mut s = escape(name, Part::UserPassword);
    if set {
        s.push(':');
        s.push_str(&escape(password, Part::UserPassword));
    }
    s
}
