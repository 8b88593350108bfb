//! What the engine needs to grow a slice as Go does: `cap` tells Go's growth apart.

use super::Expr;

/// The `slices` functions that edit or copy a slice, each as Go's `slices` package writes it
/// with `append`, so capacities and shared backing arrays come out as Go's do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlicesOp {
    /// `Clone(s)`.
    Clone,
    /// `Insert(s, i, vs...)`: the values as one slice.
    Insert,
    /// `Delete(s, i, j)`.
    Delete,
    /// `DeleteFunc(s, del)`.
    DeleteFunc,
    /// `Compact(s)`.
    Compact,
    /// `Concat(ss...)`: each slice an argument.
    Concat,
}

/// How a slice's elements sit in memory, which decides the capacity Go's allocator gives a
/// growing slice, and the element's zero value for the capacity past its length.
#[derive(Debug, Clone, PartialEq)]
pub struct Grow {
    /// The element's size in bytes, as Go lays it out on a 64-bit machine.
    pub size: u32,
    /// Whether the element holds pointers (a string, a slice, a map...): Go's allocator
    /// sizes those with a header past 512 bytes.
    pub pointers: bool,
    pub zero: Expr,
    /// The frame's one buffer of 32 bytes on the stack that Go 1.25's compiler gives the
    /// first append of a slice that never leaves its function, numbered in the function:
    /// such an append of an empty slice starts it at 32 bytes' worth, once a call.
    pub stack: Option<u8>,
}
