use crate::event::{Access, LockAction};

/// How a primitive tells the calling goroutine's thread what it is doing. Calls happen with the
/// primitive's state locked: "release" before the real unlock and "acquire" after the real
/// lock, so the intervals of one lock never overlap in the event log.
pub trait Probe {
    fn lock(&self, access: Access, action: LockAction);
    /// The caller really blocks in `wg.Wait()`.
    fn wait_group_blocks(&self);
    fn wait_group_counter(&self, counter: i64);
}

/// For uses that need no report.
pub struct NoProbe;

impl Probe for NoProbe {
    fn lock(&self, _: Access, _: LockAction) {}
    fn wait_group_blocks(&self) {}
    fn wait_group_counter(&self, _: i64) {}
}
