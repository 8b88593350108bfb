//! Objects as Go's race detector tells them apart: by their memory, not by the place in the
//! code that made them. Two goroutines that each make a `&T{}` at one line touch two objects
//! and do not race; two that share one pointer do.

use super::slices::SliceVal;
use super::{Goroutine, Stop};
use std::sync::atomic::{AtomicU32, Ordering};
use syncscope_program::event::{EventKind, State};

/// An object's number for the race detector: given the first time it is reported (0 until
/// then), from the run's count, so that objects are told apart however their memory is
/// reused.
#[derive(Debug, Default)]
pub(crate) struct ObjId(AtomicU32);

impl Goroutine {
    fn obj_id(&self, id: &ObjId) -> u32 {
        let known = id.0.load(Ordering::Relaxed);
        if known != 0 {
            return known;
        }
        let next = self.shared.next_obj.fetch_add(1, Ordering::Relaxed);
        match id
            .0
            .compare_exchange(0, next, Ordering::Relaxed, Ordering::Relaxed)
        {
            Ok(_) => next,
            Err(other) => other,
        }
    }

    /// Reports an access of variable `var` of object `id`.
    pub(super) fn touch(&self, var: u16, id: &ObjId, write: bool) {
        let obj = self.obj_id(id);
        self.emit(EventKind::Touch {
            var,
            obj,
            elem: None,
            write,
        });
    }

    /// Reports an access of element `i` of a slice in shared variable `var`: goroutines that
    /// write different elements do not race, as in Go.
    pub(super) fn touch_element(&self, var: u16, s: &SliceVal, i: usize, write: bool) {
        let (id, at) = s.element_id(i);
        let obj = self.obj_id(id);
        self.emit(EventKind::Touch {
            var,
            obj,
            elem: u32::try_from(at).ok(),
            write,
        });
    }

    /// A read of a struct's field `var`, as `reading` reports a package variable's: if
    /// anyone writes it, held for the run's read window.
    pub(super) fn reading_obj(&self, var: usize, id: &ObjId) -> Result<(), Stop> {
        let program = &self.shared.program;
        if !program.globals.get(var).is_some_and(|d| d.written) {
            return Ok(());
        }
        self.touch(var as u16, id, false);
        let window = self.shared.info.read_ms as i64 * 1_000_000;
        if window > 0 {
            self.state(State::Reading);
            self.sleep(State::Reading, window)?;
            self.state(State::Running);
        }
        Ok(())
    }
}
