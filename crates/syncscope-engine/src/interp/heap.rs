//! `container/heap` of a value of the program's with `Len`, `Less`, `Swap`, `Push` and
//! `Pop`: Go's sift-up and sift-down step for step, each comparison and swap a call of the
//! program's method, so the heap's order, and what each method sees, are Go's.

use super::Goroutine;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::{HeapOp, Lib};

impl Goroutine {
    /// `Expr::Lib` of a `container/heap` function; `None` for another function.
    pub(super) fn heap_lib(&self, f: Lib, args: &[Value]) -> Option<Result<Value, Stop>> {
        let Lib::Heap(op) = f else {
            return None;
        };
        let h = args.first()?;
        let arg = args.get(1).cloned().unwrap_or(Value::Unit);
        Some(self.heap_op(op, h, arg))
    }

    fn heap_op(&self, op: HeapOp, h: &Value, arg: Value) -> Result<Value, Stop> {
        let heap = Heap { g: self, h };
        match op {
            HeapOp::Init => {
                let n = heap.len()?;
                for i in (0..n / 2).rev() {
                    heap.down(i, n)?;
                }
            }
            HeapOp::Push => {
                self.call_method(h, "Push", vec![arg])?;
                heap.up(heap.len()? - 1)?;
            }
            HeapOp::Pop => {
                let last = heap.len()? - 1;
                heap.swap(0, last)?;
                heap.down(0, last)?;
                return self.call_method(h, "Pop", Vec::new());
            }
            HeapOp::Remove => {
                let i = arg.as_int();
                let last = heap.len()? - 1;
                if last != i {
                    heap.swap(i, last)?;
                    if !heap.down(i, last)? {
                        heap.up(i)?;
                    }
                }
                return self.call_method(h, "Pop", Vec::new());
            }
            HeapOp::Fix => {
                let i = arg.as_int();
                if !heap.down(i, heap.len()?)? {
                    heap.up(i)?;
                }
            }
        }
        Ok(Value::Unit)
    }
}

/// A `heap.Interface` value, its methods called through its interface.
struct Heap<'a> {
    g: &'a Goroutine,
    h: &'a Value,
}

impl Heap<'_> {
    fn len(&self) -> Result<i64, Stop> {
        Ok(self.g.call_method(self.h, "Len", Vec::new())?.as_int())
    }

    fn less(&self, i: i64, j: i64) -> Result<bool, Stop> {
        let args = vec![Value::Int(i), Value::Int(j)];
        Ok(self.g.call_method(self.h, "Less", args)?.truthy())
    }

    fn swap(&self, i: i64, j: i64) -> Result<(), Stop> {
        let args = vec![Value::Int(i), Value::Int(j)];
        self.g.call_method(self.h, "Swap", args)?;
        Ok(())
    }

    /// Moves element `j` towards the root while it is less than its parent. Go divides
    /// toward zero, so the root is its own parent and the loop ends there.
    fn up(&self, mut j: i64) -> Result<(), Stop> {
        loop {
            let parent = (j - 1) / 2;
            if parent == j || !self.less(j, parent)? {
                return Ok(());
            }
            self.swap(parent, j)?;
            j = parent;
        }
    }

    /// Moves element `from` down among the first `n` while a child is less; whether it moved.
    fn down(&self, from: i64, n: i64) -> Result<bool, Stop> {
        let mut i = from;
        loop {
            let left = 2 * i + 1;
            // Past the end, or past what an int holds.
            if left >= n || left < 0 {
                break;
            }
            let mut child = left;
            let right = left + 1;
            if right < n && self.less(right, left)? {
                child = right;
            }
            if !self.less(child, i)? {
                break;
            }
            self.swap(i, child)?;
            i = child;
        }
        Ok(i > from)
    }
}
