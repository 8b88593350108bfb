//! Why a run is stuck: who waits for what, and the cycle when there is one. Each blocked
//! goroutine's line names its wait as Go's goroutine dump does (`goroutine 1 [...]:`).

use super::Model;
use super::locks::LockView;
use syncscope_program::event::{Access, Gid, State};

impl Model {
    /// One line per blocked goroutine (on a lock, on channels, in `c.Wait()` or `wg.Wait()`),
    /// then the cycle of lock waits if there is one.
    pub fn who_waits(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for (i, lane) in self.lanes.iter().enumerate() {
            let who = Gid(i as u32);
            let waiting = matches!(
                lane.current(),
                Some(State::WaitingLock | State::WaitingRLock | State::Deadlocked)
            );
            if let Some((lock, access)) = self.lock_wait(who).filter(|_| waiting) {
                let call = if access == Access::Read {
                    "RLock"
                } else {
                    "Lock"
                };
                lines.push(format!(
                    "{who} [{}]: {}.{call}(), held by {}",
                    dump_reason(lock, who, access),
                    lock.name,
                    self.describe_holders(&lock.holders())
                ));
            } else if let Some(line) = self.chan_wait_line(who) {
                lines.push(line);
            } else if let Some(cond) = self.conds.waited_by(who) {
                lines.push(format!(
                    "{who} [sync.Cond.Wait]: {}.Wait(), and nobody left to Signal or Broadcast",
                    cond.name
                ));
            } else if self.waits_on_wait_group(who) {
                lines.push(format!(
                    "{who} [sync.WaitGroup.Wait]: wg.Wait() with the counter at {}",
                    self.wait_group
                ));
            }
        }
        if let Some(cycle) = self.lock_cycle() {
            let names: Vec<String> = cycle.iter().map(Gid::to_string).collect();
            lines.push(format!(
                "a cycle: {} -> {}: each holds what the next one waits for",
                names.join(" -> "),
                names[0]
            ));
        }
        lines
    }

    fn describe_holders(&self, holders: &[Gid]) -> String {
        let named: Vec<String> = holders
            .iter()
            .map(|h| {
                let gone = self
                    .lanes
                    .get(h.index())
                    .and_then(|l| l.current())
                    .is_some_and(|s| s == State::Done);
                if gone {
                    format!("{h}, which returned without unlocking it")
                } else {
                    h.to_string()
                }
            })
            .collect();
        named.join(", ")
    }

    /// The lock `who` is queued on, and how.
    fn lock_wait(&self, who: Gid) -> Option<(&LockView, Access)> {
        self.locks.iter().find_map(|l| {
            let (_, access) = l.waiting.iter().find(|(g, _)| *g == who)?;
            Some((l, *access))
        })
    }

    fn waits_on_wait_group(&self, who: Gid) -> bool {
        self.lanes.get(who.index()).is_some_and(|l| {
            let states: Vec<State> = l.segments.iter().rev().take(2).map(|s| s.state).collect();
            states.first() == Some(&State::WaitingWg)
                || states == [State::Deadlocked, State::WaitingWg]
        })
    }

    /// Goroutines each waiting on a lock the next one holds, back to the first.
    pub fn lock_cycle(&self) -> Option<Vec<Gid>> {
        let next = |g: Gid| {
            self.lock_wait(g)
                .and_then(|(lock, _)| lock.holders().first().copied())
        };
        for start in 0..self.lanes.len() {
            let mut path = vec![Gid(start as u32)];
            while let Some(n) = next(*path.last()?) {
                if let Some(at) = path.iter().position(|&g| g == n) {
                    let cycle = path.split_off(at);
                    return (cycle.len() > 1).then_some(cycle);
                }
                path.push(n);
            }
        }
        None
    }
}

/// Go's wait reason for `who` queued on `lock` for `access`. A writer waits on an RWMutex
/// itself only once it has the writers' turn and waits for the readers inside; before that it
/// queues on the RWMutex's inner Mutex, which Go names as any Mutex.
fn dump_reason(lock: &LockView, who: Gid, access: Access) -> &'static str {
    match access {
        Access::Read => "sync.RWMutex.RLock",
        Access::Write if lock.claimed == Some(who) => "sync.RWMutex.Lock",
        Access::Write => "sync.Mutex.Lock",
    }
}
