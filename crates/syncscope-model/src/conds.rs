//! Each `sync.Cond` of the run: its name as in the code, its lock, and who waits in
//! `c.Wait()` in ticket order (the order `Signal` wakes them), for the lock panel, the event
//! log and the deadlock's explanation.

use super::{Model, Warning, WarningKind};
use syncscope_program::event::{CondOp, Gid};
use syncscope_program::safe_text;

#[derive(Debug, Clone, PartialEq)]
pub struct CondView {
    pub name: String,
    /// The run's lock that is its `L`.
    pub lock: usize,
    /// Tickets not notified yet and their holders, oldest first.
    pub waiting: Vec<(u32, Gid)>,
    pub signals: u32,
    pub broadcasts: u32,
    /// Who the latest Signal or Broadcast woke, and who sent it.
    pub last_woken: Option<(Gid, Vec<Gid>)>,
}

/// The run's Conds, by number, in the order it made them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Conds {
    pub list: Vec<CondView>,
}

impl Conds {
    pub(crate) fn apply(&mut self, who: Gid, cond: u32, op: &CondOp) {
        if let CondOp::Make { name, lock } = op {
            self.list.push(CondView {
                name: safe_text::one_line(name, 40),
                lock: *lock,
                waiting: Vec::new(),
                signals: 0,
                broadcasts: 0,
                last_woken: None,
            });
            return;
        }
        let Some(view) = self.list.get_mut(cond as usize) else {
            return;
        };
        match op {
            CondOp::Wait { ticket } => view.waiting.push((*ticket, who)),
            CondOp::Signal { woke } => {
                view.signals += 1;
                if !view.waiting.is_empty() {
                    view.waiting.remove(0);
                }
                view.last_woken = Some((who, woke.iter().copied().collect()));
            }
            CondOp::Broadcast { woke } => {
                view.broadcasts += 1;
                view.waiting.clear();
                view.last_woken = Some((who, woke.clone()));
            }
            CondOp::Make { .. } => {}
        }
    }

    /// Cond `cond`'s name, as events name it.
    pub fn name(&self, cond: u32) -> &str {
        self.list
            .get(cond as usize)
            .map_or("?", |c| c.name.as_str())
    }

    /// The Cond `who` waits on in `c.Wait()`, if it does.
    pub fn waited_by(&self, who: Gid) -> Option<&CondView> {
        self.list
            .iter()
            .find(|c| c.waiting.iter().any(|(_, g)| *g == who))
    }
}

impl Model {
    /// A Signal or Broadcast with nobody in `Wait()`: a Cond has no memory, which surprises
    /// who expects a semaphore. Said once per run.
    pub(crate) fn check_lost_signal(&mut self, at_us: u64, who: Gid, cond: u32, op: &CondOp) {
        let call = match op {
            CondOp::Signal { woke: None } => "Signal",
            CondOp::Broadcast { woke } if woke.is_empty() => "Broadcast",
            _ => return,
        };
        if self
            .warnings
            .iter()
            .any(|w| w.kind == WarningKind::LostSignal)
        {
            return;
        }
        let name = self.conds.name(cond);
        let text = format!(
            "{who}'s {name}.{call}() found nobody in {name}.Wait(): a Cond keeps no signal, so \
             whoever waits later sleeps until the next one"
        );
        self.warnings.push(Warning {
            at_us,
            kind: WarningKind::LostSignal,
            text,
        });
    }
}

/// A Cond event in plain words.
pub fn cond_op(name: &str, op: &CondOp) -> String {
    match op {
        CondOp::Make { name, .. } => format!("makes Cond {}", safe_text::one_line(name, 40)),
        CondOp::Wait { ticket } => {
            format!("{name}.Wait(): takes ticket {ticket} and unlocks {name}.L")
        }
        CondOp::Signal { woke: Some(g) } => format!("{name}.Signal() wakes {g}"),
        CondOp::Signal { woke: None } => format!("{name}.Signal(): nobody waits, nothing happens"),
        CondOp::Broadcast { woke } if woke.is_empty() => {
            format!("{name}.Broadcast(): nobody waits, nothing happens")
        }
        CondOp::Broadcast { woke } => {
            let names: Vec<String> = woke.iter().map(Gid::to_string).collect();
            format!("{name}.Broadcast() wakes {}", names.join(", "))
        }
    }
}
