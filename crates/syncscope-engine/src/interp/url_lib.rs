//! `Lib::Url`: `net/url`'s calls, and `net`'s host:port helpers, on the run's values.

use super::Goroutine;
use super::iface::typed_error;
use super::url_escape::{Part, Unescape, escape};
use super::url_parse::{parse, parse_request_uri};
use super::url_resolve::{UserOf as UrlFrom, join_path, resolve};
use super::url_values::{
    NOT_TEXT, arg_or_unit, encode, field, fill_query, fill_url, fill_url_sharing, fill_user, nil,
    not_run, parse_error, str_value, text, texts, tuple, unescaped, url_of, user_field, user_of,
};
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::urls::UrlOp;

impl Goroutine {
    pub(super) fn url_lib(&self, op: UrlOp, v: &[Value]) -> Result<Value, Stop> {
        let arg = |i: usize| text(v.get(i));
        let first = v.first().unwrap_or(&Value::Unit);
        let second = v.get(1).unwrap_or(&Value::Unit);
        Ok(match op {
            UrlOp::ParseRequestUri => match parse_request_uri(&arg(0)) {
                Ok(u) => tuple(vec![fill_url(second, arg_or_unit(v, 2), u), nil()]),
                Err(e) => tuple(vec![nil(), parse_error(e)?]),
            },
            UrlOp::Parse => match parse(&arg(0)) {
                Ok(u) => tuple(vec![fill_url(second, arg_or_unit(v, 2), u), nil()]),
                Err(e) => tuple(vec![nil(), parse_error(e)?]),
            },
            UrlOp::ResolveReference => {
                let (u, from) = resolve(&url_of(first)?, &url_of(second)?);
                fill_url_sharing(arg_or_unit(v, 2), user_field(first, second, from), u)
            }
            UrlOp::ParseRef => {
                let base = url_of(first)?;
                match parse(&arg(1)) {
                    Ok(r) => {
                        let (u, from) = resolve(&base, &r);
                        let user = match (from, r.user) {
                            (UrlFrom::Ref, Some(info)) => fill_user(arg_or_unit(v, 3), info),
                            _ => user_field(first, second, from),
                        };
                        tuple(vec![fill_url_sharing(arg_or_unit(v, 2), user, u), nil()])
                    }
                    Err(e) => tuple(vec![nil(), parse_error(e)?]),
                }
            }
            UrlOp::JoinPath => {
                let u = url_of(first)?;
                let user = field(first, 2);
                match join_path(&u, &texts(second)) {
                    Ok(joined) => fill_url_sharing(arg_or_unit(v, 2), user, joined),
                    // Go's `JoinPath` gives a copy of `u` when the joined path's escapes are bad.
                    Err(Unescape::Go(_)) => fill_url_sharing(arg_or_unit(v, 2), user, u),
                    Err(Unescape::NotText) => return Err(not_run(NOT_TEXT)),
                }
            }
            UrlOp::JoinPathText => {
                let empty = || str_value(String::new());
                match parse(&arg(0)) {
                    Err(e) => tuple(vec![empty(), parse_error(e)?]),
                    Ok(u) => match join_path(&u, &texts(second)) {
                        Ok(joined) => tuple(vec![str_value(joined.text(false)), nil()]),
                        Err(Unescape::Go(e)) => {
                            tuple(vec![empty(), typed_error(e, "url.EscapeError")])
                        }
                        Err(Unescape::NotText) => return Err(not_run(NOT_TEXT)),
                    },
                }
            }
            UrlOp::String => str_value(url_of(first)?.text(false)),
            UrlOp::Redacted => match first {
                Value::Ptr(_) => str_value(url_of(first)?.text(true)),
                _ => str_value(String::new()),
            },
            // Go's `Query` drops the errors.
            UrlOp::Query => fill_query(second, &url_of(first)?.raw_query)?.0,
            UrlOp::Hostname => str_value(url_of(first)?.host_and_port().0),
            UrlOp::Port => str_value(url_of(first)?.host_and_port().1),
            UrlOp::IsAbs => Value::Bool(!url_of(first)?.scheme.is_empty()),
            UrlOp::EscapedPath => str_value(url_of(first)?.escaped_path()),
            UrlOp::EscapedFragment => str_value(url_of(first)?.escaped_fragment()),
            UrlOp::RequestUri => str_value(url_of(first)?.request_uri()),
            UrlOp::User => fill_user(second, (arg(0), String::new(), false)),
            UrlOp::UserPassword => {
                fill_user(v.get(2).unwrap_or(&Value::Unit), (arg(0), arg(1), true))
            }
            UrlOp::Username => str_value(user_of(first).unwrap_or_default().0),
            UrlOp::Password => {
                let (_, password, set) = user_of(first).unwrap_or_default();
                tuple(vec![str_value(password), Value::Bool(set)])
            }
            UrlOp::UserString => {
                str_value(user_of(first).map_or_else(String::new, |(n, p, set)| {
                    super::url_text::user_text(&n, &p, set)
                }))
            }
            UrlOp::ParseQuery => {
                let (m, err) = fill_query(second, &arg(0))?;
                tuple(vec![m, err])
            }
            UrlOp::QueryEscape => str_value(escape(&arg(0), Part::QueryComponent)),
            UrlOp::PathEscape => str_value(escape(&arg(0), Part::PathSegment)),
            UrlOp::QueryUnescape => unescaped(&arg(0), Part::QueryComponent)?,
            UrlOp::PathUnescape => unescaped(&arg(0), Part::PathSegment)?,
            UrlOp::First => match first {
                Value::Slice(s) => s
                    .items()
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| str_value(String::new())),
                _ => str_value(String::new()),
            },
            UrlOp::Encode => {
                if let Value::Map(m) = first {
                    self.map_read(m)?;
                }
                str_value(encode(first))
            }
            UrlOp::SplitHostPort => match super::host_port::split(&arg(0)) {
                Ok((h, p)) => tuple(vec![str_value(h), str_value(p), nil()]),
                Err(e) => {
                    let empty = || str_value(String::new());
                    tuple(vec![empty(), empty(), typed_error(e, "*net.AddrError")])
                }
            },
            UrlOp::JoinHostPort => str_value(super::host_port::join(&arg(0), &arg(1))),
        })
    }
}
