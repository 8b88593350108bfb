//! The functions every template has: `and`, `or`, `not`, `len`, `index`, `print`,
//! `printf`, `println` and the comparisons, with Go's errors for wrong arguments. `call`,
//! `html`, `js`, `slice` and `urlquery` are not run.

use super::objects::MapKey;
use super::template_exec::{Exec, Fail, Ran};
use super::template_parse::{Arg, Cmd, Term};
use super::template_show as show;
use super::template_values::{Kind, TV, kind, truth, type_name};
use super::value::Value;
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
                v = self.param(dot, a, false)?;
                if truth(&v) == (name == "or") {
                    return Ok(v);
                }
            }
            return Ok(last.unwrap_or(v));
        }
        let mut values = Vec::new();
        let piped = last.is_some();
        for (i, a) in args.iter().enumerate() {
            if name == "printf" && i == 0 {
                values.push(self.format_arg(dot, a)?);
                continue;
            }
            let v = self.param(dot, a, name.starts_with("print"))?;
            values.push(self.unbox(v)?);
        }
        if let Some(l) = last {
            values.push(self.unbox(l)?);
        }
        if name == "printf" && args.is_empty() && piped {
            let format = values[0].clone();
            values[0] = self.format_of(format, (c.pos, name.to_string()), None)?;
        }
        let calling =
            |e: &Exec, why: String| e.fail(c.pos, &at, &format!("error calling {name}: {why}"));
        let result = match name {
            "not" => Value::Bool(!truth(&values[0])),
            "print" | "println" | "printf" => {
                for v in &values {
                    self.no_methods(v)?;
                }
                let all: Vec<Value> = values.iter().map(|v| self.typed(v)).collect();
                let text = match name {
                    "print" => super::format::print(&all),
                    "println" => super::format::println(&all),
                    _ => {
                        let format = match &values[0] {
                            TV::V(Value::Str(s), _) => s.to_string(),
                            _ => String::new(),
                        };
                        let types = &self.g.shared.program.types;
                        super::format::printf(&format, &all[1..], types)
                    }
                };
                Value::Str(text.into())
            }
            "len" if matches!(values[0], TV::Missing) => {
                let why = "reflect: call of reflect.Value.Type on zero Value";
                return Err(calling(self, why.into()));
            }
            "len" => match self.length(&values[0]) {
                Some(n) => Value::Int(n as i64),
                None => {
                    let t = type_name(&values[0], self.shapes);
                    return Err(calling(self, format!("len of type {t}")));
                }
            },
            "index" => return self.index(&values).map_err(|why| calling(self, why)),
            _ => match super::template_compare::compare(name, &values, self.shapes) {
                Ok(b) => Value::Bool(b),
                Err(why) => return Err(calling(self, why)),
            },
        };
        Ok(TV::V(result, None))
    }

    /// An argument to a function's parameter of type `any` (`nil` is a nil interface) or
    /// `reflect.Value` (`nil` is no value).
    fn param(&mut self, dot: &TV, a: &Arg, any: bool) -> Ran<TV> {
        match a.term {
            Term::Nil if any => Ok(TV::V(Value::Iface(None), None)),
            Term::Nil => Ok(TV::Missing),
            _ => self.arg(dot, a),
        }
    }

    /// `printf`'s format, a `string` parameter, with Go's errors for other values.
    fn format_arg(&mut self, dot: &TV, a: &Arg) -> Ran<TV> {
        let constant = match &a.term {
            Term::Nil => return Err(self.fail(a.pos, "nil", "cannot assign nil to string")),
            Term::Number(n) => Some(n.clone()),
            Term::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        let v = self.arg(dot, a)?;
        let v = self.unbox(v)?;
        let at = self.last.clone();
        self.format_of(v, at, constant)
    }

    fn format_of(&self, v: TV, at: (usize, String), constant: Option<String>) -> Ran<TV> {
        let why = match (&v, constant) {
            (TV::V(Value::Str(_), _), _) => return Ok(v),
            (_, Some(text)) => format!("expected string; found {text}"),
            (TV::Missing, _) => "invalid value; expected string".into(),
            (TV::V(..), _) => {
                let t = type_name(&v, self.shapes);
                format!("wrong type for value; expected string; got {t}")
            }
        };
        Err(self.fail(at.0, &at.1, &why))
    }

    /// A value as `fmt` gets it through `any`: boxed with its dynamic type, which `%T` and
    /// `%+v` name.
    fn typed(&self, v: &TV) -> Value {
        let TV::V(val, Some(s)) = v else {
            return match v {
                TV::V(x, _) => x.clone(),
                TV::Missing => Value::Iface(None),
            };
        };
        let rt = self.shapes.by_rt.iter().position(|x| *x == Some(*s));
        let name = self.shapes.names.get(*s).cloned();
        match (rt, name, val) {
            (_, _, Value::Iface(_)) => val.clone(),
            (Some(rt), Some(name), _) => super::iface::boxed(rt, name, val.clone()),
            _ => val.clone(),
        }
    }

    fn length(&self, v: &TV) -> Option<usize> {
        let TV::V(v, _) = v else { return None };
        match v {
            Value::Str(s) => Some(s.len()),
            Value::Slice(s) => Some(s.len()),
            Value::Array(a) => Some(a.elements().len()),
            Value::Map(m) => Some(m.entries().len()),
            Value::NilMap => Some(0),
            _ => None,
        }
    }

    fn index(&self, values: &[TV]) -> Result<TV, String> {
        let mut v = values[0].clone();
        if matches!(v, TV::Missing) {
            return Err("index of untyped nil".into());
        }
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
                TV::V(Value::Map(_) | Value::NilMap, _) => match map_entry(&v, key) {
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
            Shape::Int => Value::Int(0),
            Shape::Uint64 => Value::U64(0),
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
}

/// The entry of `key` in a map, none in a nil one.
fn map_entry(m: &TV, key: &Value) -> Option<Value> {
    match m {
        TV::V(Value::Map(m), _) => m.entries().get(&MapKey::of(key)).cloned(),
        _ => None,
    }
}
