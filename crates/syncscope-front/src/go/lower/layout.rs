//! How Go lays a value of a type out in memory on a 64-bit machine: its size, alignment and
//! whether it holds pointers. A growing slice's capacity follows from its element's.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::Grow;

/// Size and alignment in bytes, and whether the garbage collector scans it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Layout {
    pub(crate) size: u64,
    pub(crate) align: u64,
    pub(crate) pointers: bool,
}

const fn plain(size: u64) -> Layout {
    Layout {
        size,
        align: size,
        pointers: false,
    }
}

const fn pointer(size: u64) -> Layout {
    Layout {
        size,
        align: 8,
        pointers: true,
    }
}

impl Lowerer<'_> {
    pub(super) fn layout(&self, ty: &Type) -> Layout {
        match ty {
            Type::Int | Type::F64 | Type::Duration | Type::Sized("int64" | "uint64" | "uint") => {
                plain(8)
            }
            Type::Sized("int16" | "uint16") => plain(2),
            Type::Bool | Type::Byte | Type::Sized("int8") => plain(1),
            Type::F32 | Type::Sized(_) | Type::Rune => plain(4),
            Type::Str | Type::Context => pointer(16),
            Type::Slice(_) | Type::Time => pointer(24),
            Type::Map(..)
            | Type::Chan(..)
            | Type::Pointer(_)
            | Type::Func(..)
            | Type::Timer
            | Type::Ticker
            | Type::Cond => pointer(8),
            Type::Empty => Layout {
                size: 0,
                align: 1,
                pointers: false,
            },
            Type::Mutex => Layout {
                size: 8,
                align: 4,
                pointers: false,
            },
            Type::RwMutex => Layout {
                size: 24,
                align: 4,
                pointers: false,
            },
            Type::WaitGroup => plain(16),
            Type::Atomic("Int32") => plain(4),
            Type::Atomic(_) => plain(8),
            Type::Struct(id, _) => {
                let fields: Vec<Type> = self
                    .structs
                    .defs
                    .get(*id)
                    .map(|d| d.fields.iter().map(|f| f.1.clone()).collect())
                    .unwrap_or_default();
                let mut out = Layout {
                    size: 0,
                    align: 1,
                    pointers: false,
                };
                for f in &fields {
                    let l = self.layout(f);
                    out.size = out.size.next_multiple_of(l.align) + l.size;
                    out.align = out.align.max(l.align);
                    out.pointers |= l.pointers;
                }
                out.size = out.size.next_multiple_of(out.align);
                out
            }
            Type::Array(n, elem) => {
                let l = self.layout(elem);
                Layout {
                    size: l.size.saturating_mul(*n as u64),
                    align: l.align,
                    pointers: l.pointers && *n > 0,
                }
            }
            _ => plain(8),
        }
    }

    /// What `append` needs to grow a slice of `elem` as Go does; the stack buffer is the
    /// escape pass's to give.
    pub(super) fn grow_of(&mut self, elem: &Type) -> Grow {
        let l = self.layout(elem);
        Grow {
            size: u32::try_from(l.size).unwrap_or(u32::MAX),
            pointers: l.pointers,
            zero: self.zero_of(elem, "elem"),
            stack: None,
        }
    }
}
