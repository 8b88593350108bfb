//! `Parse` of a flag set as Go's `parseOne` reads the arguments: `-name`, `--name`,
//! `-name=value`, `-name value` (not for a bool), `--` ending the flags, `-h` and `-help`
//! asking for the usage; a mistake is Go's message and usage on stderr, then the set's
//! ending.

use super::Goroutine;
use super::flag::{CONTINUE_ON_ERROR, EXIT_ON_ERROR, FlagSetRef};
use super::flag_text::read;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::library::STDERR;
use syncscope_program::textlib::FlagKind;

/// How one argument ended the parse: a mistake's message, or `-h`.
enum Stopped {
    Mistake(String),
    Help,
    /// The run ends here: a value syncscope does not hold, or the run stopped.
    Ends(Stop),
}

impl Goroutine {
    /// `fs.Parse(args)`: nil, Go's error (`ContinueOnError`), or the run's end.
    pub(super) fn parse_flags(&self, set: &FlagSetRef, args: Vec<String>) -> Result<Value, Stop> {
        {
            let mut s = set.get();
            s.parsed = true;
            s.args = Some(args);
        }
        let stopped = loop {
            match self.parse_one(set) {
                Ok(true) => {}
                Ok(false) => return Ok(Value::Chan(None)),
                Err(stopped) => break stopped,
            }
        };
        let handling = set.get().handling;
        let error = match stopped {
            Stopped::Mistake(m) => {
                self.write_to(STDERR, format!("{m}\n"));
                m
            }
            Stopped::Help => "flag: help requested".to_string(),
            Stopped::Ends(stop) => return Err(stop),
        };
        self.show_usage(set)?;
        match handling {
            CONTINUE_ON_ERROR => Ok(super::iface::typed_error(error, "*errors.errorString")),
            EXIT_ON_ERROR if error == "flag: help requested" => Err(Stop::Exit(0)),
            EXIT_ON_ERROR => Err(Stop::Exit(2)),
            _ => Err(Stop::Panic(format!("panic: {error}"))),
        }
    }

    /// Go's `parseOne`: whether a flag was read.
    fn parse_one(&self, set: &FlagSetRef) -> Result<bool, Stopped> {
        let mistake = |m: String| Err(Stopped::Mistake(m));
        let mut s = set.get();
        let Some(arg) = s.args.as_ref().and_then(|a| a.first()).cloned() else {
            return Ok(false);
        };
        if arg.len() < 2 || !arg.starts_with('-') {
            return Ok(false);
        }
        let mut name = &arg[1..];
        if let Some(rest) = name.strip_prefix('-') {
            if rest.is_empty() {
                drop_first(&mut s.args);
                return Ok(false);
            }
            name = rest;
        }
        if name.is_empty() || name.starts_with(['-', '=']) {
            return mistake(format!("bad flag syntax: {arg}"));
        }
        drop_first(&mut s.args);
        let (name, value) = match name[1..].find('=') {
            Some(i) => (&name[..i + 1], Some(name[i + 2..].to_string())),
            None => (name, None),
        };
        let Some(i) = s.flags.iter().position(|f| f.name == name) else {
            if name == "help" || name == "h" {
                return Err(Stopped::Help);
            }
            return mistake(format!("flag provided but not defined: -{name}"));
        };
        let kind = s.flags[i].kind;
        let value = match (kind, value) {
            (FlagKind::Bool, None) => "true".to_string(),
            (_, Some(v)) => v,
            (_, None) => match s.args.as_ref().and_then(|a| a.first()).cloned() {
                Some(next) => {
                    drop_first(&mut s.args);
                    next
                }
                None => return mistake(format!("flag needs an argument: -{name}")),
            },
        };
        let (v, why) = read(kind, &value).map_err(|e| Stopped::Ends(Stop::Panic(e)))?;
        let place = s.flags[i].place.clone();
        if let Some(why) = why {
            drop(s);
            // Go's `Set` stores what it read before it says it was wrong.
            self.set_flag(&place, v).map_err(Stopped::Ends)?;
            let quoted = super::strconv::quote(&value);
            return mistake(match kind {
                FlagKind::Bool => format!("invalid boolean value {quoted} for -{name}: {why}"),
                _ => format!("invalid value {quoted} for flag -{name}: {why}"),
            });
        }
        if !s.actual.iter().any(|a| a == name) {
            s.actual.push(name.to_string());
        }
        drop(s);
        // The variable is the program's: set as its other writes are.
        self.set_flag(&place, v).map_err(Stopped::Ends)?;
        Ok(true)
    }
}

fn drop_first(args: &mut Option<Vec<String>>) {
    if let Some(a) = args
        && !a.is_empty()
    {
        a.remove(0);
    }
}
