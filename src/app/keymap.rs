//! The key map: which key does what, from the defaults and the config file's `[keys]`, and
//! how keys are written there and shown in the footer and help.

use super::Travel;
use super::keys::{Action, Scroll, Zoom};
use crate::event::LockMode;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::collections::{BTreeMap, HashMap};

/// Every action a key can be bound to: its name in the config file, and its default keys.
pub const BINDABLE: [(&str, Action, &[&str]); 44] = [
    ("none", Action::Mode(LockMode::None), &["n"]),
    ("mutex", Action::Mode(LockMode::Mutex), &["m"]),
    ("rwmutex", Action::Mode(LockMode::RwMutex), &["r"]),
    ("channel", Action::Mode(LockMode::Channel), &["h"]),
    ("run", Action::RunAgain, &["Enter"]),
    ("pause", Action::TogglePause, &["Space"]),
    ("faster", Action::Faster, &[">"]),
    ("slower", Action::Slower, &["<"]),
    ("zoom-in", Action::Zoom(Zoom::In), &["+", "="]),
    ("zoom-out", Action::Zoom(Zoom::Out), &["-", "_"]),
    ("zoom-fit", Action::Zoom(Zoom::Fit), &["0"]),
    ("lessons", Action::ToggleLesson, &["l"]),
    ("previous-lesson", Action::PreviousLesson, &["["]),
    ("next-lesson", Action::NextLesson, &["]"]),
    ("lesson-text", Action::ToggleLessonText, &["i"]),
    ("present", Action::TogglePresent, &["p"]),
    ("procs", Action::CycleProcs, &["P"]),
    ("procs-view", Action::ToggleProcsView, &["v"]),
    ("cost", Action::ToggleCost, &["T"]),
    ("compare", Action::Compare, &["C"]),
    ("up", Action::Scroll(Scroll::Up), &["k", "Up"]),
    ("down", Action::Scroll(Scroll::Down), &["j", "Down"]),
    ("page-up", Action::Scroll(Scroll::PageUp), &["PageUp"]),
    ("page-down", Action::Scroll(Scroll::PageDown), &["PageDown"]),
    ("top", Action::Scroll(Scroll::Top), &["g"]),
    ("bottom", Action::Scroll(Scroll::Bottom), &["G"]),
    ("dense", Action::ToggleDense, &["d"]),
    ("code", Action::ToggleCode, &["c"]),
    ("panel", Action::CyclePanel, &["e"]),
    ("earlier", Action::Travel(Travel::Earlier), &["Left"]),
    ("later", Action::Travel(Travel::Later), &["Right"]),
    (
        "previous-event",
        Action::Travel(Travel::PreviousEvent),
        &[","],
    ),
    ("next-event", Action::Travel(Travel::NextEvent), &["."]),
    ("start", Action::Travel(Travel::Start), &["Home"]),
    ("now", Action::Travel(Travel::Now), &["End"]),
    ("break-on-lost", Action::BreakOnLost, &["x"]),
    ("break-on-wait", Action::BreakOnWait, &["w"]),
    ("trace", Action::WriteTrace, &["t"]),
    ("picture", Action::WritePicture, &["s"]),
    ("help", Action::ToggleHelp, &["?"]),
    ("back", Action::Back, &["Esc"]),
    ("quit", Action::Quit, &["q"]),
    // Ctrl-C and Ctrl-Z are the terminal's own and cannot be moved; these two name them for
    // the help only.
    ("interrupt", Action::Interrupt, &[]),
    ("suspend", Action::Suspend, &[]),
];

/// Which key does what: the defaults, with the config file's changes.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMap {
    bound: HashMap<KeyCode, Action>,
    /// Each action's keys by its name, in the order given, for the footer and the help.
    keys: HashMap<&'static str, Vec<KeyCode>>,
}

impl Default for KeyMap {
    fn default() -> KeyMap {
        KeyMap::with(&BTreeMap::new()).expect("the default keys are each bound once")
    }
}

impl KeyMap {
    /// The defaults, with each named action in `changes` bound to its keys there instead.
    /// Errors, one line each: an unknown action or key, a key bound twice.
    pub(crate) fn with(changes: &BTreeMap<String, Vec<String>>) -> Result<KeyMap, KeyError> {
        for name in changes.keys() {
            if !BINDABLE.iter().any(|(n, ..)| n == name) {
                return Err(KeyError::NoAction(name.clone()));
            }
        }
        let mut bound = HashMap::new();
        let mut keys = HashMap::new();
        for (name, action, defaults) in BINDABLE {
            let names: Vec<&str> = match changes.get(name) {
                Some(_) if defaults.is_empty() => {
                    return Err(KeyError::Fixed {
                        action: name,
                        ctrl: ctrl(&action),
                    });
                }
                Some(given) => given.iter().map(String::as_str).collect(),
                None => defaults.to_vec(),
            };
            let mut codes = Vec::new();
            for key in names {
                let code = parse_key(key)?;
                if codes.contains(&code) {
                    return Err(KeyError::Twice {
                        key: key.into(),
                        action: name,
                    });
                }
                if let Some(other) = bound.insert(code, action) {
                    let other = BINDABLE
                        .iter()
                        .find(|(_, a, _)| *a == other)
                        .map_or("?", |b| b.0);
                    return Err(KeyError::BoundTwice {
                        key: key.into(),
                        first: other,
                        then: name,
                    });
                }
                codes.push(code);
            }
            keys.insert(name, codes);
        }
        Ok(KeyMap { bound, keys })
    }

    /// What a key press does, if anything.
    pub(crate) fn action(&self, key: KeyEvent) -> Option<Action> {
        // Terminals that report releases and repeats would otherwise act twice.
        if key.kind != KeyEventKind::Press {
            return None;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return match key.code {
                KeyCode::Char('c') => Some(Action::Interrupt),
                KeyCode::Char('z') => Some(Action::Suspend),
                _ => None,
            };
        }
        self.bound.get(&key.code).copied()
    }

    /// The first key of the action `name`, as the footer shows it ("" if it has none).
    pub(crate) fn shown(&self, name: &str) -> String {
        self.keys
            .get(name)
            .and_then(|codes| codes.first())
            .map_or_else(String::new, |&code| show_key(code))
    }

    /// Every key of the action `name`, as the help lists them.
    pub(crate) fn all_shown(&self, name: &str) -> String {
        match name {
            "interrupt" => "Ctrl-C".into(),
            "suspend" => "Ctrl-Z".into(),
            _ => self.keys.get(name).map_or_else(String::new, |codes| {
                codes
                    .iter()
                    .map(|&c| show_key(c))
                    .collect::<Vec<_>>()
                    .join(" ")
            }),
        }
    }
}

fn ctrl(action: &Action) -> char {
    if *action == Action::Suspend { 'Z' } else { 'C' }
}

/// Names for the keys that are not a character.
const NAMED: [(&str, KeyCode); 13] = [
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Space", KeyCode::Char(' ')),
    ("Tab", KeyCode::Tab),
    ("Backspace", KeyCode::Backspace),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
];

/// A key as the config file writes it: one character, a name above, or F1 to F12.
pub fn parse_key(key: &str) -> Result<KeyCode, KeyError> {
    let mut chars = key.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && !c.is_control()
        && c != ' '
    {
        return Ok(KeyCode::Char(c));
    }
    if let Some((_, code)) = NAMED.iter().find(|(n, _)| n.eq_ignore_ascii_case(key)) {
        return Ok(*code);
    }
    if let Some(n) = key
        .strip_prefix(['F', 'f'])
        .and_then(|n| n.parse::<u8>().ok())
        && (1..=12).contains(&n)
    {
        return Ok(KeyCode::F(n));
    }
    Err(KeyError::NoKey(key.into()))
}

/// A `[keys]` table that cannot be a key map, in one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("no action is called {0:?} (see --print-config)")]
    NoAction(String),
    #[error("{action} is Ctrl-{ctrl} and cannot be moved")]
    Fixed { action: &'static str, ctrl: char },
    #[error("key {key:?} is listed twice for {action}")]
    Twice { key: String, action: &'static str },
    #[error("key {key:?} is bound to both {first} and {then}")]
    BoundTwice {
        key: String,
        first: &'static str,
        then: &'static str,
    },
    #[error(
        "no key is called {0:?}: a character, F1 to F12, or one of {named}",
        named = NAMED.map(|(n, _)| n).join(", ")
    )]
    NoKey(String),
}

/// A key as the footer and help show it.
fn show_key(code: KeyCode) -> String {
    match code {
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => NAMED
            .iter()
            .find(|(_, c)| *c == other)
            .map_or_else(|| "?".into(), |(n, _)| n.to_string()),
    }
}

/// The `[keys]` table of the default config file: every action with its default keys.
pub fn default_keys_toml() -> String {
    let mut out = String::new();
    for (name, _, keys) in BINDABLE.iter().filter(|(_, _, k)| !k.is_empty()) {
        let keys: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
        out += &format!("{name} = [{}]\n", keys.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn mode_keys_and_quit_keys() {
        assert_eq!(
            KeyMap::default().action(press(KeyCode::Char('r'))),
            Some(Action::Mode(LockMode::RwMutex))
        );
        assert_eq!(
            KeyMap::default().action(press(KeyCode::Char('q'))),
            Some(Action::Quit)
        );
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(KeyMap::default().action(ctrl_c), Some(Action::Interrupt));
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(KeyMap::default().action(ctrl_z), Some(Action::Suspend));
        assert_eq!(KeyMap::default().action(press(KeyCode::Char('z'))), None);
        assert_eq!(
            KeyMap::default().action(press(KeyCode::Char('x'))),
            Some(Action::BreakOnLost)
        );
        assert_eq!(
            KeyMap::default().action(press(KeyCode::Left)),
            Some(Action::Travel(Travel::Earlier))
        );
        assert_eq!(
            KeyMap::default().action(press(KeyCode::Char(']'))),
            Some(Action::NextLesson)
        );
        assert_eq!(
            KeyMap::default().action(press(KeyCode::Char('c'))),
            Some(Action::ToggleCode)
        );
    }

    #[test]
    fn releases_are_ignored() {
        let mut key = press(KeyCode::Char('q'));
        key.kind = KeyEventKind::Release;
        assert_eq!(KeyMap::default().action(key), None);
    }

    fn changes(pairs: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        pairs
            .iter()
            .map(|(n, k)| (n.to_string(), k.iter().map(|k| k.to_string()).collect()))
            .collect()
    }

    #[test]
    fn a_remote_can_be_given_the_lesson_keys() {
        let map = KeyMap::with(&changes(&[
            ("next-lesson", &["]", "b", "F5"]),
            ("present", &["F2"]),
        ]))
        .expect("valid");
        assert_eq!(
            map.action(press(KeyCode::Char('b'))),
            Some(Action::NextLesson)
        );
        assert_eq!(map.action(press(KeyCode::F(5))), Some(Action::NextLesson));
        assert_eq!(
            map.action(press(KeyCode::F(2))),
            Some(Action::TogglePresent)
        );
        assert_eq!(
            map.action(press(KeyCode::Char('p'))),
            None,
            "moved, not added"
        );
        assert_eq!(map.shown("present"), "F2");
        assert_eq!(map.all_shown("next-lesson"), "] b F5");
    }

    #[test]
    fn bad_bindings_are_one_line_each() {
        let err =
            |pairs: &[(&str, &[&str])]| KeyMap::with(&changes(pairs)).unwrap_err().to_string();
        assert_eq!(
            err(&[("quit", &["n"])]),
            "key \"n\" is bound to both none and quit"
        );
        assert!(err(&[("jump", &["J"])]).contains("no action is called \"jump\""));
        assert!(err(&[("quit", &["Hyper"])]).contains("no key is called \"Hyper\""));
        assert!(err(&[("interrupt", &["i"])]).contains("Ctrl-C and cannot be moved"));
        assert!(err(&[("quit", &["F13"])]).contains("no key is called"));
        assert_eq!(
            err(&[("quit", &["q", "q"])]),
            "key \"q\" is listed twice for quit"
        );
    }

    #[test]
    fn every_default_key_is_shown_as_the_footer_names_it() {
        let map = KeyMap::default();
        assert_eq!(map.shown("pause"), "Space");
        assert_eq!(map.shown("run"), "Enter");
        assert_eq!(map.all_shown("earlier"), "←");
        assert_eq!(map.all_shown("page-down"), "PgDn");
        assert_eq!(map.all_shown("up"), "k ↑");
        assert_eq!(map.all_shown("suspend"), "Ctrl-Z");
    }
}
