//! `sort.Sort`, `sort.Stable` and `sort.IsSorted` of a value of the program's with `Len`,
//! `Less` and `Swap` (`byLength(fruits)`): Go's sorts step for step, each comparison and swap
//! a call of the program's method, so equal elements end where Go leaves them.

use super::Goroutine;
use super::pdqsort::{self, LessSwap};
use super::stable_sort::stable;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::Lib;

/// The interface value sorted through its methods.
struct ByMethods<'a> {
    g: &'a Goroutine,
    data: &'a Value,
    /// What a `Swap` that did not return gave: the sort stops at its next step.
    failed: Option<Stop>,
    /// Sorted through `sort.Reverse`: its `Less(i, j)` is the value's `Less(j, i)`.
    reversed: bool,
}

impl LessSwap for ByMethods<'_> {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Stop> {
        if let Some(stop) = self.failed.take() {
            return Err(stop);
        }
        let (i, j) = if self.reversed { (j, i) } else { (i, j) };
        let args = vec![Value::Int(i as i64), Value::Int(j as i64)];
        Ok(self.g.call_method(self.data, "Less", args)?.truthy())
    }

    fn swap(&mut self, i: usize, j: usize) {
        if self.failed.is_some() {
            return;
        }
        let args = vec![Value::Int(i as i64), Value::Int(j as i64)];
        if let Err(stop) = self.g.call_method(self.data, "Swap", args) {
            self.failed = Some(stop);
        }
    }
}

impl Goroutine {
    /// `Expr::Lib` of the sorts of a `sort.Interface`; `None` for another function.
    pub(super) fn sort_interface(&self, f: Lib, args: &[Value]) -> Option<Result<Value, Stop>> {
        if !matches!(
            f,
            Lib::SortInterface | Lib::StableInterface | Lib::IsSortedInterface
        ) {
            return None;
        }
        let data = args.first()?;
        let reversed = args.get(1).is_some_and(Value::truthy);
        Some(self.sorted_by_methods(f, data, reversed))
    }

    fn sorted_by_methods(&self, f: Lib, data: &Value, reversed: bool) -> Result<Value, Stop> {
        let n = self.call_method(data, "Len", Vec::new())?.as_int().max(0) as usize;
        let mut by = ByMethods {
            g: self,
            data,
            failed: None,
            reversed,
        };
        match f {
            Lib::IsSortedInterface => {
                // Go's `IsSorted`: from the end, each element not less than the one before.
                for i in (1..n).rev() {
                    if by.less(i, i - 1)? {
                        return Ok(Value::Bool(false));
                    }
                }
                return Ok(Value::Bool(true));
            }
            Lib::StableInterface => stable(&mut by, n)?,
            _ => pdqsort::sort(&mut by, n)?,
        }
        match by.failed {
            Some(stop) => Err(stop),
            None => Ok(Value::Unit),
        }
    }
}
