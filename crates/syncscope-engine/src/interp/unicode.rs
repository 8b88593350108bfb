//! Go's `unicode` functions of one rune, on Go's own tables (`unicode_tables.rs`, written by
//! `unicode/tables.go` from Go 1.26): Rust's `char` methods follow another Unicode version
//! and other definitions (Go's `IsSpace` is not `is_whitespace`, its `IsPunct` is category P).

use super::unicode_tables::{CASE_RANGES, DIGIT, LETTER, LOWER, PUNCT, SPACE, UPPER};
use super::value::Value;
use syncscope_program::Lib;
use syncscope_program::unicode::RuneFn;

/// Go's `UpperLower`: a delta that says the range alternates upper and lower case.
const UPPER_LOWER: i32 = 0x11_0000;

/// `unicode.f(r)`; `None` for another package's function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let Lib::Unicode(f) = f else {
        return None;
    };
    let r = args.first().map_or(0, Value::as_int) as i32;
    Some(Ok(match f {
        RuneFn::ToUpper => Value::Rune(to_case(false, r)),
        RuneFn::ToLower => Value::Rune(to_case(true, r)),
        _ => Value::Bool(is(f, r)),
    }))
}

/// Whether `r` is in the class `f` tests, as Go answers for every rune (false for a negative
/// one or one past `MaxRune`).
pub(super) fn is(f: RuneFn, r: i32) -> bool {
    let table: &[u32] = match f {
        RuneFn::IsUpper => &UPPER,
        RuneFn::IsLower => &LOWER,
        RuneFn::IsDigit => &DIGIT,
        RuneFn::IsLetter => &LETTER,
        RuneFn::IsSpace => &SPACE,
        RuneFn::IsPunct => &PUNCT,
        RuneFn::ToUpper | RuneFn::ToLower => return false,
    };
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    // The runs are sorted and apart: the first whose hi is not below `r` holds it or none does.
    let (runs, _) = table.as_chunks::<2>();
    let i = runs.partition_point(|[_, hi]| *hi < r);
    runs.get(i).is_some_and(|[lo, _]| *lo <= r)
}

/// Go's `unicode.To(UpperCase, r)`, or `LowerCase`'s, over `CaseRanges`.
pub(super) fn to_case(lower: bool, r: i32) -> i32 {
    let (ranges, _) = CASE_RANGES.as_chunks::<5>();
    let i = ranges.partition_point(|c| c[1] < r);
    match ranges.get(i) {
        Some(&[lo, _, upper, lower_delta, _]) if lo <= r => {
            let delta = if lower { lower_delta } else { upper };
            if delta == UPPER_LOWER {
                // Even offsets in the run are upper case, odd ones lower.
                lo + (((r - lo) & !1) | i32::from(lower))
            } else {
                r + delta
            }
        }
        _ => r,
    }
}

/// `strings.ToUpper(s)` (`lower` false) and `strings.ToLower(s)`: Go maps each rune by
/// `unicode.ToUpper` or `ToLower`.
pub(super) fn map_case(s: &str, lower: bool) -> String {
    let map = |c: char| char::from_u32(to_case(lower, c as i32) as u32).unwrap_or(c);
    s.chars().map(map).collect()
}

#[cfg(test)]
mod tests {
    use super::{is, to_case};
    use std::process::Command;
    use syncscope_program::unicode::RuneFn;

    fn hex(v: i32) -> String {
        if v < 0 {
            format!("-0x{:X}", -v)
        } else {
            format!("0x{v:X}")
        }
    }

    /// Go decides: `unicode/tables.go` prints, for every rune up to `MaxRune`, the runs each
    /// test holds on and each rune a mapping changes; these functions must give the same.
    #[test]
    fn every_rune_as_go_answers() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/unicode");
        let Ok(out) = Command::new("go")
            .args(["run", "tables.go"])
            .current_dir(dir)
            .output()
        else {
            let required = std::env::var("SYNCSCOPE_REQUIRE_GO").is_ok_and(|v| v == "1");
            assert!(!required, "SYNCSCOPE_REQUIRE_GO=1 but no `go` on PATH");
            return;
        };
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let go = String::from_utf8_lossy(&out.stdout);
        let mut lines = go.lines();
        for name in [
            "IsUpper", "IsLower", "IsDigit", "IsLetter", "IsSpace", "IsPunct",
        ] {
            let f = RuneFn::named(name).expect("a function syncscope runs");
            let mut bounds = Vec::new();
            for r in 0..=0x11_0000 {
                let inside = r <= 0x10_FFFF && is(f, r);
                if inside != (bounds.len() % 2 == 1) {
                    bounds.push(hex(if inside { r } else { r - 1 }));
                }
            }
            assert_eq!(
                lines.next(),
                Some(format!("{name} {}", bounds.join(", ")).as_str())
            );
        }
        for (name, lower) in [("ToUpper", false), ("ToLower", true)] {
            let changed: Vec<String> = (0..=0x10_FFFF)
                .filter(|&r| to_case(lower, r) != r)
                .flat_map(|r| [hex(r), hex(to_case(lower, r))])
                .collect();
            assert_eq!(
                lines.next(),
                Some(format!("{name} {}", changed.join(", ")).as_str())
            );
        }
        assert!(!is(RuneFn::IsLetter, -1) && to_case(false, -1) == -1);
    }
}
