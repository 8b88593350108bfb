use super::*;

const SAVE: Place = Some((1, 2));
const SHOW: Place = Some((1, 5));

fn len_at(place: Place) -> Point {
    Point {
        var: RESULTS,
        obj: 0,
        elem: None,
        place,
        site: Site::SaveLen,
    }
}

fn store_at(place: Place) -> Point {
    Point {
        var: RESULTS,
        obj: 0,
        elem: None,
        place,
        site: Site::SaveStore,
    }
}

/// main starts g1 and g2; each appends with no lock.
fn unlocked_appends() -> HappensBefore {
    let mut d = HappensBefore::new(3, 1);
    d.go(Gid(0), Gid(1));
    d.go(Gid(0), Gid(2));
    for g in [1, 2] {
        d.access(10, Gid(g), len_at(SAVE));
        d.access(10, Gid(g), store_at(SAVE));
    }
    d
}

#[test]
fn appends_with_no_lock_race_even_when_they_do_not_overlap_in_time() {
    let d = unlocked_appends();
    let pairs: Vec<(Site, Site)> = d
        .races
        .iter()
        .map(|r| (r.point.site, r.other_point.site))
        .collect();
    assert_eq!(
        pairs,
        [
            (Site::SaveLen, Site::SaveStore),
            (Site::SaveStore, Site::SaveStore)
        ]
    );
    assert!(d.races.iter().all(|r| (r.who, r.other) == (Gid(2), Gid(1))));
}

#[test]
fn each_pair_of_places_is_reported_once() {
    let mut d = unlocked_appends();
    d.go(Gid(0), Gid(3));
    d.access(20, Gid(3), len_at(SAVE));
    d.access(20, Gid(3), store_at(SAVE));
    assert_eq!(d.races.len(), 2);
}

#[test]
fn unlock_then_lock_orders_the_accesses() {
    let mut d = HappensBefore::new(3, 1);
    d.go(Gid(0), Gid(1));
    d.go(Gid(0), Gid(2));
    for g in [1, 2] {
        d.acquire(Gid(g), 0, Access::Write);
        d.access(10, Gid(g), len_at(SAVE));
        d.access(10, Gid(g), store_at(SAVE));
        d.release(Gid(g), 0, Access::Write);
    }
    assert!(d.races.is_empty(), "{:?}", d.races);
}

#[test]
fn readers_do_not_race_with_each_other_but_a_writer_after_them_needs_their_unlock() {
    let mut d = HappensBefore::new(4, 1);
    for g in 1..=3 {
        d.go(Gid(0), Gid(g));
    }
    let show = Point {
        var: RESULTS,
        obj: 0,
        elem: None,
        place: SHOW,
        site: Site::Show,
    };
    for g in [1, 2] {
        d.acquire(Gid(g), 0, Access::Read);
        d.access(5, Gid(g), show);
        d.release(Gid(g), 0, Access::Read);
    }
    assert!(d.races.is_empty());
    d.acquire(Gid(3), 0, Access::Write);
    d.access(9, Gid(3), store_at(SAVE));
    assert!(d.races.is_empty(), "RUnlock happens before Lock");
    // A reader with no lock at all after the writer's store races with it.
    d.go(Gid(0), Gid(4));
    d.access(9, Gid(4), show);
    assert_eq!(d.races.len(), 1);
    assert_eq!((d.races[0].who, d.races[0].other), (Gid(4), Gid(3)));
}

#[test]
fn done_happens_before_wait_returns() {
    let mut d = HappensBefore::new(2, 0);
    d.go(Gid(0), Gid(1));
    d.access(1, Gid(1), store_at(SAVE));
    d.done(Gid(1));
    d.wait_returned(Gid(0));
    d.access(2, Gid(0), len_at(Some((0, 3))));
    assert!(d.races.is_empty());
    // Without the Wait, main's read would race with the store.
    let mut e = HappensBefore::new(2, 0);
    e.go(Gid(0), Gid(1));
    e.access(1, Gid(1), store_at(SAVE));
    e.access(2, Gid(0), len_at(Some((0, 3))));
    assert_eq!(e.races.len(), 1);
}

#[test]
fn accesses_to_different_variables_do_not_race() {
    let mut d = HappensBefore::new(3, 0);
    d.go(Gid(0), Gid(1));
    d.go(Gid(0), Gid(2));
    let write = |var| Point {
        var,
        obj: 0,
        elem: None,
        place: SAVE,
        site: Site::Var(true),
    };
    d.access(1, Gid(1), write(0));
    d.access(1, Gid(2), write(1));
    assert!(d.races.is_empty());
    d.access(1, Gid(2), write(0));
    assert_eq!(d.races.len(), 1);
}

#[test]
fn runs_bigger_than_the_limit_are_not_followed() {
    let mut d = HappensBefore::new(MAX_GOROUTINES + 1, 0);
    d.go(Gid(0), Gid(1));
    d.go(Gid(0), Gid(2));
    d.access(1, Gid(1), store_at(SAVE));
    d.access(1, Gid(2), store_at(SAVE));
    assert!(d.is_off() && d.races.is_empty());
}

#[test]
fn objects_made_at_one_place_are_told_apart() {
    let mut d = HappensBefore::new(3, 0);
    d.go(Gid(0), Gid(1));
    d.go(Gid(0), Gid(2));
    let write = |obj, elem| Point {
        var: 4,
        obj,
        elem,
        place: SAVE,
        site: Site::Var(true),
    };
    d.access(1, Gid(1), write(1, None));
    d.access(1, Gid(2), write(2, None));
    d.access(1, Gid(1), write(3, Some(0)));
    d.access(1, Gid(2), write(3, Some(1)));
    assert!(d.races.is_empty());
    d.access(1, Gid(2), write(3, Some(0)));
    d.access(1, Gid(2), write(1, None));
    // Once per pair of places, whichever objects raced there.
    assert_eq!(d.races.len(), 1);
}
