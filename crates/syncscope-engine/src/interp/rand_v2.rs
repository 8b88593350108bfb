//! `math/rand/v2`: Go's PCG generator (`rand.New(rand.NewPCG(s1, s2))`) and the ways a
//! `*rand.Rand` turns its 64-bit outputs into `IntN`, `N`, `Float64`, `Int` and `Perm`,
//! ported from Go 1.26's src/math/rand/v2 (pcg.go, rand.go) so that a seeded run prints
//! what Go prints. Without a generator the run's own random source stands in for Go's
//! runtime one, through the same derivations.

use super::Goroutine;
use super::slices::SliceVal;
use super::value::Value;
use crate::sched::Stop;
use rand::RngExt;
use std::sync::{Arc, Mutex};
use syncscope_program::Lib;

/// Go's `PCG`: a 128-bit LCG state, its output mixed by a multiply (the DXSM variant).
#[derive(Debug)]
pub(crate) struct Pcg {
    hi: u64,
    lo: u64,
}

impl Pcg {
    pub(super) fn uint64(&mut self) -> u64 {
        const MUL: u128 = (2549297995355413924 << 64) | 4865540595714422341;
        const INC: u128 = (6364136223846793005 << 64) | 1442695040888963407;
        let state = ((u128::from(self.hi) << 64) | u128::from(self.lo))
            .wrapping_mul(MUL)
            .wrapping_add(INC);
        self.hi = (state >> 64) as u64;
        self.lo = state as u64;
        const CHEAP_MUL: u64 = 0xda942042e4dd58b5;
        let mut hi = self.hi;
        hi ^= hi >> 32;
        hi = hi.wrapping_mul(CHEAP_MUL);
        hi ^= hi >> 48;
        hi.wrapping_mul(self.lo | 1)
    }
}

/// A `*rand.PCG` or the `*rand.Rand` made of it: one generator, shared as Go's pointer is.
#[derive(Debug, Clone)]
pub(crate) struct RandRef(Arc<Mutex<Pcg>>);

impl RandRef {
    /// The generator's next output, its lock held only for the draw.
    pub(super) fn next(&self) -> u64 {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).uint64()
    }
}

impl PartialEq for RandRef {
    fn eq(&self, other: &RandRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Goroutine {
    /// `Expr::Lib` of `math/rand/v2`; `None` for another function.
    pub(super) fn rand_v2_lib(&self, f: Lib, values: &[Value]) -> Option<Result<Value, Stop>> {
        if f == Lib::RandNewPcg {
            let seed = |i: usize| values.get(i).map_or(0, |v| v.as_int() as u64);
            let pcg = Pcg {
                hi: seed(0),
                lo: seed(1),
            };
            return Some(Ok(Value::Rand(RandRef(Arc::new(Mutex::new(pcg))))));
        }
        if !matches!(
            f,
            Lib::RandIntN | Lib::RandN | Lib::RandFloat64 | Lib::RandInt | Lib::RandPerm
        ) {
            return None;
        }
        let (source, args) = match values.split_first() {
            Some((Value::Rand(r), rest)) => (Some(r), rest),
            _ => (None, values),
        };
        let mut next = || match source {
            Some(r) => r.next(),
            None => self.rng().random::<u64>(),
        };
        let arg = args.first();
        let n = arg.map_or(0, Value::as_int);
        let invalid = |name: &str| Err(Stop::Panic(format!("panic: invalid argument to {name}")));
        Some(match f {
            Lib::RandIntN if n <= 0 => invalid("IntN"),
            Lib::RandN if n <= 0 => invalid("N"),
            Lib::RandIntN => Ok(Value::Int(uint64n(&mut next, n as u64) as i64)),
            Lib::RandN => {
                let v = uint64n(&mut next, n as u64) as i64;
                Ok(match arg {
                    Some(Value::Duration(_)) => Value::Duration(v),
                    _ => Value::Int(v),
                })
            }
            Lib::RandFloat64 => Ok(Value::F64(
                (next() << 11 >> 11) as f64 / (1u64 << 53) as f64,
            )),
            Lib::RandInt => Ok(Value::Int((next() << 1 >> 1) as i64)),
            _ if n < 0 => Err(Stop::Panic(
                "panic: runtime error: makeslice: len out of range".into(),
            )),
            _ => {
                // Go's Perm: 0..n shuffled from the end, as `Shuffle` does.
                let mut p: Vec<i64> = (0..n).collect();
                for i in (1..p.len()).rev() {
                    let j = uint64n(&mut next, i as u64 + 1) as usize;
                    p.swap(i, j);
                }
                Ok(Value::Slice(SliceVal::new(
                    p.into_iter().map(Value::Int).collect(),
                )))
            }
        })
    }
}

/// Go's `uint64n` on a 64-bit machine: a value in [0, n) by Lemire's multiply, the draws
/// below its threshold thrown away.
pub(super) fn uint64n(next: &mut impl FnMut() -> u64, n: u64) -> u64 {
    if n & (n - 1) == 0 {
        return next() & (n - 1);
    }
    let mul = |x: u64| {
        let full = u128::from(x) * u128::from(n);
        ((full >> 64) as u64, full as u64)
    };
    let (mut hi, mut lo) = mul(next());
    if lo < n {
        let thresh = n.wrapping_neg() % n;
        while lo < thresh {
            (hi, lo) = mul(next());
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first outputs of Go's `rand.NewPCG(1, 2)`, from Go's own pcg_test.go.
    #[test]
    fn pcg_gives_gos_outputs() {
        let mut p = Pcg { hi: 1, lo: 2 };
        let want: [u64; 3] = [0xc4f5a58656eef510, 0x9dcec3ad077dec6c, 0xc8d04605312f8088];
        for w in want {
            assert_eq!(p.uint64(), w);
        }
    }

    /// `r.IntN` of `rand.New(rand.NewPCG(42, 1024))`, as Go 1.26 prints them.
    #[test]
    fn int_n_gives_gos_numbers() {
        let mut p = Pcg { hi: 42, lo: 1024 };
        let mut next = || p.uint64();
        let got: Vec<u64> = [100, 100, 1_000_000_007]
            .iter()
            .map(|&n| uint64n(&mut next, n))
            .collect();
        assert_eq!(got, [94, 49, 902129865]);
    }
}
