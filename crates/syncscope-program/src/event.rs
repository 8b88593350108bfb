//! The shared vocabulary: every state change of a run is one `Event`.

pub use crate::{Access, LockMode, RunInfo};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Which goroutine: 0 is `main`, 1..=N are `g1`..`gN`. Read through `u64` so that a number
/// too big says it is a goroutine's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u64")]
pub struct Gid(pub u32);

impl Gid {
    pub const MAIN: Gid = Gid(0);

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl TryFrom<u64> for Gid {
    type Error = String;

    fn try_from(n: u64) -> Result<Gid, String> {
        u32::try_from(n)
            .map(Gid)
            .map_err(|_| format!("goroutine id {n} too big"))
    }
}

impl fmt::Display for Gid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            f.write_str("main")
        } else {
            write!(f, "g{}", self.0)
        }
    }
}

/// What a goroutine is doing. The names are the vocabulary every consumer shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Running,
    /// Ready to run, waiting for a processor: every P is busy.
    Runnable,
    Sleeping,
    WaitingLock,
    #[serde(rename = "waiting-rlock")]
    WaitingRLock,
    /// Blocked in a channel send (`chan send` in Go's goroutine dump).
    WaitingSend,
    /// Blocked in a channel receive (`chan receive`).
    WaitingRecv,
    /// Blocked in a `select` with no case ready (`select`).
    WaitingSelect,
    Reading,
    Writing,
    WaitingWg,
    /// Blocked in `c.Wait()` until a Signal or Broadcast (`sync.Cond.Wait`).
    WaitingCond,
    Done,
    Abandoned,
    Deadlocked,
    Panicked,
}

impl State {
    pub const ALL: [State; 16] = [
        State::Running,
        State::Runnable,
        State::Sleeping,
        State::WaitingLock,
        State::WaitingRLock,
        State::WaitingSend,
        State::WaitingRecv,
        State::WaitingSelect,
        State::Reading,
        State::Writing,
        State::WaitingWg,
        State::WaitingCond,
        State::Done,
        State::Abandoned,
        State::Deadlocked,
        State::Panicked,
    ];

    pub fn name(self) -> &'static str {
        match self {
            State::Running => "running",
            State::Runnable => "runnable",
            State::Sleeping => "sleeping",
            State::WaitingLock => "waiting-lock",
            State::WaitingRLock => "waiting-rlock",
            State::WaitingSend => "waiting-send",
            State::WaitingRecv => "waiting-recv",
            State::WaitingSelect => "waiting-select",
            State::Reading => "reading",
            State::Writing => "writing",
            State::WaitingWg => "waiting-wg",
            State::WaitingCond => "waiting-cond",
            State::Done => "done",
            State::Abandoned => "abandoned",
            State::Deadlocked => "deadlocked",
            State::Panicked => "panicked",
        }
    }

    /// Blocked on a channel or in a select.
    pub fn on_channel(self) -> bool {
        matches!(
            self,
            State::WaitingSend | State::WaitingRecv | State::WaitingSelect
        )
    }

    /// A final state: the lane ends here.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            State::Done | State::Abandoned | State::Deadlocked | State::Panicked
        )
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What happened to a lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LockAction {
    /// The caller really blocked (never sent when the lock was free).
    Wait,
    /// A woken waiter found the lock taken and queued again: at the front when it had
    /// already waited on this Mutex, as Go's Mutex puts it.
    Requeue {
        front: bool,
    },
    /// An unlock made this waiting goroutine ready; it still has to run to get the lock.
    Woken,
    /// A writer has the writers' turn of an RWMutex and waits for the readers inside;
    /// from now on new readers wait.
    Claim,
    Acquire,
    Release,
}

/// The most events any run may make (`--max-events` at most) and a trace may hold: the
/// model keeps an event in a few bytes, so this many fit in a few hundred MB.
pub const MAX_EVENTS: usize = 100_000_000;

/// A run's event budget unless `--max-events` sets another: past it the engine stops the
/// run, so a program's memory and time are bounded however its steps multiply. About 330 MB
/// of events when reached.
pub const DEFAULT_EVENT_BUDGET: usize = 50_000_000;

static EVENT_BUDGET: AtomicUsize = AtomicUsize::new(DEFAULT_EVENT_BUDGET);

/// The runs' event budget (`--max-events`, else `DEFAULT_EVENT_BUDGET`).
pub fn event_budget() -> usize {
    EVENT_BUDGET.load(Ordering::Relaxed)
}

/// Sets the runs' event budget, at most `MAX_EVENTS`: a process-wide setting, as the
/// memory budget is.
pub fn set_event_budget(events: usize) {
    EVENT_BUDGET.store(events.clamp(2, MAX_EVENTS), Ordering::Relaxed);
}

/// The most statements one run executes: a goroutine's statements in a row are one event
/// (its last place), so a loop that does nothing else would otherwise never reach the events'
/// budget.
pub const MAX_STEPS: u64 = 100_000_000;

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ending {
    /// `main` returned after `wg.Wait()`.
    Finished,
    /// Every live goroutine was blocked and nothing could wake them.
    Deadlock,
    /// A Go panic or fatal error, with Go's words.
    Panic(String),
    /// syncscope stopped the run at its event or statement budget: not Go's doing.
    Budget,
    /// The program exited with this status before `main` returned (`os.Exit(code)`, its
    /// deferred calls not run; `log.Fatal` exits 1).
    Exit(i32),
}

/// On the wire each kind is tagged with its short name (`state`, `wg`, ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// Boxed: it is one event a run, and the others stay small. Not serialized: its lesson is
    /// a front end's builder, so a trace carries the run's settings and rebuilds this.
    #[serde(skip)]
    RunStarted(Box<RunInfo>),
    State(State),
    /// The goroutine starts step `pc` of function `func` (0 is `main`, k is group k).
    At {
        func: u16,
        pc: u16,
    },
    Lock {
        /// Index into the program's locks (and those made as the run goes).
        lock: usize,
        access: Access,
        action: LockAction,
    },
    /// `go`: the goroutine reporting started this one.
    Go(Gid),
    /// A Mutex (or an RWMutex's inner writers' Mutex) entered or left starvation mode.
    Starving {
        lock: usize,
        on: bool,
    },
    /// A WaitGroup's counter has a new value.
    #[serde(rename = "wg")]
    WaitGroup(WgCount),
    /// `wg.Wait()` returned.
    #[serde(rename = "waited")]
    WaitReturned,
    /// An append read `len(results)`: it will store at this slot.
    LoadLen(usize),
    /// A store into `results[slot]` of `value` (as `%v` prints it); `overwrote` is what a
    /// racing append had put there.
    Store {
        slot: usize,
        value: Arc<str>,
        overwrote: Option<Arc<str>>,
    },
    /// `len(results)` was set.
    Len(usize),
    /// A `log` read saw this many results.
    Read(usize),
    /// A read or write of the program's shared variable `var` (other than the results
    /// slice), for the race detector.
    Access {
        var: u16,
        write: bool,
    },
    /// A read or write of variable `var` of one object (`obj`, numbered as the run makes
    /// them: a captured local's cell, a struct, a map, a slice's backing array), for the race
    /// detector: the same code on two objects is no race.
    Touch {
        var: u16,
        obj: u32,
        /// A slice's element, by its place in the backing array (`obj`).
        elem: Option<u32>,
        write: bool,
    },
    /// Text the program printed on its standard output.
    Output(Arc<str>),
    /// Text the program wrote on its standard error (the `log` package's default): a
    /// stream of its own, as `go run` keeps it.
    Stderr(Arc<str>),
    /// `runtime.GOMAXPROCS(n)`: the run has this many processors from now on.
    SetProcs(u32),
    /// The goroutine reporting took processor `p` for CPU work (`on`), or gave it back.
    Proc {
        p: u16,
        on: bool,
    },
    /// Something happened on channel `chan` (numbered in the order the run made them).
    Chan {
        chan: u32,
        op: ChanOp,
    },
    End(Ending),
    /// A `sync/atomic` operation on variable `var`: never a race, and it orders what came
    /// before it in the goroutine before what comes after any later atomic on `var`.
    Atomic {
        var: u16,
        write: bool,
    },
    /// A struct made with a Mutex in it made lock `lock` of the run, after the program's
    /// and those made before it.
    LockMade {
        lock: usize,
        name: Arc<str>,
    },
    /// The reporting goroutine waits on a timer's channel (`time.After`, a timer's or a
    /// ticker's `.C`), which belongs to no numbered channel.
    TimerWait,
    /// Something happened on Cond `cond` (numbered in the order the run made them).
    Cond {
        cond: u32,
        op: CondOp,
    },
    /// A `context` was cancelled by the reporting goroutine.
    /// Boxed: a cancel is rare and its texts would make every event this big.
    Cancel(Box<Cancel>),
    /// The reporting goroutine's `ctx.Err()` (or `context.Cause`) found context `id`
    /// (named `ctx`) cancelled: ordered after the cancel, as Go's context mutex orders it.
    #[serde(rename = "sawcancel")]
    SawCancel {
        id: u32,
        ctx: Arc<str>,
    },
}

/// Which WaitGroup (the program's global that holds it) and its counter's new value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "WgWire")]
pub struct WgCount {
    pub group: u32,
    pub counter: i64,
}

impl WgCount {
    /// A counter from a trace written before WaitGroups were told apart: the model shows it
    /// as the lesson's first WaitGroup.
    pub const UNKNOWN_GROUP: u32 = u32::MAX;

    pub fn new(group: u32, counter: i64) -> WgCount {
        WgCount { group, counter }
    }
}

/// A counter alone (older traces) or a group and its counter.
#[derive(Deserialize)]
#[serde(untagged)]
enum WgWire {
    Counter(i64),
    Of { group: u32, counter: i64 },
}

impl From<WgWire> for WgCount {
    fn from(wire: WgWire) -> WgCount {
        match wire {
            WgWire::Counter(counter) => WgCount {
                group: WgCount::UNKNOWN_GROUP,
                counter,
            },
            WgWire::Of { group, counter } => WgCount { group, counter },
        }
    }
}

/// What happened on a channel. Values are as `%v` prints them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChanOp {
    /// `make(chan T, cap)`, at the statement that gives it its name.
    Make {
        name: Arc<str>,
        cap: u32,
    },
    /// The reporting goroutine's value left it: straight to the waiting receiver `to`, or
    /// into the buffer.
    Send {
        value: Arc<str>,
        to: Option<Gid>,
    },
    /// The reporting goroutine received `value` (`ok` false: closed and empty), straight from
    /// the sender `from`, or from the buffer.
    Recv {
        value: Arc<str>,
        ok: bool,
        from: Option<Gid>,
    },
    /// The reporting goroutine queues on the channel: a sender with its value, or a receiver
    /// (`None`); `select` when it waits on other cases too.
    Wait {
        send: Option<Arc<str>>,
        select: bool,
    },
    Close,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub run: u32,
    /// Contiguous from 0 within a run: a gap would mean a lost event.
    pub seq: u64,
    /// Virtual time in nanoseconds since the run started: the scheduler's clock, so that
    /// what code does within a microsecond keeps its order and place on the lanes.
    pub at_ns: u64,
    pub who: Gid,
    pub kind: EventKind,
}

impl Event {
    /// The event's time in whole microseconds, the unit of most views and of `--json`.
    pub fn at_us(&self) -> u64 {
        self.at_ns / 1000
    }
}

mod cond;
mod context;
pub use cond::CondOp;
pub use context::Cancel;

#[cfg(test)]
mod tests;
