use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use syncscope::app::App;
use syncscope::cli::{self, Cli};
use syncscope::event::{Ending, RunInfo};
use syncscope::exit;
use syncscope::headless::{self, Narration};
use syncscope::sched::Pacing;
use syncscope::trace::{self, Recording};
use syncscope::{config, picture, safe_text, tui, ui};

fn main() -> ExitCode {
    let cli = match Cli::parse_args(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            fail(&cli::one_line(&e));
            return ExitCode::from(2);
        }
    };
    syncscope::engine::heap::set_max_memory(cli.max_memory());
    syncscope::event::set_event_budget(cli.max_events());
    if cli.print_config {
        print!("{}", config::default_text());
        return ExitCode::SUCCESS;
    }
    let config = match config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            fail(&format!("syncscope: {e}"));
            return ExitCode::from(2);
        }
    };
    if cli.list_scenarios {
        print!("{}", cli::scenario_list());
        return ExitCode::SUCCESS;
    }
    let replay = match cli.replay.as_deref().map(trace::read).transpose() {
        Ok(replay) => replay,
        Err(e) => {
            fail(&format!("syncscope: {e}"));
            return ExitCode::from(2);
        }
    };
    let info = match (&replay, cli.run_info()) {
        (Some(recording), _) => recording.info.clone(),
        (None, Ok(info)) => info,
        (None, Err(e)) => {
            fail(&format!("syncscope: {e}"));
            return ExitCode::from(2);
        }
    };
    if cli.go {
        print!("{}", info.listing().text());
        return ExitCode::SUCCESS;
    }
    // An unwritable trace path is found now, not after the run, and without touching it.
    if let Err(e) = cli.check_trace() {
        fail(&format!("syncscope: {e}"));
        return ExitCode::from(2);
    }
    // Asked of the terminal before the TUI takes it over (a picture is drawn in it too).
    let theme = cli.theme().or(config.theme);
    syncscope::ui::theme::set(theme.unwrap_or_else(tui::theme_for_terminal));
    let terminal = io::stdout().is_terminal() && io::stdin().is_terminal();
    // A dumb terminal has no cursor addressing: the TUI would be a mess of escape codes.
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    if cli.wants_headless() || !terminal || dumb {
        if !cli.wants_headless() {
            let why = if dumb { "TERM=dumb" } else { "not a terminal" };
            eprintln!("syncscope: {why}, so running headless (see --headless)");
        }
        return run_headless(&cli, info, replay);
    }
    let start = match (replay, cli.lesson_start()) {
        (Some(recording), _) => tui::Start::Replay(recording),
        (None, Some(name)) => tui::Start::Lesson(name),
        (None, None) => tui::Start::Run,
    };
    let options = tui::Options {
        speed: cli.speed(),
        start,
        trace: cli.trace.clone(),
        record: cli.record.clone(),
        present: cli.present || config.present,
        mouse: config.mouse,
        keys: config.keys,
    };
    match tui::run(info, options) {
        // The terminal is restored by now, so the report is readable.
        Ok(tui::Ended {
            fault: Some(fault), ..
        }) => {
            fail(&format!("syncscope: {fault}"));
            ExitCode::from(exit::PANIC_STATUS)
        }
        Ok(tui::Ended {
            recording_failed: Some(why),
            exit,
            ..
        }) => {
            fail(&format!("syncscope: the recording stopped early: {why}"));
            ExitCode::from(exit.status().max(1))
        }
        Ok(tui::Ended { exit, .. }) => ExitCode::from(exit.status()),
        Err(e) => {
            fail(&format!("syncscope: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// One line on stderr that cannot drive the terminal, however much of a file it quotes.
fn fail(line: &str) {
    eprintln!("{}", safe_text::message(line));
}

fn run_headless(cli: &Cli, info: RunInfo, replay: Option<Recording>) -> ExitCode {
    let pacing = if cli.instant {
        Pacing::Instant
    } else {
        Pacing::RealTime
    };
    let own_output = info.lesson.uses.own_output;
    let mut stdout = io::stdout().lock();
    let mut stderr = io::stderr();
    // A picture alone is asked for quietly; with --headless or --json, beside their output.
    let picture_only = (cli.svg.is_some() || cli.html.is_some()) && !cli.headless && !cli.json;
    let narration = match (cli.json || picture_only, own_output) {
        (true, _) => Narration::Quiet,
        // A Go program's stdout is its own output, as `go run` gives it.
        (false, true) => Narration::Output(&mut stdout, &mut stderr),
        (false, false) => Narration::Timeline(&mut stdout),
    };
    let model = match replay {
        Some(recording) => headless::replay(&recording, narration),
        None => headless::run(info, pacing, cli.speed(), narration),
    };
    let result = model.and_then(|model| {
        if cli.json {
            writeln!(io::stdout().lock(), "{}", headless::json(&model))?;
        } else if own_output && !picture_only {
            let summary = headless::summary(&model);
            let mut stderr = io::stderr().lock();
            // Go ends its output where the program did; the summary starts a line of its own.
            let printed = [&model.output.text, &model.output.stderr];
            let open_line = printed.iter().any(|t| !t.is_empty() && !t.ends_with('\n'));
            write!(stderr, "{}{summary}", if open_line { "\n" } else { "" })?;
        } else if !picture_only {
            write!(io::stdout().lock(), "\n{}", headless::summary(&model))?;
        }
        Ok(model)
    });
    // The summary is out first: a trace that cannot be written does not take it along.
    if let (Ok(model), Some(path)) = (&result, &cli.trace)
        && let Err(e) = trace::write(model, path)
    {
        fail(&format!("syncscope: {e}"));
        return ExitCode::from(2);
    }
    if let (Ok(model), Some(path)) = (&result, &cli.svg) {
        let (width, height) = cli.size;
        // The run's last screen, as the TUI would show it.
        let Some(app) = App::showing(model) else {
            fail("syncscope: the run never started");
            return ExitCode::from(2);
        };
        if let Err(e) = picture::write_buffer_svg(&ui::screen(&app, width, height), path) {
            fail(&format!(
                "syncscope: cannot write the picture {}: {e}",
                path.display()
            ));
            return ExitCode::from(2);
        }
        if picture_only {
            eprintln!(
                "syncscope: wrote {}",
                safe_text::message(&path.display().to_string())
            );
        }
    }
    if let (Ok(model), Some(path)) = (&result, &cli.html) {
        if let Err(e) = syncscope::handout::write(model, path) {
            fail(&format!("syncscope: {e}"));
            return ExitCode::from(2);
        }
        if picture_only {
            eprintln!(
                "syncscope: wrote {}",
                safe_text::message(&path.display().to_string())
            );
        }
    }
    match result {
        // Like a Go program: a deadlock or a panic exits with status 2.
        Ok(model) => match model.ending {
            Some((Ending::Deadlock | Ending::Panic(_), _)) => ExitCode::from(2),
            // The status the program exited with (`os.Exit`, `log.Fatal`), as a shell sees it.
            Some((Ending::Exit(code), _)) => ExitCode::from(code as u8),
            // Not Go's ending but ours: the run was cut at its event budget.
            Some((Ending::Budget, _)) => ExitCode::from(3),
            _ => ExitCode::SUCCESS,
        },
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            fail(&format!("syncscope: {e}"));
            ExitCode::FAILURE
        }
    }
}
