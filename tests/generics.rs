//! Generic types on screen: a generic struct's Mutex is a lock of the program's, named for its
//! type (with its type arguments, one instance's apart from another's) and field, as any
//! struct's made in a constructor is, and its locking is reported.

use std::sync::Arc;
use syncscope::event::{EventKind, RunInfo};

#[test]
fn a_generic_maps_mutex_is_named_for_its_type_in_the_lock_panel() {
    let text = include_str!("against_go/programs/generic_safe_map.go");
    let lesson = syncscope::front::go::load("main.go", text).expect("loads");
    let made = ["safemap[string,int].mu", "safemap[int,float64].mu"];
    assert_eq!(lesson.locks, made);
    let info = RunInfo::new(Arc::new(lesson), 1);
    let quiet = syncscope::headless::Narration::Quiet;
    let model = syncscope::headless::run(info, syncscope::sched::Pacing::Instant, 1.0, quiet)
        .expect("the run ends");
    let names: Vec<&str> = model.locks.iter().map(|l| l.name.as_str()).collect();
    assert!(names.contains(&"safemap[string,int].mu"), "{names:?}");
    let locked = model
        .events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Lock { .. }))
        .count();
    assert!(locked > 0, "no lock events");
}
