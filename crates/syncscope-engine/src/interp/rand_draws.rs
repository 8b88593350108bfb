//! `math/rand`'s top-level `Int63`, `Int63n`, `Int31`, `Int31n`, `Uint32`, `NormFloat64`
//! and `ExpFloat64`. Go has seeded these at random since 1.20, so the run's random source
//! stands in for Go's; the ranges, the distributions and the panics are Go's.

use super::Goroutine;
use super::value::Value;
use crate::sched::Stop;
use rand::RngExt;
use syncscope_program::RandDraw;

impl Goroutine {
    pub(super) fn rand_draw(&self, draw: RandDraw, values: &[Value]) -> Result<Value, Stop> {
        let n = values.first().map_or(0, Value::as_int);
        let invalid = |name: &str| Err(Stop::Panic(format!("panic: invalid argument to {name}")));
        let mut rng = self.rng();
        Ok(match draw {
            RandDraw::Int63 => Value::Int(rng.random_range(0..i64::MAX)),
            RandDraw::Int31 => Value::Int(rng.random_range(0..i64::from(i32::MAX))),
            RandDraw::Int63n | RandDraw::Int31n if n <= 0 => {
                return invalid(if draw == RandDraw::Int63n {
                    "Int63n"
                } else {
                    "Int31n"
                });
            }
            RandDraw::Int63n | RandDraw::Int31n => Value::Int(rng.random_range(0..n)),
            RandDraw::Uint32 => Value::U32(rng.random::<u32>()),
            RandDraw::NormFloat64 => {
                // Box and Muller's transform: a standard normal from two uniform draws.
                let u1 = 1.0 - rng.random::<f64>();
                let u2 = rng.random::<f64>();
                Value::F64((-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos())
            }
            RandDraw::ExpFloat64 => Value::F64(-(1.0 - rng.random::<f64>()).ln()),
        })
    }
}
