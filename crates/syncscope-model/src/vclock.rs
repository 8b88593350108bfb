//! Vector clocks, sparse: a goroutine's clock holds an entry only for the goroutines whose
//! work it has seen, so a run of many short goroutines stays small.

/// (goroutine id, its clock), sorted by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct VClock(Vec<(u32, u32)>);

impl VClock {
    /// The clock of a goroutine that has done nothing yet.
    pub(crate) fn start(g: u32) -> VClock {
        VClock(vec![(g, 1)])
    }

    pub(crate) fn get(&self, g: u32) -> u32 {
        self.0
            .binary_search_by_key(&g, |&(id, _)| id)
            .map_or(0, |at| self.0[at].1)
    }

    /// Moves `g`'s own component on: what it does from now on is after what it released.
    pub(crate) fn tick(&mut self, g: u32) {
        match self.0.binary_search_by_key(&g, |&(id, _)| id) {
            Ok(at) => self.0[at].1 += 1,
            Err(at) => self.0.insert(at, (g, 1)),
        }
    }

    /// Everything `other` has seen, this one has now seen too.
    pub(crate) fn join(&mut self, other: &VClock) {
        // Most joins add no goroutine this clock has not seen: raise entries in place.
        let mut mine = self.0.iter_mut().peekable();
        let mut in_place = true;
        for &(g, c) in &other.0 {
            while mine.next_if(|(id, _)| *id < g).is_some() {}
            match mine.peek_mut() {
                Some((id, own)) if *id == g => *own = (*own).max(c),
                _ => {
                    in_place = false;
                    break;
                }
            }
        }
        if in_place {
            return;
        }
        let mut merged = Vec::with_capacity(self.0.len().max(other.0.len()));
        let (mut a, mut b) = (self.0.iter().peekable(), other.0.iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(&&(ga, ca)), Some(&&(gb, cb))) if ga == gb => {
                    a.next();
                    b.next();
                    (ga, ca.max(cb))
                }
                (Some(&&x), Some(&&y)) if x.0 < y.0 => {
                    a.next();
                    x
                }
                (_, Some(&&y)) => {
                    b.next();
                    y
                }
                (Some(&&x), None) => {
                    a.next();
                    x
                }
                (None, None) => break,
            };
            merged.push(next);
        }
        self.0 = merged;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_takes_the_larger_of_each_entry() {
        let mut a = VClock(vec![(0, 3), (2, 1)]);
        a.join(&VClock(vec![(0, 1), (1, 4), (2, 5), (7, 1)]));
        assert_eq!(a, VClock(vec![(0, 3), (1, 4), (2, 5), (7, 1)]));
        assert_eq!(a.get(5), 0);
        a.tick(5);
        a.tick(0);
        assert_eq!((a.get(5), a.get(0)), (1, 4));
    }
}
