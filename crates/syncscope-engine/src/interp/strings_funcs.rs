//! The `strings` functions that call the program's function on each rune, in order, as
//! Go's source does: `IndexFunc`, `ContainsFunc`, `TrimFunc`, `TrimLeftFunc`,
//! `TrimRightFunc`, `FieldsFunc` and `Map` (a negative rune drops the character).

use super::Goroutine;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::Lib;

impl Goroutine {
    /// `f` of these functions; `None` for another.
    pub(super) fn strings_funcs(&self, f: Lib, v: &[Value]) -> Option<Result<Value, Stop>> {
        let text = |i: usize| match v.get(i) {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        let func = |i: usize| v.get(i).cloned().unwrap_or(Value::Unit);
        Some(match f {
            Lib::StrIndexFunc => self
                .first_where(&text(0), &func(1))
                .map(|at| Value::Int(at.map_or(-1, |i| i as i64))),
            Lib::StrContainsFunc => self
                .first_where(&text(0), &func(1))
                .map(|at| Value::Bool(at.is_some())),
            Lib::StrTrimFunc => self.trimmed(&text(0), &func(1), true, true),
            Lib::StrTrimLeftFunc => self.trimmed(&text(0), &func(1), true, false),
            Lib::StrTrimRightFunc => self.trimmed(&text(0), &func(1), false, true),
            Lib::StrFieldsFunc => self.fields_func(&text(0), &func(1)),
            Lib::StrMap => self.mapped(&func(0), &text(1)),
            _ => return None,
        })
    }

    /// The program's function `f` of rune `c`.
    fn of_rune(&self, f: &Value, c: char) -> Result<Value, Stop> {
        let Value::Func(f) = f else {
            return Err(Stop::Panic(super::nils::NIL_CALL.into()));
        };
        self.call(f.func, vec![Value::Rune(c as i32)], f.cells.clone())
    }

    /// The byte index of the first rune `f` says yes to.
    fn first_where(&self, s: &str, f: &Value) -> Result<Option<usize>, Stop> {
        for (i, c) in s.char_indices() {
            if self.of_rune(f, c)?.truthy() {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    fn trimmed(&self, s: &str, f: &Value, left: bool, right: bool) -> Result<Value, Stop> {
        let mut rest = s;
        if left {
            let mut start = rest.len();
            for (i, c) in rest.char_indices() {
                if !self.of_rune(f, c)?.truthy() {
                    start = i;
                    break;
                }
            }
            rest = &rest[start..];
        }
        if right {
            let mut end = 0;
            for (i, c) in rest.char_indices().rev() {
                if !self.of_rune(f, c)?.truthy() {
                    end = i + c.len_utf8();
                    break;
                }
            }
            rest = &rest[..end];
        }
        Ok(Value::Str(rest.into()))
    }

    /// The runs of runes between those `f` says yes to; no empty ones.
    fn fields_func(&self, s: &str, f: &Value) -> Result<Value, Stop> {
        let mut fields = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices() {
            let separates = self.of_rune(f, c)?.truthy();
            match (separates, start) {
                (true, Some(from)) => {
                    fields.push(Value::Str(s[from..i].into()));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(from) = start {
            fields.push(Value::Str(s[from..].into()));
        }
        Ok(Value::Slice(super::slices::SliceVal::new(fields)))
    }

    /// Each rune as `f` maps it; a negative one is dropped, an invalid one is U+FFFD.
    fn mapped(&self, f: &Value, s: &str) -> Result<Value, Stop> {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let r = self.of_rune(f, c)?.as_int();
            if r >= 0 {
                out.push(
                    u32::try_from(r)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}'),
                );
            }
        }
        Ok(Value::Str(out.into()))
    }
}
