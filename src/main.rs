use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use syncscope::cli::{self, Cli};
use syncscope::clock::Pacing;
use syncscope::event::{Ending, RunInfo};
use syncscope::scenario::go_code;
use syncscope::{headless, tui};

fn main() -> ExitCode {
    let cli = match Cli::parse_args(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("{}", cli::one_line(&e));
            return ExitCode::from(2);
        }
    };
    if cli.list_scenarios {
        print!("{}", cli::scenario_list());
        return ExitCode::SUCCESS;
    }
    let info = match cli.run_info() {
        Ok(info) => info,
        Err(e) => {
            eprintln!("syncscope: {e}");
            return ExitCode::from(2);
        }
    };
    if cli.go {
        let program = go_code::generate(&info.scenario, info.mode, &info.timing());
        print!("{}", program.text());
        return ExitCode::SUCCESS;
    }
    let terminal = io::stdout().is_terminal() && io::stdin().is_terminal();
    if cli.wants_headless() || !terminal {
        if !cli.wants_headless() {
            eprintln!("syncscope: not a terminal, so running headless (see --headless)");
        }
        return run_headless(&cli, info);
    }
    match tui::run(info, cli.speed(), cli.lesson_start()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("syncscope: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_headless(cli: &Cli, info: RunInfo) -> ExitCode {
    let pacing = if cli.instant {
        Pacing::Instant
    } else {
        Pacing::RealTime
    };
    let mut stdout = io::stdout().lock();
    let timeline: Option<&mut dyn Write> = if cli.json { None } else { Some(&mut stdout) };
    let result = headless::run(info, pacing, cli.speed(), timeline).and_then(|model| {
        let mut stdout = io::stdout().lock();
        if cli.json {
            writeln!(stdout, "{}", headless::json(&model))?;
        } else {
            write!(stdout, "\n{}", headless::summary(&model))?;
        }
        Ok(model)
    });
    match result {
        // Like a Go program: a deadlock or a panic exits with status 2.
        Ok(model) => match model.ending {
            Some((Ending::Deadlock | Ending::Panic(_), _)) => ExitCode::from(2),
            _ => ExitCode::SUCCESS,
        },
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("syncscope: {e}");
            ExitCode::FAILURE
        }
    }
}
