//! The calls of `log/slog` as the program form has them: one operation each, its logger (or
//! handler) first among the call's values where it has one.

/// `slog.LevelDebug` and its kin, Go's numbers.
pub const LEVEL_DEBUG: i64 = -4;
pub const LEVEL_INFO: i64 = 0;
pub const LEVEL_WARN: i64 = 4;
pub const LEVEL_ERROR: i64 = 8;

/// A `log/slog` function, or a `*slog.Logger`'s method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlogOp {
    /// `slog.Default()`: the run's default logger.
    Default,
    /// `slog.SetDefault(l)`: `l` the default, and `log`'s lines through its handler.
    SetDefault,
    /// `slog.New(h)`.
    New,
    /// `slog.NewTextHandler(w, opts)` (`json`: `NewJSONHandler`): the stream, the least
    /// level shown and the `ReplaceAttr` function (nil without one).
    NewHandler { json: bool },
    /// `l.Info(msg, args...)` and its kin at `level`: the logger, the file and line of the
    /// call (for `log`'s `Lshortfile`), the message, then the arguments.
    Log { level: i64 },
    /// `l.With(args...)`.
    With,
    /// `l.WithGroup(name)`.
    WithGroup,
    /// `slog.String(key, v)` and its kin: an `Attr` of the key and the value.
    Attr,
    /// `slog.Group(key, args...)`: an `Attr` whose value is the arguments' attributes.
    Group,
    /// `level.String()`: `INFO`, `WARN+2`.
    LevelString,
    /// `v.String()` of a `slog.Value`.
    ValueString,
}

/// `Level.String()` as Go writes it: the nearest level below and the distance above it.
pub fn level_name(level: i64) -> String {
    let (base, from) = match level {
        l if l < LEVEL_INFO => ("DEBUG", LEVEL_DEBUG),
        l if l < LEVEL_WARN => ("INFO", LEVEL_INFO),
        l if l < LEVEL_ERROR => ("WARN", LEVEL_WARN),
        _ => ("ERROR", LEVEL_ERROR),
    };
    match level - from {
        0 => base.to_string(),
        d => format!("{base}{d:+}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_named_as_gos() {
        assert_eq!(level_name(LEVEL_DEBUG), "DEBUG");
        assert_eq!(level_name(LEVEL_INFO), "INFO");
        assert_eq!(level_name(LEVEL_WARN), "WARN");
        assert_eq!(level_name(LEVEL_ERROR), "ERROR");
        assert_eq!(level_name(2), "INFO+2");
        assert_eq!(level_name(-6), "DEBUG-2");
        assert_eq!(level_name(12), "ERROR+4");
    }
}
