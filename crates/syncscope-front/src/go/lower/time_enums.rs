//! `time.Month` and `time.Weekday`: Go declares each `int` with a `String()` method, so here
//! each is a type of the file's own kind (`Type::Named`) made when first met, its `String`
//! a function of the library's. Its values are ints: `%d`, `int(m)`, `<` work as for any
//! named int type, and `fmt` prints `November` and `Tuesday` as Go does.

use super::Lowerer;
use super::structs::{Method, StructDef};
use super::synth::Frame;
use crate::go::types::Type;
use syncscope_program::calendar::{MONTHS, WEEKDAYS as DAYS};
use syncscope_program::{Expr, Lib, StmtKind};

impl Lowerer<'_> {
    /// `time.Month` (`month`) or `time.Weekday`, made the first time the file needs it.
    pub(super) fn time_enum(&mut self, month: bool) -> Type {
        let (name, lib) = if month {
            ("time.Month", Lib::MonthName)
        } else {
            ("time.Weekday", Lib::WeekdayName)
        };
        self.library_int_type(name, lib)
    }

    /// A library's type declared `int` with a `String()` method (`time.Month`,
    /// `slog.Level`), made the first time the file needs it: its `String` is the library's
    /// `lib` of the value.
    pub(super) fn library_int_type(&mut self, name: &str, lib: Lib) -> Type {
        if let Some(&id) = self.structs.by_name.get(name) {
            return self.declared_type(id);
        }
        let id = self.structs.defs.len();
        self.structs.defs.push(StructDef {
            name: name.into(),
            fields: Vec::new(),
            embedded: Vec::new(),
            underlying: Some(Type::Int),
            at: (0, 0),
        });
        self.structs.by_name.insert(name.to_string(), id);
        let body = vec![StmtKind::Return(Some(Expr::Lib(lib, vec![Expr::Local(0)])))];
        let func = self.written(&format!("{name}.String"), None, Frame::of(1), body);
        let ty = self.declared_type(id);
        self.sigs[func] = super::Sig {
            params: vec![ty.clone()],
            result: Some(Type::Str),
        };
        let method = Method {
            func,
            pointer: false,
            at: (0, 0),
        };
        self.structs.methods.insert((id, "String".into()), method);
        ty
    }

    /// `time.January`... and `time.Sunday`...: typed constants of their types.
    pub(super) fn time_enum_value(&mut self, member: &str) -> Option<(Expr, Type)> {
        if let Some(i) = MONTHS.iter().position(|m| *m == member) {
            return Some((Expr::int(i as i64 + 1), self.time_enum(true)));
        }
        let i = DAYS.iter().position(|d| *d == member)?;
        Some((Expr::int(i as i64), self.time_enum(false)))
    }
}
