//! The calls of `net/url` and of `net`'s host:port helpers as the program form has them: one
//! operation each, its receiver (a `*url.URL`, a `*url.Userinfo`, a `url.Values`) first.

/// A `*url.URL`'s fields, in the order Go 1.26 declares them (what `%v` of one shows).
pub const URL_FIELDS: &[(&str, &str)] = &[
    ("Scheme", "string"),
    ("Opaque", "string"),
    ("User", "*url.Userinfo"),
    ("Host", "string"),
    ("Path", "string"),
    ("Fragment", "string"),
    ("RawQuery", "string"),
    ("RawPath", "string"),
    ("RawFragment", "string"),
    ("ForceQuery", "bool"),
    ("OmitHost", "bool"),
];

/// A `url.Userinfo`'s fields, which Go leaves unexported.
pub const USERINFO_FIELDS: &[(&str, &str)] = &[
    ("username", "string"),
    ("password", "string"),
    ("passwordSet", "bool"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlOp {
    /// `url.Parse(s)`, a new `*url.URL` and a new `*url.Userinfo` to fill given after `s`:
    /// the URL and a nil error, or nil and Go's `*url.Error`.
    Parse,
    /// `url.ParseRequestURI(s)`, as `Parse` is given its new structs.
    ParseRequestUri,
    /// A `*url.URL`'s methods.
    String,
    /// `u.Query()`: the new map given second, filled.
    Query,
    Hostname,
    Port,
    IsAbs,
    EscapedPath,
    EscapedFragment,
    RequestUri,
    Redacted,
    /// `u.ResolveReference(ref)`, the new `*url.URL` to fill last; `u.Parse(ref)` of a string,
    /// the new URL and user info to fill after it (the URL and Go's error, as `url.Parse`).
    ResolveReference,
    ParseRef,
    /// `u.JoinPath(elems)`, the new URL to fill last; `url.JoinPath(base, elems)`: the text and
    /// the error.
    JoinPath,
    JoinPathText,
    /// `url.User(name)` and `url.UserPassword(name, password)`, the new `*url.Userinfo` to
    /// fill last.
    User,
    UserPassword,
    /// A `*url.Userinfo`'s methods (nil gives empty answers, as Go's do).
    Username,
    Password,
    UserString,
    /// `url.ParseQuery(s)`: the new map given second, filled, and the first error.
    ParseQuery,
    QueryEscape,
    PathEscape,
    QueryUnescape,
    PathUnescape,
    /// `v.Get(key)` of the key's slice (`v[key]`): its first value, or "".
    First,
    /// `v.Encode()` of a `url.Values`.
    Encode,
    /// `net.SplitHostPort(s)`: host, port, error; `net.JoinHostPort(host, port)`.
    SplitHostPort,
    JoinHostPort,
}
