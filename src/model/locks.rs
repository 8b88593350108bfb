//! Who holds each lock and who waits for it, as the lock events tell it.

use crate::event::{Access, Gid, LockAction};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct LockView {
    pub name: String,
    /// The write holder.
    pub writer: Option<Gid>,
    /// Read holders, in the order they got in.
    pub readers: Vec<Gid>,
    /// Blocked callers in the order they queued, with what each asked for.
    pub waiting: Vec<(Gid, Access)>,
    /// Who released last: a waiter only gets in after a release, so that one let it in.
    last_release: Option<Gid>,
}

/// One goroutine's unlock letting a waiting one in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Handoff {
    pub at_us: u64,
    pub lock: usize,
    pub from: Gid,
    pub to: Gid,
}

impl LockView {
    pub fn named(name: &str) -> LockView {
        LockView {
            name: name.to_string(),
            ..LockView::default()
        }
    }

    /// Applies one lock event; returns who handed the lock over when this acquire was a
    /// waiter let in by an unlock.
    pub fn apply(&mut self, who: Gid, access: Access, action: LockAction) -> Option<Gid> {
        match action {
            LockAction::Wait => self.waiting.push((who, access)),
            LockAction::Acquire => {
                let waited = self.waiting.iter().any(|(g, _)| *g == who);
                self.waiting.retain(|(g, _)| *g != who);
                match access {
                    Access::Write => self.writer = Some(who),
                    Access::Read => self.readers.push(who),
                }
                return self.last_release.filter(|from| waited && *from != who);
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
    pub fn holders(&self) -> Vec<Gid> {
        self.writer.iter().chain(&self.readers).copied().collect()
    }

    pub fn is_held_by(&self, who: Gid) -> bool {
        self.writer == Some(who) || self.readers.contains(&who)
    }

    /// Whether a writer is queued: in Go's RWMutex that holds back new readers.
    pub fn writer_waiting(&self) -> Option<Gid> {
        self.waiting
            .iter()
            .find(|(_, a)| *a == Access::Write)
            .map(|(g, _)| *g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_and_queue_follow_the_events() {
        let mut l = LockView::named("mu");
        assert_eq!(l.apply(Gid(1), Access::Read, LockAction::Acquire), None);
        l.apply(Gid(2), Access::Write, LockAction::Wait);
        l.apply(Gid(3), Access::Read, LockAction::Wait);
        assert_eq!(l.holders(), vec![Gid(1)]);
        assert_eq!(l.writer_waiting(), Some(Gid(2)));
        l.apply(Gid(1), Access::Read, LockAction::Release);
        let from = l.apply(Gid(2), Access::Write, LockAction::Acquire);
        assert_eq!(
            from,
            Some(Gid(1)),
            "the last reader's unlock let the writer in"
        );
        assert_eq!(l.holders(), vec![Gid(2)]);
        assert_eq!(l.waiting, vec![(Gid(3), Access::Read)]);
        assert!(l.is_held_by(Gid(2)) && !l.is_held_by(Gid(1)));
    }
}
