//! Data races on `results`, found the way the lanes show them: two goroutines in the slice at
//! once, at least one of them writing. Under a lock that cannot happen, so every find is real.

use crate::event::{Access, Gid};

/// Where a goroutine was in its program: function (0 is `main`) and step.
pub type Place = Option<(u16, u16)>;

#[derive(Debug, Clone, PartialEq)]
pub struct Race {
    pub at_us: u64,
    pub who: Gid,
    pub access: Access,
    pub place: Place,
    pub other: Gid,
    pub other_access: Access,
    pub other_place: Place,
}

/// Who is in `results` now, and the races found so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RaceDetector {
    inside: Vec<(Gid, Access, Place)>,
    pub races: Vec<Race>,
}

impl RaceDetector {
    /// `who` starts reading or writing the slice. Like Go's detector, each pair of places is
    /// reported once.
    pub fn enter(&mut self, at_us: u64, who: Gid, access: Access, place: Place) {
        let conflict = self
            .inside
            .iter()
            .find(|(g, a, _)| *g != who && (access == Access::Write || *a == Access::Write))
            .copied();
        if let Some((other, other_access, other_place)) = conflict {
            let seen = self.races.iter().any(|r| {
                (r.place, r.access, r.other_place, r.other_access)
                    == (place, access, other_place, other_access)
            });
            if !seen {
                self.races.push(Race {
                    at_us,
                    who,
                    access,
                    place,
                    other,
                    other_access,
                    other_place,
                });
            }
        }
        self.inside.push((who, access, place));
    }

    pub fn leave(&mut self, who: Gid) {
        self.inside.retain(|(g, _, _)| *g != who);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_writes_race_once_per_pair_of_places() {
        let mut d = RaceDetector::default();
        let save = Some((1, 2));
        d.enter(0, Gid(1), Access::Write, save);
        d.enter(1, Gid(2), Access::Write, save);
        d.enter(2, Gid(3), Access::Write, save);
        assert_eq!(d.races.len(), 1);
        assert_eq!((d.races[0].who, d.races[0].other), (Gid(2), Gid(1)));
    }

    #[test]
    fn readers_together_do_not_race_but_a_writer_among_them_does() {
        let mut d = RaceDetector::default();
        d.enter(0, Gid(1), Access::Read, Some((1, 4)));
        d.enter(0, Gid(2), Access::Read, Some((1, 4)));
        assert!(d.races.is_empty());
        d.leave(Gid(1));
        d.leave(Gid(2));
        d.enter(5, Gid(3), Access::Write, Some((1, 2)));
        assert!(d.races.is_empty());
        d.enter(6, Gid(1), Access::Read, Some((1, 4)));
        assert_eq!(d.races[0].other_access, Access::Write);
    }
}
