//! `.A.B` in a template: a struct's exported field by its Go name, a map's value by a
//! string key, through pointers and interfaces, with Go's errors for a field there is
//! not, one not exported, and a nil pointer on the way. Methods are not called.

use super::objects::MapKey;
use super::template_exec::{Exec, Fail, Ran};
use super::template_parse::Arg;
use super::template_show as show;
use super::template_values::{TV, type_name};
use super::value::Value;
use syncscope_program::json::Shape;

impl Exec<'_> {
    /// The value of `names` read one after another from `v`; `args` whether the command
    /// gives arguments to the last.
    pub(super) fn fields(&mut self, v: TV, names: &[String], at: &Arg, args: bool) -> Ran<TV> {
        let mut v = v;
        for (i, name) in names.iter().enumerate() {
            let last = i + 1 == names.len();
            v = self.field(v, name, at, args && last)?;
        }
        Ok(v)
    }

    fn field(&mut self, v: TV, name: &str, at: &Arg, args: bool) -> Ran<TV> {
        let context = show::arg(at);
        let fail = |e: &Exec, why: String| e.fail(at.pos, &context, &why);
        if matches!(v, TV::Missing) {
            return Ok(TV::Missing);
        }
        let typ = type_name(&v, self.shapes);
        let was_iface = matches!(&v, TV::V(_, Some(s))
            if matches!(self.shapes.shapes.get(*s), Some(Shape::Iface)));
        // `errors.New`'s and `fmt.Errorf`'s values have `Error`, which Go would call.
        if let TV::V(Value::Iface(Some(b)), _) = &v
            && b.ty < 2
            && name == "Error"
        {
            return Err(Fail::NotRun(
                "calling the method Error from a template".into(),
            ));
        }
        let v = self.unbox(v)?;
        if was_iface && matches!(v, TV::V(Value::Iface(None), None)) {
            return Err(fail(self, format!("nil pointer evaluating {typ}.{name}")));
        }
        if let TV::V(_, Some(s)) = &v {
            let mut shapes = vec![*s];
            if let Some(Shape::Ptr(inner)) = self.shapes.shapes.get(*s) {
                shapes.push(*inner);
            }
            let method =
                |s: &usize| (self.shapes.methods.iter()).any(|(i, m)| i == s && &**m == name);
            if shapes.iter().any(method) {
                let why = format!("calling the method {name} from a template");
                return Err(Fail::NotRun(why));
            }
        }
        let pointer_shape = match &v {
            TV::V(_, Some(s)) => match self.shapes.shapes.get(*s) {
                Some(Shape::Ptr(inner)) => Some(*inner),
                _ => None,
            },
            _ => None,
        };
        let Some(target) = self.indirect(v)? else {
            // A nil pointer: Go's words differ when the struct has no such field.
            let has = pointer_shape.is_some_and(|s| self.struct_field(s, name).is_some());
            let why = if has {
                format!("nil pointer evaluating {typ}.{name}")
            } else {
                format!("can't evaluate field {name} in type {typ}")
            };
            return Err(fail(self, why));
        };
        let TV::V(val, shape) = &target else {
            return Ok(TV::Missing);
        };
        let shape_of = shape.and_then(|s| self.shapes.shapes.get(s));
        match (val, shape_of) {
            (Value::Struct(obj), Some(Shape::Struct(_))) => {
                if let Some((path, exported, fshape)) =
                    shape.and_then(|s| self.struct_field(s, name))
                {
                    if !exported {
                        let why = format!("{name} is an unexported field of struct type {typ}");
                        return Err(fail(self, why));
                    }
                    if args {
                        let why = format!("{name} has arguments but cannot be invoked as function");
                        return Err(fail(self, why));
                    }
                    let mut v = Value::Struct(obj.clone());
                    for i in path {
                        v = match v {
                            Value::Struct(o) => o.field(i),
                            _ => return Err(Fail::NotRun("an embedded pointer's field".into())),
                        };
                    }
                    return Ok(TV::V(v, Some(fshape)));
                }
            }
            (Value::Map(m), Some(Shape::Map(true, e))) => {
                if args {
                    let why = format!("{name} is not a method but has arguments");
                    return Err(fail(self, why));
                }
                let found = m
                    .entries()
                    .get(&MapKey::of(&Value::Str(name.into())))
                    .cloned();
                return Ok(found.map_or(TV::Missing, |x| TV::V(x, Some(*e))));
            }
            _ => {}
        }
        Err(fail(
            self,
            format!("can't evaluate field {name} in type {typ}"),
        ))
    }

    /// Field `name` of struct shape `s`, its own or promoted from an embedded struct (the
    /// shallowest, as Go's `FieldByName` finds it): the indexes to it, whether exported,
    /// its shape.
    fn struct_field(&self, s: usize, name: &str) -> Option<(Vec<usize>, bool, usize)> {
        let mut level = vec![(s, Vec::new())];
        for _ in 0..8 {
            let mut next = Vec::new();
            for (s, path) in level {
                let Some(Shape::Struct(st)) = self.shapes.shapes.get(s) else {
                    continue;
                };
                if let Some(i) = st.names.iter().position(|n| &**n == name) {
                    let exported = name.chars().next().is_some_and(char::is_uppercase);
                    let mut at = path.clone();
                    at.push(i);
                    return Some((at, exported, *st.all.get(i)?));
                }
                for &e in &st.embedded {
                    let mut at = path.clone();
                    at.push(e);
                    next.extend(st.all.get(e).map(|&inner| (inner, at)));
                }
            }
            level = next;
        }
        None
    }
}
