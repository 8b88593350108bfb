//! A context's cancel orders what the canceller did before it: Go's `cancelCtx` sets its
//! error under its mutex and closes its `Done` channel, so a receive that the close ends
//! (see `chans`) and an `Err()` that finds the error are ordered after the cancel.

use super::HappensBefore;
use syncscope_program::event::Gid;

impl HappensBefore {
    /// Context `id` cancelled by `who`: the unlock after setting its error.
    pub(crate) fn ctx_cancel(&mut self, who: Gid, id: u32) {
        if self.off {
            return;
        }
        self.clock(who);
        let clock = &mut self.clocks[who.index()];
        self.contexts.entry(id).or_default().join(clock);
        clock.tick(who.0);
    }

    /// `who`'s `Err()` found context `id` cancelled: the lock that read the error.
    pub(crate) fn ctx_err(&mut self, who: Gid, id: u32) {
        if self.off {
            return;
        }
        self.clock(who);
        if let Some(released) = self.contexts.get(&id) {
            self.clocks[who.index()].join(released);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Point, Site};
    use super::*;

    fn write(d: &mut HappensBefore, at: u64, g: u32) {
        let point = Point {
            var: 0,
            obj: 0,
            elem: None,
            place: Some((1, g as u16)),
            site: Site::Var(true),
        };
        d.access(at, Gid(g), point);
    }

    #[test]
    fn an_err_that_finds_the_cancel_is_ordered_after_it() {
        let mut d = HappensBefore::new(3, 0);
        d.go(Gid::MAIN, Gid(1));
        write(&mut d, 1, 0);
        d.ctx_cancel(Gid::MAIN, 4);
        d.ctx_err(Gid(1), 4);
        write(&mut d, 2, 1);
        assert!(d.races.is_empty(), "{:?}", d.races);
    }

    #[test]
    fn another_contexts_err_orders_nothing() {
        let mut d = HappensBefore::new(3, 0);
        d.go(Gid::MAIN, Gid(1));
        write(&mut d, 1, 0);
        d.ctx_cancel(Gid::MAIN, 4);
        d.ctx_err(Gid(1), 5);
        write(&mut d, 2, 1);
        assert_eq!(d.races.len(), 1);
    }
}
