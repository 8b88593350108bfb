//! The functions every template has: `and`, `or`, `not`, `len`, `index`, `print`,
//! `printf`, `println` and the comparisons, with Go's errors for wrong arguments. `call`,
//! `html`, `js`, `slice` and `urlquery` are not run.

use super::objects::MapKey;
use super::template_exec::{Exec, Fail, Ran};
use super::template_parse::{Arg, Cmd};
use super::template_show as show;
use super::template_values::{Kind, TV, as_f64, kind, truth, type_name};
use super::value::Value;
use std::cmp::Ordering;
use syncscope_program::json::Shape;

/// How many arguments each takes: the least, and whether more may follow.
fn arity(name: &str) -> (usize, bool) {
    match name {
        "and" | "or" | "eq" | "index" | "printf" => (1, true),
        "print" | "println" => (0, true),
        "not" | "len" => (1, false),
        _ => (2, false),
    }
}

impl Exec<'_> {
    /// A call of builtin `name` with `args`, then the value piped in.
    pub(super) fn call(
        &mut self,
        dot: &TV,
        name: &str,
        c: &Cmd,
        args: &[&Arg],
        last: Option<TV>,
    ) -> Ran<TV> {
        if matches!(name, "call" | "html" | "js" | "slice" | "urlquery") {
            return Err(Fail::NotRun(format!("the template function {name}")));
        }
        let at = show::cmd(c);
        let count = args.len() + usize::from(last.is_some());
        let (least, more) = arity(name);
        if count < least || (!more && count != least) {
            let why = match more {
                true => {
                    format!("wrong number of args for {name}: want at least {least} got {count}")
                }
                false => format!("wrong number of args for {name}: want {least} got {count}"),
            };
            return Err(self.fail(c.pos, name, &why));
        }
        // `and` and `or` stop at the argument that decides.
        if name == "and" || name == "or" {
            let mut v = TV::Missing;
            for a in args {
                v = self.arg(dot, a)?;
                if truth(&v) == (name == "or") {
                    return Ok(v);
                }
            }
            return Ok(last.unwrap_or(v));
        }
        let mut values = Vec::new();
        for a in args {
            let v = self.arg(dot, a)?;
            values.push(self.unbox(v)?);
        }
        if let Some(l) = last {
            values.push(self.unbox(l)?);
        }
        let calling =
            |e: &Exec, why: String| e.fail(c.pos, &at, &format!("error calling {name}: {why}"));
        let plain = |v: &TV| match v {
            TV::V(x, _) => x.clone(),
            TV::Missing => Value::Iface(None),
        };
        let result = match name {
            "not" => Value::Bool(!truth(&values[0])),
            "print" | "println" | "printf" => {
                for v in &values {
                    self.no_methods(v)?;
                }
                let all: Vec<Value> = values.iter().map(plain).collect();
                let text = match name {
                    "print" => super::format::print(&all),
                    "println" => super::format::println(&all),
                    _ => {
                        let format = match &all[0] {
                            Value::Str(s) => s.to_string(),
                            _ => return Err(calling(self, "format is not a string".into())),
                        };
                        super::format::printf(&format, &all[1..], &[])
                    }
                };
                Value::Str(text.into())
            }
            "len" => match self.length(&values[0]) {
                Some(n) => Value::Int(n as i64),
                None => {
                    let t = type_name(&values[0], self.shapes);
                    return Err(calling(self, format!("len of type {t}")));
                }
            },
            "index" => return self.index(&values).map_err(|why| calling(self, why)),
            _ => match self.compare(name, &values) {
                Ok(b) => Value::Bool(b),
                Err(why) => return Err(calling(self, why)),
            },
        };
        Ok(TV::V(result, None))
    }

    fn length(&self, v: &TV) -> Option<usize> {
        let TV::V(v, _) = v else { return None };
        match v {
            Value::Str(s) => Some(s.len()),
            Value::Slice(s) => Some(s.len()),
            Value::Array(a) => Some(a.elements().len()),
            Value::Map(m) => Some(m.entries().len()),
            _ => None,
        }
    }

    fn index(&self, values: &[TV]) -> Result<TV, String> {
        let mut v = values[0].clone();
        for i in &values[1..] {
            let TV::V(key, _) = i else {
                return Err("cannot index slice/array with nil".into());
            };
            let shape = match &v {
                TV::V(_, Some(s)) => self.shapes.shapes.get(*s).cloned(),
                _ => None,
            };
            let elem = match shape {
                Some(Shape::Slice(e) | Shape::Array(_, e) | Shape::Map(_, e)) => Some(e),
                _ => None,
            };
            v = match &v {
                TV::V(Value::Slice(_) | Value::Array(_), _) => {
                    let items = match &v {
                        TV::V(Value::Slice(s), _) => s.items(),
                        TV::V(Value::Array(a), _) => a.elements().clone(),
                        _ => Vec::new(),
                    };
                    if kind(key) != Kind::Int {
                        let t = type_name(i, self.shapes);
                        return Err(format!("cannot index slice/array with type {t}"));
                    }
                    let n = key.as_int();
                    match usize::try_from(n).ok().and_then(|n| items.get(n)) {
                        Some(x) => TV::V(x.clone(), elem),
                        None => return Err(format!("index out of range: {n}")),
                    }
                }
                TV::V(Value::Map(m), _) => match m.entries().get(&MapKey::of(key)).cloned() {
                    Some(x) => TV::V(x, elem),
                    None => match elem.and_then(|e| self.zero(e)) {
                        Some(z) => TV::V(z, elem),
                        None => return Err("a missing key of this map's type".into()),
                    },
                },
                other => {
                    let t = type_name(other, self.shapes);
                    return Err(format!("can't index item of type {t}"));
                }
            };
        }
        Ok(v)
    }

    /// The zero value of a basic shape (what `index` gives of a missing key).
    fn zero(&self, s: usize) -> Option<Value> {
        Some(match self.shapes.shapes.get(s)? {
            Shape::Bool => Value::Bool(false),
            Shape::Int | Shape::Uint64 => Value::Int(0),
            Shape::Rune => Value::Rune(0),
            Shape::Byte => Value::Byte(0),
            Shape::U32 => Value::U32(0),
            Shape::F32 => Value::F32(0.0),
            Shape::F64 => Value::F64(0.0),
            Shape::Str => Value::Str("".into()),
            Shape::Iface => Value::Iface(None),
            _ => return None,
        })
    }

    /// `eq`, `ne`, `lt`, `le`, `gt`, `ge` as Go's template functions compare.
    fn compare(&self, name: &str, values: &[TV]) -> Result<bool, String> {
        let first = &values[0];
        let TV::V(a, _) = first else {
            return Err("invalid type for comparison".into());
        };
        if name == "eq" && values.len() == 1 {
            return Err("missing argument for comparison".into());
        }
        for other in &values[1..] {
            let TV::V(b, _) = other else {
                return Err("invalid type for comparison".into());
            };
            let (ka, kb) = (kind(a), kind(b));
            if ka != kb {
                let ta = type_name(first, self.shapes);
                let tb = type_name(other, self.shapes);
                return Err(format!("incompatible types for comparison: {ta} and {tb}"));
            }
            let ord = match ka {
                Kind::Int => a.as_int().cmp(&b.as_int()),
                Kind::Float => as_f64(a).partial_cmp(&as_f64(b)).unwrap_or(Ordering::Less),
                Kind::Str => super::format::value(a).cmp(&super::format::value(b)),
                Kind::Bool if matches!(name, "eq" | "ne") => {
                    if a == b {
                        Ordering::Equal
                    } else {
                        Ordering::Less
                    }
                }
                Kind::Other
                    if matches!(name, "eq" | "ne")
                        && !matches!(a, Value::Slice(_) | Value::Map(_) | Value::Func(_)) =>
                {
                    if super::iface::equal(a, b) {
                        Ordering::Equal
                    } else {
                        Ordering::Less
                    }
                }
                _ => return Err("invalid type for comparison".into()),
            };
            let result = match name {
                "eq" => ord == Ordering::Equal,
                "ne" => ord != Ordering::Equal,
                "lt" => ord == Ordering::Less,
                "le" => ord != Ordering::Greater,
                "gt" => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            };
            if name != "eq" || result {
                return Ok(result);
            }
        }
        Ok(false)
    }
}
