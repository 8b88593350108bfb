//! A scenario is a lesson as data: who runs which steps, on which locks, for how long.
//! Files are TOML (see `assets/scenarios/`); `parse` checks them, `go_code` shows them as Go.

mod builtin;
mod go_code;
mod lesson;
mod lower;
mod parse;
mod raw;
mod workload;

pub use builtin::{BUILT_IN, DEFAULT, built_in};
pub(crate) use lesson::lesson_of;

use crate::LoadError;
use syncscope_program::event::{Access, LockMode};
use syncscope_program::passes::access_under;
use syncscope_program::{Knobs, Lesson};

/// Parses and checks one scenario file's text into its lesson; `origin` names it in errors.
pub fn parse(origin: &str, text: &str) -> Result<Lesson, LoadError> {
    parse_scenario(origin, text).map(lesson_of)
}

pub(crate) use parse::parse as parse_scenario;

/// A checked scenario. Steps refer to locks by index into `locks`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scenario {
    /// The short name `--scenario` takes.
    pub(crate) name: String,
    pub(crate) title: String,
    pub(crate) lesson: String,
    /// The question lesson mode asks before the run starts.
    pub(crate) predict: String,
    pub(crate) timing: Knobs,
    pub(crate) mode: LockMode,
    /// The modes the viewer may switch to; one entry pins the mode.
    pub(crate) modes: Vec<LockMode>,
    pub(crate) locks: Vec<String>,
    /// The channels the steps use, in the order they are made: name and capacity.
    pub(crate) chans: Vec<(String, u32)>,
    pub(crate) main: Vec<Step>,
    pub(crate) groups: Vec<Group>,
    /// The file's text, so a recorded run can carry its scenario and be replayed exactly.
    pub(crate) source: String,
}

/// Goroutines that run the same function, `g{first}`.. in order of the file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Group {
    /// The Go function's name.
    pub(crate) func: String,
    /// `None`: whatever the other groups leave of the total.
    pub(crate) count: Option<u32>,
    pub(crate) steps: Vec<Step>,
}

/// One step and its place in its function: `pc` numbers the steps of a function in the order
/// they are written, nested ones included, so code markers can find the line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Step {
    pub(crate) pc: u16,
    pub(crate) op: Op,
}

/// A lock step: which of the scenario's locks and as written (`lock` is write, `rlock` is
/// read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LockRef {
    /// Its index into `Scenario::locks`.
    pub(crate) lock: usize,
    pub(crate) access: Access,
}

impl LockRef {
    /// The call the mode makes of this one, if any.
    pub(crate) fn under(self, mode: LockMode) -> Option<LockRef> {
        access_under(self.access, mode).map(|access| LockRef { access, ..self })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    Sleep(Millis),
    /// CPU work: this long on a processor.
    Compute(Millis),
    Lock(LockRef),
    Unlock(LockRef),
    /// `results = append(results, ...)`, holding the slice open this long.
    Append(Millis),
    /// Reads `results`, holding this long.
    Read(Millis),
    Done,
    Add(i64),
    Repeat {
        times: Count,
        body: Vec<Step>,
    },
    /// `main` only: start every goroutine, with `wg.Add(1)` before each `go` when `add`.
    Spawn {
        add: bool,
    },
    /// `main` only: call every goroutine's function in turn, no `go`.
    Call,
    Wait,
    /// `ch <- v`: channel `chans[k]`. What is sent: in a range over a channel, the value
    /// received; else a goroutine's result (`id(i)`), or in main the round (`job(r)`).
    Send(usize),
    /// `<-ch`; in main, the value is saved into `results` (main collects them).
    Recv(usize),
    Close(usize),
    /// `for v := range ch { steps }`.
    Range {
        chan: usize,
        body: Vec<Step>,
    },
    Select {
        cases: Vec<SelectCase>,
        default: Option<Vec<Step>>,
    },
    /// `fmt.Println(text)`.
    Print(String),
    /// The channel mode's end of main: receive every result on `out` and save it, then
    /// `wg.Wait()`.
    Collect,
}

/// One case of a `select` step, with its own place for the code panel.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SelectCase {
    pub(crate) pc: u16,
    pub(crate) comm: SelectComm,
    pub(crate) body: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SelectComm {
    Send(usize),
    Recv(usize),
    /// `<-time.After(d)`.
    After(Millis),
}

/// Whether `steps` do CPU work anywhere.
fn computes(steps: &[Step]) -> bool {
    any_op(steps, &|op| matches!(op, Op::Compute(_)))
}

/// Whether `found` holds for any step of `steps`, nested ones included.
pub(crate) fn any_op(steps: &[Step], found: &dyn Fn(&Op) -> bool) -> bool {
    steps
        .iter()
        .any(|s| found(&s.op) || s.op.nested().any(|b| any_op(b, found)))
}

impl Scenario {
    /// Whether the scenario does CPU work, so that its processors matter.
    pub(crate) fn computes(&self) -> bool {
        self.groups.iter().any(|g| computes(&g.steps)) || computes(&self.main)
    }

    /// Whether the scenario calls the WaitGroup's methods (`Spawn` with `add` calls `Add`).
    pub(crate) fn uses_wait_group(&self) -> bool {
        let wg = |op: &Op| {
            matches!(
                op,
                Op::Done | Op::Add(_) | Op::Wait | Op::Spawn { add: true }
            )
        };
        self.groups.iter().any(|g| any_op(&g.steps, &wg)) || any_op(&self.main, &wg)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Millis {
    Fixed(u64),
    /// The goroutine's "database call": the run's delay, fixed or drawn per goroutine.
    Delay,
    /// The run's `write_ms`.
    Write,
    /// The run's `read_ms`.
    Read,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    Fixed(u32),
    /// The run's `reads`.
    Reads,
    /// The run's goroutines.
    Goroutines,
}

impl Op {
    /// The step as the mode runs it; `None` when the mode drops it. The channel mode shares
    /// the results by communicating: a goroutine sends its result on `out` (channel
    /// `out_chan`) instead of saving it, nobody reads the slice but main, and main collects
    /// the results before it waits.
    pub(crate) fn under(&self, mode: LockMode, out_chan: usize) -> Option<Op> {
        match (self, mode) {
            (Op::Append(_), LockMode::Channel) => Some(Op::Send(out_chan)),
            (Op::Read(_), LockMode::Channel) => None,
            (Op::Wait, LockMode::Channel) => Some(Op::Collect),
            (Op::Lock(r), _) => r.under(mode).map(Op::Lock),
            (Op::Unlock(r), _) => r.under(mode).map(Op::Unlock),
            (other, _) => Some(other.clone()),
        }
    }

    /// The step lists inside this step.
    pub(crate) fn nested(&self) -> impl Iterator<Item = &[Step]> {
        let (cases, rest): (&[SelectCase], Option<&[Step]>) = match self {
            Op::Repeat { body, .. } | Op::Range { body, .. } => (&[], Some(body)),
            Op::Select { cases, default } => (cases, default.as_deref()),
            _ => (&[], None),
        };
        cases.iter().map(|c| c.body.as_slice()).chain(rest)
    }
}

impl Scenario {
    /// The group each goroutine runs and how many of each, for a total of `goroutines`.
    pub(crate) fn counts(&self, goroutines: u32) -> Vec<u32> {
        let fixed: u32 = self.groups.iter().filter_map(|g| g.count).sum();
        let rest = goroutines.saturating_sub(fixed);
        self.groups
            .iter()
            .map(|g| g.count.unwrap_or(rest))
            .collect()
    }

    /// Whether the goroutine count can change: one group takes what the others leave.
    pub(crate) fn has_free_count(&self) -> bool {
        self.groups.iter().any(|g| g.count.is_none())
    }

    /// The lowest total the fixed group counts allow.
    pub(crate) fn fixed_goroutines(&self) -> u32 {
        self.groups.iter().filter_map(|g| g.count).sum()
    }
}

impl Scenario {
    /// The steps of function `func`: 0 is `main`, k is group k.
    pub(crate) fn function(&self, func: u16) -> &[Step] {
        match func {
            0 => &self.main,
            k => self
                .groups
                .get(usize::from(k) - 1)
                .map_or(&[], |g| &g.steps),
        }
    }
}

/// The step numbered `pc` among `steps` and their nested steps.
pub(crate) fn find(steps: &[Step], pc: u16) -> Option<&Op> {
    steps.iter().find_map(|s| {
        if s.pc == pc {
            return Some(&s.op);
        }
        s.op.nested().find_map(|b| find(b, pc))
    })
}

/// The most `Done` calls the steps from `pc` on can still make (a repeat counts in full).
pub(crate) fn dones_from(steps: &[Step], pc: u16, times: &dyn Fn(Count) -> u32) -> u64 {
    steps
        .iter()
        .map(|s| match &s.op {
            Op::Done if s.pc >= pc => 1,
            Op::Repeat { times: t, body } => dones_from(body, pc, times) * u64::from(times(*t)),
            // A loop over a channel runs as often as values come: its Dones are not counted.
            _ => 0,
        })
        .sum()
}
