//! The Go language version a file is read as, by Go's rule: the `go` line of the `go.mod`
//! beside it, else the newest this front end speaks. It decides what the file may use
//! (`range` over an int from 1.22), what its loops mean (from 1.22 each round of a loop
//! has its own variables; before, every round shared them) and how its timers' channels act
//! (from 1.23 unbuffered to the program, with no stale value after `Stop` or `Reset`).

use std::path::Path;

/// The newest Go the front end speaks: its oracle's.
pub(crate) const NEWEST: Lang = Lang(26);

/// Go 1.N, by its minor number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Lang(pub u32);

impl Lang {
    /// Loops whose rounds each have their own variables, and `range` over an int.
    pub(crate) fn loop_per_round(self) -> bool {
        self.0 >= 22
    }

    /// Timer channels as Go 1.23 made them: Go's GODEBUG `asynctimerchan=0`, the default
    /// for a main module of go 1.23 or later.
    pub(crate) fn sync_timers(self) -> bool {
        self.0 >= 23
    }

    /// How a trace names it: `go` for the newest (as traces from before versions), else
    /// `go1.N`.
    pub fn kind(self) -> String {
        if self == NEWEST {
            "go".into()
        } else {
            format!("go1.{}", self.0)
        }
    }

    /// The version a trace's kind names, if it names a Go one.
    pub fn of_kind(kind: &str) -> Option<Lang> {
        match kind {
            "go" => Some(NEWEST),
            other => other.strip_prefix("go1.")?.parse().ok().map(Lang),
        }
    }
}

/// The version of the `go.mod` beside `file`, if there is one; why not, in words, when it
/// cannot be read or names a Go this front end does not speak.
pub(crate) fn beside(file: &Path) -> Result<Lang, String> {
    let go_mod = file.with_file_name("go.mod");
    let Ok(text) = std::fs::read_to_string(&go_mod) else {
        return Ok(NEWEST);
    };
    let line = text
        .lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix("go ").map(str::trim));
    let Some(version) = line else {
        // A go.mod without a go line is Go 1.16's.
        return Ok(Lang(16));
    };
    let minor = version
        .strip_prefix("1.")
        .and_then(|rest| rest.split('.').next())
        .and_then(|m| m.parse::<u32>().ok())
        .ok_or_else(|| format!("go.mod: invalid go version '{version}'"))?;
    if Lang(minor) > NEWEST {
        return Err(format!(
            "go.mod requires go >= {version} (syncscope speaks go1.{})",
            NEWEST.0
        ));
    }
    Ok(Lang(minor))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trace_names_the_version_and_reads_it_back() {
        assert_eq!(NEWEST.kind(), "go");
        assert_eq!(Lang(21).kind(), "go1.21");
        assert_eq!(Lang::of_kind("go"), Some(NEWEST));
        assert_eq!(Lang::of_kind("go1.21"), Some(Lang(21)));
        assert_eq!(Lang::of_kind("toml"), None);
    }

    #[test]
    fn go_mod_beside_the_file_decides() {
        let dir = std::env::temp_dir().join(format!("syncscope-lang-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        let file = dir.join("main.go");
        assert_eq!(beside(&file), Ok(NEWEST), "no go.mod: the newest");
        let write = |text: &str| std::fs::write(dir.join("go.mod"), text).expect("written");
        write("module x\n\ngo 1.21\n");
        assert_eq!(beside(&file), Ok(Lang(21)));
        write("module x\n\ngo 1.22.3\n\ntoolchain go1.26.6\n");
        assert_eq!(beside(&file), Ok(Lang(22)));
        write("module x\n");
        assert_eq!(beside(&file), Ok(Lang(16)));
        write("module x\ngo 1.99\n");
        assert!(beside(&file).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
