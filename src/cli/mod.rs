//! Command-line flags. Bad input is one line on stderr and exit status 2.

use crate::app::fresh_seed;
use crate::event::{LockMode, RunInfo};
use crate::front::toml;
use crate::program::limits::{MAX_GOROUTINES, MAX_MS, MAX_PROCS, MAX_REPEAT};
use crate::ui::theme::ThemeName;
use clap::error::ContextKind;
use clap::{Parser, ValueEnum};
use std::path::Path;
use std::sync::Arc;
use values::{parse_size, parse_speed, whole};

mod errors;
mod memory;
mod values;

pub use errors::{OutputError, RunError};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ModeArg {
    None,
    Mutex,
    Rwmutex,
    Channel,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ThemeArg {
    Dark,
    Light,
    HighContrast,
    Mono,
}

#[derive(Debug, Parser)]
#[command(
    name = "syncscope",
    version,
    about = "Watch Go-style concurrency happen: real threads play goroutines under no lock, \
             sync.Mutex and sync.RWMutex, drawn as live swimlanes."
)]
pub struct Cli {
    /// A Go program to run (the same as --scenario FILE.go).
    #[arg(value_name = "FILE.go", conflicts_with = "scenario")]
    file: Option<String>,
    /// A built-in scenario's name (see --list-scenarios), a scenario file's path, or a Go
    /// file's.
    #[arg(long, value_name = "NAME|PATH")]
    scenario: Option<String>,
    /// List the built-in scenarios, in course order, and exit.
    #[arg(long)]
    pub list_scenarios: bool,
    /// Walk the course from the first scenario (or from --scenario), predicting each run.
    #[arg(long, conflicts_with_all = ["headless", "json", "instant"])]
    pub(crate) lesson: bool,
    /// Print the scenario's Go program for the mode and exit.
    #[arg(long)]
    pub go: bool,
    /// Write the run as a trace that Perfetto opens (and --replay reads back).
    #[arg(long, value_name = "FILE")]
    pub trace: Option<std::path::PathBuf>,
    /// Open a recorded trace instead of running: no threads, every view and time travel work.
    /// A recording shows its run as it was: the flags that set up a run do not apply to it.
    #[arg(long, value_name = "FILE", conflicts_with_all = [
        "file", "scenario", "lesson", "go", "mode", "workers", "delay", "random_delay", "seed",
        "write_ms", "read_ms", "reads", "procs", "cost", "no_cost", "args",
    ])]
    pub replay: Option<std::path::PathBuf>,
    /// Lock around the shared results slice (default: the scenario's).
    #[arg(long, value_enum)]
    mode: Option<ModeArg>,
    /// How many goroutines main starts (default: the scenario's).
    #[arg(long, value_name = "N", allow_hyphen_values = true,
          value_parser = whole::<u32>(1, MAX_GOROUTINES.into()))]
    workers: Option<u32>,
    /// The "database call" each goroutine makes, in milliseconds.
    #[arg(long, value_name = "MS", allow_hyphen_values = true,
          value_parser = whole::<u64>(0, MAX_MS))]
    delay: Option<u64>,
    /// Draw each delay uniformly from 0..delay, like the second tutorial.
    #[arg(long)]
    random_delay: bool,
    /// Seed for the random delays (default: a fresh one, shown so a run can be repeated).
    #[arg(long, value_name = "N", allow_hyphen_values = true,
          value_parser = whole::<u64>(0, u64::MAX))]
    seed: Option<u64>,
    /// How long an append holds the slice, in ms (0 is the tutorials' literal timing).
    #[arg(long, value_name = "MS", allow_hyphen_values = true,
          value_parser = whole::<u64>(0, MAX_MS))]
    write_ms: Option<u64>,
    /// How long each log read holds the slice, in ms.
    #[arg(long, value_name = "MS", allow_hyphen_values = true,
          value_parser = whole::<u64>(0, MAX_MS))]
    read_ms: Option<u64>,
    /// How many times each goroutine logs the results.
    #[arg(long, value_name = "K", allow_hyphen_values = true,
          value_parser = whole::<u32>(0, MAX_REPEAT.into()))]
    reads: Option<u32>,
    /// Processors, Go's GOMAXPROCS (default: the scenario's, else this machine's CPUs, as Go).
    #[arg(long, value_name = "N", allow_hyphen_values = true,
          value_parser = whole::<u32>(1, MAX_PROCS.into()))]
    procs: Option<u32>,
    /// Code takes time: every operation costs what it costs Go on this machine, and with
    /// more than one processor goroutines run at once (a `counter++` race loses updates).
    /// On for Go files; a scenario's work is its sleeps unless this is given.
    #[arg(long, conflicts_with = "no_cost")]
    cost: bool,
    /// Code takes no time: goroutines run one at a time from one blocking point to the next.
    #[arg(long)]
    no_cost: bool,
    /// Virtual time per real time, 0.1 to 10.
    #[arg(long, value_name = "X", default_value_t = 1.0, allow_hyphen_values = true,
          value_parser = parse_speed)]
    speed: f64,
    /// The most memory the program may hold (512MiB, 2GiB, 1G...): past it the run ends with
    /// Go's "fatal error: out of memory".
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true,
          value_parser = memory::parse_memory)]
    max_memory: Option<u64>,
    /// The most events a run may make (default 50000000, at most 100000000): past it the run
    /// stops and says so.
    #[arg(long, value_name = "N", allow_hyphen_values = true,
          value_parser = whole::<usize>(1000, crate::event::MAX_EVENTS as u64))]
    max_events: Option<usize>,
    /// Run once without the TUI and print a timeline and a summary.
    #[arg(long)]
    pub headless: bool,
    /// Colours for the terminal's background (default: asked of the terminal; mono under
    /// NO_COLOR).
    #[arg(long, value_enum)]
    theme: Option<ThemeArg>,
    /// Start in presentation mode: tall lanes take the screen, for a projector (p toggles).
    #[arg(long, conflicts_with_all = ["headless", "json", "instant", "svg", "html"])]
    pub present: bool,
    /// Run without the TUI and write the end of the run as an SVG picture, for slides and
    /// hand-outs (the s key writes the screen as it is).
    #[arg(long, value_name = "FILE")]
    pub svg: Option<std::path::PathBuf>,
    /// Run without the TUI and write one self-contained HTML page that replays the run in a
    /// browser (lanes with a time cursor, code, output, locks and channels), to hand out.
    #[arg(long, value_name = "FILE.html")]
    pub html: Option<std::path::PathBuf>,
    /// The picture's size in cells, for --svg.
    #[arg(long, value_name = "WxH", default_value = "120x40", value_parser = parse_size)]
    pub size: (u16, u16),
    /// Record the session as an asciicast v2 file that `asciinema play` replays.
    #[arg(long, value_name = "FILE.cast", conflicts_with_all = ["headless", "json", "instant", "svg", "html"])]
    pub record: Option<std::path::PathBuf>,
    /// Read the config from this file instead of the config folder's config.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,
    /// Print the default config file (theme, mouse, keys) and exit.
    #[arg(long)]
    pub print_config: bool,
    /// With --headless (implied): print exactly one JSON object instead.
    #[arg(long)]
    pub json: bool,
    /// With --headless: skip the waiting; virtual time jumps ahead whenever every goroutine is
    /// blocked, as in Go's testing/synctest. Totals are the same, without the wall-clock wait.
    #[arg(long)]
    pub instant: bool,
    /// The Go program's own arguments, after `--`: its `os.Args[1:]`, as `go run prog.go
    /// ARGS...` gives them.
    #[arg(last = true, value_name = "ARGS")]
    args: Vec<String>,
}

impl Cli {
    /// Parses the process's arguments; on bad input, the one-line message to print.
    pub fn parse_args<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        Cli::try_parse_from(args)
    }

    pub fn wants_headless(&self) -> bool {
        self.headless || self.json || self.instant || self.svg.is_some() || self.html.is_some()
    }

    /// The runs' memory budget in bytes: `--max-memory`, else 1 GiB.
    pub fn max_memory(&self) -> u64 {
        self.max_memory
            .unwrap_or(crate::engine::heap::DEFAULT_MAX_MEMORY)
    }

    /// The runs' event budget: `--max-events`, else the default.
    pub fn max_events(&self) -> usize {
        self.max_events
            .unwrap_or(crate::event::DEFAULT_EVENT_BUDGET)
    }

    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// The theme asked for on the command line, if any.
    pub fn theme(&self) -> Option<ThemeName> {
        self.theme.map(|t| match t {
            ThemeArg::Dark => ThemeName::Dark,
            ThemeArg::Light => ThemeName::Light,
            ThemeArg::HighContrast => ThemeName::HighContrast,
            ThemeArg::Mono => ThemeName::Mono,
        })
    }

    /// The run the flags describe: the scenario's, with what the flags override, and a fresh
    /// seed when neither fixes one. Errors are one line, ready to print.
    pub fn run_info(&self) -> Result<RunInfo, RunError> {
        let name = self.source().unwrap_or(toml::DEFAULT);
        let mut lesson = crate::front::load(name)?;
        if !self.args.is_empty() {
            if !name.ends_with(".go") {
                return Err(RunError::ArgsNotGo(lesson.name.clone()));
            }
            lesson.knobs.args = self.args.clone();
        }
        let lesson = Arc::new(lesson);
        if lesson.uses.workload.is_none() {
            self.refuse_step_flags(name)?;
        }
        let mut info = RunInfo::new(lesson.clone(), fresh_seed());
        if let Some(mode) = self.mode {
            info.mode = match mode {
                ModeArg::None => LockMode::None,
                ModeArg::Mutex => LockMode::Mutex,
                ModeArg::Rwmutex => LockMode::RwMutex,
                ModeArg::Channel => LockMode::Channel,
            };
            if !lesson.modes.contains(&info.mode) {
                let allowed: Vec<&str> = lesson.modes.iter().map(|m| m.key()).collect();
                return Err(RunError::Mode {
                    lesson: lesson.name.clone(),
                    allowed: allowed.join(", "),
                    asked: info.mode.key(),
                });
            }
        }
        if let (Some(workers), Some(workload)) = (self.workers, lesson.uses.workload) {
            if !workload.free_count {
                return Err(RunError::FixedCount(lesson.name.clone()));
            }
            if workers < workload.fixed_goroutines {
                return Err(RunError::TooFew {
                    lesson: lesson.name.clone(),
                    least: workload.fixed_goroutines,
                });
            }
            info.workers = workers;
        }
        info.delay_ms = self.delay.unwrap_or(info.delay_ms);
        info.random_delay |= self.random_delay;
        info.seed = self.seed.unwrap_or(info.seed);
        info.write_ms = self.write_ms.unwrap_or(info.write_ms);
        info.read_ms = self.read_ms.unwrap_or(info.read_ms);
        info.reads = self.reads.unwrap_or(info.reads);
        info.procs = self.procs.unwrap_or(info.procs);
        info.cost = (info.cost || self.cost) && !self.no_cost;
        Ok(info)
    }
}

impl Cli {
    /// The scenario or Go file named, if any.
    fn source(&self) -> Option<&str> {
        self.scenario.as_deref().or(self.file.as_deref())
    }

    /// A Go program says itself how many goroutines it starts and how long they take.
    fn refuse_step_flags(&self, name: &str) -> Result<(), RunError> {
        let set = [
            ("--workers", self.workers.is_some()),
            ("--delay", self.delay.is_some()),
            ("--random-delay", self.random_delay),
            ("--reads", self.reads.is_some()),
        ];
        match set.iter().find(|(_, on)| *on) {
            Some((flag, _)) => Err(RunError::StepFlag {
                flag,
                program: name.to_string(),
            }),
            None => Ok(()),
        }
    }
}

/// Clap's message on one line: its first line, without the usage that follows. The values a
/// flag takes and the flag a typo was probably meant to be, which clap puts on lines of their
/// own, are kept at the end of the line.
pub fn one_line(error: &clap::Error) -> String {
    let text = error.render().to_string();
    let first = text.lines().next().unwrap_or("invalid arguments");
    let mut line = format!("syncscope: {}", first.trim_start_matches("error: "));
    if let Some(valid) = error.get(ContextKind::ValidValue) {
        line.push_str(&format!(" (possible values: {valid})"));
    }
    if let Some(suggested) = error.get(ContextKind::SuggestedArg) {
        line.push_str(&format!(" (did you mean '{suggested}'?)"));
    }
    line
}

impl Cli {
    /// `--trace` must not overwrite a file the run is read from, and its directory must take
    /// it; found out without touching the file.
    pub fn check_trace(&self) -> Result<(), OutputError> {
        let Some(path) = &self.trace else {
            return self.check_handouts();
        };
        let target = std::fs::canonicalize(path);
        let inputs = [self.source().map(Path::new), self.replay.as_deref()];
        let read_from = inputs.into_iter().flatten().find(
            |input| matches!((std::fs::canonicalize(input), &target), (Ok(a), Ok(b)) if a == *b),
        );
        if let Some(input) = read_from {
            return Err(OutputError::Overwrite {
                trace: path.clone(),
                input: input.to_path_buf(),
            });
        }
        crate::trace::check_writable(path, "trace")?;
        self.check_handouts()
    }

    /// The hand-outs' paths, checked before the run: after it is too late to hear of them.
    fn check_handouts(&self) -> Result<(), OutputError> {
        if let Some(path) = &self.svg {
            crate::trace::check_writable(path, "picture")?;
        }
        if let Some(path) = &self.record {
            crate::trace::check_writable(path, "recording")?;
        }
        if let Some(path) = &self.html {
            crate::trace::check_writable(path, "page")?;
        }
        Ok(())
    }

    /// With `--lesson`, the scenario the course starts at: the one named, or the first.
    pub fn lesson_start(&self) -> Option<String> {
        self.lesson.then(|| {
            self.scenario
                .clone()
                .unwrap_or_else(|| toml::BUILT_IN[0].0.to_string())
        })
    }
}

/// `--list-scenarios`: the course in order, one line each.
pub fn scenario_list() -> String {
    toml::BUILT_IN
        .iter()
        .map(|(name, text)| match toml::parse(name, text) {
            Ok(s) => format!("{name:<14} {}\n", s.title),
            Err(e) => format!("{name:<14} (broken: {e})\n"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(args: &[&str]) -> String {
        let mut all = vec!["syncscope"];
        all.extend_from_slice(args);
        one_line(&Cli::parse_args(all).expect_err("bad input"))
    }

    #[test]
    fn out_of_range_values_get_one_line() {
        for (args, needle) in [
            (vec!["--workers", "0"], "--workers"),
            (vec!["--workers", "12001"], "--workers"),
            (vec!["--speed", "11"], "--speed"),
            (vec!["--speed", "fast"], "--speed"),
            (vec!["--mode", "spinlock"], "--mode"),
            (vec!["--delay", "-5"], "-5"),
            (vec!["--bogus"], "--bogus"),
        ] {
            let line = err(&args);
            assert!(line.contains(needle), "{line}");
            assert!(!line.contains('\n'), "{line}");
            assert!(line.starts_with("syncscope: "), "{line}");
        }
    }

    #[test]
    fn defaults_are_the_tutorials_program() {
        let cli = Cli::parse_args(["syncscope", "--seed", "9"]).unwrap();
        let info = cli.run_info().unwrap();
        assert_eq!(info.mode, LockMode::Mutex);
        assert_eq!((info.workers, info.delay_ms, info.seed), (5, 2000, 9));
        assert_eq!((info.write_ms, info.read_ms, info.reads), (300, 300, 1));
        assert!(!cli.wants_headless());
    }

    #[test]
    fn lesson_starts_at_the_course_start_unless_a_scenario_is_named() {
        let cli = |args: &[&str]| Cli::parse_args([&["syncscope"], args].concat()).unwrap();
        assert_eq!(
            cli(&["--lesson"]).lesson_start().as_deref(),
            Some("sequential")
        );
        let named = cli(&["--lesson", "--scenario", "race"]);
        assert_eq!(named.lesson_start().as_deref(), Some("race"));
        assert_eq!(cli(&[]).lesson_start(), None);
        assert_eq!(cli(&[]).run_info().unwrap().lesson.name, "mutex");
    }

    #[test]
    fn speed_accepts_a_trailing_x() {
        let cli = Cli::parse_args(["syncscope", "--speed", "2x"]).unwrap();
        assert_eq!(cli.speed(), 2.0);
    }
}
