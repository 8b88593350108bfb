use syncscope_program::event::{Access, Gid, LockAction};

/// How a primitive tells the calling goroutine what it is doing. "Release" is
/// reported before the lock really opens and "acquire" after it is really taken, so the
/// intervals of one lock never overlap in the event log.
pub trait Probe {
    /// The calling goroutine.
    fn me(&self) -> Gid;
    fn lock(&self, access: Access, action: LockAction);
    /// The caller's unlock made `who`, queued for `access`, ready to run.
    fn woken(&self, who: Gid, access: Access);
    /// The Mutex entered (`true`) or left starvation mode.
    fn starving(&self, on: bool);
    /// The caller really blocks in `wg.Wait()`.
    fn wait_group_blocks(&self);
    /// WaitGroup `group`'s counter changed.
    fn wait_group_counter(&self, group: u32, counter: i64);
    /// The caller's `wg.Wait()` returns.
    fn wait_returned(&self);
}
