//! What a goroutine keeps on the thread that plays it and the fibers know of, carried by its
//! fiber: its draws and spending (`cost`) and where its stack ends (`stack`). A fiber that
//! parks takes them off the thread; when it is resumed they are put back, so every goroutine
//! sees its own as it did on a thread of its own. The scheduler carries its own the same way
//! around a park (`sched::park`).

pub(super) struct Locals {
    cost: crate::cost::Saved,
    stack_limit: usize,
}

/// A new fiber begins on a stack whose lowest usable address is `stack_limit`, paying
/// nothing until its goroutine says otherwise.
pub(super) fn begin(stack_limit: usize) {
    restore(Locals {
        cost: crate::cost::Saved::NOTHING,
        stack_limit,
    });
}

/// The running fiber's, taken off the thread.
pub(super) fn save() -> Locals {
    Locals {
        cost: crate::cost::save(),
        stack_limit: crate::stack::limit(),
    }
}

/// A resumed fiber's, back on the thread.
pub(super) fn restore(locals: Locals) {
    crate::cost::restore(locals.cost);
    crate::stack::set_limit(locals.stack_limit);
}
