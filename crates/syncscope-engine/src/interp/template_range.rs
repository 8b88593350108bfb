//! `{{range}}` in a template: over a slice, an array, a map (in its keys' order) or an int,
//! with `$i, $v :=`, `{{else}}` for none, and Go's errors for what it cannot range over.

use super::template_exec::{Exec, Fail, Ran};
use super::template_parse::Branch;
use super::template_values::TV;
use super::value::Value;
use syncscope_program::json::Shape;

impl Exec<'_> {
    pub(super) fn range(&mut self, dot: &TV, b: &Branch) -> Ran<()> {
        let v = self.pipe(dot, &b.pipe)?;
        let v = self.unbox(v)?;
        let v = self.indirect(v)?.unwrap_or(TV::Missing);
        let elems: Vec<(TV, TV)> = match &v {
            TV::V(Value::Slice(s), shape) => {
                let e = self.elem_shape(*shape);
                let items = s.items().into_iter().enumerate();
                items
                    .map(|(i, x)| (TV::V(Value::Int(i as i64), None), TV::V(x, e)))
                    .collect()
            }
            TV::V(Value::Array(a), shape) => {
                let e = self.elem_shape(*shape);
                let items = a.elements().clone().into_iter().enumerate();
                items
                    .map(|(i, x)| (TV::V(Value::Int(i as i64), None), TV::V(x, e)))
                    .collect()
            }
            TV::V(Value::Map(m), shape) => {
                let e = self.elem_shape(*shape);
                let entries = m.entries().clone();
                let key = |k: &super::objects::MapKey| TV::V(k.value(), None);
                entries
                    .iter()
                    .map(|(k, x)| (key(k), TV::V(x.clone(), e)))
                    .collect()
            }
            // An int's rounds are counted, not listed: `range 1000000` needs no list.
            // A nil map has no entries.
            TV::V(Value::NilMap, _) => Vec::new(),
            TV::V(Value::Int(n), _) if !matches!(b.pipe.decl.len(), 2) => {
                if *n <= 0 {
                    return self.range_else(dot, b);
                }
                for i in 0..*n {
                    let x = TV::V(Value::Int(i), None);
                    self.round(b, x.clone(), x)?;
                }
                return Ok(());
            }
            TV::V(Value::Int(_), _) => {
                let why = format!(
                    "can't use {} to iterate over more than one variable",
                    self.text_of(&v)
                );
                let (pos, at) = self.last.clone();
                return Err(self.fail(pos, &at, &why));
            }
            TV::V(Value::Chan(_) | Value::Func(_), _) => {
                return Err(Fail::NotRun(
                    "range over a channel or a function in a template".into(),
                ));
            }
            _ => {
                let why = format!("range can't iterate over {}", self.text_of(&v));
                let (pos, at) = self.last.clone();
                return Err(self.fail(pos, &at, &why));
            }
        };
        if elems.is_empty() {
            return self.range_else(dot, b);
        }
        for (k, x) in elems {
            self.round(b, k, x)?;
        }
        Ok(())
    }

    fn range_else(&mut self, dot: &TV, b: &Branch) -> Ran<()> {
        match &b.other {
            Some(other) => self.walk(dot, other),
            None => Ok(()),
        }
    }

    /// One round: its key and element in the loop's variables, the element as dot.
    fn round(&mut self, b: &Branch, k: TV, x: TV) -> Ran<()> {
        let mark = self.vars.len();
        match b.pipe.decl.as_slice() {
            [one] => self.set(one, x.clone(), false),
            [i, e] => {
                self.set(i, k, false);
                self.set(e, x.clone(), false);
            }
            _ => {}
        }
        self.walk(&x, &b.list)?;
        self.vars.truncate(mark);
        Ok(())
    }

    fn elem_shape(&self, shape: Option<usize>) -> Option<usize> {
        match self.shapes.shapes.get(shape?)? {
            Shape::Slice(e) | Shape::Array(_, e) | Shape::Map(_, e) => Some(*e),
            _ => None,
        }
    }
}
