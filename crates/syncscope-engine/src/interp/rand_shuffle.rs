//! `rand.Shuffle(n, swap)` of `math/rand` and `math/rand/v2`, and `r.Shuffle` of a seeded
//! `*rand.Rand`: Fisher-Yates from the end, each `j` drawn as Go 1.26's v2 draws it
//! (`uint64n(i+1)`), so a seeded generator swaps exactly the pairs Go swaps. The top-level
//! functions of both packages are randomly seeded in Go; the run's source stands in.

use super::Goroutine;
use super::rand_v2::uint64n;
use super::value::Value;
use crate::sched::Stop;
use rand::RngExt;

impl Goroutine {
    /// `values`: the generator (if any), `n` and the program's `swap(i, j)`.
    pub(super) fn rand_shuffle(&self, values: &[Value]) -> Result<Value, Stop> {
        let (source, args) = match values.split_first() {
            Some((Value::Rand(r), rest)) => (Some(r), rest),
            _ => (None, values),
        };
        let [n, swap] = args else {
            return Err(self.bug("rand.Shuffle without n and swap".into()));
        };
        let n = n.as_int();
        if n < 0 {
            return Err(Stop::Panic("panic: invalid argument to Shuffle".into()));
        }
        // Each draw is made before its swap runs, with no lock held: `swap` may draw too.
        let mut next = || match source {
            Some(r) => r.next(),
            None => self.rng().random::<u64>(),
        };
        for i in (1..n).rev() {
            let j = uint64n(&mut next, i as u64 + 1) as i64;
            let Value::Func(f) = swap else {
                return Err(Stop::Panic(super::nils::NIL_CALL.into()));
            };
            self.call(f.func, vec![Value::Int(i), Value::Int(j)], f.cells.clone())?;
        }
        Ok(Value::Unit)
    }
}
