//! `slog.Level` and `slog.Attr`: Go declares `Level` an `int` with a `String()` method, so it
//! is a type of the file's own kind (`Type::Named`, as `time.Month` is) made when first met,
//! its `String` a function of the library's: `<`, `slog.Level(2)` and `fmt` work as Go's.
//! `Attr` is a struct of `Key` and `Value`, which a `ReplaceAttr` reads and changes.

use super::Lowerer;
use super::structs::StructDef;
use crate::go::types::{Type, Untyped};
use syncscope_program::slog::{LEVEL_DEBUG, LEVEL_ERROR, LEVEL_INFO, LEVEL_WARN, SlogOp};
use syncscope_program::{Expr, Lib};

const LEVEL: &str = "slog.Level";
const ATTR: &str = "slog.Attr";

/// The level a logging function's name says.
pub(super) fn level_of(member: &str) -> Option<i64> {
    Some(match member {
        "Debug" => LEVEL_DEBUG,
        "Info" => LEVEL_INFO,
        "Warn" => LEVEL_WARN,
        "Error" => LEVEL_ERROR,
        _ => return None,
    })
}

impl Lowerer<'_> {
    /// The type `slog.Level`, made the first time the file needs it.
    pub(super) fn level_type(&mut self) -> Type {
        self.library_int_type(LEVEL, Lib::Slog(SlogOp::LevelString))
    }

    /// Whether `ty` is `slog.Level`.
    pub(super) fn is_level(&self, ty: &Type) -> bool {
        matches!(ty, Type::Named(id, ..) if self.structs.by_name.get(LEVEL) == Some(id))
    }

    /// The type `slog.Attr`, made the first time the file names it: its `Key` and `Value`.
    pub(super) fn attr_type(&mut self) -> Type {
        if let Some(&id) = self.structs.by_name.get(ATTR) {
            return self.declared_type(id);
        }
        let id = self.structs.defs.len();
        self.structs.defs.push(StructDef {
            name: ATTR.into(),
            fields: vec![("Key".into(), Type::Str), ("Value".into(), Type::SlogValue)],
            embedded: Vec::new(),
            underlying: None,
            at: (0, 0),
        });
        self.structs.by_name.insert(ATTR.to_string(), id);
        self.declared_type(id)
    }

    /// Whether `ty` is `slog.Attr` or a pointer to one: `fmt` would call its `String`.
    pub(super) fn is_attr(&self, ty: &Type) -> bool {
        let ty = match ty {
            Type::Pointer(inner) => inner,
            t => t,
        };
        matches!(ty, Type::Struct(id, _) if self.structs.by_name.get(ATTR) == Some(id))
    }

    /// `slog.LevelInfo` and its kin, and the built-in attributes' keys.
    pub(super) fn slog_value(&mut self, member: &str) -> Option<(Expr, Type)> {
        let key = |k: &str| (Expr::str(k), Type::Untyped(Untyped::Str));
        Some(match member {
            "TimeKey" => key("time"),
            "LevelKey" => key("level"),
            "MessageKey" => key("msg"),
            "SourceKey" => key("source"),
            m => {
                let level = level_of(m.strip_prefix("Level")?)?;
                (Expr::int(level), self.level_type())
            }
        })
    }
}
