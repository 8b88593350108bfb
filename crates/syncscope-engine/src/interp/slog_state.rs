//! Go's `handleState` for `log/slog`'s handlers: a line (or `With`'s preformatted text) as
//! it is written, its separator, the text handler's key prefix of open groups and the groups
//! `ReplaceAttr` is told of; and how each kind of value is written.

use super::Goroutine;
use super::slog::{Attr, Handler, Kind, SlogVal};
use super::slog_text::{
    json_escaped, json_float, json_time, needs_quoting, text_string, text_time,
};
use super::slog_values::{Shown, shown, value_text};
use super::value::Value;
use crate::sched::Stop;
use std::sync::Arc;
use syncscope_program::LogSite;
use syncscope_program::slog::level_name;

impl Goroutine {
    /// A record at `level` through handler `h`: Go's `commonHandler.handle`, or the default
    /// handler's line through `log`'s logger.
    pub(super) fn slog_handle(
        &self,
        h: &Handler,
        level: i64,
        msg: &str,
        attrs: &[Attr],
        (file, line): (&str, i64),
    ) -> Result<(), Stop> {
        if level < h.level {
            return Ok(());
        }
        let now = self.shared.sched.exact_now_us() as i64 * 1000;
        if h.kind == Kind::Default {
            let mut st = State::new(self, h, format!("{} {msg}", level_name(level)), " ");
            st.append_non_builtins(attrs)?;
            let site = LogSite {
                file: file.into(),
                line: line as u32,
            };
            return self.log_through_std(st.buf, &site, now);
        }
        let mut st = State::new(self, h, String::new(), "");
        if st.json() {
            st.buf.push('{');
        }
        // The built-ins are in no group: `ReplaceAttr` is told of none.
        let groups = st.groups.take();
        let builtins = [
            Attr::new("time", Value::Time(now)),
            Attr::new("level", Value::Slog(SlogVal::Level(level))),
            Attr::new("msg", Value::Str(msg.into())),
        ];
        for a in builtins {
            if h.replace.is_some() {
                st.append_attr(a)?;
            } else {
                st.append_key(&a.key);
                st.append_value(&a.value)?;
            }
        }
        st.groups = groups;
        st.append_non_builtins(attrs)?;
        st.buf.push('\n');
        self.write_to(h.out, st.buf);
        Ok(())
    }

    /// `l.With(attrs...)`: Go's `withAttrs`, the attributes written once into the new
    /// handler's preformatted text.
    pub(super) fn with_attrs(
        &self,
        h: &Arc<Handler>,
        attrs: &[Attr],
    ) -> Result<Arc<Handler>, Stop> {
        let mut st = State::new(self, h, h.preformatted.clone(), "");
        st.prefix.push_str(&h.group_prefix);
        if !h.preformatted.is_empty() {
            st.sep = st.attr_sep();
            if st.json() && h.preformatted.ends_with('{') {
                st.sep = "";
            }
        }
        let pos = st.buf.len();
        st.open_groups();
        let mut h2 = (**h).clone();
        if st.append_attrs(attrs)? {
            h2.group_prefix = st.prefix.clone();
            h2.open_groups = h.groups.len();
        } else {
            st.buf.truncate(pos);
        }
        h2.preformatted = st.buf;
        Ok(Arc::new(h2))
    }
}

struct State<'a> {
    g: &'a Goroutine,
    h: &'a Handler,
    buf: String,
    sep: &'static str,
    prefix: String,
    /// The groups `ReplaceAttr` is told of; `None` without one.
    groups: Option<Vec<String>>,
}

impl<'a> State<'a> {
    fn new(g: &'a Goroutine, h: &'a Handler, buf: String, sep: &'static str) -> State<'a> {
        let groups = h
            .replace
            .as_ref()
            .map(|_| h.groups[..h.open_groups].to_vec());
        State {
            g,
            h,
            buf,
            sep,
            prefix: String::new(),
            groups,
        }
    }

    fn json(&self) -> bool {
        self.h.kind == Kind::Json
    }

    fn attr_sep(&self) -> &'static str {
        if self.json() { "," } else { " " }
    }

    fn append_non_builtins(&mut self, attrs: &[Attr]) -> Result<(), Stop> {
        let h = self.h;
        if !h.preformatted.is_empty() {
            self.buf.push_str(self.sep);
            self.buf.push_str(&h.preformatted);
            self.sep = self.attr_sep();
            if self.json() && h.preformatted.ends_with('{') {
                self.sep = "";
            }
        }
        // A record without attributes opens no groups.
        let mut open = h.open_groups;
        if !attrs.is_empty() {
            self.prefix.push_str(&h.group_prefix);
            let pos = self.buf.len();
            self.open_groups();
            open = h.groups.len();
            if !self.append_attrs(attrs)? {
                self.buf.truncate(pos);
                open = h.open_groups;
            }
        }
        if self.json() {
            for _ in 0..open {
                self.buf.push('}');
            }
            self.buf.push('}');
        }
        Ok(())
    }

    fn open_groups(&mut self) {
        let h = self.h;
        for name in &h.groups[h.open_groups..] {
            self.open_group(name);
        }
    }

    fn open_group(&mut self, name: &str) {
        if self.json() {
            self.append_key(name);
            self.buf.push('{');
            self.sep = "";
        } else {
            self.prefix.push_str(name);
            self.prefix.push('.');
        }
        if let Some(gs) = &mut self.groups {
            gs.push(name.to_string());
        }
    }

    fn close_group(&mut self, name: &str) {
        if self.json() {
            self.buf.push('}');
        } else {
            let keep = self.prefix.len().saturating_sub(name.len() + 1);
            self.prefix.truncate(keep);
        }
        self.sep = self.attr_sep();
        if let Some(gs) = &mut self.groups {
            gs.pop();
        }
    }

    /// Whether any of `attrs` was written.
    fn append_attrs(&mut self, attrs: &[Attr]) -> Result<bool, Stop> {
        let mut any = false;
        for a in attrs {
            any |= self.append_attr(a.clone())?;
        }
        Ok(any)
    }

    fn append_attr(&mut self, mut a: Attr) -> Result<bool, Stop> {
        if let Some(f) = &self.h.replace
            && a.group().is_none()
        {
            a = self.g.replaced(f, self.groups.as_deref(), &a)?;
        }
        if a.is_empty() {
            return Ok(false);
        }
        let Some(attrs) = a.group() else {
            self.append_key(&a.key);
            self.append_value(&a.value)?;
            return Ok(true);
        };
        if !attrs.is_empty() {
            let pos = self.buf.len();
            // A group with an empty key is written inline.
            if !a.key.is_empty() {
                self.open_group(&a.key);
            }
            if !self.append_attrs(attrs)? {
                self.buf.truncate(pos);
                return Ok(false);
            }
            if !a.key.is_empty() {
                self.close_group(&a.key);
            }
        }
        Ok(true)
    }

    fn append_key(&mut self, key: &str) {
        self.buf.push_str(self.sep);
        if self.prefix.is_empty() {
            self.append_string(key);
        } else if self.json() {
            self.buf.push('"');
            self.buf.push_str(&json_escaped(&self.prefix));
            self.buf.push_str(&json_escaped(key));
            self.buf.push('"');
        } else if !needs_quoting(&self.prefix) && !needs_quoting(key) {
            self.buf.push_str(&self.prefix);
            self.buf.push_str(key);
        } else {
            let whole = format!("{}{key}", self.prefix);
            self.buf.push_str(&super::strconv::quote(&whole));
        }
        self.buf.push(if self.json() { ':' } else { '=' });
        self.sep = self.attr_sep();
    }

    /// A value slog's JSON handler gives to `encoding/json`, or the error it gave.
    fn append_marshalled(&mut self, v: &Value) -> Result<(), Stop> {
        match self.g.marshal_any(v)? {
            Ok(text) => self.buf.push_str(&text),
            Err(why) => self.append_string(&format!("!ERROR:{why}")),
        }
        Ok(())
    }

    fn append_string(&mut self, s: &str) {
        if self.json() {
            self.buf.push('"');
            self.buf.push_str(&json_escaped(s));
            self.buf.push('"');
        } else {
            self.buf.push_str(&text_string(s));
        }
    }

    fn append_value(&mut self, v: &Value) -> Result<(), Stop> {
        let json = self.json();
        match shown(v) {
            Shown::Str(s) => self.append_string(&s),
            Shown::Num(n) => self.buf.push_str(&n),
            Shown::Float(x) if json => match json_float(x) {
                Some(text) => self.buf.push_str(&text),
                None => {
                    let bad = super::format::value(&Value::F64(x));
                    let bad = if x == f64::INFINITY {
                        format!("+{bad}")
                    } else {
                        bad
                    };
                    self.append_string(&format!("!ERROR:json: unsupported value: {bad}"));
                }
            },
            Shown::Float(x) => self.buf.push_str(&super::format::value(&Value::F64(x))),
            Shown::Duration(d) if json => self.buf.push_str(&d.to_string()),
            Shown::Duration(d) => self.buf.push_str(&super::format::duration(d)),
            Shown::Time(w) if json => {
                self.buf.push('"');
                self.buf.push_str(&json_time(&w));
                self.buf.push('"');
            }
            Shown::Time(w) => self.buf.push_str(&text_time(&w)),
            Shown::Level(l) => self.append_string(&level_name(l)),
            Shown::Group(_) => {
                let text = value_text(self.g, v)?;
                self.append_string(&text);
            }
            Shown::Nil if json => self.buf.push_str("null"),
            Shown::Nil => self.append_string("<nil>"),
            Shown::Any(v) if json => {
                let error = matches!(&v, Value::Iface(Some(b)) if self.g.method_of(b.ty, "Error").is_some());
                if error {
                    let text = self.g.printed("%v", v)?;
                    self.append_string(&text);
                    return Ok(());
                }
                self.append_marshalled(&v)?;
            }
            // `json.Marshal` of a `[]byte`: base64 in a string.
            Shown::Bytes(b) if json => {
                self.buf.push('"');
                self.buf
                    .push_str(&super::codecs::encode(super::codecs::STD, true, &b));
                self.buf.push('"');
            }
            Shown::Bytes(b) => {
                let text = super::strconv::quote(&String::from_utf8_lossy(&b));
                self.buf.push_str(&text);
            }
            Shown::Any(v) => {
                let text = self.g.printed("%+v", v)?;
                self.buf.push_str(&text_string(&text));
            }
        }
        Ok(())
    }
}
