//! `net.SplitHostPort` and `net.JoinHostPort`, the one part of `net` a run needs no network
//! for: Go's rules for an IPv6 host's brackets and its `*net.AddrError` words.

/// `net.SplitHostPort(s)`: the host and port, or Go's error.
pub(super) fn split(s: &str) -> Result<(String, String), String> {
    let fail = |why: &str| Err(format!("address {s}: {why}"));
    let Some(last) = s.rfind(':') else {
        return fail("missing port in address");
    };
    let (host, from_open, from_close) = if s.starts_with('[') {
        let Some(end) = s.find(']') else {
            return fail("missing ']' in address");
        };
        // The port's colon must come right after the bracket.
        if end + 1 != last {
            if end + 1 < s.len() && s.as_bytes()[end + 1] == b':' {
                return fail("too many colons in address");
            }
            return fail("missing port in address");
        }
        (&s[1..end], 1, end + 1)
    } else {
        let host = &s[..last];
        if host.contains(':') {
            return fail("too many colons in address");
        }
        (host, 0, 0)
    };
    if s[from_open..].contains('[') {
        return fail("unexpected '[' in address");
    }
    if s[from_close..].contains(']') {
        return fail("unexpected ']' in address");
    }
    Ok((host.to_string(), s[last + 1..].to_string()))
}

/// `net.JoinHostPort(host, port)`: a host with a colon in brackets.
pub(super) fn join(host: &str, port: &str) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

#[cfg(test)]
mod tests {
    use super::{join, split};

    #[test]
    fn hosts_and_ports_split_as_go_splits_them() {
        let ok = |h: &str, p: &str| Ok((h.to_string(), p.to_string()));
        assert_eq!(split("host.com:80"), ok("host.com", "80"));
        assert_eq!(split("[::1]:443"), ok("::1", "443"));
        assert_eq!(split(":8080"), ok("", "8080"));
        let no_port = "address host.com: missing port in address";
        assert_eq!(split("host.com"), Err(no_port.into()));
        assert_eq!(
            split("::1:80"),
            Err("address ::1:80: too many colons in address".into())
        );
        assert_eq!(
            split("[::1]"),
            Err("address [::1]: missing port in address".into())
        );
        assert_eq!(join("::1", "80"), "[::1]:80");
        assert_eq!(join("a.b", "80"), "a.b:80");
    }
}
