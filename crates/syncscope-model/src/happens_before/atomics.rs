//! Atomics order as Go's memory model says: all of them on a variable happen in one order,
//! and each acts as both a release and an acquire, so what a goroutine did before an atomic
//! happens before what another does after a later atomic on the same variable. An atomic is
//! never itself a racing access.

use super::HappensBefore;
use syncscope_program::event::Gid;

impl HappensBefore {
    /// A lock made while the run goes (a struct's Mutex): the next number.
    pub(crate) fn add_lock(&mut self) {
        self.locks.push(Default::default());
    }

    pub(crate) fn atomic(&mut self, who: Gid, var: u16) {
        if self.off {
            return;
        }
        self.clock(who);
        let clock = &mut self.clocks[who.index()];
        let released = self.atomics.entry(var).or_default();
        clock.join(released);
        released.join(clock);
        clock.tick(who.0);
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
    fn an_atomic_after_a_write_orders_it_before_a_write_after_a_later_atomic() {
        let mut d = HappensBefore::new(3, 0);
        d.go(Gid::MAIN, Gid(1));
        d.go(Gid::MAIN, Gid(2));
        write(&mut d, 1, 1);
        d.atomic(Gid(1), 7);
        d.atomic(Gid(2), 7);
        write(&mut d, 2, 2);
        assert!(d.races.is_empty(), "{:?}", d.races);
    }

    #[test]
    fn atomics_on_another_variable_order_nothing() {
        let mut d = HappensBefore::new(3, 0);
        d.go(Gid::MAIN, Gid(1));
        d.go(Gid::MAIN, Gid(2));
        write(&mut d, 1, 1);
        d.atomic(Gid(1), 7);
        d.atomic(Gid(2), 8);
        write(&mut d, 2, 2);
        assert_eq!(d.races.len(), 1);
    }
}
