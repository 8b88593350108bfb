//! Who holds each lock and who waits for it, as the lock events tell it.

use syncscope_program::event::{Access, Gid, LockAction};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct LockView {
    pub name: String,
    /// The write holder.
    pub writer: Option<Gid>,
    /// Read holders, in the order they got in.
    pub readers: Vec<Gid>,
    /// Blocked callers in the order they will be woken, with what each asked for.
    pub waiting: Vec<(Gid, Access)>,
    /// Waiters an unlock made ready that have not run yet, and whether the lock was handed
    /// to them (starvation mode) rather than left for them to take.
    pub woken: Vec<(Gid, bool)>,
    /// The RWMutex writer that has the writers' turn and waits for the readers inside.
    pub claimed: Option<Gid>,
    /// The Mutex (an RWMutex's writers' Mutex) is in starvation mode.
    pub starving: bool,
    /// Who released last: a waiter only gets in after a release, so that one let it in.
    last_release: Option<Gid>,
}

/// One goroutine's unlock letting a waiting one in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Handoff {
    pub at_ns: u64,
    pub lock: usize,
    pub from: Gid,
    pub to: Gid,
    /// Handed straight over (starvation mode, or readers let in by a writer's Unlock), not
    /// won against a running goroutine.
    pub direct: bool,
}

impl LockView {
    pub(crate) fn named(name: &str) -> LockView {
        LockView {
            name: name.to_string(),
            ..LockView::default()
        }
    }

    /// Applies one lock event; returns who handed the lock over, and whether directly, when
    /// this acquire was a waiter let in by an unlock.
    pub(crate) fn apply(
        &mut self,
        who: Gid,
        access: Access,
        action: LockAction,
    ) -> Option<(Gid, bool)> {
        match action {
            LockAction::Wait => self.waiting.push((who, access)),
            LockAction::Requeue { front } => {
                self.woken.retain(|(g, _)| *g != who);
                self.waiting.retain(|(g, _)| *g != who);
                let at = if front { 0 } else { self.waiting.len() };
                self.waiting.insert(at, (who, access));
            }
            LockAction::Woken => {
                let direct = self.starving || access == Access::Read;
                self.woken.push((who, direct));
            }
            LockAction::Claim => self.claimed = Some(who),
            LockAction::Acquire => {
                let waited = self.waiting.iter().any(|(g, _)| *g == who);
                let direct = self.woken.iter().find(|(g, _)| *g == who).map(|w| w.1);
                self.waiting.retain(|(g, _)| *g != who);
                self.woken.retain(|(g, _)| *g != who);
                match access {
                    Access::Write => {
                        self.writer = Some(who);
                        self.claimed = None;
                    }
                    Access::Read => self.readers.push(who),
                }
                return self
                    .last_release
                    .filter(|from| waited && *from != who)
                    .map(|from| (from, direct.unwrap_or(false)));
            }
            LockAction::Release => {
                self.last_release = Some(who);
                match access {
                    Access::Write => self.writer = None,
                    Access::Read => {
                        if let Some(at) = self.readers.iter().position(|g| *g == who) {
                            self.readers.remove(at);
                        }
                    }
                }
            }
        }
        None
    }

    /// Everyone holding the lock now.
    pub(crate) fn holders(&self) -> Vec<Gid> {
        self.writer.iter().chain(&self.readers).copied().collect()
    }

    pub(crate) fn is_held_by(&self, who: Gid) -> bool {
        self.writer == Some(who) || self.readers.contains(&who)
    }

    /// A woken waiter that has not run yet: a running goroutine can still take the lock first.
    pub(crate) fn woken_waiter(&self) -> Option<Gid> {
        self.woken.iter().find(|(_, direct)| !direct).map(|w| w.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_and_queue_follow_the_events() {
        let mut l = LockView::named("mu");
        assert_eq!(l.apply(Gid(1), Access::Read, LockAction::Acquire), None);
        l.apply(Gid(2), Access::Write, LockAction::Claim);
        l.apply(Gid(2), Access::Write, LockAction::Wait);
        l.apply(Gid(3), Access::Read, LockAction::Wait);
        assert_eq!(l.holders(), vec![Gid(1)]);
        assert_eq!(l.claimed, Some(Gid(2)));
        l.apply(Gid(1), Access::Read, LockAction::Release);
        l.apply(Gid(2), Access::Write, LockAction::Woken);
        let from = l.apply(Gid(2), Access::Write, LockAction::Acquire);
        assert_eq!(
            from,
            Some((Gid(1), false)),
            "the last reader's unlock let the writer in"
        );
        assert_eq!(l.holders(), vec![Gid(2)]);
        assert_eq!(l.waiting, vec![(Gid(3), Access::Read)]);
        assert!(l.is_held_by(Gid(2)) && !l.is_held_by(Gid(1)));
        assert_eq!(l.claimed, None);
    }

    #[test]
    fn a_woken_waiter_that_loses_goes_back_to_the_front() {
        let mut l = LockView::named("mu");
        l.apply(Gid(1), Access::Write, LockAction::Acquire);
        l.apply(Gid(2), Access::Write, LockAction::Wait);
        l.apply(Gid(3), Access::Write, LockAction::Wait);
        l.apply(Gid(1), Access::Write, LockAction::Release);
        l.apply(Gid(2), Access::Write, LockAction::Woken);
        assert_eq!(l.woken_waiter(), Some(Gid(2)));
        assert_eq!(l.apply(Gid(1), Access::Write, LockAction::Acquire), None);
        l.apply(Gid(2), Access::Write, LockAction::Requeue { front: true });
        assert_eq!(l.woken_waiter(), None);
        assert_eq!(
            l.waiting,
            vec![(Gid(2), Access::Write), (Gid(3), Access::Write)]
        );
    }
}
